"""Ingest: folders, globs and JSONL into the store; the same articles twice change nothing;
a failure is recorded and can be retried; a killed run loses no committed article and a
rerun completes it without duplicates.  Each test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.ingest import Ingest
from wiretrace.store import Store

from .conftest import meantime_path

runner = CliRunner()
TABLES = ("articles", "reports", "entities", "events", "sources", "actors", "actor_aliases",
          "event_clusters", "event_actors", "minhashes")


def meantime_jsonl(path: Path, limit: int | None = None) -> int:
    """The MEANTIME dev articles as a JSONL batch (the gold corpus is read, not copied into
    the repository)."""
    from wiretrace.eval.meantime_read import read_directory, read_document

    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for p in read_directory(meantime_path(), limit):
            a = read_document(p).article
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                                 "published": a.published}) + "\n")
            n += 1
    return n


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


def test_ingesting_meantime_twice_gives_the_same_counts(store_url, tmp_path, nlp):
    batch = tmp_path / "meantime.jsonl"
    n = meantime_jsonl(batch)
    store = Store(store_url)
    first = Ingest(store, nlp=nlp)
    first.run([str(batch)])
    assert first.stats["stored"] == n == 60 and first.stats["failed"] == 0
    after_one = counts(store)
    second = Ingest(store, nlp=nlp)
    second.run([str(batch)])
    assert second.stats["stored"] == 0 and second.stats["skipped"] == n
    assert counts(store) == after_one
    assert after_one["articles"] == 60 and after_one["events"] > 1000


def test_folders_and_globs(tmp_path, nlp):
    news = tmp_path / "news" / "2024"
    news.mkdir(parents=True)
    (news / "a.txt").write_text("Rebels took Sirte\n\nRebel fighters captured Sirte on "
                                "Tuesday, a spokesman said.\n", encoding="utf-8")
    (news / "b.txt").write_text("Talks in Cairo\n\nEgyptian and Libyan ministers met in "
                                "Cairo on Monday.\n", encoding="utf-8")
    (news / "notes.csv").write_text("not an article\n", encoding="utf-8")
    (tmp_path / "news" / ".hidden.txt").write_text("skipped\n", encoding="utf-8")
    store = Store(str(tmp_path / "w.db"))
    job = Ingest(store, nlp=nlp)
    job.run([str(tmp_path / "news")])
    assert job.stats["stored"] == 2 and job.stats["failed"] == 0
    job = Ingest(store, nlp=nlp)
    job.run([str(tmp_path / "news" / "**" / "*.txt")])
    assert job.stats["skipped"] == 2 and job.stats["stored"] == 0


def test_failures_are_recorded_then_retried_from_the_cli(store_url, tmp_path):
    batch = tmp_path / "batch.jsonl"
    good = {"id": "ok-1", "text": "Talks\n\nEgyptian and Libyan ministers met in Cairo.",
            "published": "2024-06-04"}
    batch.write_text(json.dumps(good) + "\n{broken json\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(batch), "--db", store_url])
    assert result.exit_code == 1
    assert "batch.jsonl:2" in result.stderr and "stored 1" in result.stderr
    listed = runner.invoke(app, ["failures", "--db", store_url, "--format", "json"])
    (failure,) = json.loads(listed.stdout)
    assert failure["stage"] == "read" and failure["input"].endswith("batch.jsonl:2")
    # still broken: the failure stays open
    result = runner.invoke(app, ["ingest", "--retry-failed", "--db", store_url])
    assert result.exit_code == 1
    assert len(Store(store_url).open_failures()) == 1
    # fixed in place: the retry stores it and closes the failure
    fixed = {"id": "ok-2", "text": "Port\n\nRebel fighters captured Sirte on Tuesday.",
             "published": "2024-06-04"}
    batch.write_text(json.dumps(good) + "\n" + json.dumps(fixed) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--retry-failed", "--db", store_url])
    assert result.exit_code == 0, result.stderr
    store = Store(store_url)
    assert store.open_failures() == [] and store.count("articles") == 2


def test_an_analysis_failure_keeps_the_article_for_the_retry(tmp_path, nlp, monkeypatch):
    from wiretrace.nlp import events

    store = Store(str(tmp_path / "w.db"))
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nEgyptian and Libyan ministers met in Cairo.\n",
                       encoding="utf-8")
    original = events.annotate

    def broken(ctx):
        raise RuntimeError("simulated crash in the event layer")

    monkeypatch.setattr(events, "annotate", broken)
    job = Ingest(store, nlp=nlp)
    job.run([str(article)])
    (failure,) = store.open_failures()
    assert failure["stage"] != "read" and "simulated crash" in failure["reason"]
    assert json.loads(failure["article_json"])["text"].startswith("Talks")
    article.unlink()  # the retry does not need the file: the article was kept
    monkeypatch.setattr(events, "annotate", original)
    job = Ingest(store, nlp=nlp)
    job.retry_failed()
    assert store.open_failures() == [] and store.count("articles") == 1


def test_a_killed_ingest_loses_nothing_and_the_rerun_completes_it(store_url, tmp_path):
    batch = tmp_path / "meantime.jsonl"
    n = meantime_jsonl(batch)
    cmd = [sys.executable, "-m", "wiretrace", "ingest", str(batch), "--db", store_url,
           "--no-count"]
    env = {**os.environ, "WIRETRACE_BATCH_SIZE": "2"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    store = Store(store_url)
    deadline = time.monotonic() + 240
    while store.count("articles") < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)  # mid-batch, without warning
    proc.wait()
    # a server may still finish a COMMIT the killed client sent (PostgreSQL's backend
    # outlives its client for a moment): count once the number holds still
    stored, before = store.count("articles"), -1
    while stored != before:
        time.sleep(1.0)
        before, stored = stored, store.count("articles")
    assert 5 <= stored < n, "the kill came too late to test anything"
    with store.engine.connect() as conn:  # every stored article is whole
        half = conn.execute(text("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                 "(SELECT 1 FROM reports r WHERE r.article_id = a.id)")
                            ).scalar_one()
    assert half == 0
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"skipped {stored} already stored" in rerun.stderr
    assert store.count("articles") == n
    with store.engine.connect() as conn:
        dupes = conn.execute(text("SELECT count(*) FROM (SELECT text_hash FROM articles "
                                  "GROUP BY text_hash HAVING count(*) > 1) d")).scalar_one()
    assert dupes == 0


@pytest.mark.parametrize("args", [["events"], ["sources"], ["failures"],
                                  ["search", "Cairo"], ["actor", "Ahmed Aboul Gheit"]])
def test_query_commands_run_on_an_empty_store(tmp_path, args):
    assert runner.invoke(app, ["migrate", "--db", str(tmp_path / "w.db")]).exit_code == 0
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "w.db")])
    assert result.exit_code in (0, 1), result.output
    if args[0] == "actor":
        assert result.exit_code == 1 and "no actor" in result.stderr


def test_the_library_and_the_commands_take_one_ingest_path(tmp_path, nlp):
    """wiretrace.ingest (the library) is the path `wiretrace ingest` takes: stored, skipped
    and failed counted alike, the failure recorded with its reason and retryable, and
    `analyze --db` goes through the same job (its reports stored, its failures kept with
    the article for the retry)."""
    import wiretrace
    from wiretrace.engines import InProcess

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks\n\nEgyptian and Libyan ministers met in Cairo.\n",
                                  encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "Troops shelled the "
                                               "town on Monday."}) + "\n{broken\n",
                                    encoding="utf-8")
    store = Store(str(tmp_path / "lib.db"))
    failures: list[tuple[str, str]] = []
    job = wiretrace.ingest(folder, store, engine=InProcess(nlp),
                           on_failure=lambda where, why: failures.append((where, why)))
    assert (job.stats["stored"], job.stats["skipped"], job.stats["failed"]) == (2, 0, 1)
    (failure,) = store.open_failures()
    assert failure["input"].endswith("b.jsonl:2") and failures[0][0] == failure["input"]
    again = wiretrace.ingest(str(folder), store, engine=InProcess(nlp))
    assert (again.stats["stored"], again.stats["skipped"]) == (0, 2)
    (folder / "b.jsonl").write_text(json.dumps({"id": "b1", "text": "Troops shelled the "
                                               "town on Monday."}) + "\n" + json.dumps(
        {"id": "b2", "text": "Police arrested two men."}) + "\n", encoding="utf-8")
    retried = wiretrace.ingest([], store, engine=InProcess(nlp), retry_failed=True)
    assert retried.stats["retried"] == 1 and store.open_failures() == []
    assert store.count("articles") == 3

    # `wiretrace analyze --db` is the same job: reports printed and stored
    db = tmp_path / "cli.db"
    result = runner.invoke(app, ["analyze", str(folder / "a.txt"), "--format", "jsonl",
                                 "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    report = wiretrace.Report.model_validate_json(result.stdout.splitlines()[0])
    assert Store(str(db)).report(report.article.id) == report
