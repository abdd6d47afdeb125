"""Origins of event mentions: the claimant, cited outlet, wire credit and provenance of each
mention, and the independent origins (connected components of their attribution chains,
once copies and credits are followed) a cluster's mentions fall into: a mention's root is
its nearest named claimant ("the foreign ministry said"), else the outlet it cites
("according to a report in X"), else where its sentence comes from (the source of a copy
when the sentence was copied, the article itself otherwise), each counted as the wire it
credits or else its outlet.  A claimant's carrier is the same origin as the claimant."""

from __future__ import annotations

import json
from typing import NamedTuple

from sqlalchemy import Connection, select

from ..clean import wire_name
from ..model import Event, Report
from . import schema as t
from .linking import outlet_key


class _Book(NamedTuple):
    """What a report's chains are read against, made once per report: its sources by id,
    its entities' names by id, the ids of the sources that publish a report, and its
    outlet's key."""

    sources: dict
    names: dict
    publishers: set
    own: str | None


def _book(report: Report) -> _Book:
    return _Book({s.id: s for s in report.sources}, {e.id: e.name for e in report.entities},
                 {s.via for s in report.sources if s.kind == "document" and s.via},
                 outlet_key(report.article.outlet))


def cited_outlet(book: _Book, event: Event) -> str | None:
    """The outlet other than the article's own that the event's chain leads to (the
    farthest one): "according to a report in the Washington Free Beacon".  The publisher
    of a report counts as an outlet even when its name does not say so."""
    for sid in reversed(event.attribution):
        s = book.sources.get(sid)
        # an outlet, or whoever published a report ("a report by the Nile Wire")
        if s is not None and (s.kind == "outlet" or (
                s.kind == "organization" and sid in book.publishers)):
            key = outlet_key(s.name)
            if key and key != book.own:
                return key
    return None


def wire_credit(report: Report) -> str | None:
    """The wire the article credits for its copy (the first wire credit), canonical."""
    for credit in report.article.credits:
        if credit.kind == "wire":
            return wire_name(credit.name) or credit.name
    return None


CLAIMANT_KINDS = ("person", "official", "organization")


def claimant(book: _Book, event: Event) -> str | None:
    """The key of the nearest named claimant in the event's chain: a person, official or
    organization that is no outlet and publishes no report ("a report by the Nile Wire"
    is an outlet's: :func:`cited_outlet`); anonymous sources and documents are none.  An
    entity's full name is the key when the source has one ("Sisi" -> "Abdel Fattah
    al-Sisi")."""
    for sid in event.attribution:
        s = book.sources.get(sid)
        if s is None or s.kind not in CLAIMANT_KINDS or sid in book.publishers:
            continue
        name = book.names.get(s.entity_id, s.name) if s.entity_id else s.name
        if not any(w[:1].isupper() for w in name.split()[1:] or name.split()):
            continue  # "the ministry", "officials": no name to tell one from another
        return outlet_key(name)
    return None


def mention_origins(report: Report, copied: set[str]) -> dict[str, dict]:
    """What ``events.origin`` holds for each of the report's mentions, by event id: the
    outlet it cites, its claimant, and whether its sentence was copied from the article's
    copy source (``copied`` names those events)."""
    book = _book(report)
    out: dict[str, dict] = {}
    for event in report.events:
        origin: dict = {}
        cited = cited_outlet(book, event)
        if cited:
            origin["cites"] = cited
        who = claimant(book, event)
        if who and who != cited:
            origin["claimant"] = who
        if event.id in copied:
            origin["copied"] = True
        out[event.id] = origin
    return out


def provenance(article_id: str, outlet: str | None, wire: str | None) -> str:
    """The node of an article's own reporting: the wire it credits, else its outlet."""
    key = outlet_key(wire) or outlet_key(outlet)
    return "src:" + key if key else "article:" + article_id


def origin_nodes(own: str, source: str | None, origin: dict | None) -> list[str]:
    """The union-find nodes of one mention, its root first: its claimant; else the
    outlet it cites; else its provenance (``source``'s, the first article of its copy
    group, when the sentence was copied; ``own`` otherwise).  A claimant's carrier (the
    cited outlet, or the provenance) follows it: they are one origin."""
    origin = origin or {}
    carrier = ("src:" + origin["cites"] if origin.get("cites")
               else source if origin.get("copied") and source else own)
    if origin.get("claimant") and "src:" + origin["claimant"] != carrier:
        return ["src:" + origin["claimant"], carrier]
    return [carrier]


def components(groups: list[list[str]]) -> list[list[str]]:
    """Union-find: the nodes of each group are one; the resulting components, sorted."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for group in groups:
        first = find(group[0])
        for node in group[1:]:
            other = find(node)
            if other != first:
                parent[other] = first
    out: dict[str, list[str]] = {}
    for node in parent:
        out.setdefault(find(node), []).append(node)
    return sorted(sorted(c) for c in out.values())


def roots_json(comps: list[list[str]]) -> str:
    """``event_clusters.roots``: each independent origin as the sorted nodes it joins."""
    return json.dumps(comps)



def copy_root(conn: Connection, article_id: str, copy_of: str | None) -> str:
    """The first article of an article's copy group."""
    return _roots(conn, {article_id: copy_of})[article_id]


def source_node(conn: Connection, article_id: str, copy_of: str | None) -> str | None:
    """The provenance node of the source an article copies (the first article of its copy
    group: the wire it credits, else its outlet), or None for no copy."""
    if copy_of is None:
        return None
    root = copy_root(conn, article_id, copy_of)
    row = conn.execute(select(t.articles.c.outlet, t.articles.c.wire)
                       .where(t.articles.c.id == root)).first()
    return provenance(root, row[0], row[1]) if row else None


def mention_nodes(conn: Connection, rows: list[tuple]) -> list[list[str]]:
    """The union-find nodes (:func:`origin_nodes`) of stored mentions, given as (article
    id, origin JSON, outlet, copy_of, wire) rows: the copy sources' provenance is read
    with one query per step along the copy chains."""
    a = t.articles
    roots = _roots(conn, {r[0]: r[3] for r in rows})
    sources = {r[0]: provenance(r[0], r[2], r[4]) for r in rows}
    missing = sorted(set(roots.values()) - set(sources))
    if missing:
        for rid, outlet, wire in conn.execute(select(a.c.id, a.c.outlet, a.c.wire)
                                              .where(a.c.id.in_(missing))):
            sources[rid] = provenance(rid, outlet, wire)
    out = []
    for article_id, origin, _outlet, copy_of, _wire in rows:
        root = roots[article_id]
        source = sources.get(root) if copy_of is not None and root != article_id else None
        out.append(origin_nodes(sources[article_id], source,
                                json.loads(origin) if origin else None))
    return out


def _published_key(article_id: str, outlet: str | None) -> str:
    return "own:" + (outlet_key(outlet) or "article:" + article_id)


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
