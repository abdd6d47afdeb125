"""wiretrace as a library: the functions ``import wiretrace`` exposes (docs/python.md).

    import wiretrace
    report = wiretrace.analyze("Police arrested two protesters in Nairobi on Monday.",
                               published="2024-03-11")
    rows = wiretrace.event_rows(report)          # one dict per event, for pandas

Everything here is a thin layer over the same pipeline the command line runs
(:mod:`wiretrace.pipeline`), so a report made in a notebook equals the one
``wiretrace analyze --format json`` prints for the same text and metadata.  Loading the
pipeline here changes nothing in the host process: numpy's BLAS keeps its thread count
except while wiretrace parses (:func:`wiretrace.nlp.language.blas_scope`), unless
``load(process_wide=True)`` asks for the command line's process-wide limit.

spaCy and the store's libraries are imported on first use, not by ``import wiretrace``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import AnalysisFailure, InputError
from .model import Article, Report

if TYPE_CHECKING:
    from spacy.language import Language

    from .read import ReadFailure

__all__ = ["load", "analyze", "analyze_many", "read", "read_many", "event_rows",
           "EVENT_COLUMNS"]

Input = str | os.PathLike | Article


def load(model: str | None = None, *, process_wide: bool = False) -> Language:
    """The spaCy pipeline wiretrace analyzes with, and every table its layers read,
    loaded once per process (later calls return the same object at once).

    ``model``: a spaCy pipeline name or path (default: the ``model`` setting,
    ``WIRETRACE_MODEL``).  ``process_wide``: also hold numpy's BLAS to the
    ``blas_threads`` setting for the whole process, as the command line and the ingest
    workers do; by default the host's BLAS threads are left alone and the limit holds
    only while wiretrace parses.  Raises :class:`wiretrace.ModelError` when the model is
    not installed."""
    from .pipeline import load as load_pipeline

    return load_pipeline(model, process_wide=process_wide)


def _metadata(published: object, title: str | None, outlet: str | None, url: str | None,
              id: str | None) -> dict[str, Any]:
    return {k: v for k, v in {"published": published, "title": title, "outlet": outlet,
                              "url": url, "id": id}.items() if v is not None}


def _with_metadata(article: Article, meta: dict[str, Any]) -> Article:
    """``article`` with the metadata given in code in place of its own (validated)."""
    if not meta:
        return article
    from .read.metadata import normalize_published

    if "published" in meta:
        meta = {**meta, "published": normalize_published(meta["published"], where=article.id)}
    return Article.model_validate({**article.model_dump(), **meta})


def _article(source: Input, meta: dict[str, Any]) -> Article:
    if isinstance(source, Article):
        return _with_metadata(source, meta)
    if isinstance(source, os.PathLike):
        return read(source, **meta)
    if isinstance(source, str):
        from .read.text import from_text

        return from_text(source, **meta)
    raise InputError(f"cannot analyze a {type(source).__name__}: give the article's text "
                     "(str), a path (pathlib.Path) or a wiretrace.Article")


def analyze(text_or_article: Input, *, published: object = None, title: str | None = None,
            outlet: str | None = None, url: str | None = None, id: str | None = None,
            nlp: Language | None = None) -> Report:
    """The Report of one article: who did what to whom, when, where, according to whom and
    how sure.

    ``text_or_article``: the article's text (a ``str``: its first non-empty line is the
    headline), a :class:`pathlib.Path` to a text or HTML file, or an :class:`Article`.
    ``published`` (ISO 8601 ``YYYY-MM-DD``, a ``date`` or a ``datetime``) anchors relative
    dates ("on Monday"); without it a date line in the text is used, and with neither
    they stay unresolved.  ``title``, ``outlet``, ``url`` and ``id`` set the metadata
    (given for an Article, they replace its own).  ``nlp``: a pipeline from
    :func:`load` (default: loaded on first use).

    Raises :class:`wiretrace.InputError` for input it cannot read and
    :class:`wiretrace.AnalysisError` when a stage fails on this article."""
    from .pipeline import analyze as analyze_article

    article = _article(text_or_article, _metadata(published, title, outlet, url, id))
    return analyze_article(article, nlp or load())


def analyze_many(items: Iterable[Input | ReadFailure], *, published: object = None,
                 outlet: str | None = None, nlp: Language | None = None,
                 batch_size: int | None = None) -> Iterator[Report | AnalysisFailure]:
    """Reports for a stream of articles, in order, made ``batch_size`` at a time in one
    spaCy pass (default: the ``batch_size`` setting); memory stays flat however long the
    stream.  An item is a text, a path, an Article, or a failure from :func:`read_many`.
    An article that cannot be read or analyzed gives an :class:`AnalysisFailure` (its id
    or path, the stage, the reason) in its place, and the stream goes on.

    ``published`` and ``outlet`` fill what an article lacks (as on the command line)."""
    from collections import deque

    from . import settings
    from .pipeline import analyze_many as analyze_articles
    from .read import ReadFailure

    defaults = _metadata(published, None, outlet, None, None)
    # What the stream held, in order: None for an article handed to the pipeline (which
    # gives one result per article, in order), or the failure of an item not readable.
    order: deque[AnalysisFailure | None] = deque()

    def articles() -> Iterator[Article]:
        for n, item in enumerate(items):
            try:
                if isinstance(item, ReadFailure):
                    order.append(AnalysisFailure(item.where, item.stage, item.reason))
                    continue
                if isinstance(item, os.PathLike):
                    article = read(item, **defaults)
                elif isinstance(item, Article):
                    lacking = {k: v for k, v in defaults.items() if getattr(item, k) is None}
                    article = _with_metadata(item, lacking)
                else:
                    article = _article(item, defaults)
            except InputError as exc:
                where = os.fspath(item) if isinstance(item, os.PathLike) else f"item {n}"
                order.append(AnalysisFailure(exc.where or where, "read", exc.message))
                continue
            order.append(None)
            yield article

    size = batch_size or int(settings.get("batch_size"))
    for result in analyze_articles(articles(), nlp or load(), batch_size=size):
        while order[0] is not None:
            yield order.popleft()
        order.popleft()
        yield result
    yield from order  # failures after the last article: only failures are left


def read(source: str | os.PathLike, *, published: object = None, title: str | None = None,
         outlet: str | None = None, url: str | None = None, id: str | None = None) -> Article:
    """One Article from a file or a text.

    ``source``: a :class:`pathlib.Path` (or a ``str`` naming an existing file) to a text
    (``.txt``) or HTML (``.html``, ``.htm``, also gzipped) file; any other ``str`` is the
    article's text itself.  Metadata given here is set on the Article (for HTML, it wins
    over what the page says).  A file holding several articles (JSONL, a feed, WARC)
    is :func:`read_many`'s.  Raises :class:`wiretrace.InputError` with the reason."""
    meta = _metadata(published, title, outlet, url, id)
    if isinstance(source, str) and not _names_file(source):
        from .read.text import from_text

        return from_text(source, **meta)
    if not isinstance(source, (str, os.PathLike)):
        raise InputError(f"cannot read a {type(source).__name__}: give a path or a text")
    from .read import ReadFailure, ReadOk
    from .read.files import read_inputs

    name = os.fspath(source)
    found = []
    for result in read_inputs([name], meta):
        if isinstance(result, ReadFailure):
            raise InputError(result.reason, where=result.where)
        if isinstance(result, ReadOk):
            found.append(result.article)
        if len(found) > 1:
            raise InputError("holds more than one article: use wiretrace.read_many",
                             where=name)
    if not found:
        raise InputError("holds no article", where=name)
    return found[0]


def _names_file(text: str) -> bool:
    """Whether a str given to :func:`read` is a path: one line, naming an existing file."""
    return "\n" not in text and len(text) < 4096 and Path(text).is_file()


def read_many(sources: str | os.PathLike | Iterable[str | os.PathLike], *,
              published: object = None, outlet: str | None = None
              ) -> Iterator[Article | ReadFailure]:
    """Articles from files, folders and globs, as a stream: folders are walked (text,
    HTML, JSONL, feeds, WARC; hidden and documentation files left out), globs
    (``"news/**/*.jsonl"``) expanded, JSONL read a record per line.  What cannot be read
    is a :class:`wiretrace.ReadFailure` (where, reason) in the stream, never an
    exception, so a bad file does not stop a folder; :func:`analyze_many` takes the
    stream as it is and turns those into failures.  ``published``/``outlet`` fill what a
    record lacks."""
    from .read import ReadFailure, ReadOk
    from .read.files import expand_inputs, read_inputs

    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    names = list(expand_inputs([os.fspath(s) for s in sources]))
    for result in read_inputs(names, _metadata(published, None, outlet, None, None)):
        if isinstance(result, ReadOk):
            yield result.article
        elif isinstance(result, ReadFailure):
            yield result


# The columns of event_rows, in order, with their type as a pandas dtype name (the
# nullable kinds: a missing value is None, never NaN or ""): "string" holds a str,
# "Float64" a float, "Int64" an int, "boolean" a bool.
EVENT_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("article_id", "published", "outlet", "title", "event_id", "lemma",
                     "trigger", "type", "mode", "cameo", "quad"), "string"),
    "score": "Float64", "happened": "boolean",
    **dict.fromkeys(("polarity", "certainty", "tense", "source", "source_country", "target",
                     "target_country", "recipient_country", "date", "date_first",
                     "date_last", "date_basis", "place", "place_country"), "string"),
    "lat": "Float64", "lon": "Float64", "according_to": "string",
    **dict.fromkeys(("dead", "injured", "arrested", "size"), "Int64"),
    "sentence": "string",
}


def event_rows(reports: Report | Iterable[Report | AnalysisFailure], *,
               happened_only: bool = False) -> list[dict[str, Any]]:
    """One flat dict per event of ``reports`` (a Report, or any iterable of Reports;
    failures are skipped), for ``pandas.DataFrame(rows)`` or ``csv.DictWriter``.

    Columns: the article's ``article_id``, ``published``, ``outlet``, ``title``; the
    event's ``event_id``, ``lemma``, ``trigger`` (the word), ``type`` (PLOVER), ``mode``,
    ``cameo``, ``quad``, ``score``, ``happened`` (coded, positive, certain or probable,
    not future: the readable report's list), ``polarity``, ``certainty``, ``tense``;
    ``source``/``target`` (actor names, ``"; "`` between several) with
    ``source_country``/``target_country`` (ISO alpha-3) and ``recipient_country``;
    ``date`` (TIMEX3 value), ``date_first``/``date_last`` (ISO days), ``date_basis``;
    ``place``, ``place_country``, ``lat``, ``lon``; ``according_to`` (the nearest source's
    name; None when the article asserts it itself); ``dead``, ``injured``, ``arrested``,
    ``size`` (reported figures, the lower bound of a range); ``sentence``.
    ``happened_only`` keeps the events that happened.  :data:`EVENT_COLUMNS` gives each
    column's type (``pandas.DataFrame(rows).astype(wiretrace.EVENT_COLUMNS)``)."""
    from .render import happened

    if isinstance(reports, Report):
        reports = [reports]
    rows: list[dict[str, Any]] = []
    for report in reports:
        if not isinstance(report, Report):
            continue
        entities = {e.id: e for e in report.entities}
        sources = {s.id: s for s in report.sources}
        article, text = report.article, report.article.text
        for ev in report.events:
            if happened_only and not happened(ev):
                continue
            roles: dict[str, list] = {"source": [], "target": []}
            for actor in ev.actors:
                if actor.role in roles:
                    roles[actor.role].append(entities.get(actor.entity_id or "") or actor)
            magnitude = ev.magnitude
            rows.append({
                "article_id": article.id, "published": article.published,
                "outlet": article.outlet, "title": article.title,
                "event_id": ev.id, "lemma": ev.lemma, "trigger": ev.trigger.text,
                "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "quad": ev.quad,
                "score": ev.score, "happened": happened(ev),
                "polarity": ev.factuality.polarity, "certainty": ev.factuality.certainty,
                "tense": ev.factuality.tense,
                "source": _names(roles["source"]), "source_country": _country(roles["source"]),
                "target": _names(roles["target"]), "target_country": _country(roles["target"]),
                "recipient_country": ev.recipient.country if ev.recipient else None,
                "date": ev.time.value, "date_first": ev.time.first, "date_last": ev.time.last,
                "date_basis": ev.time.basis,
                "place": ev.location.name if ev.location else None,
                "place_country": ev.location.country if ev.location else None,
                "lat": ev.location.lat if ev.location else None,
                "lon": ev.location.lon if ev.location else None,
                "according_to": next((sources[s].name for s in ev.attribution
                                      if s in sources), None),
                **{field: (figure.value if (figure := getattr(magnitude, field, None))
                           else None) for field in ("dead", "injured", "arrested", "size")},
                "sentence": text[ev.sentence.start:ev.sentence.end].strip(),
            })
    return rows


def _names(actors: list) -> str | None:
    names = dict.fromkeys(getattr(a, "name", None) or " ".join(a.text.split())
                          for a in actors)
    return "; ".join(names) or None


def _country(actors: list) -> str | None:
    """The one country of a role's actors (None when none has one or they differ)."""
    countries = {getattr(a, "country", None) for a in actors} - {None}
    return countries.pop() if len(countries) == 1 else None
