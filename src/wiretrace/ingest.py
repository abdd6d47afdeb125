"""Ingest: read -> skip what is stored -> analyze -> store.  The one path every command
and the library take (``wiretrace.ingest``; ``wiretrace ingest``, ``analyze --db``,
``demo``, ``ingest --dask``), with the engine that analyzes as a strategy
(:mod:`wiretrace.engines`: :class:`~wiretrace.engines.InProcess`,
:class:`~wiretrace.engines.ProcessPool`, :class:`~wiretrace.engines.Dask`).

Each article is stored in its own transaction.  Articles already in the store (same id or
same text) are skipped before analysis, so a rerun of an interrupted batch does only what
is left.  A read or analysis failure is recorded in the store's failures table (with the
article as read, when reading worked) and the batch goes on; ``retry_failed`` tries the
recorded ones again.  With no store (``wiretrace analyze`` without ``--db``) the reports
only go to ``on_report``."""

from __future__ import annotations

import os
import sys
import types
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from .errors import AnalysisFailure, WiretraceError
from .model import Article, Report
from .read import ReadFailure, ReadOk, ReadSkipped

if TYPE_CHECKING:
    from .store import Store

ArticleHook = Callable[[], None]
FailureHook = Callable[[str, str], None]
ReportHook = Callable[[Report], None]
ReadHook = Callable[[str, Article], None]


class Engine(Protocol):
    """What analyzes the articles ingest hands over (:mod:`wiretrace.engines`)."""

    name: str
    stores_itself: bool  # its workers store the results; it gives counts, not reports

    def results(self, articles: Iterable[Article], store: Store | None
                ) -> Iterator[Report | AnalysisFailure | dict]: ...


def _nothing(*_args) -> None:
    return None


class Ingest:
    """One ingest job: its store (or None), its engine, and what it did (``stats``:
    stored, skipped, failed, retried, analyzed; with Dask also written, partitions,
    partitions_skipped)."""

    def __init__(self, store: Store | None, model: str | None = None, nlp=None,
                 workers: int = 1, *, engine: Engine | None = None,
                 skip_stored: bool = True) -> None:
        from .engines import InProcess, ProcessPool

        self.store = store
        self.model = model
        self._local = InProcess(nlp, model=model)
        if engine is None:
            engine = ProcessPool(workers, model=model) if workers > 1 else self._local
        elif isinstance(engine, InProcess):
            self._local = engine
        self.engine = engine
        self.skip_stored = skip_stored and store is not None
        self.stats: Counter[str] = Counter(stored=0, skipped=0, failed=0, retried=0,
                                           analyzed=0)
        self._retrying: int | None = None
        self.skipped_records: Counter[str] = Counter()  # WARC records with no article
        self.unread_files: dict[str, list[str]] = {}  # reason -> files a walk left out

    @property
    def nlp(self):
        return self._local.load()

    def run(self, inputs: list[str], meta: dict | None = None,
            on_article: ArticleHook = _nothing, on_failure: FailureHook = _nothing,
            fetch: bool = False, *, expand: bool = True, on_report: ReportHook = _nothing,
            on_read: ReadHook = _nothing) -> None:
        """Read ``inputs`` and ingest what they hold.  ``expand``: walk folders and expand
        globs (``wiretrace analyze`` reads its arguments as given)."""
        from .read.files import expand_inputs, read_inputs

        left_out: dict[str, list[str]] = {}

        def results():
            if not expand:
                yield from read_inputs(inputs, meta or {}, fetch=fetch)
                return
            for path in expand_inputs(inputs, lambda p, why: left_out.setdefault(why, [])
                                      .append(p)):
                yield from read_inputs([path], meta or {}, fetch=fetch)

        self.ingest_results(results(), on_article, on_failure, on_report=on_report,
                            on_read=on_read)
        self.note_left_out(left_out)

    def note_left_out(self, left_out: dict[str, list[str]]) -> None:
        """Files a folder walk or glob did not read, counted by reason in
        ``skipped_records`` with the first few named (the summary prints them)."""
        from .read.files import supported

        for why, paths in left_out.items():
            self.unread_files.setdefault(why, []).extend(paths)
            names = ", ".join(paths[:5]) + (f" and {len(paths) - 5} more" if len(paths) > 5
                                            else "")
            types = f" (read: {supported()})" if why.startswith("unsupported") else ""
            self.skipped_records[f"file(s) skipped, {why}: {names}{types}"] += len(paths)

    def run_feed_urls(self, listing: str, on_article: ArticleHook = _nothing,
                      on_failure: FailureHook = _nothing, fetch: bool = False) -> None:
        """Feeds named by URL in a file, one per line: each feed is downloaded (the user
        asked for it by giving URLs), its entries read as in :meth:`run`."""
        from .read.feeds import read_feed
        from .read.fetch import fetch_text, read_feed_urls

        def results():
            with open(listing, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
            for where, url in read_feed_urls(lines, listing):
                try:
                    content = fetch_text(url)
                except (OSError, ValueError, WiretraceError) as exc:
                    yield ReadFailure(where, f"cannot fetch feed {url} ({exc})")
                    continue
                yield from read_feed(content, url, fetch=fetch)

        self.ingest_results(results(), on_article, on_failure)

    def ingest_results(self, results: Iterable[ReadOk | ReadFailure | ReadSkipped],
                       on_article: ArticleHook = _nothing,
                       on_failure: FailureHook = _nothing, *,
                       on_report: ReportHook = _nothing, on_read: ReadHook = _nothing) -> None:
        """Analyze and store what a reader gave: articles not stored yet, failures
        recorded, records with no article counted.  ``on_report`` sees each Report made
        here (after it is stored), ``on_read`` each article read, ``on_failure`` each
        failure (where, reason), ``on_article`` each result of any kind."""
        # a retry runs here, one failure at a time, so that its record is updated
        engine = self.engine if self._retrying is None else self._local
        keep = not engine.stores_itself
        pending: dict[str, tuple[str, Article]] = {}

        def articles() -> Iterator[Article]:
            for result in results:
                if isinstance(result, ReadFailure):
                    self._fail(result.where, result.stage, result.reason, None, on_failure)
                    on_article()
                    continue
                if isinstance(result, ReadSkipped):
                    self.skipped_records[result.reason] += 1
                    continue
                a = result.article
                on_read(result.where, a)
                if self.skip_stored and self.store.has(a.id, a.text_hash):
                    self.stats["skipped"] += 1
                    on_article()
                    continue
                if keep:
                    pending[a.id] = (result.where, a)
                yield a

        for item in engine.results(articles(), self.store):
            if isinstance(item, dict):  # a partition its worker stored (Dask)
                self.stats.update(item)
            elif isinstance(item, AnalysisFailure):
                where, article = pending.pop(item.article_id, (item.article_id, None))
                self._fail(where, item.stage, item.reason, article, on_failure)
            else:
                where, _ = pending.pop(item.article.id, (item.article.id, None))
                self.stats["analyzed"] += 1
                self._save(item, where, on_failure)
                on_report(item)
            on_article()

    def _save(self, report: Report, where: str, on_failure: FailureHook) -> None:
        if self.store is None:
            return
        try:
            saved = self.store.save(report)
        except Exception as exc:  # one article the store refuses: its failure only
            self._fail(where, "store", f"store failed: {type(exc).__name__}: {exc}",
                       report.article, on_failure)
        else:
            self.stats["stored" if saved else "skipped"] += 1

    def _fail(self, where: str, stage: str, reason: str, article: Article | None,
              on_failure: FailureHook) -> None:
        self.stats["failed"] += 1
        on_failure(where, reason)
        if self.store is None:
            keeper = getattr(self.engine, "record_failure", None)  # Dask writing files
            if keeper is not None:
                keeper(where, stage, reason)
            return
        if self._retrying is not None:  # the same failure again: one record, new reason
            self.store.update_failure(self._retrying, stage, reason)
            return
        self.store.record_failure(
            where, stage, reason,
            article_json=article.model_dump_json() if article is not None else None,
            article_id=article.id if article is not None else None)

    def retry_failed(self, on_article: ArticleHook = _nothing,
                     on_failure: FailureHook = _nothing) -> None:
        """Try every open failure again: the stored article when reading had worked, else
        the input it came from.  A failure that passes is marked resolved; one that fails
        again stays open with the new stage and reason."""
        from .read.files import read_inputs
        from .read.jsonl import read_one_line

        for failure in self.store.open_failures():
            self.stats["retried"] += 1
            before = self.stats["failed"]
            if failure["article_json"]:
                results: list = [ReadOk(failure["input"],
                                        Article.model_validate_json(failure["article_json"]))]
            else:
                where = failure["input"]
                path, _, line = where.rpartition(":")
                if path and line.isdigit():
                    try:
                        results = [read_one_line(path, int(line))]
                    except Exception as exc:
                        results = [ReadFailure(where, f"cannot read again ({exc})")]
                else:
                    results = list(read_inputs([where], {}))
            self._retrying = failure["id"]
            try:
                self.ingest_results(results, on_article, on_failure)
            finally:
                self._retrying = None
            if self.stats["failed"] == before:
                self.store.resolve_failure(failure["id"])


def ingest(inputs: str | os.PathLike | Iterable[str | os.PathLike], store: Store | str,
           *, engine: Engine | None = None, published: object = None,
           outlet: str | None = None, fetch: bool = False, retry_failed: bool = False,
           on_failure: FailureHook = _nothing) -> Ingest:
    """Read, analyze and store articles (files, folders, globs, JSONL, feeds, WARC) into
    ``store`` (a :class:`~wiretrace.Store` or its URL), as ``wiretrace ingest`` does: one
    transaction per article, stored articles skipped, failures recorded (with the reason,
    retryable) and the batch going on.

    ``engine``: what analyzes (:mod:`wiretrace.engines`): ``InProcess()`` (default),
    ``ProcessPool(workers)``, ``Dask("local:4")``.  ``published``/``outlet`` fill what an
    article lacks.  ``retry_failed``: first try the failures on record again.
    ``on_failure(where, reason)`` sees each failure as it happens.  Returns the job: its
    ``stats`` (stored, skipped, failed, retried, analyzed), ``skipped_records`` and
    ``unread_files``."""
    if isinstance(store, (str, os.PathLike)):
        from .store import Store

        store = Store(os.fspath(store))
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    job = Ingest(store, engine=engine)
    if retry_failed:
        job.retry_failed(on_failure=on_failure)
    names = [os.fspath(i) for i in inputs]
    if names:
        meta = {"published": published, "outlet": outlet}
        if published is not None:
            from .read.metadata import normalize_published

            meta["published"] = normalize_published(published, where="published")
        job.run(names, meta, on_failure=on_failure, fetch=fetch)
    store.after_bulk_load(job.stats["stored"])
    return job


class _CallableModule(types.ModuleType):
    """``wiretrace.ingest`` names this module (Python sets it on import) and the public
    function both: calling the module calls :func:`ingest`."""

    def __call__(self, inputs, store, **options) -> Ingest:
        return ingest(inputs, store, **options)


sys.modules[__name__].__class__ = _CallableModule
