"""Exports of the store.  Each one says which wiretrace and which extractors made it:

- ``jsonl``: one Report per line, each entity with its cross-article ``actor_id`` and each
  event with its ``cluster_id``, plus ``exported_by`` (wiretrace version, producers);
- ``csv``: one row per event mention (dyad, type, CAMEO, date, place, factuality, cluster
  corroboration, source chain, URL), plain columns that pandas and R read as they are;
- ``plover``: PLOVER JSON records, led by a DOCUMENT record as in the PLOVER gold files;
- ``graphml``: the actor network (source -> target), event counts by type on the edges.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from datetime import date
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import select

from .. import __version__
from . import Store
from . import schema as t
from .queries import EVENT_COLUMNS, EventFilter, events


def _producers(store: Store) -> dict:
    """The extractor versions of the stored articles (every distinct set)."""
    with store.engine.connect() as conn:
        sets = {row[0] for row in conn.execute(select(t.articles.c.producers).distinct())}
    merged: dict[str, set[str]] = defaultdict(set)
    for s in sets:
        for k, v in json.loads(s).items():
            merged[k].add(str(v))
    return {k: sorted(v)[0] if len(v) == 1 else sorted(v) for k, v in sorted(merged.items())}


def exported_by(store: Store) -> dict:
    return {"wiretrace": __version__, "producers": _producers(store)}


def jsonl(store: Store, fh: TextIO) -> int:
    stamp = exported_by(store)
    n = 0
    with store.engine.connect() as conn:
        actor_of = {(r.article_id, r.entity_id): r.actor_id for r in conn.execute(
            select(t.entities.c.article_id, t.entities.c.entity_id, t.entities.c.actor_id))}
        cluster_of = {(r.article_id, r.event_id): r.cluster_id for r in conn.execute(
            select(t.events.c.article_id, t.events.c.event_id, t.events.c.cluster_id))}
        for article_id, report_json in conn.execute(
                select(t.reports.c.article_id, t.reports.c.report_json)
                .order_by(t.reports.c.article_id)):
            report = json.loads(report_json)
            for e in report["entities"]:
                e["actor_id"] = actor_of.get((article_id, e["id"]))
            for ev in report["events"]:
                ev["cluster_id"] = cluster_of.get((article_id, ev["id"]))
            report["exported_by"] = stamp
            fh.write(json.dumps(report, ensure_ascii=False) + "\n")
            n += 1
    return n


CSV_COLUMNS = EVENT_COLUMNS + ("wiretrace_version",)


def flat_csv(store: Store, fh: TextIO) -> int:
    w = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
    w.writeheader()
    n = 0
    for row in events(store, EventFilter()):
        w.writerow({**{k: _flat(row.get(k)) for k in EVENT_COLUMNS},
                    "wiretrace_version": __version__})
        n += 1
    return n


def _flat(value):
    if isinstance(value, list):
        return " | ".join(map(str, value))
    return value


def plover(store: Store, fh: TextIO) -> int:
    """PLOVER records for coded events (type not null), one per event mention."""
    stamp = exported_by(store)
    records: list[dict] = [{
        "id": "WIRETRACE-DOCUMENT-0001", "event": "DOCUMENT",
        "eventText": "Event records exported from a wiretrace store; every record carries "
                     "the mention's cluster and its independent origins.",
        "coder": f"wiretrace {__version__}", "version": json.dumps(stamp["producers"]),
        "dateCoded": date.today().isoformat(),
    }]
    with store.engine.connect() as conn:
        entity_rows = conn.execute(select(t.entities.c.article_id, t.entities.c.name,
                                          t.entities.c.country, t.entities.c.sector)).all()
    coded = {(a, n): (c, s) for a, n, c, s in entity_rows}
    for row in events(store, EventFilter()):
        if not row["type"]:
            continue

        def actors(names: list[str], article_id: str = row["article_id"]) -> list[dict]:
            out = []
            for name in names:
                country, sector = coded.get((article_id, name), (None, None))
                out.append({"actorText": name, "code": country, "sector": sector})
            return out

        records.append({
            "id": f"WT-{row['article_id']}-{row['event_id']}",
            "date": row["date"], "event": row["type"], "mode": row["mode"],
            "cameo": row["cameo"], "source": actors(row["source"]),
            "target": actors(row["target"]), "eventText": row["trigger"],
            "text": row["sentence"], "language": "en",
            "location": {"name": row["location"], "country": row["country"],
                         "lat": row["lat"], "lon": row["lon"]} if row["location"] else None,
            "recipient": {"country": row["recipient_country"],
                          "basis": row["recipient_basis"]}
            if row["recipient_country"] else None,
            "factuality": {"polarity": row["polarity"], "certainty": row["certainty"],
                           "tense": row["tense"]},
            "attribution": row["attribution"], "cluster": row["cluster_id"],
            "origins": row["origins"], "publication": row["outlet"], "url": row["url"],
            "coder": f"wiretrace {__version__}",
        })
    json.dump(records, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return len(records) - 1


def graphml(store: Store, fh: TextIO) -> int:
    """Actors as nodes; an edge from each source actor to each target actor of an event,
    with the number of events of each type on it."""
    e, ea, ac = t.events, t.event_actors, t.actors
    with store.engine.connect() as conn:
        nodes = conn.execute(select(ac.c.id, ac.c.name, ac.c.type, ac.c.country,
                                    ac.c.sector)).all()
        roles = conn.execute(select(ea.c.article_id, ea.c.event_id, ea.c.role, ea.c.actor_id,
                                    e.c.type)
                             .join(e, (e.c.article_id == ea.c.article_id)
                                   & (e.c.event_id == ea.c.event_id))
                             .where(ea.c.actor_id.is_not(None))).all()
    by_event: dict[tuple[str, str], dict] = defaultdict(lambda: {"source": set(),
                                                                 "target": set()})
    types: dict[tuple[str, str], str] = {}
    for art, ev, role, actor_id, etype in roles:
        if role in ("source", "target"):
            by_event[(art, ev)][role].add(actor_id)
        types[(art, ev)] = etype or "uncoded"
    edges: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for key, sides in by_event.items():
        for s in sides["source"]:
            for o in sides["target"]:
                if s != o:
                    edges[(s, o)][types[key]] += 1
    all_types = sorted({k for c in edges.values() for k in c})
    stamp = exported_by(store)
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    keys = [("name", "node", "string"), ("type", "node", "string"),
            ("country", "node", "string"), ("sector", "node", "string"),
            ("events", "edge", "int")] + [(f"type_{k}", "edge", "int") for k in all_types]
    fh.write('  <key id="exported_by" for="graph" attr.name="exported_by" '
             'attr.type="string"/>\n')
    for name, where, kind in keys:
        fh.write(f'  <key id="{name}" for="{where}" attr.name="{name}" attr.type="{kind}"/>\n')
    fh.write('  <graph id="actors" edgedefault="directed">\n')
    fh.write(f'    <data key="exported_by">{escape(json.dumps(stamp))}</data>\n')
    for node_id, name, ntype, country, sector in nodes:
        fh.write(f'    <node id="a{node_id}">')
        for k, v in (("name", name), ("type", ntype), ("country", country),
                     ("sector", sector)):
            if v:
                fh.write(f'<data key="{k}">{escape(str(v))}</data>')
        fh.write("</node>\n")
    for n, ((s, o), counts) in enumerate(sorted(edges.items())):
        fh.write(f'    <edge id="e{n}" source="a{s}" target="a{o}">'
                 f'<data key="events">{sum(counts.values())}</data>')
        for k, v in sorted(counts.items()):
            fh.write(f'<data key={quoteattr("type_" + k)}>{v}</data>')
        fh.write("</edge>\n")
    fh.write("  </graph>\n</graphml>\n")
    return len(edges)
