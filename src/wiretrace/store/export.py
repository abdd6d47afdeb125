"""Exports of the store.  Each one says which wiretrace and which extractors made it:

- ``jsonl``: one Report per line, each entity with its cross-article ``actor_id`` and each
  event with its ``cluster_id``, plus ``exported_by`` (wiretrace version, producers);
- ``csv``: one row per event mention (dyad, type, CAMEO, date, place, factuality, cluster
  corroboration, source chain, URL), plain columns that pandas and R read as they are;
- ``plover``: PLOVER JSON records with the PLOVER manual's field names, led by a DOCUMENT
  record as in the PLOVER gold files;
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
from .tallies import FIGURES


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


# The PLOVER manual's field names (../shared/data/plover/PLOVER_MANUAL.pdf, draft 2.0, chapter 6:
# Table 6.1 the record, 6.2 entities, 6.3 text, 6.4 size, 6.5 citations, 6.6 location, and
# Table 7.3's "other fields" size), multi-word names joined by underscores
# (docs/schema.md, "Exports").
PLOVER_RECORD = ("id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
                 "event", "event_loc", "event_text", "quad", "event_scale", "mode", "context",
                 "link", "text", "text_info", "cite_info", "coder", "coded_date", "coded_time",
                 "comment", "dead", "injured", "arrested", "size")
# wiretrace's own fields of a PLOVER record (what PLOVER has no name for)
WIRETRACE_FIELDS = ("wiretrace_time", "wiretrace_cameo", "wiretrace_recipient_country",
                    "wiretrace_factuality", "wiretrace_attribution", "wiretrace_cluster",
                    "wiretrace_origins", "wiretrace_magnitude")
# the manual's Table 7.2 numbers its quad categories 1-4
QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3,
              "material_conflict": 4}
CODEBOOK = "plover-2.0"


def plover(store: Store, fh: TextIO) -> int:
    """PLOVER records for coded events (type not null), one per event mention, with the
    PLOVER manual's field names (``PLOVER_RECORD``) and wiretrace's extras
    (``WIRETRACE_FIELDS``); a record leaves out the fields it has no value for."""
    from .. import plover as plover_fields

    stamp = exported_by(store)
    coder = f"wiretrace {__version__}"
    today = date.today().isoformat()
    records: list[dict] = [{
        "id": "WIRETRACE-DOCUMENT-0001", "has_event": False, "event": ["DOCUMENT"],
        "event_text": ["Event records exported from a wiretrace store; every record carries "
                       "the mention's cluster and its independent origins."],
        "coder": coder, "coded_date": today,
        "cite_info": {"coder": coder, "codebook": CODEBOOK, "version": __version__},
        "comment": json.dumps(stamp["producers"]),
    }]
    e, a = t.events, t.articles
    with store.engine.connect() as conn:
        entity_rows = conn.execute(select(t.entities.c.article_id, t.entities.c.name,
                                          t.entities.c.country, t.entities.c.sector)).all()
        magnitudes = {(r[0], r[1]): r[2] for r in conn.execute(
            select(e.c.article_id, e.c.event_id, e.c.magnitude)
            .where(e.c.type.is_not(None), e.c.magnitude.is_not(None)))}
        titles = dict(conn.execute(select(a.c.id, a.c.title)).all())
        coded_articles = select(e.c.article_id).where(e.c.type.is_not(None)).distinct()
        sentences = {}  # (article, event) -> the sentence's offsets in the article text
        sides = {}  # (article, event) -> the coded actors of each side (_sides)
        for article_id, report_json in conn.execute(
                select(t.reports.c.article_id, t.reports.c.report_json)
                .where(t.reports.c.article_id.in_(coded_articles))):
            report = json.loads(report_json)
            names = {x["id"]: x["name"] for x in report.get("entities", [])}
            for ev in report.get("events", []):
                if ev.get("sentence"):
                    sentences[(article_id, ev["id"])] = ev["sentence"]
                if ev.get("type"):
                    sides[(article_id, ev["id"])] = _sides(ev, names)
    coded = {(a_id, n): (c, s) for a_id, n, c, s in entity_rows}
    for row in events(store, EventFilter()):
        if not row["type"]:
            continue
        key = (row["article_id"], row["event_id"])

        def entities(names: list[str], role: str, article_id: str = row["article_id"],
                     key: tuple[str, str] = key) -> list[dict]:
            out = []
            for name in names:
                country, sector = coded.get((article_id, name), (None, None))
                out.append(_present({"code": country, "sector": sector, "entity_text": name}))
            # the arguments' own codes (Report 1.7.0): a generic actor ("police") too
            own = sides.get(key, {}).get(role)
            if own is None:
                return out
            named = {o["entity_text"] for o in own}
            return own + [o for o in out if o["entity_text"] not in named]

        described = plover_fields.fields(row["type"], row["mode"], row["cameo"])
        sentence = sentences.get(key)
        record = {
            "id": f"WT-{row['article_id']}-{row['event_id']}", "has_event": True,
            "date": row["date_first"],
            "enddate": row["date_last"] if row["date_last"] != row["date_first"] else None,
            "actor": entities(row["source"], "source"),
            "recipient": entities(row["target"], "target"),
            "event": [row["type"]],
            "event_loc": _present({"extracted_place": row["location"], "lat": row["lat"],
                                   "lon": row["lon"], "country_code": row["country"]})
            if row["location"] else None,
            "event_text": [row["trigger"]],
            "quad": QUAD_CODES.get(described["quad"]), "event_scale": described["score"],
            "mode": [row["mode"]] if row["mode"] else [], "context": described["context"],
            "text": row["sentence"],
            "text_info": {"start": sentence["start"], "end": sentence["end"]}
            if sentence else None,
            "cite_info": _present({"title": titles.get(row["article_id"]),
                                   "url": row["url"], "language": "en",
                                   "publication": row["outlet"], "coder": coder,
                                   "codebook": CODEBOOK, "version": __version__}),
            "coder": coder, "coded_date": today,
            **{f: row[f] for f in FIGURES},
            "wiretrace_time": row["date"], "wiretrace_cameo": row["cameo"],
            "wiretrace_recipient_country": {"country": row["recipient_country"],
                                            "basis": row["recipient_basis"]}
            if row["recipient_country"] else None,
            "wiretrace_factuality": {"polarity": row["polarity"],
                                     "certainty": row["certainty"], "tense": row["tense"]},
            "wiretrace_attribution": row["attribution"],
            "wiretrace_cluster": row["cluster_id"], "wiretrace_origins": row["origins"],
            "wiretrace_magnitude": json.loads(magnitudes[key]) if key in magnitudes else None,
        }
        records.append(_present(record))
    json.dump(records, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
    return len(records) - 1


def _sides(event: dict, names: dict[str, str]) -> dict[str, list[dict]]:
    """The actors of a stored event by side, with each argument's own code (Report 1.7.0:
    a named actor's entity code, a generic actor's: "Pakistani officials" PAK GOV), named
    by their entity or, for a generic actor, by their words; empty for a report stored
    before argument codes (the entity rows give the codes then)."""
    if not any("code_basis" in a for a in event.get("actors", [])):
        return {}
    out: dict[str, list[dict]] = {"source": [], "target": []}
    seen: set[tuple[str, str]] = set()
    for a in event.get("actors", []):
        role = a.get("role")
        if role not in out or not (a.get("entity_id") or a.get("sector") or a.get("country")):
            continue
        name = names.get(a.get("entity_id") or "", a.get("text", ""))
        if (role, name) in seen:
            continue
        seen.add((role, name))
        out[role].append(_present({"code": a.get("country"), "sector": a.get("sector"),
                                   "entity_text": name}))
    return out


def _present(record: dict) -> dict:
    """The record without its null fields."""
    return {k: v for k, v in record.items() if v is not None}


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
