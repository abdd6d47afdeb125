"""Shared fixtures.  Articles and gold data written by others stay in ../shared and are
read from there (CI has them there too); WIRETRACE_SHARED overrides the location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRETRACE_SHARED", REPO.parent / "shared"))
FOUNDING = SHARED / "examples" / "haftar-intelligence-report.txt"
MEANTIME = SHARED / "eval" / "meantime-en-dev"


@pytest.fixture(scope="session", autouse=True)
def every_report_keeps_its_offsets():
    """Offsets are sacred: every Report the pipeline builds during the test session is
    checked span by span, whichever test asked for it."""
    from wiretrace import pipeline

    original = pipeline._report

    def checked(*args, **kwargs):
        report = original(*args, **kwargs)
        assert_offsets(report)
        return report

    pipeline._report = checked
    yield
    pipeline._report = original


@pytest.fixture(scope="session")
def nlp():
    from wiretrace.nlp import language

    return language.load()


@pytest.fixture(scope="session")
def founding_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_report(nlp, founding_text):
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text

    return analyze(from_text(founding_text, published="2021-11-20"), nlp)


@pytest.fixture
def analyze_text(nlp):
    """analyze_text("Some article text", published="2021-11-20") -> Report"""
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text

    def run(text: str, **meta):
        return analyze(from_text(text, **meta), nlp)

    return run


def assert_offsets(report) -> None:
    """Every span in a report points at the text it claims (the offsets invariant)."""
    text = report.article.text
    n = len(text)

    def check(start, end, claimed=None, what=""):
        assert 0 <= start <= end <= n, f"{what}: span {start}-{end} outside text of {n}"
        if claimed is not None:
            assert text[start:end] == claimed, f"{what}: {text[start:end]!r} != {claimed!r}"

    for r in report.article.removed:
        check(r.start, r.end, None, "removed")
    for e in report.entities:
        for m in e.mentions:
            check(m.start, m.end, m.text, f"entity {e.id}")
    for t in report.times:
        check(t.start, t.end, t.text, f"time {t.id}")
    for s in report.sources:
        for m in s.mentions:
            check(m.start, m.end, m.text, f"source {s.id}")
    for q in report.quotes:
        check(q.start, q.end, q.text, f"quote {q.id}")
        if q.cue:
            check(q.cue.start, q.cue.end, q.cue.text, f"quote {q.id} cue")
    for ev in report.events:
        check(ev.trigger.start, ev.trigger.end, ev.trigger.text, f"event {ev.id}")
        check(ev.sentence.start, ev.sentence.end, None, f"event {ev.id} sentence")
        for a in ev.actors:
            check(a.start, a.end, a.text, f"event {ev.id} actor")


# -- stores: every store test runs against SQLite and PostgreSQL --------------------------
POSTGRES = os.environ.get("WIRETRACE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store URL: a SQLite file, or a new PostgreSQL database (dropped
    afterwards) on the server at $WIRETRACE_TEST_POSTGRES (default 127.0.0.1:5432, user
    postgres).  Set WIRETRACE_TEST_POSTGRES=skip only where no server can run."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if POSTGRES == "skip":
        pytest.skip("WIRETRACE_TEST_POSTGRES=skip")
    import uuid

    import sqlalchemy

    name = f"wiretrace_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(
        POSTGRES.replace("postgresql://", "postgresql+psycopg://") + "/postgres",
        isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{POSTGRES}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
