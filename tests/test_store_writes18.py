"""Round 18 (issue 25): PostgreSQL writes rows by COPY and counts by one upsert a table
(store/bulk.py); what they store must be what an INSERT a row stores, on both databases
(docs/performance.md, "Round 18: cheaper PostgreSQL writes")."""

from sqlalchemy import Column, Float, Integer, MetaData, Table, Text, insert, select

from wiretrace.store import Store
from wiretrace.store import schema as t
from wiretrace.store.bulk import copy_rows, insert_ids, upsert_add

# values COPY's text format must escape or tell apart: tabs, newlines, backslashes, the
# text "\N" (not a NULL), the empty string, non-ASCII, floats that must come back exactly
AWKWARD = [
    {"id": 1, "s": "tab\there\nnew line\r\\back\\slash", "f": 0.1, "n": 2 ** 31 - 1},
    {"id": 2, "s": "\\N", "f": 1e-300, "n": None},
    {"id": 3, "s": "", "f": -123456789.123456789, "n": -5},
    {"id": 4, "s": None, "f": None, "n": 0},
    {"id": 5, "s": "é ü 中文 \u2028 'quote' \"dq\" ,;|", "f": 2.0 ** 0.5, "n": 1},
]


def _twins():
    meta = MetaData()
    cols = lambda: [Column("id", Integer, primary_key=True), Column("s", Text),  # noqa: E731
                    Column("f", Float), Column("n", Integer)]
    return meta, Table("w18_copied", meta, *cols()), Table("w18_inserted", meta, *cols())


def test_copy_rows_stores_what_an_insert_stores(store_url):
    store = Store(store_url)
    meta, copied, inserted = _twins()
    meta.create_all(store.engine)
    seen: list[str] = []
    from sqlalchemy import event
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cur, statement, *rest: seen.append(statement))
    with store.engine.begin() as conn:
        copy_rows(conn, copied, AWKWARD)
        conn.execute(insert(inserted), AWKWARD)
        copy_rows(conn, copied, [])  # nothing to do
    with store.engine.connect() as conn:
        a = conn.execute(select(copied).order_by(copied.c.id)).all()
        b = conn.execute(select(inserted).order_by(inserted.c.id)).all()
    assert [tuple(r) for r in a] == [tuple(r) for r in b]
    assert [r.s for r in a] == [r["s"] for r in AWKWARD]
    assert [r.f for r in a] == [r["f"] for r in AWKWARD]
    # the listeners see the COPY as one statement (store_profile.py counts it)
    verb = "copy " if store.dialect == "postgresql" else "insert into "
    assert sum(s.lower().startswith(verb + "w18_copied") for s in seen) == 1
    store.engine.dispose()


def test_copy_rows_refuses_a_column_the_table_lacks(store_url):
    import pytest

    store = Store(store_url)
    meta, copied, _ = _twins()
    meta.create_all(store.engine)
    with pytest.raises(Exception, match="nope"):
        with store.engine.begin() as conn:
            copy_rows(conn, copied, [{"id": 1, "nope": 2}])
    store.engine.dispose()


def test_upsert_add_adds_counts_and_keeps_an_outlets_own_name(store_url):
    store = Store(store_url)
    with store.engine.begin() as conn:
        upsert_add(conn, t.tallies, [{"kind": "month", "key": "2021-12", "n": 2},
                                     {"kind": "place", "key": '["Ürümqi", "CN"]', "n": 1}])
        upsert_add(conn, t.tallies, [{"kind": "month", "key": "2021-12", "n": 3},
                                     {"kind": "month", "key": "2022-01", "n": 1}])
        cited = {"key": "reuters", "name": "reuters", "articles": 0, "copied_by_articles": 0,
                 "cited_by_articles": 1, "cited_event_mentions": 4}
        upsert_add(conn, t.outlets, [cited])
        upsert_add(conn, t.outlets, [{**cited, "name": "Reuters", "articles": 1,
                                      "cited_by_articles": 0, "cited_event_mentions": 0}])
        upsert_add(conn, t.outlets, [{**cited, "name": "REUTERS wire"}])  # cited again
    with store.engine.connect() as conn:
        tallies = dict(((r.kind, r.key), r.n) for r in conn.execute(
            select(t.tallies).where(t.tallies.c.kind.in_(["month", "place"]))))
        outlet = conn.execute(select(t.outlets)).one()
    assert tallies == {("month", "2021-12"): 5, ("month", "2022-01"): 1,
                       ("place", '["Ürümqi", "CN"]'): 1}
    assert (outlet.name, outlet.articles, outlet.cited_by_articles,
            outlet.cited_event_mentions) == ("Reuters", 1, 2, 8)
    store.engine.dispose()


def test_insert_ids_continue_the_ids_of_rows_there(store_url):
    store = Store(store_url)
    row = {"type": "ATTACK", "cameo": "19", "date": None, "country": None, "mentions": 1,
           "articles": 1, "outlets": 1, "origins": 1}
    with store.engine.begin() as conn:
        first = insert_ids(conn, t.event_clusters, [row, row])
        conn.execute(insert(t.event_clusters), [row])  # an INSERT a row in between
        later = insert_ids(conn, t.event_clusters, [{**row, "cameo": str(i)} for i in range(3)])
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(t.event_clusters.c.id,
                                          t.event_clusters.c.cameo)).all())
    assert first == [1, 2] and later == [4, 5, 6]
    assert [stored[i] for i in later] == ["0", "1", "2"]
    store.engine.dispose()
