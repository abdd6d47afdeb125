"""Convert PETRARCH2's CAMEO verb dictionary and the PLOVER conversion table into the
project's data files (run once by a developer; the output is committed).

    python tools/convert_cameo.py ../shared/data

writes src/wiretrace/data/cameo_verbs.tsv (MIT, from CAMEO.2.0.txt: each synonym of a verb
block with the block's default CAMEO code), src/wiretrace/data/cameo_patterns.tsv (MIT, from
CAMEO.2.0.txt: each block's verbs and its patterns, see :func:`patterns`) and
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


PATTERN = re.compile(r"^-\s+(.+?)\s*\[([0-9:-]+)\]")
PLAIN = re.compile(r"^[A-Z][A-Z'.-]*$")


def synonym_sets(text: str) -> dict[str, list[str]]:
    """The synonym sets at the head of the file ("&CURRENCY" with "+DOLLAR" ...): name ->
    member words (a trailing or joining "_" of a member is a space: "CASH_" -> "cash")."""
    sets: dict[str, list[str]] = {}
    name = None
    for line in text.splitlines():
        if line.startswith("---"):
            break
        if line.lstrip().startswith("#"):
            continue  # a comment inside a set ("&CURRENCY", "# <14.06.08: ...") ends nothing
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


def _words(pattern: str) -> list[str]:
    """A pattern's words with the verb as "*": parentheses and braces are plain words
    ("STATE (OF EMERGENCY)"), a joining "_" a space ("{AIR_STRIKE}", "SPY_*_DEAL")."""
    for mark in "(){}":
        pattern = pattern.replace(mark, " ")
    return [w for token in pattern.split() for w in (
        [token] if token.startswith("&") else token.replace("_", " ").replace("*", " * ").split())]


def _expand(words: list[str], sets: dict[str, list[str]]):
    """Each reading of a pattern's words, one per member of each synonym set in it
    ("{&DEFENSE &TREATY}": every defence word with every treaty word)."""
    if not words:
        yield []
        return
    first, rest = words[0], list(_expand(words[1:], sets))
    heads = sets[first] if first.startswith("&") else [first.lower()]
    for head in heads:
        for tail in rest:
            yield [head, *tail]


def patterns(text: str):
    """(block, words, code) for each verb pattern of CAMEO.2.0.txt the matcher can read:
    words are the pattern's, "*" standing for the verb where words come before it
    ("earthquake *", "abruptly * talks"; none before it: the object words alone, "curfew").
    Words in parentheses and braces are kept as plain words ("STATE (OF EMERGENCY)" ->
    "state of emergency"); a pattern with synonym sets ("- * &CURRENCY") gives one pattern
    per member (per combination of members where it has two).  The code is PETRARCH2's:
    "0813"; a pair "042:043" (the subject's act, then the object's toward the subject:
    a visit made and hosted); ":173" the object's act only (appearing before a court);
    "---" no event (the pattern blocks a sense: "- EARTHQUAKE *" in KILL).  Patterns with
    actor slots ($, +, ^, %), alternatives ("TO/FOR") or an unknown set are left out."""
    sets = synonym_sets(text)
    for block, _code, line in block_lines(text):
        p = PATTERN.match(line)
        if not p or not re.fullmatch(r"[0-9]*(:[0-9]*)?|-+", p.group(2)):
            continue
        words = _words(p.group(1))
        if words.count("*") != 1 or any(
                w != "*" and not (PLAIN.match(w) or (w.startswith("&") and sets.get(w)))
                for w in words):
            continue
        code = "---" if p.group(2).startswith("-") else p.group(2)
        for reading in _expand(words, sets):
            text_ = " ".join(reading)
            if text_ != "*":
                yield block, text_[2:] if text_.startswith("* ") else text_, code


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
    found: dict[tuple[str, str], str] = {}
    # where a block names the same words twice, a single code wins over a pair, a reversed
    # or a null code ("- * BY &AIRCRAFT" [195] over "- * (BY &AIRCRAFT)" [---] in SUPPORT)
    for block, words, code in sorted(patterns(cameo), key=lambda p: not p[2].isdigit()):
        found.setdefault((block, words), code)
    rows = [
        "# Verb patterns: the verbs of a PETRARCH2 verb block (lemma -> block) and the block's",
        "# patterns (block, words, CAMEO code): '- * OBJECT [code]' as the object words (LIFT +",
        "# 'curfew' -> 0813), words before the verb with '*' for it ('earthquake *' in KILL);",
        "# a pattern with a synonym set ('- * &MILITARY') is one row per member of the set.",
        "# Codes as PETRARCH2 writes them: '042:043' the subject's act then the object's toward",
        "# the subject, ':173' the object's act only, '---' no event (the pattern blocks a",
        "# sense). Source: PETRARCH2 dictionaries, openeventdata, CAMEO.2.0.txt (see",
        "# ../shared/data/petrarch2-dictionaries/PROVENANCE.md), converted by",
        "# tools/convert_cameo.py. License: MIT, Copyright (c) 2015 Open Event Data Alliance.",
        "kind\tkey\tvalue\tcameo",
    ]
    rows += [f"verb\t{lemma}\t{block}\t" for lemma, block in sorted(blocks.items())]
    rows += [f"pattern\t{block}\t{words}\t{code}"
             for (block, words), code in sorted(found.items())]
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
