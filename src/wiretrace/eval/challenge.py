"""Score the invented challenge set (tests/data/challenge_events.tsv, issue 18).

Each row is one invented sentence, analyzed on its own as an article of one line (as
``wiretrace eval plover`` does).  An event row is right when an event shown as having
happened (:func:`wiretrace.render.happened`) has one of the row's types, and its source and
target are the expected ones: an argument of that role whose text contains the expected
text or is contained in it (case-insensitive); an empty expectation asks nothing.  Countries
are counted apart, on the rows that are right: the expected source/target country equals
the argument's code.  A non-event row (type ``none``) is right when no event whose trigger
is the row's trigger word is shown as having happened.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[3] / "tests" / "data" / "challenge_events.tsv"
HALVES = ("dev", "check")
PUBLISHED = "2026-12-01"


def read_rows(path: Path | str = DEFAULT) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _matches(expected: str, found: str) -> bool:
    e, f = expected.lower().strip(), found.lower().strip()
    return bool(f) and (e in f or f in e)


def _actor(event, role: str, expected: str):
    """The argument of ``role`` whose text matches ``expected``, else None (``True`` when
    nothing is expected)."""
    if not expected:
        return True
    for a in event.actors:
        if a.role == role and _matches(expected, a.text):
            return a
    return None


def judge(row: dict, events) -> dict:
    """The verdict on one row, given the events of its sentence."""
    from ..render import happened

    shown = [e for e in events if happened(e)]
    trigger = row["trigger"].lower()
    if row["type"] == "none":
        wrong = [e for e in shown if e.trigger.text.lower() == trigger
                 or e.lemma.lower() == trigger]
        return {"right": not wrong, "coded": [f"{e.type}:{e.trigger.text}" for e in wrong]}
    types = set(row["type"].split("|"))
    verdict = {"right": False, "type_right": False, "coded": [
        f"{e.type}:{e.trigger.text} " + " ".join(f"{a.role[0]}={a.text}/{a.country or '-'}"
                                                 for a in e.actors) for e in shown]}
    countries = []
    for e in shown:
        if e.type not in types:
            continue
        verdict["type_right"] = True
        source = _actor(e, "source", row["source"])
        target = _actor(e, "target", row["target"])
        if source and target:
            verdict["right"] = True
            for actor, want in ((source, row["source_country"]),
                                (target, row["target_country"])):
                if want:
                    countries.append(actor is not True and actor.country == want)
            break
    verdict["countries"] = countries
    return verdict


def evaluate(path: Path | str = DEFAULT, which: str | None = None, nlp=None) -> dict:
    from ..nlp import language
    from ..pipeline import analyze
    from ..read.text import from_text

    if which is not None and which not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {which!r}")
    nlp = nlp or language.load()
    rows = [r for r in read_rows(path) if which is None or r["half"] == which]
    forms: dict[str, dict] = defaultdict(lambda: {"right": 0, "total": 0, "kind": ""})
    totals = {"events": [0, 0], "non_events": [0, 0], "type": [0, 0], "countries": [0, 0]}
    out = []
    for r in rows:
        report = analyze(from_text(r["sentence"], id=r["id"], title=r["id"],
                                   published=PUBLISHED), nlp)
        v = judge(r, report.events)
        kind = "non_events" if r["type"] == "none" else "events"
        f = forms[r["form"]]
        f["kind"] = kind
        f["right"] += v["right"]
        f["total"] += 1
        totals[kind][0] += v["right"]
        totals[kind][1] += 1
        if kind == "events":
            totals["type"][0] += v["type_right"]
            totals["type"][1] += 1
            totals["countries"][0] += sum(v["countries"])
            totals["countries"][1] += len(v["countries"])
        out.append({**{k: r[k] for k in ("id", "form", "half", "sentence", "type")}, **v})
    return {"half": which or "all", "forms": dict(forms),
            "totals": {k: {"right": a, "total": b, "share": round(a / b, 3) if b else None}
                       for k, (a, b) in totals.items()},
            "rows": out}


def render(result: dict, rows: bool = False) -> str:
    t = result["totals"]
    lines = [f"challenge set, half {result['half']}"]
    for name, f in result["forms"].items():
        lines.append(f"  {f['kind']:<10} {name:<18} {f['right']:>2} / {f['total']}")
    lines.append(f"events right (type and actors, shown as happened): "
                 f"{t['events']['right']} / {t['events']['total']} ({t['events']['share']})")
    lines.append(f"events with the right type shown: {t['type']['right']} / "
                 f"{t['type']['total']}; countries right on right events: "
                 f"{t['countries']['right']} / {t['countries']['total']}")
    lines.append(f"non-events not shown as happened: {t['non_events']['right']} / "
                 f"{t['non_events']['total']} ({t['non_events']['share']})")
    if rows:
        for r in result["rows"]:
            mark = "ok  " if r["right"] else "MISS"
            lines.append(f"{mark} {r['id']} {r['form']:<17} {r['type']:<14} "
                         f"{' | '.join(r['coded']) or '-'} || {r['sentence']}")
    return "\n".join(lines)
