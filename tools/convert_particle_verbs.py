"""Write src/wiretrace/data/particle_verbs.tsv: PETRARCH2's multi-word verbs of a verb and
a particle ('+KICK_OUT' in the DEPORT block, 174), with the CAMEO code each has (its own
bracketed code, else its block's default; '---' for none).  A verb listed in two blocks
with two codes is left out (ambiguous).  Usage:
python tools/convert_particle_verbs.py ../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PARTICLES = {"out", "off", "up", "down", "back", "in", "away", "over", "on", "aside", "apart"}
OUT = Path(__file__).resolve().parent.parent / "src/wiretrace/data/particle_verbs.tsv"


def convert(source: Path) -> dict[tuple[str, str], tuple[str, str]]:
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    block, default = "", "---"
    for line in source.read_text(encoding="latin-1").splitlines():
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block, default = head.group(1), head.group(2).strip()
            continue
        entry = re.match(r"^\+([A-Z]+)_([A-Z]+)\s*(\{[^}]*\})?\s*(\[([^\]]*)\])?", line)
        if not entry or entry.group(2).lower() not in PARTICLES:
            continue
        code = (entry.group(5) or default).strip()
        key = (entry.group(1).lower(), entry.group(2).lower())
        found.setdefault(key, set()).add((code, block))
    return {k: sorted(v)[0] for k, v in found.items() if len({c for c, _ in v}) == 1}


def main() -> None:
    table = convert(Path(sys.argv[1]))
    lines = ["# PETRARCH2 multi-word verbs of a verb and a particle, with their CAMEO code",
             "# ('---': none). Source: PETRARCH2 dictionaries, CAMEO.2.0.txt (openeventdata);",
             "# written by tools/convert_particle_verbs.py.", "verb\tparticle\tcameo\tblock"]
    lines += [f"{v}\t{p}\t{c}\t{b}" for (v, p), (c, b) in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
