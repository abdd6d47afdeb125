"""Convert PETRARCH2/Phoenix's actor dictionaries (countries with their leaders and
officials, international organizations, armed non-state groups) into the project's data
file (run once by a developer; the output is committed).

    python tools/convert_actors.py ../shared/data

writes src/wiretrace/data/actors_petrarch.tsv (MIT, from Phoenix.Countries.actors.txt,
Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt): one row per name
(the entry's name and each '+' synonym), with the entry's code and the dates it holds
("[IGOUNO 970101-061231]": Kofi Annan was the UN's from 1997 to 2006; "[DZAGOV >990427]":
Bouteflika in Algeria's government from April 1999).  Names are lowercased with spaces for
'_'.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wiretrace" / "data"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt")
CODE = re.compile(r"\[([A-Z]{3,})(?:\s+([<>]?)(\d{6,8})?(?:-(\d{6,8}))?)?\s*\]")


def _date(value: str | None) -> str:
    """TABARI dates: YYMMDD or YYYYMMDD -> YYYY-MM-DD ('97...' is 1997, '06...' 2006)."""
    if not value:
        return ""
    if len(value) == 6:
        year = int(value[:2])
        value = f"{1900 + year if year > 30 else 2000 + year}{value[2:]}"
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}"


def _name(raw: str) -> str:
    return " ".join(raw.strip().lstrip("+").replace("_", " ").split()).lower()


def entries(text: str):
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []

    def flush():
        if names and codes:
            for name in dict.fromkeys(names):
                for code in codes:
                    yield (name, *code)

    for line in text.splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        found = [(m.group(1), m.group(2), m.group(3), m.group(4)) for m in CODE.finditer(body)]
        words = CODE.sub("", body).strip()
        starts_entry = words and not line.startswith(("+", "\t", " "))
        if starts_entry and codes:  # a new name after the codes of the last entry
            yield from flush()
            names, codes = [], []
        if words:
            names.append(_name(words))
        for code, bound, start, end in found:
            since = _date(start) if bound != "<" else ""
            until = _date(end) if end else (_date(start) if bound == "<" else "")
            codes.append((code, since, until))
    yield from flush()


def main(shared: Path) -> None:
    rows: set[tuple[str, ...]] = set()
    for name in FILES:
        text = (shared / "petrarch2-dictionaries" / name).read_text(encoding="latin-1")
        rows |= set(entries(text))
    head = [
        "# Actors with CAMEO codes and the dates a code holds: countries with their leaders",
        "# and officials, international organizations, NGOs, companies, armed non-state groups.",
        "# Source: PETRARCH2/Phoenix dictionaries, openeventdata, " + ", ".join(FILES),
        "# (see ../shared/data/petrarch2-dictionaries/PROVENANCE.md), converted by",
        "# tools/convert_actors.py. License: MIT, Copyright (c) 2014 Open Event Data. The",
        "# dictionaries stop in early 2014.",
        "name\tcode\tsince\tuntil",
    ]
    lines = head + ["\t".join(r) for r in sorted(rows) if len(r[0]) > 1]
    (OUT / "actors_petrarch.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
