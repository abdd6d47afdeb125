"""Ingest: read, analyze and store a stream of articles, one transaction per article.

Articles already in the store (same id or same text) are skipped before analysis, so a
rerun of an interrupted batch does only what is left.  A read or analysis failure is
recorded in the store's failures table (with the article as read, when reading worked)
and the batch goes on; ``retry_failed`` tries the recorded ones again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from . import settings
from .errors import WiretraceError
from .model import Article
from .read import ReadFailure, ReadOk, ReadSkipped
from .store import Store

ArticleHook = Callable[[], None]
FailureHook = Callable[[str, str], None]


def _nothing(*_args) -> None:
    return None


class Ingest:
    def __init__(self, store: Store, model: str | None = None, nlp=None,
                 workers: int = 1) -> None:
        self.store = store
        self.model = model
        self._nlp = nlp
        self.workers = max(1, workers)
        self.stats: Counter[str] = Counter(stored=0, skipped=0, failed=0, retried=0)
        self._retrying: int | None = None
        self.skipped_records: Counter[str] = Counter()  # WARC records with no article
        self.unread_files: dict[str, list[str]] = {}  # reason -> files a walk left out

    @property
    def nlp(self):
        if self._nlp is None:
            from .pipeline import load

            self._nlp = load(self.model)
        return self._nlp

    def run(self, inputs: list[str], meta: dict | None = None,
            on_article: ArticleHook = _nothing, on_failure: FailureHook = _nothing,
            fetch: bool = False) -> None:
        from .read.files import expand_inputs, read_inputs

        left_out: dict[str, list[str]] = {}

        def results():
            for path in expand_inputs(inputs, lambda p, why: left_out.setdefault(why, [])
                                      .append(p)):
                yield from read_inputs([path], meta or {}, fetch=fetch)

        self.ingest_results(results(), on_article, on_failure)
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
                       on_failure: FailureHook = _nothing) -> None:
        """Analyze and store what a reader gave: articles not stored yet, failures
        recorded, records with no article counted."""
        from .pipeline import AnalysisFailure, analyze_many

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
                if self.store.has(a.id, a.text_hash):
                    self.stats["skipped"] += 1
                    on_article()
                    continue
                pending[a.id] = (result.where, a)
                yield a

        batch = int(settings.get("batch_size"))
        if self.workers > 1 and self._retrying is None:
            from .engines import parallel_analyze

            stream = parallel_analyze(articles(), self.workers, self.model)
        else:
            stream = analyze_many(articles(), self.nlp, batch_size=batch)
        for item in stream:
            if isinstance(item, AnalysisFailure):
                where, article = pending.pop(item.article_id, (item.article_id, None))
                self._fail(where, item.stage, item.reason, article, on_failure)
            else:
                where, _ = pending.pop(item.article.id, (item.article.id, None))
                try:
                    saved = self.store.save(item)
                except Exception as exc:  # one article the store refuses: its failure only
                    self._fail(where, "store", f"store failed: {type(exc).__name__}: {exc}",
                               item.article, on_failure)
                else:
                    self.stats["stored" if saved else "skipped"] += 1
            on_article()

    def _fail(self, where: str, stage: str, reason: str, article: Article | None,
              on_failure: FailureHook) -> None:
        self.stats["failed"] += 1
        on_failure(where, reason)
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

