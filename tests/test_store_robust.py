"""The store under pressure, on SQLite and PostgreSQL (``store_url``): passwords never shown;
migrations only by `wiretrace migrate` and by writers on a new store, never by readers;
a writer killed mid-batch loses nothing and its rerun stores each article once; two
writers and a reader at once.  Articles are written here, a few of them, so each test
takes seconds."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.errors import StoreError
from wiretrace.store import Store, head_revision, upgrade

runner = CliRunner()
SECRET = "s3cret-pw"
WIRETRACE = [sys.executable, "-m", "wiretrace"]
READERS = [["events"], ["sources"], ["failures"], ["search", "Cairo"], ["actor", "Haftar"],
           ["cluster", "1"]]

CITIES = ["Cairo", "Tripoli", "Tunis", "Algiers", "Rabat", "Khartoum", "Amman", "Beirut",
          "Baghdad", "Doha", "Muscat", "Ankara"]


def articles(n: int = 12) -> list[dict]:
    """``n`` short, distinct articles (fictional, written for these tests)."""
    out = []
    for i, city in enumerate(CITIES[:n]):
        out.append({
            "id": f"robust-{i:02d}", "outlet": f"Outlet {i % 4}", "published": f"2024-06-{i + 1:02d}",
            "text": f"Ministers meet in {city}\n\nEgyptian and Libyan ministers met in {city} on "
                    f"Monday to discuss the border. The talks covered {i + 2} crossings and "
                    f"trade, officials in {city} said. A second round is planned for "
                    f"{['July', 'August', 'September'][i % 3]}."})
    return out


@pytest.fixture(scope="module")
def reports(nlp):
    from wiretrace.model import Article
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text

    out = []
    for a in articles():
        article: Article = from_text(a["text"], id=a["id"], outlet=a["outlet"],
                                     published=a["published"])
        out.append(analyze(article, nlp))
    return out


def partitions(folder: Path, reports, parts: int = 2) -> Path:
    """Reports as the partition files `wiretrace load` reads (what `ingest --dask --out`
    writes): storing them needs no model, so a writer process starts in two seconds."""
    folder.mkdir(parents=True, exist_ok=True)
    for p in range(parts):
        with (folder / f"part-{p}.jsonl").open("w", encoding="utf-8") as fh:
            for r in reports[p::parts]:
                fh.write(json.dumps({"report": r.model_dump(mode="json")}) + "\n")
    return folder


def with_password(url: str) -> str:
    return url.replace("postgres@", f"postgres:{SECRET}@", 1)


def schema_state(url: str) -> tuple:
    """The revision and the tables, read without wiretrace (nothing created)."""
    from wiretrace.store import engine_for

    engine = engine_for(url, writer=False)
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            version = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                       if "alembic_version" in tables else None)
        return version, tables
    finally:
        engine.dispose()


def downgraded(url: str, revision: str = "0003_event_recipient") -> None:
    from alembic import command

    from wiretrace.store.database import _config

    store = Store(url)
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    store.engine.dispose()


def whole(store: Store) -> dict[str, int]:
    """Articles missing a part of what storing one writes (each count must be 0), and
    articles stored twice."""
    with store.engine.connect() as conn:
        q = {t: f"SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {t} x "
                f"WHERE x.article_id = a.id)" for t in ("reports", "minhashes", "events")}
        q["twice"] = ("SELECT count(*) FROM (SELECT text_hash FROM articles GROUP BY text_hash "
                      "HAVING count(*) > 1) d")
        q["tally"] = ("SELECT (SELECT count(*) FROM articles) - coalesce((SELECT n FROM tallies "
                      "WHERE kind = 'rows' AND key = 'articles'), 0)")
        return {k: conn.execute(text(sql)).scalar_one() for k, sql in q.items()}


# -- secrets ---------------------------------------------------------------------------------
def test_a_password_is_never_shown(store_url, tmp_path, nlp, caplog, monkeypatch):
    """A password in the store URL appears in no output, log record or error message:
    ingest, migrate, queries, info, settings, and a server that does not answer."""
    caplog.set_level(logging.DEBUG)
    outputs = []
    dead = f"postgresql://postgres:{SECRET}@127.0.0.1:9/wiretrace"  # nothing listens on 9
    for args in (["events", "--db", dead], ["migrate", "--db", dead],
                 ["ingest", "x.jsonl", "--db", dead, "--workers", "1"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "cannot" in result.stderr, result.output
        outputs.append(result.output)
    with pytest.raises(StoreError) as failed:
        Store(dead)
    outputs.append(str(failed.value) + repr(failed.value.__cause__))
    monkeypatch.setenv("WIRETRACE_DB", dead)
    for args in (["info", "--format", "json"], ["settings"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert "postgres:***@127.0.0.1:9" in outputs[-2]
    if store_url.startswith("postgresql"):  # a trust server takes any password
        url = with_password(store_url)
        batch = tmp_path / "batch.jsonl"
        batch.write_text("\n".join(json.dumps(a) for a in articles(2)) + "\n{broken\n")
        for args in (["migrate"], ["ingest", str(batch), "--workers", "1", "--no-count"],
                     ["events", "--format", "json"], ["failures"], ["sources"]):
            result = runner.invoke(app, [*args, "--db", url])
            assert result.exit_code in (0, 1), result.output
            outputs.append(result.output)
        assert "stored 2" in outputs[-4] and "postgres:***@" in outputs[-4]
        assert repr(Store(url)).count("***") == 1
    outputs += [r.getMessage() for r in caplog.records]
    assert not [o for o in outputs if SECRET in o]


def test_a_crash_shows_no_local_variables():
    """Typer's crash report would print each frame's variables (a URL, a password)."""
    assert app.pretty_exceptions_show_locals is False


# -- migrations ------------------------------------------------------------------------------
def test_readers_create_nothing_and_migrate_nothing(store_url, tmp_path):
    if store_url.startswith("sqlite"):  # a missing file stays missing
        path = Path(store_url.split("///", 1)[1])
        for args in READERS + [["export", "--format", "jsonl", str(tmp_path / "x.jsonl")]]:
            result = runner.invoke(app, [*args, "--db", store_url])
            assert result.exit_code == 2 and "no store at" in result.stderr, (args, result.output)
            assert not path.exists()
        with pytest.raises(StoreError, match="no store"):
            Store(store_url, migrate=False)
        assert not path.exists()
    else:  # an empty database stays empty
        for args in READERS:
            result = runner.invoke(app, [*args, "--db", store_url])
            assert result.exit_code == 2 and "holds no wiretrace store" in result.stderr
        assert schema_state(store_url) == (None, [])
    # a store at an older revision: readers and writers say to migrate, and change nothing
    downgraded(store_url)
    before = schema_state(store_url)
    assert before[0] == "0003_event_recipient"
    for args in READERS + [["ingest", "nothing.jsonl"], ["load", str(tmp_path)]]:
        result = runner.invoke(app, [*args, "--db", store_url])
        assert result.exit_code == 2, (args, result.output)
        assert "wiretrace migrate" in result.stderr and "0003_event_recipient" in result.stderr
    for mode in (False, "new"):
        with pytest.raises(StoreError, match="wiretrace migrate"):
            Store(store_url, migrate=mode)
    assert schema_state(store_url) == before
    # `wiretrace migrate` upgrades, and says from what to what
    result = runner.invoke(app, ["migrate", "--db", store_url])
    assert result.exit_code == 0, result.output
    assert f"revision 0003_event_recipient -> {head_revision()}" in result.stderr
    assert schema_state(store_url)[0] == head_revision()
    result = runner.invoke(app, ["migrate", "--db", store_url])
    assert "nothing to do" in result.stderr
    for args in READERS[:3]:
        assert runner.invoke(app, [*args, "--db", store_url]).exit_code == 0


def test_migrate_makes_a_new_store_and_refuses_an_unknown_revision(store_url):
    assert upgrade(store_url) == (None, head_revision())
    store = Store(store_url, migrate=False)
    assert store.revision == head_revision() and store.count() == 0
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    store.engine.dispose()
    for opener in (lambda: Store(store_url, migrate=False), lambda: Store(store_url),
                   lambda: upgrade(store_url)):
        with pytest.raises(StoreError, match="newer wiretrace"):
            opener()


def test_ingest_makes_a_new_store(store_url, tmp_path, nlp):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(a) for a in articles(3)) + "\n")
    result = runner.invoke(app, ["ingest", str(batch), "--db", store_url, "--workers", "1",
                                 "--no-count"])
    assert result.exit_code == 0, result.output
    assert "stored 3" in result.stderr
    assert schema_state(store_url)[0] == head_revision()
    result = runner.invoke(app, ["events", "--db", store_url, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)


def test_writers_opening_a_new_store_at_once_migrate_it_once(store_url):
    """Two processes opening a new store at once: one creates the tables, the other waits
    and finds them (PostgreSQL: an advisory lock; SQLite: BEGIN IMMEDIATE)."""
    code = ("import sys; from wiretrace.store import Store; "
            "print(Store(sys.argv[1]).revision)")
    procs = [subprocess.Popen([sys.executable, "-c", code, store_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert {r[0].strip() for r in results} == {head_revision()}


# -- a writer killed mid-batch, and writers beside writers and readers ----------------------
READER = textwrap.dedent("""
    import json, os, sys, time
    from wiretrace.errors import StoreError
    from wiretrace.store import Store, queries
    url, stop = sys.argv[1], sys.argv[2]
    seen = {"loops": 0, "errors": [], "half": 0, "most": 0}
    store = None
    while not os.path.exists(stop):
        try:
            store = store or Store(url, migrate=False)
            queries.events(store)
            queries.search(store, "ministers")
            queries.sources(store)
            with store.engine.connect() as conn:
                from sqlalchemy import text
                seen["half"] += conn.execute(text(
                    "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM reports r WHERE r.article_id = a.id)")).scalar_one()
            seen["most"] = max(seen["most"], store.count())
            seen["loops"] += 1
        except StoreError as exc:  # the store is not made yet: try again
            seen["errors"].append(str(exc)[-60:])
            time.sleep(0.05)
    print(json.dumps(seen))
""")


def test_two_writers_and_a_reader_at_once(store_url, tmp_path, reports):
    """Two `wiretrace load` processes store the same Reports into one new store while a
    reader queries it in a loop: every article stored once, each by one of the two, the
    reader never sees half an article nor an error other than "no store yet"."""
    folder = partitions(tmp_path / "parts", reports)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, store_url, str(stop)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    writers = [subprocess.Popen([*WIRETRACE, "load", str(folder), "--db", store_url],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for _ in range(2)]
    done = [w.communicate(timeout=180) for w in writers]
    time.sleep(0.5)
    stop.touch()
    seen = json.loads(reader.communicate(timeout=60)[0])
    assert [w.returncode for w in writers] == [0, 0], done
    stored = [int(err.split("stored ")[1].split(",")[0]) for _, err in done]
    assert sum(stored) == len(reports), done
    store = Store(store_url, migrate=False)
    assert store.count() == len(reports)
    assert whole(store) == {"reports": 0, "minhashes": 0, "events": 0, "twice": 0, "tally": 0}
    assert seen["loops"] > 0 and seen["half"] == 0 and seen["most"] == len(reports), seen
    assert all(e.endswith("makes one") for e in seen["errors"]), set(seen["errors"])


WRITER = textwrap.dedent("""
    import json, sys
    from wiretrace.model import Report
    from wiretrace.store import Store
    store = Store(sys.argv[1])
    for line in open(sys.argv[2], encoding="utf-8"):
        report = Report.model_validate(json.loads(line)["report"])
        stored = store.save(report)
        print(report.article.id, stored, flush=True)
""")


def test_a_writer_killed_mid_batch_loses_nothing_and_the_rerun_stores_each_once(
        store_url, tmp_path, reports):
    """SIGKILL while a writer stores articles one after the other (about half of the time
    inside a transaction): what was committed is whole, nothing half-stored remains, and
    a rerun stores the rest, each article once."""
    folder = partitions(tmp_path / "parts", reports, parts=1)
    batch = folder / "part-0.jsonl"
    upgrade(store_url)
    store = Store(store_url, migrate=False)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, store_url, str(batch)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = []
    while len(lines) < 4:
        line = proc.stdout.readline()
        assert line, "the writer ended before it could be killed"
        lines.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = store.count()
    assert 4 <= stored < len(reports)
    assert whole(store) == {"reports": 0, "minhashes": 0, "events": 0, "twice": 0, "tally": 0}
    rerun = subprocess.run([sys.executable, "-c", WRITER, store_url, str(batch)],
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    outcome = [line.split() for line in rerun.stdout.splitlines()]
    assert sum(s == "True" for _, s in outcome) == len(reports) - stored
    assert store.count() == len(reports)
    assert whole(store) == {"reports": 0, "minhashes": 0, "events": 0, "twice": 0, "tally": 0}


PARENT = textwrap.dedent("""
    import os, time
    from concurrent.futures import ProcessPoolExecutor
    from wiretrace import engines
    if __name__ == "__main__":
        with ProcessPoolExecutor(1, initializer=engines.watch_parent,
                                 initargs=(os.getpid(), 0.1)) as pool:
            print(pool.submit(os.getpid).result(), flush=True)
            time.sleep(120)
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_analysis_workers_end_when_their_ingest_is_killed(tmp_path):
    """`ingest --workers N` killed with SIGKILL: its worker processes (a model each) do not
    stay behind."""
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    worker = int(proc.stdout.readline())
    assert _alive(worker)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(worker)
