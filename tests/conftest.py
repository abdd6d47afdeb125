"""Shared fixtures.  Articles and gold data written by others stay in ../shared and are
read from there (CI has them there too); WIRETRACE_SHARED overrides the location.

A bare clone has no ../shared: a test that needs third-party text or gold data asks for it
through ``shared_path`` (or a fixture built on it) and is skipped with the reason when it is
absent.  Tests of behaviour use texts the project wrote (``DEMO``, articles in the tests).
``make test-bare`` runs the suite in a clone with nothing beside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

REPO = Path(__file__).resolve().parents[1]
# Property tests draw new examples on every run where a person runs them; in CI (CI=true)
# they draw the same ones each time, so a red CI always means a change, never a draw.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
SHARED = Path(os.environ.get("WIRETRACE_SHARED", REPO.parent / "shared"))
FOUNDING = SHARED / "examples" / "haftar-intelligence-report.txt"
MEANTIME = SHARED / "eval" / "meantime-en-dev"
# Written for the project (Apache-2.0): a fictional wire story with the founding article's
# hard cases (see src/wiretrace/examples/README.md).
DEMO = REPO / "src" / "wiretrace" / "examples" / "demo-wire.txt"
DEMO_PUBLISHED = "2024-03-14"


def shared_path(*parts: str) -> Path:
    """``SHARED/parts...``, or skip the calling test when it is not there (a bare clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs third-party data that is not here: {path} (a bare clone has no "
                    "../shared beside it; CI has it, or set WIRETRACE_SHARED)")
    return path


def founding_path() -> Path:
    return shared_path("examples", "haftar-intelligence-report.txt")


def meantime_path() -> Path:
    return shared_path("eval", "meantime-en-dev")


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
    return founding_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_report(nlp, founding_text):
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text

    return analyze(from_text(founding_text, published="2021-11-20"), nlp)


@pytest.fixture(scope="session")
def demo_report(nlp):
    """The project's own demo wire story (the founding article's hard cases, written here)."""
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text

    return analyze(from_text(DEMO.read_text(encoding="utf-8"), id="demo-wire",
                             published=DEMO_PUBLISHED, outlet="Harbourline Wire"), nlp)


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
    for c in report.article.credits:
        check(c.start, c.end, c.text, f"credit {c.name}")
        check(c.line.start, c.line.end, None, f"credit {c.name} line")
        assert c.line.start <= c.start <= c.end <= c.line.end, f"credit {c.name} off its line"
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


def downgrade_store(store, revision: str) -> None:
    """Take ``store`` back to the schema ``revision`` (the way a store written by an older
    wiretrace looks), for tests of the migrations that follow it."""
    from alembic import command
    from alembic.config import Config

    from wiretrace.store.database import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    store.engine.dispose()


def error_of(response, status: int) -> dict:
    """The API's one error shape, with ``status``: ``{"error": {status, code, message,
    details}}``; returns the inner object."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert body["error"]["code"] and body["error"]["message"]
    return body["error"]


def cued(report, word: str) -> list:
    """The report's quotes whose cue is ``word`` (any case)."""
    return [q for q in report.quotes if q.cue is not None and q.cue.text.lower() == word]


def cued_within(report, word: str) -> list:
    """The report's quotes whose cue contains ``word`` (any case): "came out against"."""
    return [q for q in report.quotes if q.cue is not None and word in q.cue.text.lower()]


def assert_cued(report, word: str, content: str, exact: bool = False) -> None:
    """Offsets hold, a quote is cued by ``word`` (its whole cue with ``exact``, else
    within it) and one such quote's content holds ``content``."""
    assert_offsets(report)
    found = (cued if exact else cued_within)(report, word)
    assert found, [q.cue.text for q in report.quotes if q.cue]
    assert any(content in q.text for q in found), [q.text for q in found]


def speaker_name(report, quote) -> str | None:
    """The name of a quote's speaker, None when it has none."""
    sources = {s.id: s for s in report.sources}
    return sources[quote.speaker].name if quote.speaker in sources else None


# -- events: the helpers the event tests of each round share ------------------------------
def shown(text: str, *roles: str, published: str = "2021-03-02") -> list[tuple[str, ...]]:
    """The events of ``text`` shown as happened, each as (trigger, type) followed by, for
    each of ``roles``, its actors' texts joined with " + " ("" when it has none):
    ``shown(text, "source")`` -> [("met", "CONSULT", "Okafor")]."""
    from wiretrace.pipeline import analyze
    from wiretrace.read.text import from_text
    from wiretrace.render import happened

    report = analyze(from_text(text, id="t", published=published))
    return [(e.trigger.text, e.type,
             *(" + ".join(a.text for a in e.actors if a.role == role) for role in roles))
            for e in report.events if happened(e)]


def events_at(analyze_text, text: str, trigger: str) -> list:
    """The events on ``trigger`` in an article of ``text`` (dateline Lima, 2019-03-01)."""
    r = analyze_text("Lima\n\n" + text, published="2019-03-01")
    return [e for e in r.events if e.trigger.text == trigger]


def shown_at(analyze_text, text: str, trigger: str) -> list:
    """:func:`events_at`, those shown as happened."""
    from wiretrace.render import happened

    return [e for e in events_at(analyze_text, text, trigger) if happened(e)]


def role_texts(event, role: str) -> list[str]:
    """The texts of ``event``'s actors in ``role``, sorted."""
    return sorted(a.text for a in event.actors if a.role == role)


def holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start), None)


def person_holding(report, text: str, words: str) -> str | None:
    """The name of the PERSON entity with a mention over the first character of ``words``
    in ``text``."""
    at = text.index(words)
    return next((e.name for e in report.entities if e.type == "PERSON" for m in e.mentions
                 if m.start <= at < m.end), None)


def actor_names(report, text: str, words: str) -> list[str | None]:
    """The entity names of the event actors whose span covers the first character of
    ``words`` in ``text`` (None for an actor with no entity)."""
    at = text.index(words)
    names = {e.id: e.name for e in report.entities}
    return [names.get(a.entity_id) for e in report.events for a in e.actors
            if a.start <= at < a.end]


@pytest.fixture(scope="session")
def typed_org(nlp):
    """(text, ORG name, surname) -> whether the two-word ORG is read as the person the
    surname (typed PERSON) names; the mentions are built by hand with the types under
    test, so the rule is tested apart from what the NER model types."""
    from wiretrace import clean, names
    from wiretrace.nlp.actors import people
    from wiretrace.nlp.actors.mentions import Cluster, Mention
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text


    def run(text: str, org: str, surname: str) -> bool:
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))

        def cluster(name: str, typed: str, skip: int = -1) -> Cluster:
            found, at = [], text.find(name)
            while at >= 0:
                span = ctx.doc.char_span(at, at + len(name))
                if span is not None and span.end - 1 != skip:
                    found.append(Mention(span.start, span.end, span.start_char,
                                         span.end_char, name, typed,
                                         names.name_key(name, person=typed == "PERSON")))
                at = text.find(name, at + 1)
            return Cluster(found, label=typed)

        full = cluster(org, "ORG")
        inside = full.mentions[0].end - 1
        short = cluster(surname, "PERSON", skip=inside)
        return people.full_names_typed_org(ctx, [full, short]) == [full]

    return run
