"""Round 16 of issue 25: the writes' reads that grew with the store.  The count of
articles per actor is updated without touching an index (HOT on PostgreSQL), and the list
of actors still comes in the order of that count; the articles are written for these
tests, on both databases."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, text

from wiretrace.store import Store, queries
from wiretrace.store import schema as t

from .test_crossdoc_clusters import report


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.engine.dispose()


def _save_meetings(store, n: int) -> None:
    """``n`` articles naming the envoy; the union in every second, Boeing in every third."""
    for i in range(n):
        whom = ["union"] if i % 2 == 0 else ["boeing"] if i % 3 == 0 else ["airbus"]
        store.save(report(f"m{i}", f"2024-05-{i + 1:02d}", [
            {"trigger": "meets", "lemma": "meet", "type": "CONSULT", "who": ["envoy"],
             "whom": whom, "when": (f"2024-05-{i + 1:02d}", "explicit")}]))


def test_actor_bands_follow_the_counts_and_order_the_list(store):
    _save_meetings(store, 9)
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.actors.c.id, t.actors.c.name, t.actors.c.articles,
                                   t.actors.c.band)).all()
    assert {r.name: r.articles for r in rows} == {
        "Ana Ferreira": 9, "Dock Workers Union": 5, "Airbus": 3, "Boeing": 1}
    assert all(r.band == r.articles.bit_length() for r in rows)
    expected = [r.id for r in sorted(rows, key=lambda r: (-r.articles, r.name, r.id))]
    assert [a["actor_id"] for a in queries.actors(store)] == expected
    assert [a["actor_id"] for a in queries.actors(store, limit=2, offset=1)] == expected[1:3]


def test_the_count_of_articles_is_updated_in_place_on_postgresql(store):
    """Each article adds one to the count of each of its actors; with the count in no index
    the update writes no index entry (HOT), so the look-up by name reads one entry per
    actor, not one per article that named it."""
    if store.dialect != "postgresql":
        pytest.skip("HOT updates are PostgreSQL's")
    _save_meetings(store, 12)
    store.engine.dispose()  # a closing backend reports its counts
    for _ in range(50):
        with store.engine.connect() as conn:
            updated, hot = conn.execute(text(
                "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
                "WHERE relname = 'actors'")).one()
        if updated >= 36:
            break
        time.sleep(0.1)
    # 12 + 6 + 4 + 2 counts raised (each actor is created with none), and the bands change
    # as a count reaches 1, 2, 4 and 8: the envoy 4 times, the union and Airbus 3, Boeing 2
    assert updated == 24 + 12
    assert hot == 24  # every count's update; before, none (the count was indexed)


def test_the_migrations_keep_every_candidate_and_count(store_url):
    """0021 -> head and back: the candidates lose and regain their reach, the actors their
    band; nothing else of either changes."""
    from wiretrace.store import head_revision, upgrade

    from .conftest import downgrade_store

    store = Store(store_url)
    _save_meetings(store, 6)
    store.save(report("w1", "2024-05-20", [
        {"trigger": "meets", "lemma": "meet", "type": "CONSULT", "who": ["envoy"],
         "whom": ["union"], "when": ("2024-W20", "explicit")},
        {"trigger": "meets", "lemma": "meet", "type": "CONSULT", "who": ["envoy"],
         "whom": ["union"], "when": ("2024-05", "explicit")}]))

    def rows(conn, reach=True):
        cc = "actor_id, kind, " + ("reach, " if reach else "") + "sort_day, article_id, event_id"
        return (sorted(conn.execute(text(f"SELECT {cc} FROM cluster_candidates")).all()),
                sorted(conn.execute(text("SELECT id, name, name_key, articles FROM actors"))
                       .all()))

    with store.engine.connect() as conn:
        kept = rows(conn)
    assert {r[2] for r in kept[0]} == {1, 7, 31}
    downgrade_store(store, "0021_failures_article")
    with store.engine.connect() as conn:
        assert rows(conn, reach=False) == (sorted({r[:2] + r[3:] for r in kept[0]}), kept[1])
    store.engine.dispose()
    assert upgrade(store_url) == ("0021_failures_article", head_revision())
    again = Store(store_url, migrate=False)
    with again.engine.connect() as conn:
        assert rows(conn) == kept
        assert all(r.band == r.articles.bit_length() for r in conn.execute(
            select(t.actors.c.articles, t.actors.c.band)))
    again.engine.dispose()
