"""Convert PETRARCH2's CAMEO verb dictionary and the PLOVER conversion table into the
project's data files (run once by a developer; the output is committed).

    python tools/convert_cameo.py ../shared/data

writes src/wiretrace/data/cameo_verbs.tsv (MIT, from CAMEO.2.0.txt: each synonym of a verb
block with the block's default CAMEO code; pattern lines are not used yet) and
src/wiretrace/data/cameo2plover.tsv (CC BY-SA 4.0, from CAMEO2PLOVER-2021.txt).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wiretrace" / "data"
# "---  DELAY   [120]---  ---": four headers of CAMEO.2.0.txt lack the space before the
# closing dashes (DISGRACE, DELAY, OVERRULE, OVERTHREW); read them too, or their verbs and
# patterns fall into the block above (DELAY's "PREVENT * ATTACK" [053] under BLAME).
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]+)\]\s*(?:---\s*)?---")
WORD = re.compile(r"^([A-Z][A-Z_'-]*)\b\s*(\{[^}]*\})?\s*(\[[0-9:]+\])?")


def block_lines(text: str):
    """(block, default code, line) for each line under a ``--- VERB [code] ---`` header."""
    block, code = None, None
    for line in text.splitlines():
        m = HEADER.match(line)
        if m:
            block, code = m.group(1), m.group(2)
        elif block is not None:
            yield block, code, line


def _synonym(line: str):
    """A verb line's word match ("EXPLODE [183]"), or None for patterns, comments, sets."""
    if not line.strip() or line.startswith(("-", "#", "+", "&", "~")):
        return None
    w = WORD.match(line.strip())
    return w if w and "_" not in w.group(1) else None


def verb_blocks(text: str):
    """(lemma, CAMEO code, block) for each verb with a code: the block's default, or the
    synonym's own code ("EXPLODE [183]" in a [190] block).  A block without a default
    ("---  SEARCH   [---]  ---") can still hold verbs with their own code ("SEEK [030]",
    "RESIGN [083]", "BRAND [111]", "PETITION [020]"): they are read too."""
    for block, code, line in block_lines(text):
        w = _synonym(line)
        if not w or (code.startswith("---") and not w.group(3)):
            continue
        own = w.group(3)[1:-1] if w.group(3) else code
        yield w.group(1).lower(), own.split(":")[0], block


PATTERN = re.compile(r"^-\s+\*\s+(.+?)\s+\[([0-9]+)\]")
PLAIN = re.compile(r"^[A-Z][A-Z'-]*$")


def synonym_sets(text: str) -> dict[str, list[str]]:
    """The synonym sets at the head of the file ("&CURRENCY" with "+DOLLAR" ...): name ->
    member words (a trailing or joining "_" of a member is a space: "CASH_" -> "cash")."""
    sets: dict[str, list[str]] = {}
    name = None
    for line in text.splitlines():
        if line.startswith("---"):
            break
        word = line.split("#")[0].strip()
        if word.startswith("&"):
            name = word
            sets[name] = []
        elif word.startswith("+") and name is not None:
            member = word[1:].replace("_", " ").strip().lower()
            if member and all(PLAIN.match(w.upper()) for w in member.split()):
                sets[name].append(member)
        elif not word:
            name = None
    return sets


def object_patterns(text: str):
    """Verb patterns of the form ``- * OBJECT [code]``: the block's verbs with that object
    ("LIFT * CURFEW" [0813]).  Words in parentheses and braces are kept as plain words
    ("STATE (OF EMERGENCY)" -> "state of emergency"); a pattern with one synonym set
    ("- * &CURRENCY") gives one pattern per member; patterns with two sets, wildcards or
    actor slots ($, +, ^, %) are left out."""
    sets = synonym_sets(text)
    for block, _code, line in block_lines(text):
        p = PATTERN.match(line)
        if not p:
            continue
        words = p.group(1).replace("(", " ").replace(")", " ").replace("{", " ") \
            .replace("}", " ").split()
        named = [w for w in words if w.startswith("&")]
        if len(named) == 1 and named[0] in sets:
            k = words.index(named[0])
            rest = words[:k] + words[k + 1:]
            if all(PLAIN.match(w) for w in rest):
                for member in sets[named[0]]:
                    full = [w.lower() for w in words[:k]] + [member] + \
                        [w.lower() for w in words[k + 1:]]
                    yield block, " ".join(full), p.group(2)
            continue
        if words and all(PLAIN.match(w) for w in words):
            yield block, " ".join(w.lower() for w in words), p.group(2)


def all_verbs(text: str):
    """Every verb of every block (blocks without a default code too): lemma -> block."""
    for block, _code, line in block_lines(text):
        w = _synonym(line)
        if w:
            yield w.group(1).lower(), block


def main(shared: Path) -> None:
    cameo = (shared / "petrarch2-dictionaries" / "CAMEO.2.0.txt").read_text(encoding="latin-1")
    seen: dict[str, tuple[str, str]] = {}
    for lemma, code, block in verb_blocks(cameo):
        seen.setdefault(lemma, (code, block))
    rows = [
        "# lemma -> CAMEO code: the synonym's own code, else the default code of the PETRARCH2",
        "# verb block (CAMEO.2.0.txt) that lists the verb. Source: PETRARCH2 dictionaries,",
        "# openeventdata, CAMEO.2.0.txt",
        "# (see ../shared/data/petrarch2-dictionaries/PROVENANCE.md), converted by",
        "# tools/convert_cameo.py. License: MIT, Copyright (c) 2015 Open Event Data Alliance.",
        "lemma\tcameo\tblock",
    ]
    rows += [f"{lemma}\t{code}\t{block}" for lemma, (code, block) in sorted(seen.items())]
    (OUT / "cameo_verbs.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    blocks: dict[str, str] = {}
    for lemma, block in all_verbs(cameo):
        blocks.setdefault(lemma, block)
    patterns: dict[tuple[str, str], str] = {}
    for block, words, code in object_patterns(cameo):
        patterns.setdefault((block, words), code)
    rows = [
        "# Verb + object patterns: the verbs of a PETRARCH2 verb block (lemma -> block) and the",
        "# block's patterns '- * OBJECT [code]' (block, object words, CAMEO code), e.g. LIFT +",
        "# 'curfew' -> 0813; a pattern with a synonym set ('- * &MILITARY') is one row per",
        "# member of the set. Source: PETRARCH2 dictionaries, openeventdata, CAMEO.2.0.txt (see",
        "# ../shared/data/petrarch2-dictionaries/PROVENANCE.md), converted by",
        "# tools/convert_cameo.py. License: MIT, Copyright (c) 2015 Open Event Data Alliance.",
        "kind\tkey\tvalue\tcameo",
    ]
    rows += [f"verb\t{lemma}\t{block}\t" for lemma, block in sorted(blocks.items())]
    rows += [f"pattern\t{block}\t{words}\t{code}"
             for (block, words), code in sorted(patterns.items())]
    (OUT / "cameo_patterns.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    table = (shared / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    out = [
        "# CAMEO code -> PLOVER category, mode, context. Source: CAMEO2PLOVER-2021.txt",
        "# (PLOVER draft 0.8, 17 September 2021, edited by Philip Schrodt), openeventdata/PLOVER",
        "# (see ../shared/data/plover/PROVENANCE.md), converted by tools/convert_cameo.py.",
        "# License: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0).",
        "cameo\tplover\tmode\tcontext\tdescription",
    ]
    for line in table.splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$", line)
        if not m:
            continue
        code, cat, mode, ctx, desc = (g.strip() if g else "" for g in m.groups())
        out.append(f"{code}\t{cat}\t{mode}\t{ctx}\t{desc}")
    (OUT / "cameo2plover.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
