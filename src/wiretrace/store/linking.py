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

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from ..model import Entity, Event, Report
from ..nlp.names import name_key
from ..nlp.sources import normalize, outlets
from . import schema as t

# entity types that can be the same actor; others must be equal
TYPE_FAMILY = {"PERSON": "person", "ORG": "body", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}


def outlet_key(name: str | None) -> str | None:
    """One key per outlet: "the Washington Free Beacon" and "Washington Free Beacon" alike,
    listed aliases to their canonical name."""
    if not name:
        return None
    key = normalize(name)
    canonical = outlets().canonical.get(key)
    return normalize(canonical) if canonical else key


def actor_key(entity: Entity) -> str:
    return " ".join(name_key(entity.name, person=entity.type == "PERSON"))


def link_actor(conn: Connection, entity: Entity) -> tuple[int | None, str]:
    """The actor id this entity joins (created when new) and the evidence."""
    if entity.candidates:
        return None, "ambiguous in its article: " + ", ".join(entity.candidates)
    key = actor_key(entity)
    if not key:
        return None, "no name to link"
    family = TYPE_FAMILY.get(entity.type, entity.type)
    rows = conn.execute(select(t.actors).where(t.actors.c.name_key == key)
                        .order_by(t.actors.c.id)).mappings().all()
    for row in rows:
        if TYPE_FAMILY.get(row["type"], row["type"]) != family:
            continue
        if entity.country and row["country"] and entity.country != row["country"]:
            continue
        if not row["country"] and entity.country:
            conn.execute(update(t.actors).where(t.actors.c.id == row["id"])
                         .values(country=entity.country))
        if not row["sector"] and entity.sector:
            conn.execute(update(t.actors).where(t.actors.c.id == row["id"])
                         .values(sector=entity.sector))
        evidence = f"same folded name {key!r}, type {family}"
        if entity.country and row["country"]:
            evidence += f", country {entity.country}"
        return row["id"], evidence
    actor_id = conn.execute(insert(t.actors).values(
        name=entity.name, type=entity.type, country=entity.country, sector=entity.sector,
        name_key=key)).inserted_primary_key[0]
    return actor_id, f"new actor {key!r}"


def add_aliases(conn: Connection, actor_id: int, entity: Entity, text: str) -> None:
    names = {entity.name} | {m.text for m in entity.mentions if m.text[:1].isupper()}
    for alias in sorted(names):
        hit = conn.execute(select(t.actor_aliases.c.articles).where(and_(
            t.actor_aliases.c.actor_id == actor_id, t.actor_aliases.c.alias == alias))).first()
        if hit:
            conn.execute(update(t.actor_aliases).where(and_(
                t.actor_aliases.c.actor_id == actor_id, t.actor_aliases.c.alias == alias))
                .values(articles=hit[0] + 1))
        else:
            conn.execute(insert(t.actor_aliases).values(actor_id=actor_id, alias=alias,
                                                        articles=1))


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


def _compatible_time(a: str | None, b: str | None) -> bool:
    if not a or not b or not a[:1].isdigit() or not b[:1].isdigit():
        return True
    return a.startswith(b) or b.startswith(a)


def cluster_for(conn: Connection, article_id: str, event_type: str | None, lemma: str,
                actor_ids: set[int], time_value: str | None,
                country: str | None) -> int | None:
    """An existing cluster this mention joins, or None: a mention sharing an actor, of the
    same type, or of the same lemma where one of the two is uncoded (the parse may leave
    one copy of a sentence uncoded), with compatible time and country.  Across articles
    both mentions must be dated; within one article (a headline and its body) an undated
    mention may join."""
    if not actor_ids:
        return None
    e, ea = t.events, t.event_actors
    kind = e.c.lemma == lemma if event_type is None else or_(e.c.type == event_type,
                                                             e.c.lemma == lemma)
    rows = conn.execute(
        select(e.c.cluster_id, e.c.type, e.c.time_value, e.c.country, e.c.article_id)
        .join(ea, and_(ea.c.article_id == e.c.article_id, ea.c.event_id == e.c.event_id))
        .where(kind, ea.c.actor_id.in_(sorted(actor_ids)), e.c.cluster_id.is_not(None))
        .order_by(e.c.cluster_id)).all()
    for cluster_id, other_type, value, other_country, other_article in rows:
        if event_type and other_type and event_type != other_type:
            continue
        if not event_type and not other_type and other_article == article_id:
            continue  # "said" ... "said": in one article, two uncoded mentions are two acts
        if not _compatible_time(time_value, value):
            continue
        if not (_dated(time_value) and _dated(value)) and other_article != article_id:
            continue  # across articles, both mentions must be dated
        if country and other_country and country != other_country:
            continue
        return cluster_id
    return None


def new_cluster(conn: Connection, event: Event, country: str | None) -> int:
    return conn.execute(insert(t.event_clusters).values(
        type=event.type, cameo=event.cameo, date=event.time.value, country=country,
        mentions=0, articles=0, outlets=0, origins=0)).inserted_primary_key[0]


def _root(conn: Connection, article_id: str, cache: dict[str, str]) -> str:
    """The first article of a copy group (following copy_of)."""
    seen = []
    node = article_id
    while node not in cache and node not in seen:
        seen.append(node)
        row = conn.execute(select(t.articles.c.copy_of)
                           .where(t.articles.c.id == node)).first()
        if row is None or row[0] is None:
            break
        node = row[0]
    root = cache.get(node, node)
    for n in seen:
        cache[n] = root
    return root


def refresh_cluster(conn: Connection, cluster_id: int) -> None:
    """Recount a cluster's mentions, articles, outlets and independent origins."""
    e, a = t.events, t.articles
    rows = conn.execute(
        select(e.c.article_id, e.c.origin, e.c.time_value, a.c.outlet)
        .join(a, a.c.id == e.c.article_id).where(e.c.cluster_id == cluster_id)).all()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        parent[find(x)] = find(y)

    roots: dict[str, str] = {}
    mentions = []
    for article_id, origin, _value, outlet in rows:
        group = "group:" + _root(conn, article_id, roots)
        mentions.append(group)
        find(group)
        own = outlet_key(outlet)
        if own:
            union(group, "outlet:" + own)  # what this outlet published
        cited = json.loads(origin).get("cites") if origin else None
        if cited:
            union(group, "outlet:" + cited)
    origins = len({find(m) for m in mentions})
    outlets_n = len({outlet_key(r[3]) or "article:" + r[0] for r in rows})
    dates = sorted((r[2] for r in rows if r[2] and r[2][:1].isdigit()), key=len)
    conn.execute(update(t.event_clusters).where(t.event_clusters.c.id == cluster_id).values(
        mentions=len(rows), articles=len({r[0] for r in rows}), outlets=outlets_n,
        origins=origins, date=dates[-1] if dates else None))


def count_clusters(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(t.event_clusters)).scalar_one()
