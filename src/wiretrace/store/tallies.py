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

from sqlalchemy import Connection, Integer, bindparam, case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..model import Report
from ..timex import value_range
from . import schema as t
from .linking import outlet_key

TOTALS = ("articles", "events", "actors", "event_clusters")


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


_UPSERTS: dict[tuple[str, str], object] = {}


def _upsert(conn: Connection, table, rows: list[dict]) -> None:
    """Insert rows, or add their counts to the rows already there: one statement per
    table and dialect, built once and run over all rows (executemany)."""
    if not rows:
        return
    dialect = conn.dialect.name
    stmt = _UPSERTS.get((table.name, dialect))
    if stmt is None:
        ins = (postgresql if dialect == "postgresql" else sqlite).insert(table)
        keys = [col.name for col in table.primary_key]
        sets = {col.name: col + ins.excluded[col.name] for col in table.columns
                if isinstance(col.type, Integer) and col.name not in keys}
        if table is t.outlets:
            # the name an outlet publishes under wins over the key a citation gave it
            sets["name"] = case(((table.c.articles == 0) & (ins.excluded.articles > 0),
                                 ins.excluded.name), else_=table.c.name)
        stmt = _UPSERTS[table.name, dialect] = ins.on_conflict_do_update(
            index_elements=keys, set_=sets)
    conn.execute(stmt, rows)


def _bump_tallies(conn: Connection, counts: Counter[tuple[str, str]]) -> None:
    _upsert(conn, t.tallies, [{"kind": k, "key": key, "n": n}
                              for (k, key), n in sorted(counts.items()) if n])


def _bump_outlets(conn: Connection, rows: dict[str, dict]) -> None:
    _upsert(conn, t.outlets, [
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
    event mention rests on (:func:`.linking.cited_outlet`), once per mention."""
    a = report.article
    counts: Counter[tuple[str, str]] = Counter({
        ("rows", "articles"): 1, ("rows", "events"): len(report.events),
        ("rows", "actors"): new_actors, ("rows", "event_clusters"): new_clusters})
    counts.update(("month", m) for m in (month_key(ev.time.value) for ev in report.events)
                  if m)
    _bump_tallies(conn, counts)
    if actor_ids:
        conn.execute(update(t.actors).where(t.actors.c.id.in_(sorted(actor_ids)))
                     .values(articles=t.actors.c.articles + 1))
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
    _upsert(conn, t.source_counts, [
        {"kind": k, "name": name, "articles": 1, "doubted": doubted[k, name]}
        for k, name in sorted(named)])


def rebuild(conn: Connection, sources: bool = True) -> None:
    """Recount everything from the stored rows (``sources=False``: all but the named
    sources, for a store whose schema is older than their table)."""
    e = t.events
    conn.execute(delete(t.tallies))
    counts: Counter[tuple[str, str]] = Counter()
    for name in TOTALS:
        counts["rows", name] = conn.execute(
            select(func.count()).select_from(t.metadata.tables[name])).scalar_one()
    for value, n in conn.execute(select(e.c.time_value, func.count()).where(
            e.c.time_value.is_not(None)).group_by(e.c.time_value)):
        m = month_key(value)
        if m:
            counts["month", m] += n
    _bump_tallies(conn, counts)
    per_actor = (select(func.count(func.distinct(t.entities.c.article_id)))
                 .where(t.entities.c.actor_id == t.actors.c.id).scalar_subquery())
    conn.execute(update(t.actors).values(articles=per_actor))
    conn.execute(delete(t.outlets))
    _bump_outlets(conn, _outlet_rows(conn))
    if sources:
        count_sources(conn)


def count_sources(conn: Connection) -> None:
    """Count the named sources again from every source row."""
    s = t.sources
    conn.execute(delete(t.source_counts))
    _upsert(conn, t.source_counts, [
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
