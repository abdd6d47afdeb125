"""Reading the store: events with filters, actor profiles, sources, full-text search.
Every function takes a :class:`~wiretrace.store.Store` and returns plain dicts (JSON-ready),
so the CLI and the API print the same thing."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import (
    String,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import ARRAY

from ..errors import WiretraceError
from ..model import OCCURRED_ASSERTIONS
from ..names import name_key
from ..timex import DATE_BOUND, DayRange, human, value_range
from . import Store
from . import schema as t
from .cluster_read import _source_names, cluster, cluster_figures  # noqa: F401 (re-exported)
from .order import span_ranges, span_window
from .pairs import counterparts
from .tallies import TOTALS, month_key

EVENT_COLUMNS = ("article_id", "event_id", "date", "date_first", "date_last", "when", "type",
                 "mode", "cameo", "source", "target", "trigger", "sentence", "location",
                 "country", "lat", "lon",
                 "recipient_country", "recipient_basis", "polarity", "certainty", "tense",
                 "attribution", "cluster_id", "mentions", "articles", "outlets", "origins",
                 "outlet", "url", "published", "dead", "injured", "arrested", "size")


_DAY_BOUND = re.compile(DATE_BOUND)
MANY = 5000  # cluster ids passed as a list below this many
FEW = 1000  # --min-origins: up to this many clusters, their mentions are read and sorted
SPAN_PAGE = 1000  # --since/--until pages up to this far read per span of days


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None
    type: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    min_origins: int | None = None
    min_dead: int | None = None  # the event reports at least this many killed
    certainty: str | None = None
    polarity: str | None = None
    actor_id: int | None = None
    limit: int | None = None
    offset: int = 0
    # the web UI's views (all optional, none changes what the filters above find)
    coded: bool | None = None     # True: only events with a PLOVER type
    occurred: bool | None = None  # True: only those reported as happening (render.happened)
    sort: str | None = None       # a key of SORTS, "-" first for descending; default: date


def find_actors(store: Store, name: str) -> list[int]:
    """Actor ids for a name: the same folded name; else an alias that is the name (a
    country is keyed by its code: "US" finds it by the alias an article used); else an
    alias containing the words."""
    key = " ".join(name_key(name))
    person_key = " ".join(name_key(name, person=True))
    aliases = t.actor_aliases
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(t.actors.c.id).where(
            t.actors.c.name_key.in_({key, person_key})).order_by(t.actors.c.id))]
        if not ids:
            ids = [r[0] for r in conn.execute(
                select(aliases.c.actor_id).where(func.lower(aliases.c.alias) == name.lower())
                .distinct().order_by(aliases.c.actor_id))]
        if not ids:
            ids = [r[0] for r in conn.execute(
                select(t.actor_aliases.c.actor_id).where(
                    func.lower(t.actor_aliases.c.alias).contains(name.lower()))
                .distinct().order_by(t.actor_aliases.c.actor_id))]
    return ids


def _bound(value: str, name: str) -> DayRange:
    """The days of a --since/--until value: a year, a month or a day (a day past its
    month's end, "2021-02-30", is read as the month's last day)."""
    m = _DAY_BOUND.fullmatch(value)
    days = value_range(value[:7] if m and m[4] else value) if m else None
    if days is None:
        raise WiretraceError(f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not "
                             f"{value!r}")
    if m[4]:
        day = min(value, days.last)
        return DayRange(day, day)
    return days


def _by_date(e):
    """Events in the order of their days (the first, else the last: PAST_REF), undated
    last."""
    return func.coalesce(e.c.date_first, e.c.date_last).nulls_last()


def _dated(store: Store):
    """Events whose time value is a date (starts with a digit), not "PRESENT_REF" or
    "XXXX-12"."""
    value = t.events.c.time_value
    return value.op("GLOB")("[0-9]*") if store.dialect == "sqlite" else value.op("~")("^[0-9]")


# Factuality.assertion values of events that can have happened (render.happened)


def _days(f: EventFilter) -> tuple[str | None, str | None]:
    """The first day --since keeps and the last day --until keeps (until=2021-12 holds
    2021-12-31), None where the filter has none."""
    return (_bound(f.since, "since").first if f.since else None,
            _bound(f.until, "until").last if f.until else None)


def _filtered(store: Store, q, f: EventFilter, window: bool = True):
    """``q`` (a select over events) narrowed by the filter's conditions (not its limit and
    offset, which only :func:`events` applies).  ``window``: a --since/--until filter
    also names the stretches of ix_events_span its events lie in (order.span_window), so
    that the events are found there, not by a walk of every event."""
    e, c = t.events, t.event_clusters
    if f.type:
        q = q.where(e.c.type == f.type.upper())
    if f.country:
        q = q.where(e.c.country == f.country.upper())
    # an event is kept when the days its time covers may reach into the asked stretch:
    # "2019-W46" (11-17 Nov 2019) is before since=2019-12-01; an open end (PAST_REF,
    # FUTURE_REF) reaches as far as it is open; an event with no days is left out
    first, last = e.c.date_first, e.c.date_last
    since, until = _days(f)
    if since:
        q = q.where(or_(last >= since, and_(last.is_(None), first.is_not(None))))
    if until:
        q = q.where(or_(first <= until, and_(first.is_(None), last.is_not(None))))
    if window and (since or until):
        q = q.where(span_window(e, since, until))
    if f.min_dead is not None:
        q = q.where(e.c.dead >= f.min_dead)
    if f.min_origins:
        # clusters first (indexed by origins), then their mentions: as a list of ids when
        # there are few, so no planner walks every event looking for them
        wanted = select(c.c.id).where(c.c.origins >= f.min_origins)
        with store.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(wanted.limit(MANY + 1))]
        q = q.where(e.c.cluster_id.in_(ids if len(ids) <= MANY else wanted))
    if f.coded:
        q = q.where(e.c.type.is_not(None))
    if f.occurred:  # as render.happened: positive, certain or probable, not future, asserted
        q = q.where(e.c.polarity == "positive", e.c.certainty.in_(("certain", "probable")),
                    e.c.tense != "future",
                    or_(e.c.assertion.is_(None), e.c.assertion.in_(OCCURRED_ASSERTIONS)))
    if f.certainty:
        q = q.where(e.c.certainty == f.certainty.lower())
    if f.polarity:
        q = q.where(e.c.polarity == f.polarity.lower())
    if f.actor or f.actor_id is not None:
        ids = _actor_ids(store, f)
        ea = t.event_actors
        q = q.where(tuple_(e.c.article_id, e.c.event_id).in_(
            select(ea.c.article_id, ea.c.event_id).where(ea.c.actor_id.in_(ids or [-1]))))
    return q


def _actor_ids(store: Store, f: EventFilter) -> list[int]:
    ids = find_actors(store, f.actor) if f.actor else []
    if f.actor_id is not None:
        ids = [i for i in ids if i == f.actor_id] if f.actor else [f.actor_id]
    return ids


def events(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    e, a, c = t.events, t.articles, t.event_clusters
    q = _events_select(store, f, (e, a.c.outlet, a.c.url, a.c.published, c.c.mentions,
                                  c.c.articles, c.c.outlets, c.c.origins))
    with store.engine.connect() as conn:
        rows = conn.execute(q).mappings().all()
        names = _source_names(conn, {r["article_id"] for r in rows})
    return [_event_dict(r, names) for r in rows]


def event_refs(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    """The events :func:`events` finds, in its order, as their keys and their cluster's
    counts only (``article_id``, ``event_id``, ``cluster_id``, ``mentions``,
    ``articles``, ``outlets``, ``origins``): what ``Store.event_rows`` completes from
    the stored Reports."""
    e, c = t.events, t.event_clusters
    q = _events_select(store, f, (e.c.article_id, e.c.event_id, e.c.cluster_id,
                                  c.c.mentions, c.c.articles, c.c.outlets, c.c.origins))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def _events_select(store: Store, f: EventFilter, columns: tuple):
    """The select of :func:`events`: ``columns`` of the events the filter finds, joined
    to their articles and clusters, in the filter's order, its page only."""
    e, a, c = t.events, t.articles, t.event_clusters
    q = (select(*columns)
         .select_from(e)
         .join(a, a.c.id == e.c.article_id)
         .join(c, c.c.id == e.c.cluster_id, isouter=True))
    ids = _actor_ids(store, f) if (f.actor or f.actor_id is not None) else None
    if ids is not None and len(ids) == 1 and (f.sort or "date") == "date":
        # one actor in date order: its mentions walked in that order from
        # ix_actor_events_day, so a page reads a page of rows, not all of the actor's
        ae = t.actor_events
        q = q.join(ae, and_(ae.c.article_id == e.c.article_id,
                            ae.c.event_id == e.c.event_id)).where(ae.c.actor_id == ids[0])
        q = _filtered(store, q, dataclasses.replace(f, actor=None, actor_id=None))
        q = q.order_by(ae.c.sort_day, ae.c.date_last, ae.c.article_id, ae.c.start)
    elif (f.min_origins or 0) > 1 and (f.sort or "date") == "date" and _many(store, f):
        # more than FEW such clusters: mentions of clusters of 2+ origins in date order from
        # ix_events_multi ("+ 0": not all mentions of the clusters by origins, then sorted)
        q = _filtered(store, q, dataclasses.replace(f, min_origins=None))
        q = q.where(e.c.multi.is_not(None), c.c.origins + 0 >= f.min_origins)
        q = q.order_by(e.c.sort_day, e.c.date_last, e.c.article_id, e.c.start)
    elif ((f.since or f.until) and f.limit is not None and (f.sort or "date") == "date"
            and f.offset + f.limit <= SPAN_PAGE):
        # the candidates (each found by the filter) by key, then sorted: "+ 0" keeps SQLite
        # from walking ix_events_day from the oldest event instead (the same order)
        keys = _span_candidates(store, f)
        if store.dialect == "sqlite":
            q = q.where(literal_column("events.rowid").in_(keys))
        else:  # joined to the keys as a table (a list of pairs is planned as one OR each)
            k = func.unnest(bindparam("aids", [a for a, _ in keys], type_=ARRAY(String)),
                            bindparam("eids", [i for _, i in keys], type_=ARRAY(String)))\
                .table_valued("aid", "eid").render_derived()
            q = q.join(k, and_(e.c.article_id == k.c.aid, e.c.event_id == k.c.eid))
        q = q.order_by(e.c.sort_day + 0, e.c.date_last, e.c.article_id, e.c.start)
    else:
        q = _filtered(store, q, f)
        q = q.order_by(*_sort(f.sort), e.c.article_id, e.c.start)
    if f.limit is not None:
        q = q.limit(f.limit).offset(f.offset)
    return q


def _many(store: Store, f: EventFilter) -> bool:
    c = t.event_clusters
    with store.engine.connect() as conn:
        return len(conn.execute(select(c.c.id).where(c.c.origins >= f.min_origins)
                                .limit(FEW + 1)).all()) > FEW


def _span_candidates(store: Store, f: EventFilter) -> list:
    """The events that can be on a --since/--until page in date order: per span of days
    (order.span), the first ``offset + limit`` the filter finds from the first day that
    can still reach into the stretch (read in order from ix_events_span), so that no walk
    starts at the oldest event.  The page's events are among them: an event on it is
    among the first of its own span."""
    e = t.events
    wanted = _filtered(store, select(e.c.article_id), f, window=False).whereclause
    n = f.offset + f.limit
    found: list = []  # (sort_day, key)
    most = None  # the n-th first day among those found: no event after it is on the page
    with store.engine.connect() as conn:
        for stretch in span_ranges(e, *_days(f)):
            # SQLite: the rowid (a list of (article, event) pairs is scanned for there)
            q = select(e.c.sort_day, *((literal_column("events.rowid"),)
                                       if store.dialect == "sqlite"
                                       else (e.c.article_id, e.c.event_id))).where(stretch)
            if most is not None:
                q = q.where(e.c.sort_day <= most)
            q = q.where(wanted).order_by(e.c.sort_day, e.c.date_last, e.c.article_id,
                                         e.c.start).limit(n)
            found += [(r[0], r[1] if store.dialect == "sqlite" else tuple(r[1:]))
                      for r in conn.execute(q)]
            if len(found) >= n:
                most = sorted(day for day, _ in found)[n - 1]
    return [key for day, key in found if most is None or day <= most]


SORTS = ("date", "type", "source", "target", "trigger", "country", "certainty", "origins",
         "outlet", "published")


def _sort(key: str | None) -> list:
    """ORDER BY terms for a sort key ("date", "-date" for newest first, ...); unknown keys
    raise; undated and empty values go last either way."""
    e, a, c = t.events, t.articles, t.event_clusters
    name = (key or "date").lstrip("-")
    down = bool(key) and key.startswith("-")
    if name == "date":
        if down:  # (last day, else first; first day), newest first, undated last: as
            # numbers (0 for none) in ix_events_newest
            return [e.c.back_day.desc(), e.c.back_first.desc()]
        # (sort_day, date_last) is (first day, undated last; last day): what
        # ix_events_type_day and ix_actor_events_day hold
        return [e.c.sort_day, e.c.date_last]
    columns = {"type": e.c.type, "source": func.lower(e.c.source_names),
               "target": func.lower(e.c.target_names), "trigger": func.lower(e.c.trigger),
               "country": e.c.country, "certainty": e.c.certainty, "origins": c.c.origins,
               "outlet": func.lower(a.c.outlet), "published": a.c.published}
    if name not in columns:
        raise WiretraceError(f"sort must be one of {', '.join(SORTS)} (with '-' first for "
                             f"descending), not {key!r}")
    column = columns[name]
    return [(column.desc() if down else column.asc()).nulls_last(), _by_date(e)]


def event_months(store: Store, f: EventFilter = EventFilter()) -> list[dict]:
    """How many events the filter finds per month of their time value (events dated to a
    year only count under that year), oldest first: the data of the events timeline.
    Without a filter (or with only a view's: coded, happened), the counts kept as
    articles are stored are read."""
    kind = _kept_kind("month", f)
    if kind:
        tl = t.tallies
        with store.engine.connect() as conn:
            return [{"month": m, "events": n} for m, n in conn.execute(
                select(tl.c.key, tl.c.n).where(tl.c.kind == kind, tl.c.n > 0)
                .order_by(tl.c.key))]
    e = t.events
    q = select(e.c.time_value, func.count()).select_from(e)
    q = _filtered(store, q, f)
    if not (f.since or f.until):
        q = q.where(_dated(store))
    q = q.group_by(e.c.time_value)
    counts: Counter[str] = Counter()
    with store.engine.connect() as conn:
        for m, n in conn.execute(q):
            if key := month_key(m):
                counts[key] += n
    return [{"month": m, "events": counts[m]} for m in sorted(counts)]


def event_places(store: Store, f: EventFilter = EventFilter(), limit: int = 500) -> list[dict]:
    """Where the filter's events took place: one row per place with coordinates (name,
    country, lat, lon, events), most events first; the data of the UI's map.  Without a
    filter (or a view's only), the counts kept as articles are stored are read
    (``tallies``, kind "place", "place:happened"...)."""
    kind = _kept_kind("place", f)
    if kind:
        tl = t.tallies
        with store.engine.connect() as conn:
            # the key is the place as JSON, '["Cairo", ...' : by name, unnamed ('[null') last
            rows = conn.execute(select(tl.c.key, tl.c.n)
                                .where(tl.c.kind == kind, tl.c.n > 0)
                                .order_by(tl.c.n.desc(), tl.c.key).limit(limit)).all()
        return [{"name": name, "country": country, "lat": lat, "lon": lon, "events": n}
                for (name, country, lat, lon), n in ((json.loads(k), n) for k, n in rows)]
    e = t.events
    q = (select(e.c.location, e.c.country, e.c.lat, e.c.lon, func.count().label("events"))
         .select_from(e).where(e.c.lat.is_not(None), e.c.lon.is_not(None)))
    q = _filtered(store, q, f)
    q = (q.group_by(e.c.location, e.c.country, e.c.lat, e.c.lon)
         .order_by(func.count().desc(), e.c.location).limit(limit))
    with store.engine.connect() as conn:
        return [{"name": r.location, "country": r.country, "lat": r.lat, "lon": r.lon,
                 "events": r.events} for r in conn.execute(q)]


def _kept_kind(kind: str, f: EventFilter) -> str | None:
    """The tallies kind that holds ``kind`` ("month", "place") counts of the filter's
    events: the whole store's, or a view's (coded; coded and happened); None when the
    filter asks for more and the events must be counted."""
    if not all(getattr(f, k) is None for k in (
            "actor", "type", "country", "since", "until", "min_origins", "certainty",
            "polarity", "actor_id", "min_dead")):
        return None
    view = {(None, None): "", (True, None): ":coded", (True, True): ":happened"}.get(
        (f.coded or None, f.occurred or None))
    return None if view is None else kind + view


def totals(store: Store) -> dict[str, int]:
    """Articles, event mentions, actors and event clusters in the store (kept counts)."""
    tl = t.tallies
    with store.engine.connect() as conn:
        found = dict(conn.execute(select(tl.c.key, tl.c.n).where(tl.c.kind == "rows")).all())
    return {k: found.get(k, 0) for k in TOTALS}


def _event_dict(r, names) -> dict:
    chain = json.loads(r["attribution"]) if r["attribution"] else []
    return {
        "article_id": r["article_id"], "event_id": r["event_id"], "date": r["time_value"],
        "date_first": r["date_first"], "date_last": r["date_last"],
        "when": human(r["time_value"], r["published"]), "type": r["type"], "mode": r["mode"],
        "cameo": r["cameo"],
        "source": json.loads(r["source_names"]) if r["source_names"] else [],
        "target": json.loads(r["target_names"]) if r["target_names"] else [],
        "trigger": r["trigger"], "sentence": r["sentence"], "location": r["location"],
        "country": r["country"], "lat": r["lat"], "lon": r["lon"],
        "recipient_country": r["recipient_country"], "recipient_basis": r["recipient_basis"],
        "polarity": r["polarity"], "certainty": r["certainty"], "tense": r["tense"],
        "attribution": [names.get((r["article_id"], sid), sid) for sid in chain],
        "cluster_id": r["cluster_id"], "mentions": r["mentions"], "articles": r["articles"],
        "outlets": r["outlets"], "origins": r["origins"], "outlet": r["outlet"],
        "url": r["url"], "published": r["published"],
        "dead": r["dead"], "injured": r["injured"], "arrested": r["arrested"],
        "size": r["size"],
    }


def actor(store: Store, name: str, timeline: int = 200,
          partners: int | None = None) -> list[dict]:
    """Profiles of the actors a name finds: aliases, articles, timeline, counterparts."""
    found = (actor_profile(store, actor_id, timeline, partners)
             for actor_id in find_actors(store, name))
    return [p for p in found if p is not None]


def actor_profile(store: Store, actor_id: int, timeline: int = 200,
                  partners: int | None = None) -> dict | None:
    """One actor: aliases, how many articles name it, its event mentions as source and
    target (the newest ``timeline``, with the total), their counts per type and per month,
    and its counterparts: the actors it shares events with, with counts by event type
    (the ``partners`` most shared, when given).
    None when there is no such actor.  Every count is kept as articles are stored
    (:func:`.tallies.count_actor_events`): nothing here grows with the actor's mentions."""
    ac, kept = t.actors, t.actor_counts
    with store.engine.connect() as conn:
        row = conn.execute(select(ac).where(ac.c.id == actor_id)).mappings().first()
        if row is None:
            return None
        aliases = conn.execute(select(t.actor_aliases.c.alias, t.actor_aliases.c.articles)
                               .where(t.actor_aliases.c.actor_id == actor_id)
                               .order_by(t.actor_aliases.c.articles.desc(),
                                         t.actor_aliases.c.alias)).all()
        counts = conn.execute(select(kept.c.kind, kept.c.key, kept.c.n)
                              .where(kept.c.actor_id == actor_id, kept.c.n > 0)).all()
    total = sum(n for kind, _, n in counts if kind == "events")
    types = sorted(((key or "uncoded", n) for kind, key, n in counts if kind == "type"),
                   key=lambda x: (-x[1], x[0]))
    return {
        "actor_id": actor_id, "name": row["name"], "type": row["type"],
        "country": row["country"], "sector": row["sector"],
        "aliases": [{"alias": a, "articles": n} for a, n in aliases],
        "articles": row["articles"], "events": total,
        "types": dict(types),
        "months": [{"month": key, "events": n}
                   for kind, key, n in sorted(counts) if kind == "month"],
        "years": _years_by_role(counts),
        "timeline": actor_timeline(store, actor_id, limit=timeline) if timeline else [],
        "counterparts": counterparts(store, actor_id, limit=partners),
    }


def _years_by_role(counts) -> list[dict]:
    """An actor's kept counts per year as source and as target, oldest year first."""
    years: dict[str, dict] = {}
    for kind, key, n in counts:
        if kind.startswith("year "):
            row = years.setdefault(key, {"year": key, "as_source": 0, "as_target": 0})
            row["as_" + kind[5:]] += n
    return [years[y] for y in sorted(years)]


def actor_timeline(store: Store, actor_id: int, limit: int = 200,
                   offset: int = 0) -> list[dict]:
    """An actor's event mentions, newest first (by their last day, then their first;
    undated last), each with the roles the actor plays in it.  Read in that order from
    ``ix_actor_events_newest``: a page costs its own rows."""
    ae, e = t.actor_events, t.events
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(e.c.article_id, e.c.event_id, e.c.time_value, e.c.date_first,
                   e.c.date_last, e.c.type, e.c.trigger, e.c.sentence, e.c.cluster_id,
                   e.c.polarity, e.c.certainty, ae.c.roles)
            .select_from(ae)
            .join(e, and_(e.c.article_id == ae.c.article_id, e.c.event_id == ae.c.event_id))
            .where(ae.c.actor_id == actor_id)
            .order_by(ae.c.back_day.desc(), ae.c.back_first.desc(), ae.c.article_id,
                      ae.c.start)
            .limit(limit).offset(offset)).mappings().all()
    return [{"date": m["time_value"], "date_first": m["date_first"],
             "date_last": m["date_last"], "type": m["type"], "trigger": m["trigger"],
             "roles": m["roles"].split(","), "article_id": m["article_id"],
             "event_id": m["event_id"], "cluster_id": m["cluster_id"],
             "polarity": m["polarity"], "certainty": m["certainty"],
             "sentence": m["sentence"]} for m in rows]


def articles(store: Store, limit: int = 50, offset: int = 0) -> list[dict]:
    """Stored articles, newest publication first (undated last)."""
    a = t.articles
    q = (select(a.c.id, a.c.title, a.c.published, a.c.outlet, a.c.url, a.c.copy_of)
         .order_by(a.c.published.desc().nulls_last(), a.c.id).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def actors(store: Store, name: str | None = None, limit: int = 50,
           offset: int = 0) -> list[dict]:
    """Actors, those named in most articles first; with ``name``, those whose name or an
    alias contains it."""
    ac = t.actors
    q = (select(ac.c.id.label("actor_id"), ac.c.name, ac.c.type, ac.c.country, ac.c.sector,
                ac.c.articles).where(ac.c.articles > 0))
    if name:
        aliased = select(t.actor_aliases.c.actor_id).where(
            func.lower(t.actor_aliases.c.alias).contains(name.lower()))
        q = q.where(func.lower(ac.c.name).contains(name.lower()) | ac.c.id.in_(aliased))
    # band first: the order of articles, read from ix_actors_band (articles is not indexed)
    q = q.order_by(ac.c.band.desc(), ac.c.articles.desc(), ac.c.name, ac.c.id)
    q = q.limit(limit).offset(offset)
    with store.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            # one process reads the top bands and stops at the 50th row (0.3 ms at 100,000
            # articles); PostgreSQL's parallel plan had each of three processes read some
            # 14,500 index rows before its sort gave a first row (58 ms)
            conn.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
        return [dict(r) for r in conn.execute(q).mappings()]


def named_sources(store: Store, limit: int = 100, offset: int = 0) -> list[dict]:
    """Sources other than outlets (people, officials, organizations, anonymous sources,
    documents) by name and kind: in how many articles each asserts something, and how many
    of its source rows the articles themselves doubt (counts kept as articles are stored,
    :mod:`.tallies`)."""
    sc = t.source_counts
    q = (select(sc.c.kind, sc.c.name, sc.c.articles, sc.c.doubted)
         .order_by(sc.c.articles.desc(), sc.c.name, sc.c.kind).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def sources(store: Store, limit: int | None = None) -> list[dict]:
    """Outlets: articles they published, articles that are near-copies of theirs, and
    articles that cite them ("according to a report in X"), with event mentions cited
    (counts kept as articles are stored, :mod:`.tallies`)."""
    o = t.outlets
    q = select(o.c.name.label("outlet"), o.c.articles, o.c.copied_by_articles,
               o.c.cited_by_articles, o.c.cited_event_mentions).order_by(
        (o.c.copied_by_articles + o.c.cited_by_articles).desc(), o.c.articles.desc(), o.c.name)
    q = q.limit(limit) if limit is not None else q
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


# PostgreSQL search ranks on the whole text only this many of the matches, those that best
# match in the title and lead (docs/performance.md, round 20)
CANDIDATES = 200


def search(store: Store, words: str, limit: int = 20) -> list[dict]:
    """Articles matching the words (FTS5 on SQLite, tsvector on PostgreSQL), best first."""
    # control characters (NUL ends an FTS5 string; PostgreSQL text refuses it) are no words
    words = "".join(c if c.isprintable() else " " for c in words)
    if not words.split():
        return []
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            query = " ".join('"' + w.replace('"', "") + '"' for w in words.split() if w)
            rows = conn.execute(text(
                "SELECT a.id, a.title, a.published, a.outlet, "
                "snippet(articles_fts, 1, '[', ']', '...', 12) AS snippet "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :n"),
                {"q": query, "n": limit}).mappings().all()
        else:
            # search_vector (title and text, GIN-indexed, migration 0010) finds the matches;
            # they are ordered first on search_lead (title and lead, kept in the row,
            # migration 0025), newest first among equals, and only the best CANDIDATES are
            # ranked on the whole text, whose vector is read from TOAST (ranking all 10,842
            # matches of two common words on it took 131 ms at 100,000 articles).  The
            # matches are found from the index: with one article in ten matching, the
            # planner read the table instead (101 ms at 8,055 articles)
            conn.execute(text("SET LOCAL enable_seqscan = off"))
            rows = conn.execute(text(
                "SELECT id, title, published, outlet, "
                "ts_headline('english', text, query, "
                "'StartSel=[,StopSel=],MaxWords=20,MinWords=8') AS snippet "
                "FROM (SELECT id, title, published, outlet, text, query, "
                "ts_rank(search_vector, query) AS rank FROM "
                "(SELECT id, title, published, outlet, text, query, search_vector "
                "FROM articles, plainto_tsquery('english', :q) AS query "
                "WHERE search_vector @@ query ORDER BY ts_rank(search_lead, query) DESC, "
                "published DESC NULLS LAST, id LIMIT :k) AS candidates "
                "ORDER BY rank DESC, published DESC NULLS LAST, id LIMIT :n) AS best "
                "ORDER BY rank DESC, published DESC NULLS LAST, id"),
                {"q": words, "n": limit, "k": max(limit, CANDIDATES)}).mappings().all()
    return [dict(r) for r in rows]
