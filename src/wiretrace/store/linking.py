"""Cross-article linking, run inside the transaction that stores an article:

- **actors**: an entity joins the actor with the same folded name key (transliteration-
  aware: "Qaddafi" and "Gaddafi" fold alike) and a compatible type, unless their countries
  differ; otherwise it starts a new actor.  The evidence is kept on the entity row.
- **event clusters**: an event mention joins a cluster holding a mention that shares an
  actor with it and has the same type (PLOVER category) — or the same lemma, when one of
  the two is uncoded — when their time values are compatible (one a prefix of the other)
  and their countries agree.  Across articles both mentions must be dated; within one
  article an undated mention may join a coded one (a headline and its body), but two
  uncoded mentions ("said" ... "said") stay apart.  Otherwise it starts a new cluster.
- **origins**: the mentions of a cluster fall into independent origins: two mentions share
  an origin when their articles are near-copies (one copy group), when one cites the
  outlet that published the other ("according to a report in X"), or when both cite the
  same outlet.  ``origins`` is the number of such groups.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..model import Entity, Event, Report
from ..nlp.names import name_key
from ..nlp.sources import normalize, outlets
from . import schema as t

# entity types that can be the same actor; others must be equal
TYPE_FAMILY = {"PERSON": "person", "ORG": "body", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}


NEW_ACTOR = "new actor"  # how link_actors' evidence begins for an actor it created


def outlet_key(name: str | None) -> str | None:
    """One key per outlet: "the Washington Free Beacon" and "Washington Free Beacon" alike,
    listed aliases to their canonical name."""
    if not name:
        return None
    key = normalize(name)
    canonical = outlets().canonical.get(key)
    return normalize(canonical) if canonical else key


def actor_key(entity: Entity) -> str:
    """The key actors are found by across articles: a country (an entity whose place is a
    country: "US", "U.S.", "the United States", "America") by its ISO code, so that an
    article calling it "US" and another "the United States" name one actor; anything else
    by its folded name."""
    if entity.country and entity.place is not None and entity.place.kind == "country":
        return f"country {entity.country.lower()}"
    return " ".join(name_key(entity.name, person=entity.type == "PERSON"))


def link_actors(conn: Connection, entities: list[Entity]) -> dict[str, tuple[int | None, str]]:
    """For each entity of one article: the actor it joins (created when new) and the
    evidence.  One query finds every candidate actor."""
    keys = {e.id: actor_key(e) for e in entities}
    wanted = sorted({k for k in keys.values() if k})
    candidates: dict[str, list[dict]] = {}
    if wanted:
        for row in conn.execute(select(t.actors).where(t.actors.c.name_key.in_(wanted))
                                .order_by(t.actors.c.id)).mappings():
            candidates.setdefault(row["name_key"], []).append(dict(row))
    out: dict[str, tuple[int | None, str]] = {}
    for entity in entities:
        key = keys[entity.id]
        if entity.candidates:
            out[entity.id] = (None, "ambiguous in its article: " + ", ".join(entity.candidates))
            continue
        if not key:
            out[entity.id] = (None, "no name to link")
            continue
        family = TYPE_FAMILY.get(entity.type, entity.type)
        found = None
        for row in candidates.get(key, []):
            if TYPE_FAMILY.get(row["type"], row["type"]) != family:
                continue
            if entity.country and row["country"] and entity.country != row["country"]:
                continue
            found = row
            break
        if found is None:
            actor_id = conn.execute(insert(t.actors).values(
                name=entity.name, type=entity.type, country=entity.country,
                sector=entity.sector, name_key=key)).inserted_primary_key[0]
            candidates.setdefault(key, []).append(
                {"id": actor_id, "name": entity.name, "type": entity.type,
                 "country": entity.country, "sector": entity.sector, "name_key": key})
            out[entity.id] = (actor_id, f"{NEW_ACTOR} {key!r}")
            continue
        fill = {k: getattr(entity, k) for k in ("country", "sector")
                if not found[k] and getattr(entity, k)}
        if fill:
            conn.execute(update(t.actors).where(t.actors.c.id == found["id"]).values(**fill))
            found.update(fill)
        evidence = f"same folded name {key!r}, type {family}"
        if entity.country and found["country"]:
            evidence += f", country {entity.country}"
        out[entity.id] = (found["id"], evidence)
    return out


def add_aliases(conn: Connection, linked: dict[str, tuple[int | None, str]],
                entities: list[Entity]) -> None:
    """Count each name an actor goes by, once per article."""
    names: set[tuple[int, str]] = set()
    for e in entities:
        actor_id = linked[e.id][0]
        if actor_id is not None:
            names |= {(actor_id, n) for n in {e.name} | {m.text for m in e.mentions
                                                          if m.text[:1].isupper()}}
    if not names:
        return
    aa = t.actor_aliases
    have = {(r.actor_id, r.alias): r.articles for r in conn.execute(
        select(aa).where(aa.c.actor_id.in_(sorted({a for a, _ in names}))))}
    new = [{"actor_id": a, "alias": n, "articles": 1} for a, n in sorted(names)
           if (a, n) not in have]
    old = [{"a": a, "n": n, "count": have[(a, n)] + 1} for a, n in sorted(names)
           if (a, n) in have]
    if new:
        conn.execute(insert(aa), new)
    if old:
        conn.execute(update(aa).where(aa.c.actor_id == bindparam("a"),
                                      aa.c.alias == bindparam("n"))
                     .values(articles=bindparam("count")), old)


def cited_outlet(report: Report, event: Event) -> str | None:
    """The outlet other than the article's own that the event's chain leads to (the
    farthest one): "according to a report in the Washington Free Beacon".  The publisher
    of a report counts as an outlet even when its name does not say so."""
    own = outlet_key(report.article.outlet)
    by_id = {s.id: s for s in report.sources}
    publishers = {s.via for s in report.sources if s.kind == "document" and s.via}
    for sid in reversed(event.attribution):
        s = by_id.get(sid)
        # an outlet, or whoever published a report ("a report by the Nile Wire")
        if s is not None and (s.kind == "outlet" or (
                s.kind == "organization" and sid in publishers)):
            key = outlet_key(s.name)
            if key and key != own:
                return key
    return None


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
    """SQL for :func:`_compatible_time` against any of ``values`` (all dated): the
    column's value is a prefix of one of them ("2021" for "2021-11-20") or starts with one
    ("2021-11-20T10:00" for "2021-11-20"), written as ranges an index can serve."""
    prefixes = sorted({v[:n] for v in values for n in range(1, len(v) + 1)})
    return or_(column.in_(prefixes),
               *(and_(column > v, column < v + "\x7f") for v in values))


def _compatible_time(a: str | None, b: str | None) -> bool:
    if not a or not b or not a[:1].isdigit() or not b[:1].isdigit():
        return True
    return a.startswith(b) or b.startswith(a)


class ClusterFinder:
    """Finds the cluster each event mention of one article joins.  One query reads what
    the stored clusters hold per actor (:data:`t.cluster_actors`: one row per actor,
    dated time value, type, lemma and country) for the article's actors, at times
    compatible with one of its dated events (a mention of another article joins only when
    both are dated, see :meth:`find`); mentions of the article itself are added as they
    are placed.  The rows do not grow when more editions join the same cluster."""

    def __init__(self, conn: Connection, article_id: str, actor_ids: set[int],
                 time_values: set[str]) -> None:
        self.article_id = article_id
        self.by_actor: dict[int, list[tuple]] = {}
        dated = sorted(v for v in time_values if _dated(v))
        if actor_ids and dated:
            ca = t.cluster_actors
            for row in conn.execute(
                    select(ca.c.actor_id, ca.c.cluster_id, ca.c.type, ca.c.lemma,
                           ca.c.time_value, ca.c.country)
                    .where(ca.c.actor_id.in_(sorted(actor_ids)),
                           _compatible_with(_bytewise(conn, ca.c.time_value), dated))
                    .order_by(ca.c.cluster_id)):
                self.by_actor.setdefault(row[0], []).append(
                    (row[1], row[2] or None, row[3] or None, row[4], row[5] or None, None))

    def find(self, event_type: str | None, lemma: str, actor_ids: set[int],
             time_value: str | None, country: str | None) -> int | None:
        """A cluster holding a mention that shares an actor with this one and has the same
        type (PLOVER category) -- or the same lemma, when one of the two is uncoded -- with
        compatible time and country.  Across articles both mentions must be dated; within
        one article an undated mention may join a coded one (a headline and its body), but
        two uncoded mentions ("said" ... "said") stay apart."""
        rows = sorted({r for a in actor_ids for r in self.by_actor.get(a, ())},
                      key=lambda r: r[0])
        for cluster_id, other_type, other_lemma, value, other_country, other_article in rows:
            if event_type and other_type:
                if event_type != other_type:
                    continue
            elif other_lemma != lemma:
                continue
            same_article = other_article == self.article_id
            if not event_type and not other_type and same_article:
                continue
            if not _compatible_time(time_value, value):
                continue
            if not same_article and not (_dated(time_value) and _dated(value)):
                continue
            if country and other_country and country != other_country:
                continue
            return cluster_id
        return None

    def add(self, cluster_id: int, event_type: str | None, lemma: str, actor_ids: set[int],
            time_value: str | None, country: str | None) -> None:
        row = (cluster_id, event_type, lemma, time_value, country, self.article_id)
        for a in actor_ids:
            self.by_actor.setdefault(a, []).append(row)


def _roots(conn: Connection, copy_of: dict[str, str | None]) -> dict[str, str]:
    """The first article of each article's copy group (following copy_of), for articles
    whose own copy_of the caller read: one query per step along the chains, for all
    articles at once, not one per article."""
    parent = dict(copy_of)
    todo = {p for p in parent.values() if p is not None and p not in parent}
    while todo:
        rows = conn.execute(select(t.articles.c.id, t.articles.c.copy_of)
                            .where(t.articles.c.id.in_(sorted(todo)))).all()
        found = dict(rows)
        for node in todo:
            parent[node] = found.get(node)
        todo = {p for p in found.values() if p is not None and p not in parent}

    def root(node: str) -> str:
        seen = {node}
        while parent.get(node) is not None and parent[node] not in seen:
            node = parent[node]
            seen.add(node)
        return node

    return {article: root(article) for article in copy_of}


def cluster_actor_rows(event_rows: list[dict], links: list[dict]) -> list[dict]:
    """The :data:`t.cluster_actors` rows of stored event mentions (dated ones only: only
    those join across articles) and their actor links."""
    by_event = {(r["article_id"], r["event_id"]): r for r in event_rows}
    out = {}
    for link in links:
        r = by_event.get((link["article_id"], link["event_id"]))
        if (link["actor_id"] is None or r is None or r["cluster_id"] is None
                or not _dated(r["time_value"])):
            continue
        row = {"actor_id": link["actor_id"], "time_value": r["time_value"],
               "cluster_id": r["cluster_id"], "type": r["type"] or "",
               "lemma": r["lemma"] or "", "country": r["country"] or ""}
        out[tuple(row.values())] = row
    return list(out.values())


def add_cluster_actors(conn: Connection, rows: list[dict]) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(t.cluster_actors).on_conflict_do_nothing(), rows)


def index_cluster_actors(conn: Connection, cluster_ids: list[int] | None = None) -> None:
    """Write the :data:`t.cluster_actors` rows again from the stored mentions, for some
    clusters or (None) all."""
    ca, e, ea = t.cluster_actors, t.events, t.event_actors
    q = (select(ea.c.actor_id, e.c.time_value, e.c.cluster_id,
                func.coalesce(e.c.type, ""), func.coalesce(e.c.lemma, ""),
                func.coalesce(e.c.country, "")).distinct()
         .join(e, and_(ea.c.article_id == e.c.article_id, ea.c.event_id == e.c.event_id))
         .where(ea.c.actor_id.is_not(None), e.c.cluster_id.is_not(None),
                _bytewise(conn, e.c.time_value) >= "0",
                _bytewise(conn, e.c.time_value) < ":"))
    if cluster_ids is None:
        conn.execute(delete(ca))
    else:
        conn.execute(delete(ca).where(ca.c.cluster_id.in_(cluster_ids)))
        q = q.where(e.c.cluster_id.in_(cluster_ids))
    conn.execute(insert(ca).from_select(
        ["actor_id", "time_value", "cluster_id", "type", "lemma", "country"], q))


def copy_root(conn: Connection, article_id: str, copy_of: str | None) -> str:
    """The first article of an article's copy group."""
    return _roots(conn, {article_id: copy_of})[article_id]


def _origin_nodes(group: str, outlet: str | None, cited: list[str | None]) -> list[str]:
    """The union-find nodes one article's mentions bring to a cluster: its copy group, and
    the outlets it joins that group to (its own, and any it cites); all are one origin."""
    own = outlet_key(outlet)
    nodes = ["group:" + group]
    nodes += ["outlet:" + k for k in dict.fromkeys([own, *cited]) if k]
    return nodes


def _published_key(article_id: str, outlet: str | None) -> str:
    return "own:" + (outlet_key(outlet) or "article:" + article_id)


def refresh_cluster(conn: Connection, cluster_id: int) -> None:
    """Recount a cluster's mentions, articles, outlets and independent origins from all
    its mentions, and write the keys (:data:`t.cluster_keys`) that let later articles
    update those counts without reading the cluster again (:func:`join_clusters`)."""
    e, a, ck = t.events, t.articles, t.cluster_keys
    rows = conn.execute(
        select(e.c.article_id, e.c.origin, e.c.time_value, a.c.outlet, a.c.copy_of)
        .join(a, a.c.id == e.c.article_id).where(e.c.cluster_id == cluster_id)).all()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    roots = _roots(conn, {r[0]: r[4] for r in rows})
    published = set()
    for article_id, origin, _value, outlet, _copy_of in rows:
        cited = json.loads(origin).get("cites") if origin else None
        first, *rest = _origin_nodes(roots[article_id], outlet, [cited])
        for node in rest:
            parent[find(first)] = find(node)
        find(first)
        published.add(_published_key(article_id, outlet))
    components = {node: find(node) for node in parent}
    conn.execute(delete(ck).where(ck.c.cluster_id == cluster_id))
    keys = [{"cluster_id": cluster_id, "key": n, "comp": c} for n, c in components.items()]
    keys += [{"cluster_id": cluster_id, "key": k, "comp": None} for k in published]
    if keys and len({r[0] for r in rows}) > 1:  # a cluster of one article needs none yet
        conn.execute(insert(ck), keys)
    conn.execute(update(t.event_clusters).where(t.event_clusters.c.id == cluster_id).values(
        mentions=len(rows), articles=len({r[0] for r in rows}), outlets=len(published),
        origins=len(set(components.values())), date=_most_precise(r[2] for r in rows)))


def join_clusters(conn: Connection, article_id: str, outlet: str | None, group: str,
                  joined: dict[int, list[tuple[str | None, str | None]]]) -> None:
    """Count one new article's mentions into the stored clusters they joined: ``joined``
    maps each cluster to the article's (cited outlet, time value) pairs in it, ``group``
    is the first article of its copy group.  Each cluster's counts change by what this
    article adds, read from the cluster's keys for this article's own nodes alone, so a
    cluster of thousands of mentions is not read again; the queries are one per step for
    all the clusters.  A cluster without keys (one article so far, or stored before keys
    were kept) is recounted whole once, which writes its keys."""
    ck, c = t.cluster_keys, t.event_clusters
    ids = sorted(joined)
    keyed = {r[0]: r[1] for r in conn.execute(
        select(c.c.id, c.c.date).where(c.c.id.in_(ids), select(ck.c.key).where(
            ck.c.cluster_id == c.c.id).exists()))}
    for cluster_id in ids:
        if cluster_id not in keyed:
            refresh_cluster(conn, cluster_id)
    ids = [i for i in ids if i in keyed]
    if not ids:
        return
    own = _published_key(article_id, outlet)
    wanted = {i: _origin_nodes(group, outlet, [cited for cited, _ in joined[i]]) for i in ids}
    found: dict[int, dict[str, str | None]] = {i: {} for i in ids}
    for cluster_id, key, comp in conn.execute(select(ck.c.cluster_id, ck.c.key, ck.c.comp).where(
            ck.c.cluster_id.in_(ids), ck.c.key.in_(sorted({own}.union(*wanted.values()))))):
        found[cluster_id][key] = comp
    fresh, counts = [], []
    for cluster_id in ids:
        nodes, have = wanted[cluster_id], found[cluster_id]
        comps = sorted({have[n] for n in nodes if n in have})
        comp = comps[0] if comps else nodes[0]
        if len(comps) > 1:  # this article joins origins that were apart until now
            conn.execute(update(ck).where(ck.c.cluster_id == cluster_id,
                                          ck.c.comp.in_(comps[1:])).values(comp=comp))
        fresh += [{"cluster_id": cluster_id, "key": n, "comp": comp} for n in nodes
                  if n not in have]
        if own not in have:
            fresh.append({"cluster_id": cluster_id, "key": own, "comp": None})
        counts.append({"cid": cluster_id, "m": len(joined[cluster_id]),
                       "o": int(own not in have),
                       "d": _most_precise((v for _, v in joined[cluster_id]), keyed[cluster_id]),
                       "g": 1 - len(comps) if len(comps) > 1 else int(not comps)})
    if fresh:
        conn.execute(insert(ck), fresh)
    conn.execute(update(c).where(c.c.id == bindparam("cid")).values(
        mentions=c.c.mentions + bindparam("m"), articles=c.c.articles + 1,
        outlets=c.c.outlets + bindparam("o"), origins=c.c.origins + bindparam("g"),
        date=bindparam("d")), counts)


def count_clusters(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(t.event_clusters)).scalar_one()
