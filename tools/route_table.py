"""Precision of coded events by coding route, over judged event sets (issue 18, round 29).

Re-analyzes the stories of each judgment file (as ``wiretrace eval events-judged``), joins
every judged happened event to its route (``events[].route``, docs/events.md "Routes") and
to what its actors are, and tabulates the verdicts per route, per (route, PLOVER type) and
per actor shape, with the number of sets and stories each cell comes from.

    PYTHONPATH=src python tools/route_table.py [--sets dev|check] [--cache DIR] [--min N]

``--sets check`` prints summary counts only (check rows are not read, docs/quality.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wiretrace.eval import judged_events  # noqa: E402

PRONOUNS = frozenset("i me we us you he him she her it they them".split())

VOA = "../shared/eval/real-news/voa-dev.jsonl"
DEV = {
    "voa-dev": VOA, "voa-dev2": VOA,
    "polnear-train": "/tmp/polnear-train-12.jsonl",
    **{f"polnear-dev{n}": f"/tmp/polnear-dev{n}-10.jsonl" for n in range(2, 12)
       if (ROOT / f"docs/judgments/events-polnear-dev{n}.tsv").exists()},
    "web-dev": "/tmp/web-dev-10.jsonl", "web-dev3": "/tmp/web-dev3.jsonl",
}
CHECK = {"voa-check": VOA, "voa-check2": VOA, "polnear-check": "/tmp/polnear-check-8.jsonl",
         "web-check": "/tmp/web-check-10.jsonl"}
_happened = judged_events.happened_events


def _kind(report, event, role: str) -> str:
    """What the event's arguments in a role are, the best of: ``named`` (an entity with
    a code), ``generic`` (a code with no entity: "police"), ``entity`` (an entity with no
    code: a person the article gives no role), ``pronoun`` (an unresolved personal
    pronoun), ``thing`` (words with no entity and no code: "a gun", "the protests"),
    ``none`` (no argument in the role)."""
    found = [a for a in event.actors if a.role == role]
    order = ("named", "generic", "entity", "pronoun", "thing")
    kinds = {"named" if a.entity_id and (a.country or a.sector) else
             "generic" if a.country or a.sector else "entity" if a.entity_id else
             "pronoun" if a.text.lower() in PRONOUNS else "thing" for a in found}
    return next((k for k in order if k in kinds), "none")


def _with_shape(report) -> list[dict]:
    rows = _happened(report)
    by_id = {e.id: e for e in report.events}
    for row in rows:
        ev = by_id[row["event"]]
        row.update(pos=ev.pos, src=_kind(report, ev, "source"), tgt=_kind(report, ev, "target"),
                   assertion=ev.factuality.assertion, attributed=bool(ev.attribution))
    return rows


def collect(sets: dict[str, str], cache: Path) -> list[dict]:
    judged_events.happened_events = _with_shape
    out = []
    for name, stories in sets.items():
        path = cache / f"{name}.json"
        if not path.exists():
            result = judged_events.evaluate([ROOT / f"docs/judgments/events-{name}.tsv"],
                                            stories)
            path.write_text(json.dumps(result["events"], default=str))
        out += [{**e, "set": name} for e in json.loads(path.read_text()) if e["verdict"]]
    return out


def table(events: list[dict], key, minimum: int) -> list[str]:
    cells: dict = defaultdict(list)
    for e in events:
        cells[key(e)].append(e)
    total = sum(e["verdict"] == "right" for e in events) / max(len(events), 1)
    lines = [f"all: {len(events)} judged, precision {total:.3f}"]
    for k, rows in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        if len(rows) < minimum:
            continue
        right = sum(e["verdict"] == "right" for e in rows)
        why = {v: sum(e["verdict"] == v for e in rows)
               for v in ("wrong_type", "wrong_actors", "not_event")}
        sets = len({e["set"] for e in rows})
        stories = len({(e["set"], e["story"]) for e in rows})
        lines.append(f"  {' / '.join(map(str, k)) if isinstance(k, tuple) else k:<34} "
                     f"{len(rows):>4} right {right:>4} P {right / len(rows):.2f}  "
                     f"wt {why['wrong_type']:>3} wa {why['wrong_actors']:>3} "
                     f"ne {why['not_event']:>3}  sets {sets:>2} stories {stories:>3}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", choices=("dev", "check"), default="dev")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/route-table"))
    parser.add_argument("--min", type=int, default=8)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    events = collect(DEV if args.sets == "dev" else CHECK, args.cache)
    if args.sets == "check":  # summary only
        print("\n".join(table(events, lambda e: "all", 1)[:1]))
        return
    for title, key in (("route", lambda e: e["route"]),
                       ("route x type", lambda e: (e["route"], e["type"])),
                       ("source x target", lambda e: (e["src"], e["tgt"])),
                       # round 37: which types are coded with no party acted upon
                       ("type x target", lambda e: (e["type"], e["tgt"])),
                       ("route x source", lambda e: (e["route"], e["src"])),
                       ("pos x source", lambda e: (e["pos"], e["src"]))):
        print(f"## {title}")
        print("\n".join(table(events, key, args.min)))


if __name__ == "__main__":
    main()
