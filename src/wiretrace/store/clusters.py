"""Event clusters: an event mention joins a cluster holding a mention it is compatible with
(:func:`_compatible`): the same type (PLOVER category), or the same lemma when one of the
two is uncoded; the same polarity; an actor in the same role on both sides and no role
whose actors disagree; overlapping days, each at most a month across articles; countries
that do not disagree.  Across articles both mentions must be dated, and two uncoded ones
dated by the text, not only by their publication day; within one article an undated
mention joins one of the same lemma, or the first sentence's event of the same type when
it names no actor that one lacks, but two uncoded mentions ("said" ... "said") stay apart.
Otherwise it starts a new cluster.  Each cluster's counts and independent origins are
recounted from its mentions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import (
    Connection,
    Integer,
    String,
    and_,
    bindparam,
    cast,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB

from ..model import Event
from . import schema as t
from .origins import _published_key, components, mention_nodes, roots_json


def _dated(value: str | None) -> bool:
    return bool(value) and value[:1].isdigit()


def _most_precise(values, current: str | None = None) -> str | None:
    """A cluster's date: the longest (most precise) dated value, the last of equals;
    ``current``, a date the cluster has already, stays unless a value is longer."""
    dates = sorted((v for v in values if _dated(v)), key=len)
    if dates and (not current or len(dates[-1]) > len(current)):
        return dates[-1]
    return current


def _bytewise(conn: Connection, column):
    """The column compared byte by byte: the ranges below assume it, and a PostgreSQL
    database's collation may not (ICU English orders punctuation otherwise)."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


def _compatible_with(column, values: list[str]):
    """SQL for values compatible with any of ``values`` (all dated): the column's value is
    a prefix of one of them ("2021" for "2021-11-20") or starts with one ("2021-11-20T10:00"
    for "2021-11-20"), written as ranges an index can serve.  :class:`ClusterFinder` passes
    years, so a stored value is read when it is a year, decade or century holding one of
    them or lies within one (its days are compared afterwards)."""
    prefixes = sorted({v[:n] for v in values for n in range(1, len(v) + 1)})
    return or_(column.in_(prefixes),
               *(and_(column > v, column < v + "\x7f") for v in values))


# Across articles, two mentions are one event only if each is dated to a stretch of at
# most this many days: "in 2010" names no single launch of a company that launches
# several a year (docs/schema.md, "Event clusters").
MAX_DAYS_ACROSS = 31
# The longest span (days) of each reach a stored candidate is kept under
# (cluster_candidates.reach): a day, a week, a month.  A mention of at most REACH[k] days
# that overlaps a new one begins at most REACH[k] - 1 days before the new one's first day,
# so each reach is read over its own window (:func:`_windows`) and a one-day mention is
# not read for days a month away (most stored mentions are one day).
REACH = (1, 7, MAX_DAYS_ACROSS)


class Mention(NamedTuple):
    """What cluster joining compares of one event mention: its type or lemma, its days,
    its polarity, its place and its actors by role (who: sources; whom: targets and the
    other arguments), and whether it is in its article's first sentence (the headline,
    or the lead where the text has no headline)."""

    article_id: str
    type: str | None
    lemma: str
    value: str | None
    first: str | None
    last: str | None
    basis: str
    polarity: str
    country: str | None
    who: frozenset[int]
    whom: frozenset[int]
    lead: bool = False

    @property
    def actors(self) -> frozenset[int]:
        return self.who | self.whom

    @classmethod
    def of(cls, article_id: str, event: Event, actor_of: dict[str, int | None],
           country: str | None) -> Mention:
        def ids(roles: set[str]) -> frozenset[int]:
            return frozenset(actor_of[x.entity_id] for x in event.actors
                             if x.role in roles and x.entity_id
                             and actor_of.get(x.entity_id) is not None)

        return cls(article_id, event.type, event.lemma, event.time.value, event.time.first,
                   event.time.last, event.time.basis, event.factuality.polarity, country,
                   ids({"source"}), ids({"target", "other"}), event.sentence.start == 0)


def _days(first: str | None, last: str | None) -> int | None:
    if not first or not last:
        return None
    return (date.fromisoformat(last) - date.fromisoformat(first)).days + 1


def _compatible_time(a: Mention, b: Mention) -> bool:
    """Whether two mentions' days allow one event: both dated with overlapping days, each
    at most :data:`MAX_DAYS_ACROSS` days across articles; within one article an undated
    mention is compatible with any (see :func:`_compatible_within`)."""
    same_article = a.article_id == b.article_id
    if not (_dated(a.value) and _dated(b.value)):
        return same_article
    if not (a.first or a.last) or not (b.first or b.last):
        return False
    if a.first and b.last and a.first > b.last or b.first and a.last and b.first > a.last:
        return False
    if same_article:
        return True
    spans = (_days(a.first, a.last), _days(b.first, b.last))
    return all(n is not None and n <= MAX_DAYS_ACROSS for n in spans)


def _compatible_actors(a: Mention, b: Mention) -> bool:
    """Who did it and to whom must agree: an actor in the same role on both sides, and a
    role that names actors on both sides names one actor in common ("Boeing challenging
    the decision" and "Lockheed challenged Boeing" are two events)."""
    if not (a.who & b.who or a.whom & b.whom):
        return False
    return all(not (x and y) or x & y for x, y in ((a.who, b.who), (a.whom, b.whom)))


def _compatible_within(a: Mention, b: Mention) -> bool:
    """Within one article, an undated mention joins another of the same lemma ("Jobs
    resigns" ... "Jobs resigned in a letter"), or, with another lemma of the same type,
    the article's first sentence (its headline or lead) when it names no actor that the
    other does not: "offers funding" ... "contribute between $12 million and $20 million",
    but not "That contract was fought for between Boeing and Lockheed" under a headline
    about Boeing's defeat."""
    if _dated(a.value) and _dated(b.value) or a.lemma == b.lemma:
        return True
    undated, other = (a, b) if not _dated(a.value) else (b, a)
    return (a.lead or b.lead) and undated.who <= other.who and undated.whom <= other.whom


def _compatible(a: Mention, b: Mention) -> bool:
    """Whether mention ``a`` may join the cluster of mention ``b``: the same type (PLOVER
    category) -- or the same lemma when one of the two is uncoded, but never two uncoded
    mentions of one article ("said" ... "said"), nor of two articles when neither text
    dates them (both fall back to their publication day: Trump "says" on tariffs and "has
    said" on Putin, the same day) --, the same polarity (an accusation and its denial are
    two events), a country that does not disagree, compatible actors and compatible
    days."""
    if a.type and b.type:
        if a.type != b.type:
            return False
    elif a.lemma != b.lemma:
        return False
    same_article = a.article_id == b.article_id
    if not a.type and not b.type and (same_article or a.basis == b.basis == "publication"):
        return False
    if a.polarity != b.polarity:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if not _compatible_actors(a, b) or not _compatible_time(a, b):
        return False
    return not same_article or _compatible_within(a, b)


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def stored_mention(r: Mapping, who: set[int], whom: set[int]) -> Mention:
    """A stored event mention as cluster joining reads it: its :data:`t.events` row (or
    the columns of it a query selected) and its actors by side."""
    return Mention(r["article_id"], r["type"] or None, r["lemma"] or "", r["time_value"],
                   r["date_first"], r["date_last"], r.get("time_basis") or "unknown",
                   r["polarity"] or "positive", r.get("country") or None,
                   frozenset(who), frozenset(whom))


def _across(m: Mention) -> bool:
    """Whether ``m`` can be clustered with a mention of another article at all: dated, to
    days known at both ends, at most :data:`MAX_DAYS_ACROSS` across, with an actor
    (:func:`_compatible_time`, :func:`_compatible_actors`)."""
    if not (m.actors and _dated(m.value) and m.first and m.last):
        return False
    n = _days(m.first, m.last)
    return n is not None and n <= MAX_DAYS_ACROSS


def reach(m: Mention) -> int:
    """The :data:`REACH` a mention that can join across articles (:func:`_across`) is
    kept under: the shortest that holds its days."""
    days = _days(m.first, m.last) or MAX_DAYS_ACROSS
    return next(r for r in REACH if days <= r)


def candidate_kinds(m: Mention, stored: bool) -> list[str]:
    """The kinds of event under which a stored mention is kept in
    :data:`t.cluster_candidates` (``stored``), or under which a new mention looks for the
    ones it may join: :func:`_compatible` asks the same polarity and the same type, or the
    same lemma when one of the two is uncoded.  A coded mention is kept under its type and
    under its lemma as a coded one; an uncoded one under its lemma.  A coded mention looks
    under its type and under uncoded mentions of its lemma; an uncoded one under both
    kinds of its lemma.  So the kinds of two mentions meet exactly when their types or
    lemmas may match."""
    head, lemma = (m.polarity or "positive") + ":", m.lemma or ""
    if m.type:
        return [head + "type:" + m.type, head + ("coded:" if stored else "uncoded:") + lemma]
    return [head + "uncoded:" + lemma] + ([] if stored else [head + "coded:" + lemma])


def _keys(m: Mention, stored: bool) -> set[tuple[int, str]]:
    """(actor, side and kind) keys of ``m``: each actor of each side with each kind."""
    kinds = candidate_kinds(m, stored)
    return {(a, side + ":" + k) for side, actors in (("who", m.who), ("whom", m.whom))
            for a in actors for k in kinds}


def candidate_rows(event_rows: list[dict], links: list[dict]) -> list[dict]:
    """The :data:`t.cluster_candidates` rows of one article's stored event mentions
    (``event_rows``: their :data:`t.events` rows; ``links``: their :data:`t.event_actors`
    rows), read the way :class:`ClusterFinder` reads stored mentions."""
    sides: dict[tuple[str, str], tuple[set[int], set[int]]] = {}
    for link in links:
        if link["actor_id"] is not None:
            who, whom = sides.setdefault((link["article_id"], link["event_id"]),
                                         (set(), set()))
            (who if link["role"] == "source" else whom).add(link["actor_id"])
    out = []
    for r in event_rows:
        who, whom = sides.get((r["article_id"], r["event_id"]), ((), ()))
        m = stored_mention(r, who, whom)
        if _across(m):
            out += [{"actor_id": a, "kind": k, "reach": reach(m), "sort_day": r["sort_day"],
                     "article_id": r["article_id"], "event_id": r["event_id"]}
                    for a, k in sorted(_keys(m, stored=True))]
    return out


def fill_candidates(conn: Connection, batch: int = 20000) -> None:
    """Write :data:`t.cluster_candidates` again from every stored mention (migrations
    0017 and 0022; a test compares it with the rows kept as articles are stored)."""
    e, ea = t.events, t.event_actors
    conn.execute(delete(t.cluster_candidates))
    q = (select(e.c.article_id, e.c.event_id, e.c.type, e.c.lemma, e.c.time_value,
                e.c.date_first, e.c.date_last, e.c.polarity, e.c.sort_day, ea.c.role,
                ea.c.actor_id)
         .join(ea, and_(ea.c.article_id == e.c.article_id, ea.c.event_id == e.c.event_id))
         .where(ea.c.actor_id.is_not(None), e.c.date_first.is_not(None),
                e.c.date_last.is_not(None))
         .order_by(e.c.article_id, e.c.event_id))
    pending: list[dict] = []
    events: dict[tuple[str, str], dict] = {}
    links: list[dict] = []
    for r in conn.execute(q).mappings():
        key = (r["article_id"], r["event_id"])
        if key not in events and len(events) >= 1000:
            pending += candidate_rows(list(events.values()), links)
            events, links = {}, []
            if len(pending) >= batch:
                conn.execute(insert(t.cluster_candidates), pending)
                pending = []
        events[key] = dict(r)
        links.append(dict(r))
    pending += candidate_rows(list(events.values()), links)
    if pending:
        conn.execute(insert(t.cluster_candidates), pending)


def _windows(mentions: list[Mention]) -> list[tuple[int, str, int, int, int]]:
    """The stored candidates that may join one of ``mentions`` across articles, as
    (actor, kind, reach, first, last) rows: the (actor, kind) keys of each mention
    (:func:`_keys`: it shares an actor on the same side, its kind meets the mention's,
    :func:`candidate_kinds`) and, per :data:`REACH`, the days where a stored mention of
    that reach may begin, overlapping ones of a key and reach merged.  Across articles both
    mentions are dated to at most :data:`MAX_DAYS_ACROSS` days and their days overlap
    (:func:`_compatible_time`), so a stored mention of at most ``r`` days that joins ``m``
    begins between ``m.first - (r - 1)`` and ``m.last``.  Mentions that cannot join across
    articles (undated, open, too long, no actor) give none."""
    found: dict[tuple[int, str, int], list[tuple[int, int]]] = {}
    for m in mentions:
        if not _across(m):
            continue
        last = _day_number(date.fromisoformat(m.last))
        begins, keys = date.fromisoformat(m.first), _keys(m, stored=False)
        for r in REACH:
            try:
                first = _day_number(begins - timedelta(days=r - 1))
            except OverflowError:  # within a month of 1 January of year 1
                first = _day_number(date.min)
            for a, k in keys:
                found.setdefault((a, k, r), []).append((first, last))
    rows = []
    for (a, k, r), days in sorted(found.items()):
        merged: list[list[int]] = []
        for lo, hi in sorted(days):
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(hi, merged[-1][1])
            else:
                merged.append([lo, hi])
        rows += [(a, k, r, lo, hi) for lo, hi in merged]
    return rows


WINDOW_COLUMNS = ("actor_id", "kind", "reach", "lo", "hi")


@cache
def _candidate_query(dialect: str):
    """The candidate read of :class:`ClusterFinder`, built once per dialect: the rows of
    :func:`_windows` come as one JSON parameter (``windows``) joined as a table, so the
    statement has one shape and is built and compiled once (a VALUES list of a hundred
    rows or more, five parameters each, was compiled again for every article: 13 ms)."""
    types = (Integer, String, Integer, Integer, Integer)
    if dialect == "postgresql":
        w = (func.jsonb_to_recordset(cast(bindparam("windows", type_=String), JSONB))
             .table_valued(*(column(c, ty) for c, ty in zip(WINDOW_COLUMNS, types)))
             .render_derived(name="w", with_types=True))
    else:
        each = func.json_each(bindparam("windows", type_=String)).table_valued("value")
        w = select(*(cast(func.json_extract(each.c.value, "$." + c), ty).label(c)
                     for c, ty in zip(WINDOW_COLUMNS, types))).subquery("w")
    cc, e, ea = t.cluster_candidates, t.events, t.event_actors
    keys = (select(cc.c.article_id, cc.c.event_id).distinct().select_from(w)
            .join(cc, and_(cc.c.actor_id == w.c.actor_id, cc.c.kind == w.c.kind,
                           cc.c.reach == w.c.reach, cc.c.sort_day >= w.c.lo,
                           cc.c.sort_day <= w.c.hi))
            .where(cc.c.article_id != bindparam("article_id", type_=String))
            .subquery("k"))
    return (select(e.c.article_id, e.c.event_id, e.c.cluster_id, e.c.type, e.c.lemma,
                   e.c.time_value, e.c.date_first, e.c.date_last, e.c.time_basis,
                   e.c.polarity, e.c.country, ea.c.role, ea.c.actor_id)
            .select_from(keys)
            .join(e, and_(e.c.article_id == keys.c.article_id,
                          e.c.event_id == keys.c.event_id))
            .join(ea, and_(ea.c.article_id == e.c.article_id,
                           ea.c.event_id == e.c.event_id))
            .where(e.c.cluster_id.is_not(None), ea.c.actor_id.is_not(None)))


class ClusterFinder:
    """Finds the cluster each event mention of one article joins.  Candidates are the
    stored mentions of other articles that share an actor on the same side with one of
    the article's mentions, are of a kind it may join (:func:`candidate_kinds`) and
    begin within the days such a mention could overlap (:func:`_windows`): read from
    :data:`t.cluster_candidates` by its (actor, kind, reach, first day) key, one range per
    key a mention has (it looked up every actor of the article with every kind of it, in
    each window), so that their number is that of the actor's mentions of that kind that
    can overlap its days (it read :data:`t.actor_events` by (actor, first day), then every
    mention of the kind within a month before); then
    those mentions, with their actors by role, polarity and days.  A mention of another
    article joins only when both are dated (see :func:`_compatible`); mentions of the
    article itself are added as they are placed."""

    def __init__(self, conn: Connection, article_id: str, mentions: list[Mention]) -> None:
        self.article_id = article_id
        # (actor, side and kind) -> (cluster, mention) kept under that key (:func:`_keys`)
        self.by_key: dict[tuple[int, str], list[tuple[int, Mention]]] = {}
        windows = _windows(mentions)
        if not windows:
            return
        data = json.dumps([dict(zip(WINDOW_COLUMNS, w)) for w in windows])
        q = _candidate_query(conn.dialect.name)
        actor_ids = set().union(*(m.actors for m in mentions))
        found: dict[tuple[str, str], tuple[int, Mapping, set[int], set[int]]] = {}
        for row in conn.execute(q, {"windows": data, "article_id": article_id}).mappings():
            _, _, who, whom = found.setdefault((row["article_id"], row["event_id"]),
                                               (row["cluster_id"], row, set(), set()))
            (who if row["role"] == "source" else whom).add(row["actor_id"])
        for cluster_id, row, who, whom in found.values():
            mention = stored_mention(row, who, whom)
            if _dated(mention.value):
                self._keep(cluster_id, mention, actor_ids)

    def _keep(self, cluster_id: int, mention: Mention, actors=None) -> None:
        for key in _keys(mention, stored=True):
            if actors is None or key[0] in actors:
                self.by_key.setdefault(key, []).append((cluster_id, mention))

    def find(self, mention: Mention) -> int | None:
        """The first cluster (lowest id) holding a mention that ``mention`` is
        compatible with (:func:`_compatible`), or None.  Only the mentions kept under one
        of its keys (:func:`_keys`) can be: a compatible one shares an actor on the same
        side (:func:`_compatible_actors`) and has a kind its kinds meet
        (:func:`candidate_kinds`), so a busy actor's mentions of other kinds, which grow
        with the store, are not looked at."""
        best = None
        for key in _keys(mention, stored=False):
            for cluster_id, other in self.by_key.get(key, ()):
                if (best is None or cluster_id < best) and _compatible(mention, other):
                    best = cluster_id
        return best

    def add(self, cluster_id: int, mention: Mention) -> None:
        self._keep(cluster_id, mention)


def mark_multi(conn: Connection, whole=(), article_id: str | None = None, ids=()) -> None:
    """Set ``events.multi`` (ix_events_multi) on every mention of the clusters ``whole``
    (which have just come to two origins or more), and on ``article_id``'s mentions in the
    clusters ``ids`` (which had two or more already).  Never cleared: a cluster whose
    origins fall back below two keeps it, and --min-origins checks the cluster's count."""
    e = t.events
    if whole:
        conn.execute(update(e).where(e.c.cluster_id.in_(sorted(whole)), e.c.multi.is_(None))
                     .values(multi=1))
    if article_id is not None and ids:
        conn.execute(update(e).where(e.c.article_id == article_id,
                                     e.c.cluster_id.in_(sorted(ids))).values(multi=1))


def refresh_cluster(conn: Connection, cluster_id: int, multi: bool = True) -> None:
    """Recount a cluster's mentions, articles, outlets and independent origins (with
    their roots) from all its mentions, and write the keys (:data:`t.cluster_keys`) that
    let later articles update those counts without reading the cluster again
    (:func:`join_clusters`)."""
    e, a, ck = t.events, t.articles, t.cluster_keys
    rows = conn.execute(
        select(e.c.article_id, e.c.origin, e.c.time_value, a.c.outlet, a.c.copy_of, a.c.wire)
        .join(a, a.c.id == e.c.article_id).where(e.c.cluster_id == cluster_id)).all()
    groups = mention_nodes(conn, [(r[0], r[1], r[3], r[4], r[5]) for r in rows])
    published = {_published_key(r[0], r[3]) for r in rows}
    comps = components(groups)
    conn.execute(delete(ck).where(ck.c.cluster_id == cluster_id))
    keys = [{"cluster_id": cluster_id, "key": n, "comp": c[0]} for c in comps for n in c]
    keys += [{"cluster_id": cluster_id, "key": k, "comp": None} for k in published]
    if keys and len({r[0] for r in rows}) > 1:  # a cluster of one article needs none yet
        conn.execute(insert(ck), keys)
    conn.execute(update(t.event_clusters).where(t.event_clusters.c.id == cluster_id).values(
        mentions=len(rows), articles=len({r[0] for r in rows}), outlets=len(published),
        origins=len(comps), roots=roots_json(comps),
        date=_most_precise(r[2] for r in rows)))
    if multi and len(comps) > 1:  # (False: the 0007 migration, before events.multi)
        mark_multi(conn, whole=[cluster_id])


def join_clusters(conn: Connection, article_id: str, outlet: str | None,
                  joined: dict[int, list[tuple[list[str], str | None]]]) -> None:
    """Count one new article's mentions into the stored clusters they joined: ``joined``
    maps each cluster to the article's (origin nodes, time value) pairs in it
    (:func:`origin_nodes`).  Each cluster's counts change by what this article adds, read
    from the cluster's keys for this article's own nodes, so a cluster of thousands of
    mentions is not read again (its roots are rewritten from its keys: one row per
    outlet or claimant, not per mention); the queries are one per step for all the
    clusters.  A cluster without keys (one article so far, or stored before keys were
    kept) is recounted whole once, which writes its keys."""
    ck, c = t.cluster_keys, t.event_clusters
    ids = sorted(joined)
    keyed, before = {}, {}
    for r in conn.execute(
        select(c.c.id, c.c.date, c.c.origins).where(c.c.id.in_(ids), select(ck.c.key).where(
            ck.c.cluster_id == c.c.id).exists())):
        keyed[r[0]], before[r[0]] = r[1], r[2]
    for cluster_id in ids:
        if cluster_id not in keyed:
            refresh_cluster(conn, cluster_id)
    ids = [i for i in ids if i in keyed]
    if not ids:
        return
    own = _published_key(article_id, outlet)
    wanted = {i: sorted({n for nodes, _ in joined[i] for n in nodes}) for i in ids}
    found: dict[int, dict[str, str | None]] = {i: {} for i in ids}
    for cluster_id, key, comp in conn.execute(select(ck.c.cluster_id, ck.c.key, ck.c.comp).where(
            ck.c.cluster_id.in_(ids), ck.c.key.in_(sorted({own}.union(*wanted.values()))))):
        found[cluster_id][key] = comp
    fresh, counts = [], []
    for cluster_id in ids:
        have = found[cluster_id]
        # the article's mentions, each tied to the stored component of any node it has
        groups = [nodes + ["comp:" + have[n] for n in nodes if have.get(n)]
                  for nodes, _ in joined[cluster_id]]
        added = 0
        for comp_nodes in components(groups):
            old = sorted(n[5:] for n in comp_nodes if n.startswith("comp:"))
            label = old[0] if old else next(n for n in comp_nodes if not n.startswith("comp:"))
            if len(old) > 1:  # this article joins origins that were apart until now
                conn.execute(update(ck).where(ck.c.cluster_id == cluster_id,
                                              ck.c.comp.in_(old[1:])).values(comp=label))
            added += 1 - len(old)
            fresh += [{"cluster_id": cluster_id, "key": n, "comp": label} for n in comp_nodes
                      if not n.startswith("comp:") and n not in have]
        if own not in have:
            fresh.append({"cluster_id": cluster_id, "key": own, "comp": None})
        counts.append({"cid": cluster_id, "m": len(joined[cluster_id]),
                       "o": int(own not in have),
                       "d": _most_precise((v for _, v in joined[cluster_id]), keyed[cluster_id]),
                       "g": added})
    if fresh:
        conn.execute(insert(ck), fresh)
    conn.execute(update(c).where(c.c.id == bindparam("cid")).values(
        mentions=c.c.mentions + bindparam("m"), articles=c.c.articles + 1,
        outlets=c.c.outlets + bindparam("o"), origins=c.c.origins + bindparam("g"),
        date=bindparam("d")), counts)
    after = {p["cid"]: before[p["cid"]] + p["g"] for p in counts}
    mark_multi(conn, whole=[i for i in ids if before[i] < 2 <= after[i]],
               article_id=article_id, ids=[i for i in ids if before[i] >= 2 and after[i] >= 2])
    # the roots, from the keys (one row per node, not per mention)
    comps: dict[int, dict[str, list[str]]] = {i: {} for i in ids}
    for cluster_id, key, comp in conn.execute(select(ck.c.cluster_id, ck.c.key, ck.c.comp).where(
            ck.c.cluster_id.in_(ids), ck.c.comp.is_not(None))):
        comps[cluster_id].setdefault(comp, []).append(key)
    conn.execute(update(c).where(c.c.id == bindparam("cid")).values(roots=bindparam("r")), [
        {"cid": i, "r": roots_json(sorted(sorted(v) for v in comps[i].values()))} for i in ids])


def count_clusters(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(t.event_clusters)).scalar_one()
