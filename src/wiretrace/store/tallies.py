"""Counts kept as articles are stored, so that the lists over the whole store (the actor
list, the outlets, the named sources, dated events per month, the home page's totals) read
a few rows instead of every article, entity and event mention: those reads passed one
second at 50,000 articles and grew with the store (docs/performance.md).

Saving an article adds what it brings (:func:`count_article`, in the article's own
transaction); deleting one, which is rare, recounts everything (:func:`rebuild`), and
:func:`rebuild` also fills the counts of a store written before they were kept."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import (
    Connection,
    Integer,
    and_,
    any_,
    bindparam,
    case,
    delete,
    func,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from ..model import OCCURRED_ASSERTIONS, Report
from ..timex import value_range
from . import schema as t
from .bulk import copy_rows, upsert_add
from .linking import outlet_key
from .order import back_days, sort_day

TOTALS = ("articles", "events", "actors", "event_clusters")
# The UI's views of events with their months and places kept too (tallies kinds
# "month:coded", "place:happened", ...): "coded", events with a PLOVER type; "happened",
# those of them reported as happening (queries.EventFilter's coded and occurred)
VIEWS = ("coded", "happened")


def views_of(type_: str | None, polarity: str | None, certainty: str | None,
             tense: str | None, assertion: str | None) -> tuple[str, ...]:
    """The views an event mention is in, from its stored columns: what
    :func:`view_condition` finds in SQL (``tense != 'future'`` leaves a null tense out)."""
    if type_ is None:
        return ()
    if (polarity == "positive" and certainty in ("certain", "probable")
            and tense is not None and tense != "future"
            and (assertion is None or assertion in OCCURRED_ASSERTIONS)):
        return VIEWS
    return ("coded",)


def view_condition(e, view: str):
    """The SQL condition of a view over the events table ``e``: the conditions that
    queries.EventFilter's ``coded`` and ``occurred`` add."""
    from sqlalchemy import or_

    coded = e.c.type.is_not(None)
    if view == "coded":
        return coded
    return and_(coded, e.c.polarity == "positive", e.c.certainty.in_(("certain", "probable")),
                e.c.tense != "future",
                or_(e.c.assertion.is_(None), e.c.assertion.in_(OCCURRED_ASSERTIONS)))


def month_key(value: str | None) -> str | None:
    """The month a time value counts under, from the days it covers: "2021-12" for
    "2021-12-03" or "2021-12"; a week under the month of its middle day ("2021-W48" under
    2021-12); a longer stretch within one year under that year ("1987", "2021-Q3",
    "2021-SU"); values that cross a year ("198", "2021-WI") or have no days ("XXXX-12",
    "PRESENT_REF": placed only by an article's date) under none."""
    days = value_range(value)
    if days is None or days.first is None or days.last is None:
        return None
    if days.first[:7] == days.last[:7]:
        return days.first[:7]
    first, last = date.fromisoformat(days.first), date.fromisoformat(days.last)
    if (last - first).days < 7:
        return (first + (last - first) / 2).isoformat()[:7]
    return days.first[:4] if days.first[:4] == days.last[:4] else None


def event_days(value: str | None, published: str | None) -> dict[str, str | None]:
    """The ``date_first`` and ``date_last`` columns of an event dated ``value`` in an
    article published on ``published``."""
    days = value_range(value, published)
    return {"date_first": days.first if days else None,
            "date_last": days.last if days else None}


FIGURES = ("dead", "injured", "arrested", "size")


def event_figures(magnitude) -> dict:
    """The ``dead``/``injured``/``arrested``/``size`` columns of an event (each figure's
    number, else its lower bound: what --min-dead compares) and its magnitude as JSON."""
    if magnitude is None:
        return {**dict.fromkeys(FIGURES), "magnitude": None}
    figures = {f: getattr(magnitude, f) for f in FIGURES}
    return {**{f: fig.value if fig is not None else None for f, fig in figures.items()},
            "magnitude": magnitude.model_dump_json(exclude_none=True)}


def fill_event_figures(conn: Connection) -> None:
    """Fill the figure columns of every stored event from its stored Report (the 0008
    migration; Reports written before 1.5.0 carry no magnitudes)."""
    from ..model import Magnitude

    e = t.events
    params = []
    for article_id, report_json in conn.execute(select(t.reports.c.article_id,
                                                       t.reports.c.report_json)):
        for ev in json.loads(report_json).get("events", []):
            if ev.get("magnitude"):
                row = event_figures(Magnitude.model_validate(ev["magnitude"]))
                params.append({"aid": article_id, "eid": ev["id"],
                               **{f"v_{k}": v for k, v in row.items()}})
    if params:
        conn.execute(update(e).where(e.c.article_id == bindparam("aid"),
                                     e.c.event_id == bindparam("eid"))
                     .values(**{k: bindparam(f"v_{k}") for k in (*FIGURES, "magnitude")}),
                     params)


def fill_event_days(conn: Connection) -> None:
    """Fill ``date_first``/``date_last`` of every stored event (the 0006 migration)."""
    e, a = t.events, t.articles
    rows = conn.execute(select(e.c.article_id, e.c.event_id, e.c.time_value, a.c.published)
                        .join(a, a.c.id == e.c.article_id)
                        .where(e.c.time_value.is_not(None))).all()
    params = []
    for r in rows:
        days = event_days(r.time_value, r.published)
        if days["date_first"] or days["date_last"]:
            params.append({"aid": r.article_id, "eid": r.event_id,
                           "first": days["date_first"], "last": days["date_last"]})
    if params:
        conn.execute(update(e).where(e.c.article_id == bindparam("aid"),
                                     e.c.event_id == bindparam("eid"))
                     .values(date_first=bindparam("first"), date_last=bindparam("last")),
                     params)


def _bump_tallies(conn: Connection, counts: Counter[tuple[str, str]]) -> None:
    upsert_add(conn, t.tallies, [{"kind": k, "key": key, "n": n}
                              for (k, key), n in sorted(counts.items()) if n])


def _bump_outlets(conn: Connection, rows: dict[str, dict]) -> None:
    upsert_add(conn, t.outlets, [
        {"key": k, "name": r["name"], "articles": r.get("articles", 0),
         "copied_by_articles": r.get("copied", 0), "cited_by_articles": r.get("cited", 0),
         "cited_event_mentions": r.get("mentions", 0)} for k, r in sorted(rows.items())])


def count_copy(conn: Connection, article_id: str, source: str,
               before: str | None = None) -> None:
    """A stored article found to copy ``source`` (published earlier, stored later),
    instead of ``before`` (None: it was no copy): the source's outlet is copied by one
    more article of another outlet, the former source's by one fewer."""
    ids = [i for i in (article_id, source, before) if i]
    outlet = dict(conn.execute(select(t.articles.c.id, t.articles.c.outlet)
                               .where(t.articles.c.id.in_(ids))).all())
    own = outlet_key(outlet.get(article_id))
    rows: dict[str, dict] = {}
    for original, step in ((before, -1), (source, 1)):
        key = outlet_key(outlet.get(original)) if original else None
        if key and key != own:
            entry = rows.setdefault(key, {"name": outlet[original], "copied": 0})
            entry["copied"] += step
    _bump_outlets(conn, {k: v for k, v in rows.items() if v["copied"]})


def count_article(conn: Connection, report: Report, copy_of: str | None,
                  actor_ids: set[int], new_actors: int, new_clusters: int,
                  cited: list[str]) -> None:
    """Add one stored article to the kept counts; ``cited`` holds the outlet each cited
    event mention rests on (:func:`.origins.cited_outlet`), once per mention."""
    a = report.article
    counts: Counter[tuple[str, str]] = Counter({
        ("rows", "articles"): 1, ("rows", "events"): len(report.events),
        ("rows", "actors"): new_actors, ("rows", "event_clusters"): new_clusters})
    for ev in report.events:
        f, loc = ev.factuality, ev.location
        kinds = ("", *(":" + v for v in views_of(ev.type, f.polarity, f.certainty, f.tense,
                                                 f.assertion)))
        if m := month_key(ev.time.value):
            counts.update(("month" + k, m) for k in kinds)
        if loc and loc.lat is not None and loc.lon is not None:
            place = place_key(loc.name, loc.country, loc.lat, loc.lon)
            counts.update(("place" + k, place) for k in kinds)
    _bump_tallies(conn, counts)
    if actor_ids:
        bump_actors(conn, sorted(actor_ids))
    outlets: dict[str, dict] = {}
    own = outlet_key(a.outlet)
    if own:
        outlets[own] = {"name": a.outlet, "articles": 1}
    if copy_of:
        original = conn.execute(select(t.articles.c.outlet)
                                .where(t.articles.c.id == copy_of)).scalar()
        key = outlet_key(original)
        if key and key != own:
            outlets.setdefault(key, {"name": original}).update(copied=1)
    for key, n in Counter(cited).items():
        entry = outlets.setdefault(key, {"name": key})
        entry.update(cited=1, mentions=n)
    _bump_outlets(conn, outlets)
    named: Counter[tuple[str, str]] = Counter()
    doubted: Counter[tuple[str, str]] = Counter()
    for source in report.sources:
        if source.kind != "outlet":
            named[source.kind, source.name] = 1
            doubted[source.kind, source.name] += int(source.doubted)
    upsert_add(conn, t.source_counts, [
        {"kind": k, "name": name, "articles": 1, "doubted": doubted[k, name]}
        for k, name in sorted(named)])


def band_sql(articles):
    """``actors.band`` in SQL: the bit length of an actor's count of articles (0 for none,
    1 for one, 2 for two or three, 3 for four to seven, ...), which orders actors as their
    counts do, and changes a few times in an actor's life, not with every article."""
    return case(*((articles >= 2 ** k, literal(k + 1)) for k in range(30, -1, -1)),
                else_=literal(0))


def bump_actors(conn: Connection, ids: list[int]) -> None:
    """One more article for each actor of ``ids``.  ``actors.articles`` is indexed by no
    index: ``ix_actors_band`` holds its :func:`band_sql` instead, raised by a second update
    only where it changes.  So on PostgreSQL the count's update writes no index entry and
    can stay on its page (HOT): every non-HOT update of a busy actor's row left a version
    that the look-up by name (``ix_actors_name_key``, linking.link_actors) read through
    until a VACUUM (684 -> 1,301 index entries an article from 2,500 to 5,000 stored)."""
    dialect = conn.dialect.name
    if dialect not in _BUMPS:
        ac = t.actors
        # PostgreSQL: the ids as one array (one statement text, prepared once)
        which = (ac.c.id == any_(bindparam("ids", type_=ARRAY(Integer)))
                 if dialect == "postgresql" else ac.c.id.in_(bindparam("ids", expanding=True)))
        _BUMPS[dialect] = (
            update(ac).where(which).values(articles=ac.c.articles + 1),
            # the bit length grows by one exactly when the new count is a power of two
            update(ac).where(which, ac.c.articles.op("&")(ac.c.articles - 1) == 0)
            .values(band=ac.c.band + 1))
    for stmt in _BUMPS[dialect]:
        conn.execute(stmt, {"ids": ids})


_BUMPS: dict[str, tuple] = {}  # bump_actors' statements per dialect


def rebuild(conn: Connection, sources: bool = True, views: bool = True,
            bands: bool = True) -> None:
    """Recount everything from the stored rows (``sources=False``: all but the named
    sources, for a store whose schema is older than their table; ``views=False``: all but
    the counts per view, for a store older than migration 0015; ``bands=False``: not
    ``actors.band``, for a store older than migration 0023)."""
    e = t.events
    conn.execute(delete(t.tallies))
    counts: Counter[tuple[str, str]] = Counter()
    for name in TOTALS:
        counts["rows", name] = conn.execute(
            select(func.count()).select_from(t.metadata.tables[name])).scalar_one()
    for view in (None, *(VIEWS if views else ())):
        kind = "month" + (":" + view if view else "")
        q = select(e.c.time_value, func.count()).where(e.c.time_value.is_not(None))
        if view:
            q = q.where(view_condition(e, view))
        for value, n in conn.execute(q.group_by(e.c.time_value)):
            m = month_key(value)
            if m:
                counts[kind, m] += n
        counts.update(count_places(conn, view))
    _bump_tallies(conn, counts)
    per_actor = (select(func.count(func.distinct(t.entities.c.article_id)))
                 .where(t.entities.c.actor_id == t.actors.c.id).scalar_subquery())
    conn.execute(update(t.actors).values(articles=per_actor))
    if bands:
        conn.execute(update(t.actors).values(band=band_sql(t.actors.c.articles)))
    conn.execute(delete(t.outlets))
    _bump_outlets(conn, _outlet_rows(conn))
    if sources:
        count_sources(conn)


def place_key(name: str | None, country: str | None, lat: float, lon: float) -> str:
    """The tallies key of a place events took place in (the UI's map): its name, country
    and coordinates as JSON."""
    return json.dumps([name, country, lat, lon])


def count_places(conn: Connection, view: str | None = None) -> Counter[tuple[str, str]]:
    """Event mentions per place with coordinates, counted from every row (of a view:
    kind "place:<view>")."""
    e = t.events
    q = select(e.c.location, e.c.country, e.c.lat, e.c.lon, func.count()).where(
        e.c.lat.is_not(None), e.c.lon.is_not(None))
    if view:
        q = q.where(view_condition(e, view))
    kind = "place" + (":" + view if view else "")
    return Counter({(kind, place_key(*r[:4])): r[4] for r in conn.execute(
        q.group_by(e.c.location, e.c.country, e.c.lat, e.c.lon))})


def count_sources(conn: Connection) -> None:
    """Count the named sources again from every source row."""
    s = t.sources
    conn.execute(delete(t.source_counts))
    upsert_add(conn, t.source_counts, [
        {"kind": k, "name": name, "articles": n, "doubted": int(d or 0)}
        for k, name, n, d in conn.execute(
            select(s.c.kind, s.c.name, func.count(func.distinct(s.c.article_id)),
                   func.sum(s.c.doubted)).where(s.c.kind != "outlet")
            .group_by(s.c.kind, s.c.name))])


def _outlet_rows(conn: Connection) -> dict[str, dict]:
    """Outlets counted from every article and every cited event mention."""
    rows: dict[str, dict] = {}
    outlet_of: dict[str, str] = {}
    raw: dict[str, str] = {}
    copy_of: dict[str, str] = {}
    for article_id, outlet, copied in conn.execute(
            select(t.articles.c.id, t.articles.c.outlet, t.articles.c.copy_of)
            .order_by(t.articles.c.analyzed_at, t.articles.c.id)):
        key = outlet_key(outlet)
        if key:
            entry = rows.setdefault(key, {"name": outlet, "articles": 0})
            entry["articles"] = entry.get("articles", 0) + 1
            outlet_of[article_id] = key
            raw[article_id] = outlet
        if copied:
            copy_of[article_id] = copied
    for article_id, original in copy_of.items():
        key = outlet_of.get(original)
        if key and outlet_of.get(article_id) != key:
            entry = rows.setdefault(key, {"name": raw[original]})
            entry["copied"] = entry.get("copied", 0) + 1
    cited_articles: dict[str, set[str]] = defaultdict(set)
    for article_id, origin in conn.execute(select(t.events.c.article_id, t.events.c.origin)
                                           .where(t.events.c.origin.is_not(None))):
        key = json.loads(origin).get("cites")
        if key:
            entry = rows.setdefault(key, {"name": key})
            entry["mentions"] = entry.get("mentions", 0) + 1
            cited_articles[key].add(article_id)
    for key, ids in cited_articles.items():
        rows[key]["cited"] = len(ids)
    return rows


# -- per actor: its mentions in date order, its counts and counterparts ----------------------
def actor_event_rows(event_rows: list[dict], links: list[dict]) -> list[dict]:
    """The :data:`t.actor_events` rows of stored event mentions and their actor links: one
    per actor and mention, with the actor's roles in it and the mention's order keys."""
    by_event = {(r["article_id"], r["event_id"]): r for r in event_rows}
    roles: dict[tuple, set[str]] = defaultdict(set)
    for link in links:
        if link["actor_id"] is not None and (link["article_id"], link["event_id"]) in by_event:
            roles[link["actor_id"], link["article_id"], link["event_id"]].add(link["role"])
    out = []
    for (actor_id, article_id, event_id), found in sorted(roles.items()):
        r = by_event[article_id, event_id]
        first, last = r["date_first"], r["date_last"]
        out.append({"actor_id": actor_id, "article_id": article_id, "event_id": event_id,
                    "start": r["start"], "roles": ",".join(sorted(found)),
                    "sort_day": sort_day(first, last), "date_last": last,
                    **back_days(first, last)})
    return out


# The roles an actor's events are counted under per year ("year source", "year target"),
# for the actor page's chart: every year of a busy actor, not its newest mentions only.
ACTOR_YEAR_ROLES = ("source", "target")


def role_years(roles: str, month: str) -> list[tuple[str, str]]:
    """The (kind, year) counts an actor's mention adds per role ("source,target" in
    "2021-12": ("year source", "2021"), ("year target", "2021"))."""
    return [("year " + role, month[:4]) for role in roles.split(",")
            if role in ACTOR_YEAR_ROLES]


# actor_pairs' type for a pair's mentions of every type: ix_actor_pairs_total holds these in
# order of their count, so the most shared counterparts are read first (queries.counterparts)
PAIR_TOTAL = "*"


def _actor_counts(ae_rows: list[dict], event_rows: list[dict], sign: int = 1):
    """What mentions add to (sign -1: take from) each actor's counts and counterparts."""
    by_event = {(r["article_id"], r["event_id"]): r for r in event_rows}
    counts: Counter[tuple[int, str, str]] = Counter()
    pairs: Counter[tuple[int, int, str]] = Counter()
    actors_of: dict[tuple[str, str], set[int]] = defaultdict(set)
    for row in ae_rows:
        key = (row["article_id"], row["event_id"])
        r = by_event[key]
        actor_id = row["actor_id"]
        actors_of[key].add(actor_id)
        counts[actor_id, "events", ""] += sign
        counts[actor_id, "type", r["type"] or ""] += sign
        if m := month_key(r["time_value"]):
            counts[actor_id, "month", m] += sign
            for kind, year in role_years(row["roles"], m):
                counts[actor_id, kind, year] += sign
    for key, found in actors_of.items():
        kind = by_event[key]["type"] or ""
        for one in found:
            for other in found:
                if one != other:
                    pairs[one, other, kind] += sign
                    pairs[one, other, PAIR_TOTAL] += sign
    return counts, pairs


def _write_actor_counts(conn: Connection, counts: Counter, pairs: Counter) -> None:
    upsert_add(conn, t.actor_counts, [{"actor_id": a, "kind": k, "key": key, "n": n}
                                   for (a, k, key), n in sorted(counts.items()) if n])
    upsert_add(conn, t.actor_pairs, [{"actor_id": a, "other_id": b, "type": k, "n": n}
                                  for (a, b, k), n in sorted(pairs.items()) if n])


def count_actor_events(conn: Connection, event_rows: list[dict], links: list[dict]) -> None:
    """Store one article's actor mentions (:data:`t.actor_events`) and add them to the
    kept counts per actor, in the article's transaction.  ``event_rows`` are its
    :data:`t.events` rows (with date_first, date_last, start, type, time_value), ``links``
    its :data:`t.event_actors` rows."""
    rows = actor_event_rows(event_rows, links)
    if not rows:
        return
    copy_rows(conn, t.actor_events, rows)
    _write_actor_counts(conn, *_actor_counts(rows, event_rows))


def _article_actor_rows(conn: Connection, article_id: str) -> tuple[list[dict], list[dict]]:
    e, ea = t.events, t.event_actors
    event_rows = [dict(r) for r in conn.execute(
        select(e.c.article_id, e.c.event_id, e.c.start, e.c.type, e.c.time_value,
               e.c.date_first, e.c.date_last).where(e.c.article_id == article_id)).mappings()]
    links = [dict(r) for r in conn.execute(
        select(ea.c.article_id, ea.c.event_id, ea.c.role, ea.c.actor_id)
        .where(ea.c.article_id == article_id)).mappings()]
    return event_rows, links


def uncount_actor_events(conn: Connection, article_id: str) -> None:
    """Take a stored article's actor mentions out of :data:`t.actor_events` and the kept
    counts per actor (before its events are deleted)."""
    event_rows, links = _article_actor_rows(conn, article_id)
    rows = actor_event_rows(event_rows, links)
    if not rows:
        return
    _write_actor_counts(conn, *_actor_counts(rows, event_rows, sign=-1))
    ids = sorted({r["actor_id"] for r in rows})
    ae, ac, ap = t.actor_events, t.actor_counts, t.actor_pairs
    conn.execute(delete(ae).where(ae.c.actor_id.in_(ids), ae.c.article_id == article_id))
    conn.execute(delete(ac).where(ac.c.actor_id.in_(ids), ac.c.n <= 0))
    conn.execute(delete(ap).where(ap.c.actor_id.in_(ids), ap.c.n <= 0))


def rebuild_actors(conn: Connection, batch: int = 20000) -> None:
    """Write :data:`t.actor_events`, the counts per actor and the counterparts again from
    every stored mention (the 0009 migration; tests compare them with the kept ones)."""
    e, ea = t.events, t.event_actors
    for table in (t.actor_events, t.actor_counts, t.actor_pairs):
        conn.execute(delete(table))
    counts: Counter = Counter()
    pairs: Counter = Counter()
    pending: list[dict] = []
    events_of: dict[tuple[str, str], dict] = {}
    links: list[dict] = []
    current = None

    def flush_article() -> None:
        rows = actor_event_rows(list(events_of.values()), links)
        pending.extend(rows)
        c, p = _actor_counts(rows, list(events_of.values()))
        counts.update(c)
        pairs.update(p)

    q = (select(ea.c.article_id, ea.c.event_id, ea.c.role, ea.c.actor_id, e.c.start,
                e.c.type, e.c.time_value, e.c.date_first, e.c.date_last)
         .join(e, and_(e.c.article_id == ea.c.article_id, e.c.event_id == ea.c.event_id))
         .where(ea.c.actor_id.is_not(None)).order_by(ea.c.article_id))
    for r in conn.execute(q).mappings():
        if r["article_id"] != current:
            flush_article()
            events_of, links, current = {}, [], r["article_id"]
            if len(pending) >= batch:
                copy_rows(conn, t.actor_events, pending)
                pending = []
        events_of[r["article_id"], r["event_id"]] = dict(r)
        links.append(dict(r))
    flush_article()
    copy_rows(conn, t.actor_events, pending)
    _write_actor_counts(conn, counts, pairs)
