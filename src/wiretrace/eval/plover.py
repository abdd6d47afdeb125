"""PLOVER event coding scored against the PLOVER gold-standard records.

Each gold record is one sentence coded by hand with one event: a PLOVER category (names of
PLOVER 0.5b1; DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are now parts of REQUEST, ACCUSE,
ACCUSE and ASSAULT and are scored as those), source and target actors with country codes,
and the event words.  Each sentence is analyzed on its own, as an article of one line
dated with the record's date.

Scores:

* **categories** (the headline): per sentence, the set of PLOVER categories wiretrace
  coded is compared with the gold category.  Recall: sentences whose gold category is
  among them.  Precision: coded categories that are the gold one, over all categories
  coded (two categories coded where the gold has one count one right, one wrong), so
  over-generation costs precision.
* **events**: the same per coded event mention (two mentions of one category are two).
* **countries**: on sentences whose category was found, each gold source (target) actor
  with a country code is right when that code is the country of a source (target) of a
  coded event of the gold category (the argument's code: a named actor's, or a generic
  actor's, "Israeli troops", "police", with the country its basis gives).  For targets,
  where no target of those events is named with a country or sector, the events'
  ``recipient`` (found in the target phrase, the event's place, or the source's own
  country) stands for it; beside the accuracy,
  the same only where wiretrace names such a party, and the inferred recipients by basis.
  Codes that are not ISO countries ("IGO" for an international organization) are right
  when such an actor has the sector IGO.
* A confusion table (gold category -> coded categories) and the commonest misses.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from .scoring import split_halves

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
NOT_COUNTRIES = {"IGO", "NGO", "MNC"}


def category(name: str) -> str:
    return OLD_NAMES.get(name, name)


def read_records(path: Path | str) -> list[dict]:
    """The coded records (the file's documentation records are left out)."""
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") and r["event"] != "DOCUMENT"
            and r.get("text")]


def _codes(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [a["code"][:3] for a in actors if isinstance(a, dict) and a.get("code")]


def _actor_codes(report, events, role: str) -> tuple[set[str], set[str]]:
    """Countries and sectors of the actors playing ``role`` in ``events``: each
    argument's own code (an entity's, or a generic actor's: "Pakistani officials",
    "police"), else, in a report without argument codes, its entity's."""
    entities = {e.id: e for e in report.entities}
    countries, sectors = set(), set()
    for ev in events:
        for a in ev.actors:
            if a.role != role:
                continue
            coded = a if a.country or a.sector else entities.get(a.entity_id)
            if coded is None:
                continue
            if coded.country:
                countries.add(coded.country)
            if coded.sector:
                sectors.add(coded.sector)
    return countries, sectors


BASIS_ORDER = {"target": 0, "place": 1, "domestic": 2}


def _inferred(events) -> tuple[str, str] | None:
    """(basis, country) of the best recipient among ``events``: one found in a target
    phrase, then a place, then the source's own country."""
    found = sorted((BASIS_ORDER[e.recipient.basis], e.recipient.basis, e.recipient.country)
                   for e in events if e.recipient)
    return (found[0][1], found[0][2]) if found else None


def _country_hits(gold: list[str], countries: set[str], sectors: set[str]) -> int:
    return sum(1 for code in gold
               if code in countries or (code in NOT_COUNTRIES and code in sectors))


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


HALVES = ("dev", "check")


def half(records: list[dict], which: str | None) -> list[dict]:
    """One half of the gold file, in file order: ``dev`` the first half (rules are
    developed against it), ``check`` the rest (read only to measure before and after a
    change); None: all of it."""
    if which is None:
        return records
    if which not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {which!r}")
    dev, check = split_halves(records)
    return dev if which == "dev" else check


def evaluate(path: Path | str, limit: int | None = None, nlp=None,
             which: str | None = None) -> dict:
    from ..nlp import language
    from ..pipeline import analyze
    from ..read.text import from_text

    nlp = nlp or language.load()
    records = half(read_records(path), which)[:limit]
    found = coded_categories = right_categories = 0
    coded_events = right_events = 0
    country = {"source": [0, 0], "target": [0, 0]}
    named = {"source": [0, 0], "target": [0, 0]}  # where wiretrace names a party at all
    # recipients where no target is named with a country: from a country named in the
    # target phrase ("target"), the event's place, the source's own country
    by_basis = {"target": [0, 0], "place": [0, 0], "domestic": [0, 0]}
    confusion: dict[str, Counter] = defaultdict(Counter)
    per_category: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for r in records:
        gold = category(r["event"])
        report = analyze(from_text(r["text"], id=r["id"], title=r["id"],
                                   published=r.get("date")), nlp)
        coded = [e for e in report.events if e.type]
        types = {e.type for e in coded}
        hit = gold in types
        found += hit
        coded_categories += len(types)
        right_categories += hit
        coded_events += len(coded)
        right_events += sum(e.type == gold for e in coded)
        per_category[gold]["gold"] += 1
        per_category[gold]["found"] += hit
        for t in types:
            per_category[t]["coded"] += 1
            per_category[t]["right"] += t == gold
        confusion[gold].update(sorted(types) or ["(none)"])
        actors_seen = {}
        if hit:
            matching = [e for e in coded if e.type == gold]
            for role, key in (("source", "source"), ("target", "target")):
                codes = _codes(r.get(key))
                countries, sectors = _actor_codes(report, matching, role)
                inferred = _inferred(matching) if role == "target" else None
                hits, used = 0, None
                if countries or sectors:  # wiretrace names such a party
                    hits = _country_hits(codes, countries, sectors)
                    named[role][0] += hits
                    named[role][1] += len(codes)
                elif inferred:  # no named recipient: the one found otherwise
                    used, place = inferred
                    countries = {place}
                    hits = _country_hits(codes, countries, sectors)
                    by_basis[used][0] += hits
                    by_basis[used][1] += len(codes)
                country[role][0] += hits
                country[role][1] += len(codes)
                actors_seen[role] = {"gold": codes, "coded": sorted(countries | sectors)}
                if used:
                    actors_seen[role]["inferred"] = used
        rows.append({"id": r["id"], "gold": gold, "coded": sorted(types),
                     "triggers": [f"{e.trigger.text}:{e.type}" for e in coded],
                     "countries": actors_seen, "text": r["text"]})
    n = len(records)
    precision = _ratio(right_categories, coded_categories)
    recall = _ratio(found, n)
    return {
        "records": n,
        "categories": {"precision": precision, "recall": recall,
                       "f1": round(2 * precision * recall / (precision + recall), 4)
                       if precision + recall else 0.0,
                       "found": found, "coded": coded_categories, "right": right_categories},
        "events": {"precision": _ratio(right_events, coded_events), "coded": coded_events,
                   "right": right_events},
        "countries": {role: {"accuracy": _ratio(*country[role]), "right": country[role][0],
                             "actors": country[role][1],
                             "accuracy_where_named": _ratio(*named[role]),
                             "actors_where_named": named[role][1]} for role in country},
        "inferred_recipients": {basis: {"accuracy": _ratio(*v), "right": v[0], "actors": v[1]}
                                for basis, v in by_basis.items()},
        "per_category": {k: {"gold": v["gold"], "found": v["found"], "coded": v["coded"],
                             "right": v["right"],
                             "recall": _ratio(v["found"], v["gold"]),
                             "precision": _ratio(v["right"], v["coded"])}
                         for k, v in sorted(per_category.items())},
        "confusion": {k: dict(v.most_common()) for k, v in sorted(confusion.items())},
        "sentences": rows,
    }


def render(result: dict) -> str:
    c, ev, co = result["categories"], result["events"], result["countries"]
    lines = [
        f"PLOVER gold records: {result['records']} sentences",
        f"  categories: P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} "
        f"({c['found']} found; {c['right']} of {c['coded']} coded categories right)",
        f"  event mentions: P {ev['precision']:.3f} ({ev['right']} of {ev['coded']})",
        f"  countries on found events: source {co['source']['accuracy']:.3f} "
        f"({co['source']['right']}/{co['source']['actors']}), target "
        f"{co['target']['accuracy']:.3f} ({co['target']['right']}/{co['target']['actors']})",
        f"  where wiretrace names a party with a country or sector: source "
        f"{co['source']['accuracy_where_named']:.3f} of {co['source']['actors_where_named']}, "
        f"target {co['target']['accuracy_where_named']:.3f} of "
        f"{co['target']['actors_where_named']}",
        "",
        f"  {'category':<10} {'gold':>5} {'found':>6} {'recall':>7} {'coded':>6} {'prec':>6}"
        "  coded instead",
    ]
    for name, v in result["per_category"].items():
        instead = ", ".join(f"{k} {n}" for k, n in result["confusion"].get(name, {}).items()
                            if k != name)
        lines.append(f"  {name:<10} {v['gold']:>5} {v['found']:>6} {v['recall']:>7.2f} "
                     f"{v['coded']:>6} {v['precision']:>6.2f}  {instead}")
    return "\n".join(lines)
