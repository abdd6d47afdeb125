"""Dask: a LocalCluster ingest into PostgreSQL and into partition files; a worker is
killed mid-run, and the rerun completes with nothing lost and nothing twice."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest
from sqlalchemy import text

from wiretrace.engines import dask_ingest, load_partitions
from wiretrace.model import Article
from wiretrace.store import Store

from .test_ingest import meantime_jsonl

PARTITION = 4


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    path = tmp_path_factory.mktemp("dask") / "meantime.jsonl"
    meantime_jsonl(path)
    out = []
    from wiretrace.read import ReadOk
    from wiretrace.read.files import read_inputs

    for r in read_inputs([str(path)]):
        assert isinstance(r, ReadOk)
        out.append(r.article)
    return out


@pytest.fixture
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def run_and_kill(client, job, done_enough) -> None:
    """Run ``job`` in a thread; when ``done_enough()`` says part of the work is written,
    kill one worker process with SIGKILL.  A job that dies of it is fine: the rerun must
    finish the work."""
    errors: list[BaseException] = []

    def target():
        try:
            job()
        except Exception as exc:  # KilledWorker and friends: the rerun completes
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    deadline = time.monotonic() + 300
    while not done_enough() and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert thread.is_alive(), "the run ended before a worker could be killed"
    pids = client.run(os.getpid)
    os.kill(next(iter(pids.values())), signal.SIGKILL)
    thread.join(timeout=600)
    assert not thread.is_alive()


def test_local_cluster_into_postgresql_survives_a_killed_worker(articles, client):
    pytest.importorskip("psycopg")
    from .conftest import POSTGRES

    if POSTGRES == "skip":
        pytest.skip("WIRETRACE_TEST_POSTGRES=skip")
    import uuid

    import sqlalchemy

    name = f"wiretrace_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(POSTGRES.replace("postgresql://", "postgresql+psycopg://")
                                     + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{POSTGRES}/{name}"
    try:
        store = Store(url)

        def todo() -> list[Article]:
            return [a for a in articles if not store.has(a.id, a.text_hash)]

        run_and_kill(client, lambda: dask_ingest(todo(), store.url, client,
                                                 partition=PARTITION),
                     lambda: store.count("articles") >= 8)
        totals = dask_ingest(todo(), store.url, client, partition=PARTITION)
        assert totals["failed"] == 0
        assert store.count("articles") == len(articles)
        with store.engine.connect() as conn:
            dupes = conn.execute(text("SELECT count(*) FROM (SELECT text_hash FROM articles "
                                      "GROUP BY text_hash HAVING count(*) > 1) d")).scalar_one()
            orphans = conn.execute(text("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                        "(SELECT 1 FROM reports r WHERE r.article_id = a.id)")
                                   ).scalar_one()
        assert dupes == 0 and orphans == 0
        store.engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_local_cluster_into_files_survives_a_killed_worker(articles, client, tmp_path):
    folder = tmp_path / "parts"

    def done() -> set[str]:
        return {p.stem[5:] for p in folder.glob("part-*.jsonl")} if folder.exists() else set()

    run_and_kill(client, lambda: dask_ingest(articles, str(folder), client,
                                             partition=PARTITION, done_parts=done()),
                 lambda: len(done()) >= 2)
    totals = dask_ingest(articles, str(folder), client, partition=PARTITION,
                         done_parts=done())
    assert totals["partitions_skipped"] >= 2
    expected = -(-len(articles) // PARTITION)
    assert len(done()) == expected
    ids = [json.loads(line)["report"]["article"]["id"]
           for p in folder.glob("part-*.jsonl") for line in p.read_text().splitlines()]
    assert sorted(ids) == sorted(a.id for a in articles)  # each article exactly once
    store = Store(str(tmp_path / "loaded.db"))
    assert load_partitions(folder, store)["stored"] == len(articles)
    assert load_partitions(folder, store)["skipped"] == len(articles)


def test_partition_files_load_once_with_their_failures(tmp_path, articles):
    from wiretrace.engines import dask_partition

    folder = tmp_path / "parts"
    payload = [a.model_dump_json() for a in articles[:2]]
    assert dask_partition(payload, str(folder))["written"] == 2
    (folder / "part-read-failures.jsonl").write_text(json.dumps({"failure": {
        "article_id": None, "where": "batch.jsonl:7", "stage": "read",
        "reason": "invalid JSON"}}) + "\n", encoding="utf-8")
    store = Store(str(tmp_path / "w.db"))
    assert load_partitions(folder, store) == {"stored": 2, "skipped": 0, "failed": 1,
                                              "files": 2}
    assert load_partitions(folder, store)["skipped"] == 2
    assert [f["input"] for f in store.open_failures()] == ["batch.jsonl:7"]


def test_the_dask_engine_behind_the_one_ingest_path(articles, client, tmp_path):
    """Ingest with the Dask engine and no store: partitions written by the workers, a
    file that cannot be read kept beside them for `wiretrace load`, the counts summed."""
    from wiretrace.engines import Dask
    from wiretrace.ingest import Ingest

    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": a.id, "text": a.text, "published":
                                         a.published}) + "\n" for a in articles[:6]),
                     encoding="utf-8")
    folder = tmp_path / "parts"
    job = Ingest(None, engine=Dask(client, out=folder, partition=PARTITION))
    failures: list[str] = []
    job.run([str(batch), str(tmp_path / "missing.txt")],
            on_failure=lambda where, why: failures.append(where))
    assert job.stats["written"] == 6 and job.stats["partitions"] == 2
    assert job.stats["failed"] == 1 and failures == [str(tmp_path / "missing.txt")]
    assert (folder / "part-read-failures.jsonl").is_file()
    store = Store(str(tmp_path / "loaded.db"))
    assert load_partitions(folder, store) == {"stored": 6, "skipped": 0, "failed": 1,
                                              "files": 3}
    again = Ingest(None, engine=Dask(client, out=folder, partition=PARTITION))
    again.run([str(batch)])
    assert again.stats["partitions_skipped"] == 2 and again.stats["written"] == 0
