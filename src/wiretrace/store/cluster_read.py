"""Reading one event cluster: its mentions, the story's spread (first reports, copies,
citations, independent roots) and its figures side by side (:func:`cluster`; re-exported
by :mod:`.queries`, which the CLI and the API call)."""

from __future__ import annotations

import json

from sqlalchemy import select

from . import Store
from . import schema as t
from .tallies import FIGURES


def _source_names(conn, article_ids: set[str]) -> dict[tuple[str, str], str]:
    if not article_ids:
        return {}
    s = t.sources
    return {(r.article_id, r.source_id): r.name for r in conn.execute(
        select(s.c.article_id, s.c.source_id, s.c.name)
        .where(s.c.article_id.in_(sorted(article_ids))))}


def cluster(store: Store, cluster_id: int) -> dict | None:
    """One event cluster with every mention (article, outlet, sentence, origin) and the
    story's spread: who reported first, who copied whom (with the share of the copy found
    in its source), who cited whom, and the independent roots (each with its nodes, the
    names they stand for and its articles).  A mention's ``root`` is the index of its
    origin in ``roots``.  Each mention carries the figures its article reports (``dead``,
    ``injured``, ``arrested``, ``size`` and the whole ``magnitude``); ``figures`` puts them
    side by side, never summed across copies (:func:`cluster_figures`)."""
    from .origins import components, mention_nodes

    c, e, a = t.event_clusters, t.events, t.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(c).where(c.c.id == cluster_id)).mappings().first()
        if row is None:
            return None
        mentions = conn.execute(
            select(e.c.article_id, e.c.event_id, e.c.trigger, e.c.sentence, e.c.time_value,
                   e.c.origin, a.c.outlet, a.c.published, a.c.copy_of, a.c.copy_share,
                   a.c.wire, a.c.url, e.c.dead, e.c.injured, e.c.arrested, e.c.size,
                   e.c.magnitude, e.c.attribution)
            .join(a, a.c.id == e.c.article_id).where(e.c.cluster_id == cluster_id)
            .order_by(a.c.published, e.c.article_id, e.c.start)).mappings().all()
        nodes = mention_nodes(conn, [(m["article_id"], m["origin"], m["outlet"], m["copy_of"],
                                      m["wire"]) for m in mentions])
        sources = sorted({m["copy_of"] for m in mentions if m["copy_of"]})
        source_rows = {r[0]: (r[1], r[2]) for r in conn.execute(
            select(a.c.id, a.c.outlet, a.c.published).where(a.c.id.in_(sources)))}
        names = _source_names(conn, {m["article_id"] for m in mentions})
    comps = components(nodes) if nodes else []
    where = {n: i for i, comp in enumerate(comps) for n in comp}
    mention_list = [{**{k: v for k, v in dict(m).items() if k != "attribution"},
                     "origin": json.loads(m["origin"]) if m["origin"] else None,
                     "magnitude": json.loads(m["magnitude"]) if m["magnitude"] else None,
                     "claimant": _claimant(m, names),
                     "root": where.get(ns[0])} for m, ns in zip(mentions, nodes)]
    roots = [{"nodes": comp, "names": [n.split(":", 1)[1] for n in comp],
              "articles": sorted({m["article_id"] for m in mention_list
                                  if m["root"] == i})} for i, comp in enumerate(comps)]
    dated = [m for m in mention_list if m["published"]]
    first_day = min((m["published"][:10] for m in dated), default=None)
    first = sorted({(m["article_id"], m["outlet"], m["published"]) for m in dated
                    if m["published"][:10] == first_day})
    copied = {}
    for m in mention_list:
        if m["copy_of"] and m["article_id"] not in copied:
            outlet, published = source_rows.get(m["copy_of"], (None, None))
            copied[m["article_id"]] = {
                "article_id": m["article_id"], "outlet": m["outlet"], "copy_of": m["copy_of"],
                "source_outlet": outlet, "source_published": published,
                "share": m["copy_share"]}
    cited = sorted({(m["article_id"], m["outlet"], m["origin"]["cites"]) for m in mention_list
                    if m["origin"] and m["origin"].get("cites")})
    return {**{k: v for k, v in dict(row).items() if k != "roots"}, "roots": roots,
            "first": [{"article_id": i, "outlet": o, "published": p} for i, o, p in first],
            "copies": list(copied.values()),
            "citations": [{"article_id": i, "outlet": o, "cites": x} for i, o, x in cited],
            "figures": cluster_figures(mention_list, names),
            "mention_list": mention_list}


def _claimant(m, names: dict[tuple[str, str], str]) -> str | None:
    """Who a mention's article says reports the event: the nearest source of its chain
    (by name), else None (the outlet's own report)."""
    chain = json.loads(m["attribution"]) if m["attribution"] else []
    return names.get((m["article_id"], chain[0]), chain[0]) if chain else None


def cluster_figures(mention_list: list[dict],
                    names: dict[tuple[str, str], str]) -> dict[str, dict]:
    """A cluster's figures per field (dead, injured, arrested, size), each mention's figure
    kept apart, never added up across mentions: a copy or a later report of one attack
    repeats or revises its toll, it does not add to it.  Per field with any figure:

    - ``latest``: the figure of the mention published last (mentions in publication order,
      then article and position, as the cluster lists them; undated mentions count only
      when no mention is dated): the story's current figure;
    - ``highest``: the largest figure (the number, else the lower bound of a range or
      vague word), the earliest report of it on a tie;
    - ``reports``: how many mentions give the field a figure.

    Each names the article, event, outlet, date and the claimant: who gave the figure (its
    own attribution when the figure's source differs from the event's, else the event's
    nearest source, else the outlet)."""
    out: dict[str, dict] = {}
    for field in FIGURES:
        given = []
        for m in mention_list:
            value = m.get(field)
            if value is None:
                continue
            figure = (m.get("magnitude") or {}).get(field) or {}
            own = figure.get("attribution") or []
            claimant = (names.get((m["article_id"], own[0]), own[0]) if own
                        else m.get("claimant")) or m.get("outlet")
            given.append({"value": value, "number": figure.get("number"),
                          "low": figure.get("low"), "high": figure.get("high"),
                          "qualifier": figure.get("qualifier"),
                          "text": (figure.get("span") or {}).get("text"),
                          "article_id": m["article_id"], "event_id": m["event_id"],
                          "outlet": m.get("outlet"), "claimant": claimant,
                          "published": m.get("published")})
        if not given:
            continue
        dated = [g for g in given if g["published"]] or given
        out[field] = {"latest": dated[-1],
                      "highest": max(given, key=lambda g: (g["value"], -given.index(g))),
                      "reports": len(given)}
    return out
