"""wiretrace as a library: the functions ``import wiretrace`` exposes (docs/python.md).

    import wiretrace
    report = wiretrace.analyze("Police arrested two protesters in Nairobi on Monday.",
                               published="2024-03-11")
    events = wiretrace.event_frame(report)       # a DataFrame, one row per event

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

__all__ = ["load", "analyze", "analyze_many", "read", "read_many"]

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
