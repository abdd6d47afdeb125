"""Engines: the strategies :mod:`wiretrace.ingest` analyzes articles with.

- :class:`InProcess`: in this process, ``batch_size`` articles per spaCy pass.
- :class:`ProcessPool` (:func:`parallel_analyze`): a process per core on this machine,
  one model load per process, batches of articles handed out through a bounded window
  (at most two batches per worker in flight), so memory stays flat on any corpus.  The
  caller (one process) writes to the store.
- :class:`Dask` (:func:`dask_partitions`): partitions of articles analyzed by the
  workers of a Dask cluster (``tcp://HOST:8786``, or ``local:N`` for a LocalCluster of N
  processes).  Workers write to the shared database themselves (PostgreSQL; or SQLite on
  one machine), or, with no shared database, to one JSONL file of Reports per partition
  that ``wiretrace load`` brings in.  A rerun skips articles already stored and
  partitions already written.

Each engine's ``results(articles, store)`` gives, for the articles it is handed, Reports
and :class:`AnalysisFailure`s for the caller to store and record (in-process, process
pool), or, for an engine whose workers store their own results (``stores_itself``), the
counts of each partition as it finishes.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import settings
from .errors import AnalysisFailure
from .model import Article, Report

BATCH = 8  # articles per task
PARTITION = 32  # articles per Dask partition

_nlp = None


def _worker_nlp(model: str | None):
    """The model, loaded once per worker process."""
    global _nlp
    if _nlp is None:
        from .pipeline import load

        _nlp = load(model)
    return _nlp


def analyze_batch(articles_json: list[str], model: str | None = None) -> list[tuple]:
    """In a worker: ("ok", report_json) or ("fail", article_id, stage, reason) for each."""
    from .pipeline import analyze_many

    nlp = _worker_nlp(model)
    articles = [Article.model_validate_json(a) for a in articles_json]
    out: list[tuple] = []
    for item in analyze_many(articles, nlp, batch_size=len(articles) or 1):
        if isinstance(item, AnalysisFailure):
            out.append(("fail", item.article_id, item.stage, item.reason))
        else:
            out.append(("ok", item.model_dump_json()))
    return out


def _init_worker(model: str | None, parent: int | None = None) -> None:
    if parent is not None:
        watch_parent(parent)
    _worker_nlp(model)


def watch_parent(parent: int, every: float = 1.0) -> None:
    """In a worker process: a thread that ends the process once ``parent`` is gone."""
    threading.Thread(target=_exit_with, args=(parent, every), daemon=True).start()


def _exit_with(parent: int, every: float = 1.0) -> None:
    """End this worker when the process that started it is gone.  A parent killed with
    SIGKILL (the OOM killer, ``kill -9``) closes no pipe the workers wait on (they hold
    its ends too): each would idle for ever, holding a model in memory."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(done: list[tuple]) -> Iterator[Report | AnalysisFailure]:
    for item in done:
        if item[0] == "ok":
            yield Report.model_validate_json(item[1])
        else:
            yield AnalysisFailure(item[1], item[2], item[3])


def parallel_analyze(articles: Iterable[Article], workers: int, model: str | None = None,
                     batch: int = BATCH) -> Iterator[Report | AnalysisFailure]:
    """Reports for a stream of articles, analyzed by ``workers`` processes; results come
    as batches finish (not in input order)."""
    # imported here: multiprocessing's machinery costs a one-article `analyze` 20 ms
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    window = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(model, os.getpid())) as pool:
        pending: set = set()
        for chunk in _batches(articles, batch):
            pending.add(pool.submit(analyze_batch, [a.model_dump_json() for a in chunk],
                                    model))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in done:
                    yield from _results(f.result())
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield from _results(f.result())


# -- Dask ----------------------------------------------------------------------------------
def partition_id(articles_json: list[str]) -> str:
    """A name that is the same for the same articles, so a rerun finds its own output."""
    h = hashlib.sha256()
    for a in articles_json:
        h.update(json.loads(a)["text_hash"].encode())
    return h.hexdigest()[:16]


def dask_partition(articles_json: list[str], target: str, model: str | None = None) -> dict:
    """Analyze one partition on a Dask worker and write it to ``target``: a database URL
    (each Report stored in its own transaction, already stored ones skipped) or a folder
    (``part-<id>.jsonl`` of Reports and failures, written whole or not at all)."""
    stats = {"stored": 0, "skipped": 0, "failed": 0, "written": 0}
    results = analyze_batch(articles_json, model)
    if "://" in target and not target.startswith("file://"):
        store = _worker_store(target)
        by_id = {json.loads(a)["id"]: a for a in articles_json}
        for item in results:
            if item[0] == "ok":
                report = Report.model_validate_json(item[1])
                stats["stored" if store.save(report) else "skipped"] += 1
            else:
                stats["failed"] += 1
                store.record_failure(f"dask:{item[1]}", item[2], item[3],
                                     article_json=by_id.get(item[1]), article_id=item[1])
        return stats
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    name = folder / f"part-{partition_id(articles_json)}.jsonl"
    tmp = name.with_suffix(f".tmp-{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        for item in results:
            if item[0] == "ok":
                fh.write(json.dumps({"report": json.loads(item[1])}) + "\n")
                stats["written"] += 1
            else:
                fh.write(json.dumps({"failure": {"article_id": item[1], "stage": item[2],
                                                 "reason": item[3]}}) + "\n")
                stats["failed"] += 1
    tmp.replace(name)  # atomic: a partition file is whole or absent
    return stats


_stores: dict[str, object] = {}


def _worker_store(url: str):
    from .store import Store

    if url not in _stores:
        _stores[url] = Store(url)
    return _stores[url]


def client_for(address: str):
    """A dask.distributed Client: ``local:N`` starts a LocalCluster of N single-threaded
    worker processes; anything else is a scheduler address."""
    from distributed import Client, LocalCluster

    if address.startswith("local"):
        n = int(address.partition(":")[2] or os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster)
    return Client(address)


def dask_partitions(articles: Iterable[Article], target: str, client,
                    model: str | None = None, partition: int = PARTITION,
                    done_parts: set[str] | None = None) -> Iterator[dict]:
    """Submit partitions of ``articles`` to the cluster, at most two per worker in flight,
    and give each one's counts as it finishes (``partitions``: 1, with what its worker
    stored, skipped, wrote and failed); ``done_parts`` names partitions already written
    (a folder target), skipped (``partitions_skipped``: 1 and its articles as skipped)."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    futures = as_completed()

    def finished(block: bool) -> Iterator[dict]:
        while futures.count() and (block or futures.count() >= 2 * workers):
            yield {**next(futures).result(), "partitions": 1}
            if not block:
                break

    for chunk in _batches(articles, partition):
        payload = [a.model_dump_json() for a in chunk]
        if done_parts is not None and partition_id(payload) in done_parts:
            yield {"partitions_skipped": 1, "skipped": len(payload)}
            continue
        futures.add(client.submit(dask_partition, payload, target, model, pure=False))
        yield from finished(block=False)
    yield from finished(block=True)


def dask_ingest(articles: Iterable[Article], target: str, client, model: str | None = None,
                partition: int = PARTITION, done_parts: set[str] | None = None,
                on_partition: Callable[[dict], None] | None = None) -> dict:
    """:func:`dask_partitions` summed: the run's totals (``on_partition`` sees them after
    each partition that finishes)."""
    totals = {"stored": 0, "skipped": 0, "failed": 0, "written": 0, "partitions": 0,
              "partitions_skipped": 0}
    for counts in dask_partitions(articles, target, client, model, partition, done_parts):
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
        if on_partition and counts.get("partitions"):
            on_partition(totals)
    return totals


def load_partitions(folder: str | Path, store) -> dict:
    """Bring the partition files a Dask run wrote into a store (already stored Reports are
    skipped; failures are recorded once, however often the folder is loaded)."""
    stats = {"stored": 0, "skipped": 0, "failed": 0, "files": 0}
    known = {(f["input"], f["reason"]) for f in store.open_failures()}
    for path in sorted(Path(folder).glob("part-*.jsonl")):
        stats["files"] += 1
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                record = json.loads(line)
                if "report" in record:
                    report = Report.read(record["report"])  # any 1.x
                    stats["stored" if store.save(report) else "skipped"] += 1
                else:
                    f = record["failure"]
                    where = f.get("where") or f"{path}:{n}"
                    stats["failed"] += 1
                    if (where, f["reason"]) in known:
                        continue  # loaded before: one record per failure
                    known.add((where, f["reason"]))
                    store.record_failure(where, f["stage"], f["reason"],
                                         article_id=f["article_id"])
    return stats


# -- the strategies ingest runs (wiretrace.ingest) --------------------------------------
class InProcess:
    """Analyze in this process: one spaCy pipeline (``nlp``, or ``model`` loaded on first
    use), ``batch_size`` articles per pass (default: the ``batch_size`` setting).
    ``prepare``: load every table with the model (:func:`wiretrace.pipeline.load`);
    False leaves each to its first use (the command line's ``analyze``: a quicker start,
    the same results)."""

    name = "in-process"
    stores_itself = False

    def __init__(self, nlp=None, *, model: str | None = None,
                 batch_size: int | None = None, prepare: bool = True) -> None:
        self._nlp = nlp
        self.model = model
        self.batch_size = batch_size
        self.prepare = prepare

    def load(self):
        """The pipeline, loaded now (a missing model is a ModelError here, not on the first
        article)."""
        if self._nlp is None:
            from .pipeline import load

            self._nlp = load(self.model, prepare=self.prepare)
        return self._nlp

    def results(self, articles: Iterable[Article], store=None
                ) -> Iterator[Report | AnalysisFailure]:
        from .pipeline import analyze_many

        size = self.batch_size or int(settings.get("batch_size"))
        return analyze_many(articles, self.load(), batch_size=size)


class ProcessPool:
    """Analyze in ``workers`` processes on this machine (default: the ``workers`` setting;
    0: one per core), ``batch`` articles per task; results come as batches finish."""

    name = "processes"
    stores_itself = False

    def __init__(self, workers: int | None = None, *, model: str | None = None,
                 batch: int = BATCH) -> None:
        n = workers if workers is not None else int(settings.get("workers"))
        self.workers = n or os.cpu_count() or 1
        self.model = model
        self.batch = batch

    def results(self, articles: Iterable[Article], store=None
                ) -> Iterator[Report | AnalysisFailure]:
        return parallel_analyze(articles, self.workers, self.model, self.batch)


class Dask:
    """Analyze on a Dask cluster (``address``: ``tcp://HOST:8786``, ``local:N``, or a
    ``distributed.Client``).  Its workers store each Report in the store ingest was given
    (its URL must reach them: PostgreSQL, or SQLite on one machine), or, with ``out``, write
    partition files there for ``wiretrace load`` (then what cannot be read is kept beside
    them, in ``part-read-failures.jsonl``)."""

    name = "dask"
    stores_itself = True

    def __init__(self, address: str | object, *, out: str | os.PathLike | None = None,
                 model: str | None = None, partition: int = PARTITION) -> None:
        self.address = address
        self.out = Path(out) if out is not None else None
        self.model = model
        self.partition = partition

    def results(self, articles: Iterable[Article], store=None) -> Iterator[dict]:
        if self.out is None and store is None:
            raise ValueError("the Dask engine needs a store or an out folder")
        target = str(self.out) if self.out is not None else store.url
        done = None
        if self.out is not None and self.out.exists():
            done = {p.stem[5:] for p in self.out.glob("part-*.jsonl")} - {"read-failures"}
        own = isinstance(self.address, str)
        client = client_for(self.address) if own else self.address
        try:
            yield from dask_partitions(articles, target, client, self.model, self.partition,
                                       done)
        finally:
            if own:
                client.close()
                cluster = getattr(client, "cluster", None)
                if cluster is not None:
                    cluster.close()

    def record_failure(self, where: str, stage: str, reason: str) -> None:
        """A read failure with no store to record it in: kept beside the partitions,
        where ``wiretrace load`` records it."""
        self.out.mkdir(parents=True, exist_ok=True)
        with (self.out / "part-read-failures.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps({"failure": {"article_id": None, "where": where,
                                             "stage": stage, "reason": reason}}) + "\n")
