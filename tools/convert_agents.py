"""Convert PETRARCH2/Phoenix's agent dictionary (nouns for roles and bodies -> CAMEO
sectors) into the project's data file (run once by a developer; the output is committed).

    python tools/convert_agents.py ../shared/data

writes src/wiretrace/data/agents_petrarch.tsv (MIT, from Phoenix.agents.txt): one row per
phrase, with its sector code ("defense ministry" -> GOVMIL: government, military).
Substitution sets are expanded ("!MINIST!" -> minister, ministers, ministry,
ministries), a "{...}" list of irregular plurals becomes rows of its own, "_" becomes a
space and a trailing "_" (PETRARCH's "this word exactly") is dropped.  Regular plurals are
not written: the reader matches singular and plural alike.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wiretrace" / "data"
SOURCE = "Phoenix.agents.txt"
LINE = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
SUBSTITUTION = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<words>.+)$")


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").replace(",", " ").split()).lower()


def entries(text: str):
    """(phrase, code) pairs in file order."""
    sets: dict[str, list[str]] = {}
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        found = SUBSTITUTION.match(body)
        if found:
            sets[found["name"]] = [w.strip() for w in found["words"].split(",") if w.strip()]
            continue
        found = LINE.match(body)
        if not found or len(found["code"]) % 3:
            continue
        phrases = [found["phrase"]]
        for name, words in sets.items():
            phrases = [p.replace(name, w) if name in p else p
                       for p in phrases for w in (words if name in p else [None])]
        if found["plurals"]:
            phrases += [p for p in found["plurals"].split(",") if p.strip()]
        for raw in phrases:
            phrase = _phrase(raw)
            if phrase and "!" not in phrase:
                yield phrase, found["code"]


def main(shared_data: str) -> None:
    folder = Path(shared_data) / "petrarch2-dictionaries"
    text = (folder / SOURCE).read_text(encoding="utf-8", errors="replace")
    rows = dict.fromkeys(entries(text))  # file order, duplicates once
    seen: dict[str, str] = {}
    for phrase, code in rows:
        seen.setdefault(phrase, code)  # the first code of a phrase wins, as in PETRARCH
    lines = [
        "# Agent nouns -> CAMEO sector codes (three letters each; the first is the main one:",
        "# GOVMIL = government, military).  Source: PETRARCH2/Phoenix agent dictionary,",
        f"# openeventdata, {SOURCE} (see ../shared/data/petrarch2-dictionaries/PROVENANCE.md),",
        "# converted by tools/convert_agents.py. License: MIT, Copyright (c) 2014 Open Event",
        "# Data Alliance. Regular plurals are matched by the reader, not listed.",
        "phrase\tcode",
        *(f"{phrase}\t{code}" for phrase, code in seen.items()),
    ]
    (OUT / "agents_petrarch.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"agents_petrarch.tsv: {len(seen)} phrases")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
