"""Engines that analyze articles on more than one core, or on a Dask cluster.

- :func:`parallel_analyze`: a process per core on this machine, one model load per
  process, batches of articles handed out through a bounded window (at most two batches
  per worker in flight), so memory stays flat on any corpus.  The caller (one process)
  writes to the store.
- :func:`dask_ingest`: partitions of articles analyzed by the workers of a Dask cluster
  (``tcp://HOST:8786``, or ``local:N`` for a LocalCluster of N processes).  Workers write
  to the shared database themselves (PostgreSQL; or SQLite on one machine), or, with no
  shared database, to one JSONL file of Reports per partition that ``wiretrace load``
  brings in.  A rerun skips articles already stored and partitions already written.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from .model import Article, Report
from .pipeline import AnalysisFailure

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
    window = 2 * workers
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(model, os.getpid())) as pool:
        pending: set[Future] = set()
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


def dask_ingest(articles: Iterable[Article], target: str, client, model: str | None = None,
                partition: int = PARTITION, done_parts: set[str] | None = None,
                on_partition: Callable[[dict], None] | None = None) -> dict:
    """Submit partitions of ``articles`` to the cluster, at most two per worker in flight;
    ``done_parts`` names partitions already written (a folder target), skipped."""
    from distributed import as_completed

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    totals = {"stored": 0, "skipped": 0, "failed": 0, "written": 0, "partitions": 0,
              "partitions_skipped": 0}
    futures = as_completed()

    def collect(block: bool) -> None:
        while futures.count() and (block or futures.count() >= 2 * workers):
            stats = next(futures).result()
            for k, v in stats.items():
                totals[k] = totals.get(k, 0) + v
            totals["partitions"] += 1
            if on_partition:
                on_partition(totals)
            if not block:
                break

    for chunk in _batches(articles, partition):
        payload = [a.model_dump_json() for a in chunk]
        if done_parts is not None and partition_id(payload) in done_parts:
            totals["partitions_skipped"] += 1
            totals["skipped"] += len(payload)
            continue
        futures.add(client.submit(dask_partition, payload, target, model, pure=False))
        collect(block=False)
    collect(block=True)
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
