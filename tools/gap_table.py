"""Precision by route and by type, dev files against check files (issue 18, round 34).

Scores every judged event file as ``wiretrace eval events-judged`` does and pools the
"per route" and "per type" tallies of each group: all dev files, all check files, the VOA
dev files, the VOA check files, the other dev files, the other check files. Only those
aggregate counts are printed: no row, story or sentence of a check file.

    PYTHONPATH=src python tools/gap_table.py [--min N]

``--min``: leave out cells with fewer check events (default 8; the total is always shown).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from route_table import CHECK, DEV  # noqa: E402  (the judged sets, one list)

from wiretrace.eval import judged_events  # noqa: E402

GROUPS = ("dev", "check", "voa dev", "voa check", "other dev", "other check")
FIELDS = ("judged", "right")  # precision over judged events, as the scorer


def tallies(name: str, stories: str) -> dict:
    """The file's per-route and per-type counts (aggregates only)."""
    result = judged_events.evaluate([ROOT / f"docs/judgments/events-{name}.tsv"], stories)
    return {"route": result["per_route"], "type": result["per_type"]}


def pooled() -> dict:
    pools: dict = {g: {"route": defaultdict(lambda: [0, 0]), "type": defaultdict(lambda: [0, 0])}
                   for g in GROUPS}
    for half, sets in (("dev", DEV), ("check", CHECK)):
        for name, stories in sets.items():
            groups = (half, f"{'voa' if name.startswith('voa') else 'other'} {half}")
            for kind, cells in tallies(name, stories).items():
                for key, cell in cells.items():
                    for g in groups:
                        for i, f in enumerate(FIELDS):
                            pools[g][kind][key][i] += cell.get(f) or 0
    return pools


def render(pools: dict, minimum: int) -> list[str]:
    def cell(v: list[int]) -> str:
        return f"{v[0]:4d} / {v[1] / v[0]:.2f}" if v[0] else "   0 /  -  "

    lines = []
    for kind in ("route", "type"):
        lines.append(f"| {kind} | " + " | ".join(f"{g} n / P" for g in GROUPS) + " |")
        lines.append("|---" * (len(GROUPS) + 1) + "|")
        keys = sorted(set().union(*(pools[g][kind] for g in GROUPS)))
        total = {g: [sum(pools[g][kind][k][i] for k in keys) for i in (0, 1)] for g in GROUPS}
        for k in keys:
            if pools["check"][kind][k][0] >= minimum:
                lines.append(f"| {k} | " + " | ".join(cell(pools[g][kind][k]) for g in GROUPS)
                             + " |")
        lines.append("| all | " + " | ".join(cell(total[g]) for g in GROUPS) + " |")
        lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min", type=int, default=8)
    args = parser.parse_args()
    print("\n".join(render(pooled(), args.min)))


if __name__ == "__main__":
    main()
