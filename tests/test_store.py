"""The store, over SQLite and PostgreSQL alike (``store_url`` runs each test on both):
migrations, idempotent saves, failures, cross-article actors, event clusters and honest
corroboration, queries and exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import text

from wiretrace.model import Article, Report
from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.store import Store, head_revision, queries
from wiretrace.store import export as exports
from wiretrace.store.tallies import month_key

# A fictional wire story, three outlets that re-publish it, one that cites it, and one
# that reports the same meeting on its own (written for this test).
WIRE = ("Egyptian and Libyan ministers met in Cairo on Monday to discuss security on the "
        "border between the two countries. The talks, the first since March, covered "
        "smuggling routes, refugee crossings and the reopening of the Salloum crossing for "
        "trucks. Officials said a joint patrol could begin in the summer if both cabinets "
        "approve the plan. Trade between the neighbours fell sharply last year after the "
        "crossing was closed twice.")
CORPUS = [
    ("wire", "Nile Wire", "Egypt and Libya discuss border\n\n" + WIRE),
    ("copy1", "Daily Star", "Ministers meet on border security\n\n" + WIRE),
    ("copy2", "Morning Post", "Cairo talks on border\n\n" + WIRE + " (Nile Wire)"),
    ("copy3", "Evening Herald", "Border talks in Cairo\n\n"
     + WIRE.replace("fell sharply", "dropped sharply")),
    ("cites", "Gulf Observer", "Border meeting\n\nEgyptian and Libyan ministers met in Cairo on "
     "Monday, according to a report by the Nile Wire. The region's ports are watching the "
     "talks closely, since shipping has grown in the Gulf."),
    ("own", "Cairo Times", "Ministers hold border talks\n\nEgyptian and Libyan ministers met on "
     "Monday at the foreign ministry in Cairo, a Cairo Times reporter saw. Guards kept "
     "journalists outside the building during the three-hour session, and no statement was "
     "issued afterwards."),
]


def corpus_reports(nlp, names=None):
    return [analyze(from_text(body, id=aid, outlet=outlet, published="2024-06-04"), nlp)
            for aid, outlet, body in CORPUS if names is None or aid in names]


def meeting_cluster(store):
    rows = [e for e in queries.events(store) if e["trigger"] == "met"]
    assert rows, "no 'met' mention stored"
    assert len({r["cluster_id"] for r in rows}) == 1, rows
    return rows[0]


# -- the schema ----------------------------------------------------------------------------
def test_migrations_build_exactly_the_tables_of_the_schema(store_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from wiretrace.store.schema import metadata

    def ours(name, kind, _parent):
        # full-text search lives outside the Core schema: FTS5 tables on SQLite, a
        # generated tsvector column with its GIN index on PostgreSQL; so does
        # PostgreSQL's index in the newest-first order (migration 0024)
        return not (name or "").startswith(("articles_fts", "ix_articles_search",
                                            "search_vector", "search_lead",
                                            "ix_articles_newest"))

    store = Store(store_url)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours})
        diff = compare_metadata(context, metadata)
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert diff == [] and version == head_revision() == "0027_articles_removed"
    Store(store_url)  # opening again migrates nothing and fails nothing


def test_sqlite_store_is_a_wal_file(tmp_path):
    store = Store(str(tmp_path / "w.db"))
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    assert (tmp_path / "w.db").exists()


def test_unopenable_store_is_a_clear_error(tmp_path):
    from wiretrace.errors import StoreError

    with pytest.raises(StoreError, match="cannot open store"):
        Store(str(tmp_path / "no" / "such" / "folder" / "w.db"))


# -- saving --------------------------------------------------------------------------------
def test_save_and_read_back_once(store_url, demo_report):
    store = Store(store_url)
    assert store.save(demo_report) is True
    counts = {t: store.count(t) for t in ("articles", "events", "entities", "sources",
                                           "event_clusters", "actors")}
    assert store.save(demo_report) is False  # the same article again changes nothing
    same_text = demo_report.model_copy(update={"article": demo_report.article
                                                   .model_copy(update={"id": "other-id"})})
    assert store.save(same_text) is False  # nor does the same text under another id
    assert {t: store.count(t) for t in counts} == counts
    assert counts["events"] == len(demo_report.events)
    assert store.report(demo_report.article.id) == demo_report


def test_a_bulk_load_refreshes_postgresqls_statistics(store_url, demo_report):
    """ANALYZE after a load that added a tenth of the store or more (PostgreSQL only; the
    planner ignored the clusters' origins index without statistics)."""
    from sqlalchemy import text

    store = Store(store_url)
    assert store.after_bulk_load(0) is False
    store.save(demo_report)
    if store.dialect != "postgresql":
        assert store.after_bulk_load(1) is False
        return
    assert store.after_bulk_load(1, share=2.0) is False  # less than twice the store
    assert store.after_bulk_load(1) is True
    with store.engine.connect() as conn:
        tuples = conn.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'events'"))
        assert tuples.scalar_one() == len(demo_report.events)


def test_failures_are_recorded_and_resolved(store_url):
    store = Store(store_url)
    store.record_failure("batch.jsonl:3", "read", "invalid JSON")
    store.record_failure("x.txt", "analyze", "boom", article_json="{}", article_id="a-1")
    assert [f["stage"] for f in store.open_failures()] == ["read", "analyze"]
    # the same input failing again (a rerun after a crash) keeps its one open record
    store.record_failure("batch.jsonl:3", "read", "invalid JSON again")
    assert [f["reason"] for f in store.open_failures()] == ["invalid JSON again", "boom"]
    store.resolve_failure(store.open_failures()[0]["id"])
    assert [f["input"] for f in store.open_failures()] == ["x.txt"]
    assert store.count("failures") == 2
    store.record_failure("batch.jsonl:3", "read", "invalid JSON")  # failing after a fix
    assert store.count("failures") == 3


def test_delete_removes_an_article_and_recounts_its_clusters(store_url, nlp):
    store = Store(store_url)
    for report in corpus_reports(nlp, {"wire", "own"}):
        store.save(report)
    before = meeting_cluster(store)
    assert before["articles"] == 2
    assert store.delete("own") is True and store.delete("own") is False
    after = meeting_cluster(store)
    assert after["articles"] == 1 and after["origins"] == 1
    assert queries.search(store, "Guards journalists") == []


def _kept(store):
    """Everything counted as articles are stored: cluster counts, tallies, outlets, the
    articles per actor, the shingles per body, the cluster candidates."""
    with store.engine.connect() as conn:
        return {name: sorted(map(tuple, conn.execute(text(sql)).all())) for name, sql in {
            "clusters": "SELECT id, mentions, articles, outlets, origins, date, roots "
                        "FROM event_clusters",
            "tallies": "SELECT kind, key, n FROM tallies WHERE n > 0",
            "outlets": "SELECT key, name, articles, copied_by_articles, cited_by_articles, "
                       "cited_event_mentions FROM outlets",
            "actors": "SELECT id, articles, band FROM actors",
            "sources": "SELECT kind, name, articles, doubted FROM source_counts",
            "actor_events": "SELECT actor_id, article_id, event_id, start, roles, sort_day, "
                            "date_last, back_day, back_first FROM actor_events",
            "actor_counts": "SELECT actor_id, kind, key, n FROM actor_counts WHERE n > 0",
            "actor_pairs": "SELECT actor_id, other_id, type, n FROM actor_pairs WHERE n > 0",
            "sort_days": "SELECT article_id, event_id, sort_day, back_day, back_first, span "
                         "FROM events",
            "grams": "SELECT article_id, grams FROM minhashes",
            "cluster_candidates": "SELECT actor_id, kind, reach, sort_day, article_id, event_id "
                                  "FROM cluster_candidates"}.items()}


def _recounted(store):
    from sqlalchemy import update

    from wiretrace.store import clusters, order, tallies
    from wiretrace.store import schema as t

    with store.engine.begin() as conn:
        for (cluster_id,) in conn.execute(text("SELECT id FROM event_clusters")).all():
            clusters.refresh_cluster(conn, cluster_id)
        tallies.rebuild(conn)
        tallies.rebuild_actors(conn)
        clusters.fill_candidates(conn)
        conn.execute(update(t.events).values(sort_day=order.sort_day_sql(t.events),
                                             **order.back_days_sql(t.events),
                                             span=order.span_sql(t.events, store.dialect)))
    return _kept(store)


def test_counts_kept_while_storing_equal_a_recount_of_every_row(store_url, nlp, demo_report):
    store = Store(store_url)
    # the citing article first and the wire after it: the wire's mentions join an origin
    # that was apart until then; the copies follow, then an unrelated article
    for name in ("cites", "own", "wire", "copy1", "copy2", "copy3"):
        store.save(corpus_reports(nlp, {name})[0])
    store.save(demo_report)
    by_origins = {r[0]: r[4] for r in _kept(store)["clusters"]}
    meeting, = {e["cluster_id"] for e in queries.events(store)
                if e["trigger"] == "met" and e["article_id"] == "wire"}
    assert by_origins[meeting] == 2  # the wire's and the Cairo Times' own
    # a Cairo Times article citing the wire: the Cairo Times reporter's own account of the
    # meeting stays its own origin (issue 22: until then, an outlet's citing the wire made
    # everything it published the wire's, and the count fell to 1)
    store.save(analyze(from_text(
        "Talks reported\n\nEgyptian and Libyan ministers met in Cairo on Monday, according "
        "to a report by the Nile Wire. Traders at the crossing say the price of flour has "
        "doubled in a month.", id="bridge", outlet="Cairo Times", published="2024-06-04"), nlp))
    assert {r[0]: r[4] for r in _kept(store)["clusters"]}[meeting] == 2
    # the Cairo Times and the Nile Wire each quote the same ministry: a claimant is one
    # origin with every outlet that carries it, so the two origins become one
    for aid, outlet in (("quote1", "Cairo Times"), ("quote2", "Nile Wire")):
        store.save(analyze(from_text(
            f"Ministry on talks\n\nEgyptian and Libyan ministers met in Cairo on Monday, the "
            f"Egyptian Foreign Ministry said. {outlet} asked for the list of participants.",
            id=aid, outlet=outlet, published="2024-06-04"), nlp))
    kept = _kept(store)
    assert {r[0]: r[4] for r in kept["clusters"]}[meeting] == 1
    # a retry of an article already stored (same id, or same text) changes no count
    assert store.save(demo_report) is False
    assert store.save(demo_report.model_copy(update={"article": demo_report.article
                                                     .model_copy(update={"id": "again"})}))\
        is False
    assert _kept(store) == kept
    assert kept == _recounted(store)
    assert any(r[2] > 2 for r in kept["clusters"])  # clusters were joined, not only made
    assert kept["sources"] and kept["outlets"]
    assert kept["actor_events"] and kept["actor_pairs"]
    assert any(kind == "place" for kind, _, _ in kept["tallies"])
    assert {kind for kind, _, _ in kept["tallies"]} >= {
        "month:coded", "month:happened", "place:coded", "place:happened"}
    assert any(kind == "month" for _, kind, _, _ in kept["actor_counts"])
    _reads_match_a_scan(store)
    totals = queries.totals(store)
    assert totals == {k: store.count(k) for k in totals} and totals["articles"] == 10
    months = queries.event_months(store)
    assert sum(m["events"] for m in months) == sum(
        m["events"] for m in queries.event_months(store, queries.EventFilter(since="0001")))
    # deleting the wire changes the copy groups of its copies: every count follows
    store.delete("wire")
    assert _kept(store) == _recounted(store)
    assert queries.totals(store)["articles"] == 9
    _reads_match_a_scan(store)


def _views_match_a_scan(store):
    """The UI's views (coded events; coded events that happened): their months and places,
    read from kept counts, and their events newest first, read in ix_events_newest's
    order, are what a count and a sort of every stored mention give."""
    from collections import Counter

    from wiretrace.store.tallies import month_key

    with store.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT article_id, event_id, start, time_value, date_first, date_last, type, "
            "polarity, certainty, tense, assertion, location, country, lat, lon "
            "FROM events")).mappings().all()
    for occurred in (None, True):
        f = queries.EventFilter(coded=True, occurred=occurred)
        mine = [r for r in rows if r["type"] is not None and (not occurred or (
            r["polarity"] == "positive" and r["certainty"] in ("certain", "probable")
            and r["tense"] not in (None, "future")
            and r["assertion"] in (None, "asserted", "claimed")))]
        assert mine
        months = Counter(month_key(r["time_value"]) for r in mine)
        months.pop(None, None)
        assert queries.event_months(store, f) == [
            {"month": m, "events": n} for m, n in sorted(months.items())]
        places = Counter((r["location"], r["country"], r["lat"], r["lon"]) for r in mine
                         if r["lat"] is not None and r["lon"] is not None)
        assert sorted((p["name"], p["country"], p["lat"], p["lon"], p["events"])
                      for p in queries.event_places(store, f)) == sorted(
            (*k, n) for k, n in places.items())
        newest = sorted(mine, key=lambda r: (r["article_id"], r["start"] or 0))
        newest.sort(key=lambda r: (r["date_last"] or r["date_first"] or "",
                                   r["date_first"] or ""), reverse=True)
        found = queries.events(store, dataclasses.replace(f, sort="-date"))
        assert [(e["article_id"], e["event_id"]) for e in found] == [
            (r["article_id"], r["event_id"]) for r in newest]
        assert queries.events(store, dataclasses.replace(f, sort="-date", limit=2,
                                                         offset=1)) == found[1:3]


def _stretches_match_a_scan(store):
    """A --since/--until page, read per span of days from ix_events_span, is the page of
    every event the filter finds (read without a limit, by the filter alone), whatever the
    stretch, the other filters and the page."""
    import itertools

    stretches = [("2024-06-03", None), ("2024-06", "2024-06"), (None, "2024-06-02"),
                 ("2024", "2024"), ("2023-12-31", "2024-06-04"), ("1990", None),
                 ("2030", None), (None, "1900")]
    found = 0
    for (since, until), extra in itertools.product(stretches, ({}, {"coded": True})):
        f = queries.EventFilter(since=since, until=until, **extra)
        every = queries.events(store, f)
        found += len(every)
        for limit, offset in ((2, 0), (3, 1), (100, 0)):
            assert queries.events(store, dataclasses.replace(
                f, limit=limit, offset=offset)) == every[offset:offset + limit]
    assert found


def _multi_origins_match_a_scan(store, everything=None):
    """--min-origins (read from ix_events_multi) finds, in date order, the events a scan
    of every event finds."""
    everything = everything or queries.events(store)
    for n in (2, 3):
        wanted = [e for e in everything if (e["origins"] or 0) >= n]
        for limit, offset in ((None, 0), (1, 0), (2, 1)):
            assert queries.events(store, queries.EventFilter(
                min_origins=n, limit=limit, offset=offset)) == \
                wanted[offset:None if limit is None else offset + limit]
    return [e for e in everything if (e["origins"] or 0) >= 2]


def _reads_match_a_scan(store):
    """The actor reads served by kept rows and their indexes give what a scan of every
    mention gives: counts, counterparts, the newest-first timeline, events in date order."""
    from collections import Counter

    _views_match_a_scan(store)
    _stretches_match_a_scan(store)
    with store.engine.connect() as conn:
        places = conn.execute(text(
            "SELECT location, country, lat, lon, count(*) FROM events WHERE lat IS NOT NULL "
            "AND lon IS NOT NULL GROUP BY location, country, lat, lon")).all()
    assert places and sorted(
        (p["name"], p["country"], p["lat"], p["lon"], p["events"])
        for p in queries.event_places(store)) == sorted(map(tuple, places))

    everything = queries.events(store)
    days = [e["date_first"] or e["date_last"] or "~" for e in everything]
    assert days == sorted(days) and days[-1] == "~"  # by first day, undated last
    with store.engine.connect() as conn:
        links = conn.execute(text(
            "SELECT ea.actor_id, ea.article_id, ea.event_id, ea.role, e.type, e.date_first, "
            "e.date_last, e.start, e.time_value FROM event_actors ea JOIN events e ON "
            "e.article_id = ea.article_id AND e.event_id = ea.event_id "
            "WHERE ea.actor_id IS NOT NULL")).all()
    mentions: dict[int, dict] = {}
    for actor_id, aid, eid, role, etype, first, last, start, value in links:
        m = mentions.setdefault(actor_id, {}).setdefault((aid, eid), {
            "roles": set(), "type": etype, "first": first, "last": last, "start": start,
            "value": value})
        m["roles"].add(role)
    assert mentions
    dated_years = set()
    for actor_id, mine in mentions.items():
        profile = queries.actor_profile(store, actor_id, timeline=1000)
        assert profile["events"] == len(mine)
        years: dict[str, dict] = {}
        for m in mine.values():
            month = month_key(m["value"])
            for role in m["roles"] & {"source", "target"} if month else ():
                row = years.setdefault(month[:4], {"year": month[:4], "as_source": 0,
                                                   "as_target": 0})
                row["as_" + role] += 1
        assert profile["years"] == [years[y] for y in sorted(years)]
        dated_years |= set(years)
        assert profile["types"] == dict(Counter(m["type"] or "uncoded" for m in mine.values()))
        newest = sorted(mine, key=lambda k: (mine[k]["start"] or 0))
        newest.sort(key=lambda k: k[0])
        newest.sort(key=lambda k: (mine[k]["last"] or mine[k]["first"] or "",
                                   mine[k]["first"] or ""), reverse=True)
        assert [(m["article_id"], m["event_id"]) for m in profile["timeline"]] == newest
        assert [m["roles"] for m in profile["timeline"]] == [sorted(mine[k]["roles"])
                                                             for k in newest]
        page = queries.actor_timeline(store, actor_id, limit=2, offset=1)
        assert page == profile["timeline"][1:3]
        shared: Counter = Counter()
        for other_id, other in mentions.items():
            if other_id != actor_id:
                for k in mine.keys() & other.keys():
                    shared[other_id, mine[k]["type"] or "uncoded"] += 1
        assert {(c["actor_id"], kind): n for c in profile["counterparts"]
                for kind, n in c["types"].items()} == dict(shared)
        for limit, offset in ((1, 0), (2, 1), (50, 0)):  # pages read from the pairs' totals
            assert queries.counterparts(store, actor_id, limit=limit, offset=offset) == \
                profile["counterparts"][offset:offset + limit]
        by_actor = queries.events(store, queries.EventFilter(actor_id=actor_id))
        assert by_actor == [e for e in everything if (e["article_id"], e["event_id"]) in mine]
        assert queries.events(store, queries.EventFilter(actor_id=actor_id, limit=2,
                                                         offset=1)) == by_actor[1:3]
    assert dated_years  # the corpus dates some actors' events to a year
    _multi_origins_match_a_scan(store, everything)
    for kind in {e["type"] for e in everything if e["type"]}:
        assert queries.events(store, queries.EventFilter(type=kind, limit=3)) == [
            e for e in everything if e["type"] == kind][:3]


def test_a_store_written_before_counts_were_kept_gets_them_when_migrated(store_url, nlp):
    from .conftest import downgrade_store

    store = Store(store_url)
    for report in corpus_reports(nlp, {"wire", "copy1", "cites", "own"}):
        store.save(report)
    kept = _kept(store)
    downgrade_store(store, "0003_event_recipient")
    from wiretrace.errors import StoreError
    from wiretrace.store import upgrade

    with pytest.raises(StoreError, match="wiretrace migrate"):
        Store(store_url)  # opening never migrates an existing store: `wiretrace migrate` does
    assert upgrade(store_url) == ("0003_event_recipient", head_revision())
    again = Store(store_url, migrate=False)  # at the head, counting what is stored
    assert _kept(again) == kept and kept["tallies"] and kept["outlets"]


def test_a_store_at_the_previous_head_is_upgraded_with_the_same_reads(store_url, nlp,
                                                                     demo_report):
    """0008 -> head: the actor rows and counts are filled from the stored mentions, and
    search (PostgreSQL: from the new stored tsvector) finds what it found before."""
    from wiretrace.store import upgrade

    from .conftest import downgrade_store

    store = Store(store_url)
    for report in [*corpus_reports(nlp), demo_report]:
        store.save(report)
    kept = _kept(store)
    words = ["Nile Wire", "ministers Cairo border", "Salloum crossing", "the"]
    found = {w: queries.search(store, w) for w in words}
    profiles = {i: queries.actor_profile(store, i) for i in
                (r[0] for r in kept["actor_counts"])}
    assert all(found[w] for w in words[:3]) and profiles
    downgrade_store(store, "0008_event_figures")
    assert upgrade(store_url) == ("0008_event_figures", head_revision())
    again = Store(store_url, migrate=False)
    assert _kept(again) == kept
    assert {w: queries.search(again, w) for w in words} == found
    assert {i: queries.actor_profile(again, i) for i in profiles} == profiles
    if again.dialect == "postgresql":  # the stored vector ranks as the expression did
        doc = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
        with again.engine.connect() as conn:
            for w in words:
                before = [r[0] for r in conn.execute(text(
                    f"SELECT id FROM articles WHERE {doc} @@ plainto_tsquery('english', :q) "
                    f"ORDER BY ts_rank({doc}, plainto_tsquery('english', :q)) DESC, id"),
                    {"q": w})]
                assert sorted(before) == sorted(r["id"] for r in found[w])


def test_time_ranges_compare_bytes_whatever_the_collation(store_url):
    """Compatible time values are found with ranges ("2008-01" < v < "2008-01\\x7f"); a
    PostgreSQL collation such as ICU English orders punctuation otherwise, so the ranges
    are compared byte by byte."""
    import sqlalchemy as sa

    from wiretrace.store import clusters

    store = Store(store_url)
    with store.engine.connect() as conn:  # PostgreSQL built with ICU has it
        icu = store.dialect == "postgresql" and conn.execute(sa.text(
            "SELECT 1 FROM pg_collation WHERE collname = 'en-x-icu'")).first() is not None
    table = sa.Table("times_probe", sa.MetaData(), sa.Column(
        "v", sa.String(collation="en-x-icu") if icu else sa.String()))
    with store.engine.begin() as conn:
        table.create(conn)
        conn.execute(table.insert(), [{"v": v} for v in (
            "2008-01-05", "2008-01", "2008", "2008-02", "XXXX-01", "PRESENT_REF")])
        found = {r[0] for r in conn.execute(sa.select(table.c.v).where(
            clusters._compatible_with(clusters._bytewise(conn, table.c.v), ["2008-01"])))}
        dated = {r[0] for r in conn.execute(sa.select(table.c.v).where(
            clusters._bytewise(conn, table.c.v) >= "0", clusters._bytewise(conn, table.c.v) < ":"))}
    assert found == {"2008-01-05", "2008-01", "2008"}
    assert dated == {"2008-01-05", "2008-01", "2008", "2008-02"}


# -- cross-article linking -----------------------------------------------------------------
def test_wire_copies_count_once_and_a_citation_counts_as_the_cited_outlet(store_url, nlp):
    store = Store(store_url)
    for report in corpus_reports(nlp, {"wire", "copy1", "copy2", "copy3", "cites"}):
        store.save(report)
    with store.engine.connect() as conn:
        copy_of = dict(conn.execute(text("SELECT id, copy_of FROM articles")).all())
    assert copy_of == {"wire": None, "copy1": "wire", "copy2": "wire", "copy3": "wire",
                       "cites": None}
    c = meeting_cluster(store)
    assert (c["mentions"], c["articles"], c["outlets"], c["origins"]) == (5, 5, 5, 1)
    # a fifth, independent report of the same meeting is a second origin
    store.save(corpus_reports(nlp, {"own"})[0])
    c = meeting_cluster(store)
    assert (c["articles"], c["outlets"], c["origins"]) == (6, 6, 2)
    assert queries.events(store, queries.EventFilter(min_origins=2))
    assert len(_multi_origins_match_a_scan(store)) == 6  # the joined cluster's mentions
    cluster = queries.cluster(store, c["cluster_id"])
    assert {m["article_id"] for m in cluster["mention_list"]} == {a for a, _, _ in CORPUS}
    assert all(m["sentence"] and "met" in m["sentence"] for m in cluster["mention_list"])
    outlets = {r["outlet"]: r for r in queries.sources(store)}
    assert outlets["Nile Wire"]["copied_by_articles"] == 3
    assert outlets["Nile Wire"]["cited_by_articles"] == 1


def test_spelling_variants_join_one_actor_across_articles(store_url, analyze_text):
    store = Store(store_url)
    store.save(analyze_text("Saif al-Islam Qaddafi registered as a candidate in Sabha.",
                            id="a1", published="2021-11-14"))
    store.save(analyze_text("Libya's election commission rejected Saif al-Islam Gaddafi "
                            "on Wednesday.", id="a2", published="2021-11-24"))
    (profile,) = queries.actor(store, "Saif al-Islam Kadhafi")
    assert profile["articles"] == 2
    assert {a["alias"] for a in profile["aliases"]} >= {"Saif al-Islam Qaddafi",
                                                        "Saif al-Islam Gaddafi"}
    with store.engine.connect() as conn:
        evidence = conn.execute(text("SELECT link_evidence FROM entities WHERE article_id = 'a2' "
                                     "AND name LIKE 'Saif%'")).scalar_one()
    assert "same folded name" in evidence
    # "rejected" (on Wednesday) first, then the undated "registered": undated events last
    assert [e["article_id"] for e in profile["timeline"]] == ["a2", "a1"]


def test_people_with_one_surname_stay_apart(store_url, founding_report):
    store = Store(store_url)
    store.save(founding_report)
    names = {p["name"] for p in queries.actor(store, "Haftar")}
    assert {"Saddam Haftar", "Khalifa Haftar"} <= {n.replace("General ", "") for n in names}
    with store.engine.connect() as conn:
        ambiguous = conn.execute(text("SELECT count(*) FROM entities WHERE actor_id IS NULL "
                                      "AND link_evidence LIKE 'ambiguous%'")).scalar_one()
    assert ambiguous >= 1  # a bare "Haftar" the text does not decide joins no actor


# -- queries ---------------------------------------------------------------------------------
def test_event_filters(store_url, founding_report):
    store = Store(store_url)
    store.save(founding_report)
    consult = queries.events(store, queries.EventFilter(type="consult"))
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    by_actor = queries.events(store, queries.EventFilter(actor="Saddam Haftar", type="CONSULT"))
    assert any(e["trigger"] == "met" for e in by_actor)
    old = queries.events(store, queries.EventFilter(until="1990-12-31"))
    assert {e["date"][:4] for e in old} <= {"1969", "1987"} and old
    recent = queries.events(store, queries.EventFilter(since="2021-01-01"))
    assert recent and all(e["date"] >= "2021" for e in recent)
    assert all(e["country"] == "TCD" for e in queries.events(
        store, queries.EventFilter(country="tcd")))
    assert queries.events(store, queries.EventFilter(limit=2)) == queries.events(store)[:2]


def test_search(store_url, founding_report):
    store = Store(store_url)
    store.save(founding_report)
    (hit,) = queries.search(store, "presidential seat")
    assert hit["id"] == founding_report.article.id and "[" in hit["snippet"]
    assert queries.search(store, "zebra crossing") == []


def test_search_ranks_the_best_candidates(store_url, monkeypatch):
    """PostgreSQL ranks on the whole text only the matches that best match in the title and
    lead (queries.CANDIDATES); SQLite ranks every match (FTS5's bm25).  With room for all
    matches PostgreSQL puts the article that says the words most often first, with room for
    one candidate the headline match."""
    filler = "The council met again on Tuesday and nothing was decided about the roads. " * 8
    store = Store(store_url)
    for aid, title, body in (
            ("headline", "Harbour strike ends", "Dockers voted to end the harbour strike."),
            ("deep", "Council notes", filler + "The harbour strike went on. " * 12),
            ("none", "Weather", filler)):
        body = title + "\n\n" + body
        store.save(Report(article=Article(id=aid, title=title, text=body, published="2024-06-04",
                                          text_hash=Article.hash_text(body))))
    found = [r["id"] for r in queries.search(store, "harbour strike")]
    assert sorted(found) == ["deep", "headline"]
    monkeypatch.setattr(queries, "CANDIDATES", 1)
    if store.dialect == "postgresql":
        assert found[0] == "deep"  # twelve times in the text against three
        assert [r["id"] for r in queries.search(store, "harbour strike", limit=1)] == [
            "headline"]
    # a page longer than the bound is never cut short
    assert len(queries.search(store, "harbour strike", limit=5)) == 2

# -- exports ---------------------------------------------------------------------------------
def test_the_recipient_is_stored_and_exported(store_url, founding_report):
    store = Store(store_url)
    store.save(founding_report)
    (sanction,) = [r for r in queries.events(store) if r["type"] == "SANCTION"]
    assert (sanction["recipient_country"], sanction["recipient_basis"]) == ("LBY", "target")
    buf = io.StringIO()
    exports.plover(store, buf)
    (record,) = [r for r in json.loads(buf.getvalue()) if r["event"] == ["SANCTION"]]
    assert record["wiretrace_recipient_country"] == {"country": "LBY", "basis": "target"}


def test_exports(store_url, nlp):
    store = Store(store_url)
    for report in corpus_reports(nlp):
        store.save(report)
    buf = io.StringIO()
    assert exports.jsonl(store, buf) == len(CORPUS)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert all(e.get("actor_id") is not None or e["candidates"] or e["type"] not in (
        "PERSON", "ORG", "GPE", "NORP") for r in lines for e in r["entities"])
    assert all("cluster_id" in ev and ev["cluster_id"] for r in lines for ev in r["events"])
    assert lines[0]["exported_by"]["wiretrace"] and lines[0]["exported_by"]["producers"]

    buf = io.StringIO()
    n = exports.flat_csv(store, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n == store.count("events")
    assert {"source", "target", "type", "cameo", "date", "origins", "attribution", "url",
            "recipient_country", "recipient_basis", "wiretrace_version"} <= set(rows[0])
    # each stored event carries its Report's recipient
    stored = {(r["article_id"], r["event_id"]): (r["recipient_country"] or None,
                                                r["recipient_basis"] or None) for r in rows}
    expected = {(rep.article.id, ev.id): (ev.recipient.country, ev.recipient.basis)
                if ev.recipient else (None, None)
                for rep in corpus_reports(nlp) for ev in rep.events}
    assert stored == expected

    buf = io.StringIO()
    exports.plover(store, buf)
    records = json.loads(buf.getvalue())
    assert records[0]["event"] == ["DOCUMENT"] and "wiretrace" in records[0]["coder"]
    assert all(r["event"] for r in records[1:]) and len(records) > 1

    buf = io.StringIO()
    edges = exports.graphml(store, buf)
    root = ET.fromstring(buf.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == edges > 0
    assert root.findall(".//g:node", ns)


def test_an_article_round_trips_through_the_jsonl_export(tmp_path, nlp):
    store = Store(str(tmp_path / "w.db"))
    (report,) = corpus_reports(nlp, {"own"})
    store.save(report)
    buf = io.StringIO()
    exports.jsonl(store, buf)
    record = json.loads(buf.getvalue())
    assert Article.model_validate(record["article"]) == report.article


def test_search_takes_any_words(store_url, nlp):
    """Control characters and FTS syntax in the words are words, not errors."""
    store = Store(store_url)
    for r in corpus_reports(nlp, {"wire"}):
        store.save(r)
    for words in ("\x00", "border\x00", '"', "AND OR NOT", "border*", "(", "NEAR(", "-"):
        assert isinstance(queries.search(store, words), list)
    assert [r["id"] for r in queries.search(store, "border\x00talks")] == ["wire"]
