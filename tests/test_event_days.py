"""Event dates as day ranges in the store (issue 20): filters, sorting and monthly counts
compare the days a TIMEX3 value covers, never its text, on both databases; stores written
before the ranges get them from the migration."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from wiretrace.cli import app as cli
from wiretrace.model import Article, EventTime
from wiretrace.store import Store, queries
from wiretrace.store.tallies import month_key
from wiretrace.web import create_app

TOKEN = "event-days-token-0123456789"
# value -> (first day, last day), as wiretrace.timex gives them (PRESENT_REF: published)
VALUES = {
    "2019-W46": ("2019-11-11", "2019-11-17"),   # ends before 2019-12-01, sorts after it as text
    "2019-W49": ("2019-12-02", "2019-12-08"),
    "2019-Q4": ("2019-10-01", "2019-12-31"),
    "2019-Q3": ("2019-07-01", "2019-09-30"),
    "2019-SU": ("2019-06-01", "2019-08-31"),
    "2019-WI": ("2019-12-01", "2020-02-29"),
    "2019-11": ("2019-11-01", "2019-11-30"),
    "XXXX-12": (None, None),
}


def _dated(report, published: str, values: list[str], suffix: str):
    """The demo report as another article (its own id, date and text hash) whose first
    events carry ``values`` and the others no time."""
    text = report.article.text + suffix  # a new text: spans still hold
    article = report.article.model_copy(update={
        "id": f"days-{published}", "published": published, "text": text,
        "text_hash": Article.hash_text(text)})
    events = [ev.model_copy(update={"time": EventTime(value=value, basis="explicit")
                                    if value else EventTime()})
              for ev, value in zip(report.events, [*values, *[None] * len(report.events)])]
    return report.model_copy(update={"article": article, "events": events})


@pytest.fixture
def store(store_url, demo_report):
    store = Store(store_url)
    store.save(_dated(demo_report, "2019-11-20", [*VALUES, "PRESENT_REF"], "\n"))
    store.save(_dated(demo_report, "2019-12-05", ["PRESENT_REF", "PAST_REF", "FUTURE_REF"],
                      "\n\n"))
    return store


def _values(rows, article=None) -> set[tuple[str, str]]:
    return {(r["article_id"], r["date"]) for r in rows
            if r["date"] and (article is None or r["article_id"] == article)}


def test_since_and_until_compare_days_not_text(store):
    since = queries.events(store, queries.EventFilter(since="2019-12-01"))
    assert all(r["date_last"] is None or r["date_last"] >= "2019-12-01" for r in since)
    assert _values(since, "days-2019-11-20") == {
        ("days-2019-11-20", v) for v in ("2019-W49", "2019-Q4", "2019-WI")}
    # PRESENT_REF is its article's day; PAST_REF has no first day but ends then; FUTURE_REF
    # starts then and never ends
    assert _values(since, "days-2019-12-05") == {
        ("days-2019-12-05", v) for v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")}
    until = queries.events(store, queries.EventFilter(until="2019-11"))
    assert all(r["date_first"] is None or r["date_first"] <= "2019-11-30" for r in until)
    assert _values(until, "days-2019-11-20") == {("days-2019-11-20", v) for v in (
        "2019-W46", "2019-Q4", "2019-Q3", "2019-SU", "2019-11", "PRESENT_REF")}
    assert ("days-2019-12-05", "PAST_REF") in _values(until)
    autumn = queries.events(store, queries.EventFilter(since="2019-09-15", until="2019-10"))
    # an open range may reach in: "in the past" as of 5 Dec 2019 may be this autumn
    assert {v for _, v in _values(autumn)} == {"2019-Q4", "2019-Q3", "PAST_REF"}
    with pytest.raises(Exception, match="since must be a date"):
        queries.events(store, queries.EventFilter(since="2019-13"))


def test_events_are_sorted_by_their_days(store):
    rows = [r for r in queries.events(store) if r["article_id"] == "days-2019-11-20"]
    firsts = [r["date_first"] for r in rows if r["date_first"]]
    assert firsts == sorted(firsts)
    dated = [r["date"] for r in rows if r["date_first"]]
    assert dated.index("2019-W46") < dated.index("PRESENT_REF") < dated.index("2019-W49")
    assert {r["when"] for r in rows if r["date"] == "2019-W46"} == {"week of 11 Nov 2019"}
    assert {r["when"] for r in rows if r["date"] == "PRESENT_REF"} == \
        {"present (as of 20 Nov 2019)"}


def test_the_cli_and_the_api_filter_the_same_way(store, store_url, nlp):
    result = CliRunner().invoke(cli, ["events", "--since", "2019-12-01", "--db", store_url,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["date_last"] is None or r["date_last"] >= "2019-12-01" for r in rows)
    assert "2019-W46" not in {r["date"] for r in rows}
    bad = CliRunner().invoke(cli, ["events", "--since", "last week", "--db", store_url])
    assert bad.exit_code == 2 and "since must be a date" in bad.stderr
    with TestClient(create_app(store_url, token=TOKEN, nlp=nlp,
                               allowed_hosts=["testserver"])) as client:
        api = client.get("/api/events", params={"since": "2019-12-01", "limit": 500}).json()
        assert _values(api["items"]) == _values(rows)
        assert client.get("/api/events", params={"since": "2019-13"}).status_code == 422
        page = client.get("/events", params={"since": "2019-12-01", "show": "all"}).text
        assert "week of 2 Dec 2019" in page and "2019 Q4" in page


@pytest.mark.parametrize("value, month", [
    ("2019-11-19", "2019-11"), ("2019-11-19TNI", "2019-11"), ("2019-11", "2019-11"),
    ("2019-W48", "2019-11"),  # 25 Nov - 1 Dec: its middle day, Thursday 28 Nov
    ("2020-W01", "2020-01"), ("2019", "2019"), ("2019-Q4", "2019"), ("2019-SU", "2019"),
    ("2019-WI", None), ("198", None), ("XXXX-12", None), ("PRESENT_REF", None), (None, None)])
def test_month_key_counts_days(value, month):
    assert month_key(value) == month


def test_the_migration_gives_stored_events_their_days(store_url, demo_report):
    """A store written at revision 0005 (no day columns) gets them, and its monthly
    counts recounted from them, when it is migrated."""
    from wiretrace.store import head_revision, upgrade

    from .conftest import downgrade_store

    store = Store(store_url)
    store.save(_dated(demo_report, "2019-11-20", ["2019-W46", "PRESENT_REF"], "\n"))
    downgrade_store(store, "0005_source_counts")
    assert upgrade(store_url) == ("0005_source_counts", head_revision())
    store = Store(store_url, migrate=False)
    rows = {r["date"]: r for r in queries.events(store)}
    assert (rows["2019-W46"]["date_first"], rows["2019-W46"]["date_last"]) == \
        ("2019-11-11", "2019-11-17")
    assert rows["PRESENT_REF"]["date_first"] == rows["PRESENT_REF"]["date_last"] == "2019-11-20"
    months = {m["month"]: m["events"] for m in queries.event_months(store)}
    assert months["2019-11"] >= 1


def test_the_span_window_holds_every_event_that_reaches_into_the_stretch():
    """order.span_window is what lets a --since/--until filter read ix_events_span (the
    date indexes were dropped, migration 0026): every event whose days reach into the
    stretch lies in its span's bounds (fails if a span's bound is a day too tight)."""
    import random
    from datetime import date, timedelta

    from wiretrace.store.order import sort_day, span, span_bounds

    rng = random.Random(7)
    base = date(2015, 1, 1)

    def day(n: int | None) -> str | None:
        return None if n is None else (base + timedelta(days=n)).isoformat()

    for _ in range(3000):
        a = rng.randrange(0, 4000)
        first = day(rng.choice([a, a, None]))
        last = day(rng.choice([a + rng.choice([0, 3, 31, 40, 366, 400, 3000, 3653, 5000]), None]))
        # the edges too: a stretch that starts on the event's last day or ends on its first
        since = rng.choice([day(rng.randrange(0, 4000)), last, first, None])
        until = rng.choice([day(rng.randrange(0, 4000)), first, last, None])
        reaches = (first is not None or last is not None) and \
            (since is None or (last or "9999") >= since) and \
            (until is None or (first or "0000") <= until)
        bounds = {k: (low, high) for k, low, high in span_bounds(since, until)}
        k = span(first, last)
        low, high = bounds.get(k, (1, 0))  # no days: in no span's bounds
        n = sort_day(first, last)
        within = (low is None or n >= low) and (high is None or n <= high)
        assert not reaches or within, (first, last, since, until)


def test_a_since_in_the_first_centuries_reaches_back_no_further_than_year_one():
    # schemathesis found since=0011 raising OverflowError: a span of ten years before
    # 11 Jan 0011 is before the calendar's first day; that span then has no lower bound
    from wiretrace.store.order import day_number, span_bounds

    for since in ("0011-01-01", "0001-01-01", "0010-06-30", "0100-01-01"):
        bounds = span_bounds(since, None)
        assert bounds and all(low is None or low <= day_number(since) for _, low, _ in bounds)
