"""Coverage audit of PETRARCH2's CAMEO verb dictionary (issue 18, round 35, h-cov35).

Grounded only in the dictionary (shared/data/petrarch2-dictionaries/CAMEO.2.0.txt): for
every verb of every verb block with a code (the block's default or the verb's own, multi-
word verbs "+SHUT_DOWN" included) and every object pattern with one code ("- * SIT-IN"
[141] # STAGE; a synonym set "- * &CURRENCY" read with its first member), it writes
INVENTED sentences in fixed frames with neutral actors and runs the pipeline on each, one
sentence an article (as ``wiretrace eval challenge`` does):

* ``active``:  "Ruritania's government <past> Freedonia's army on Monday."
* ``passive``: "Freedonia's army was <participle> by Ruritania's government on Monday."
  (single-word verbs: an agented passive, the agent the source)
* ``pattern``: "Ruritania's government <past of the pattern's verb> <a> <object words> in
  Freedonia on Monday." (the verb the pattern's comment names, else the block's first)

The expected type is the PLOVER category of the entry's CAMEO code (cameo2plover.tsv,
longest prefix, as the coder reads codes); entries whose code has no category, pairs
("042:043"), the object's act alone (":173") and blocking patterns ("---") are left out.
An item is right when an event shown as having happened has that type, a source naming
Ruritania and no target naming Ruritania; else its cause is ``not_shown`` (the type coded,
not shown), ``wrong_roles`` (shown with the type, roles wrong), ``other_type`` (an event
at the verb with another type) or ``no_code`` (none).  Reported per CAMEO root (the code's
first two digits) and form.  Verb forms: the dictionary's own braces ("BRING {BRINGS
BRINGING BROUGHT}"), else the regular English endings.  Usage::

    PYTHONPATH=src python tools/cameo_coverage.py [--step N] [--rows] [--form F]

``--step N`` audits every N-th item (a fixed sample; the test uses one).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRETRACE_SHARED", ROOT.parent / "shared"))
CAMEO = SHARED / "data" / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
sys.path.insert(0, str(ROOT / "tools"))

from convert_cameo import HEADER, PATTERN, PLAIN, synonym_sets  # noqa: E402

SOURCE, TARGET = "Ruritania's government", "Freedonia's army"
TAIL = " on Monday."
FUNCTION = {"in", "on", "at", "to", "for", "from", "with", "of", "off", "out", "up", "down",
            "by", "into", "over", "back", "away", "toward", "towards", "against", "as", "about",
            "himself",
            "itself", "themselves", "that", "the", "a", "an", "his", "their", "its", "no",
            "not", "under", "around", "through", "across", "behind", "after", "before"}
VOWELS = "aeiou"


def _regular(lemma: str) -> str:
    """The regular past (and participle) of a verb: "stage" -> "staged", "ally" ->
    "allied", "stop" -> "stopped" (a stressed short final syllable; one-syllable only)."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ied"
    if (len(lemma) >= 3 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS
            and lemma[-3] not in VOWELS and sum(c in VOWELS for c in lemma) == 1):
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def forms(word: str, braces: str | None) -> tuple[str, str]:
    """(past, participle) of a verb line's word ("SHUT_DOWN" multi-word: the first word
    inflected, the rest kept), from the braces where they give them."""
    parts = word.lower().lstrip("+").split("_")
    head, rest = parts[0], [p for p in parts[1:] if p]
    given = [f.lstrip("+").lower().split("_")[0] for f in (braces or "").strip("{} ").split()]
    third = {head + "s", head + "es", head[:-1] + "ies"}
    pasts = [f for f in given if not f.endswith("ing") and f not in third and f != head]
    # the braces' order varies ("GOTTEN_TOGETHER" before "GOT_TOGETHER"): a participle in
    # -en/-ne/-wn is no past where another form is given
    plain = [f for f in pasts if not f.endswith(("en", "ne", "wn"))] or pasts
    past = plain[0] if pasts else None
    part = next((f for f in pasts if f not in plain), plain[-1]) if pasts else None
    if past is None and head + head[-1] + "ing" in given and head.endswith("t") and \
            sum(c in VOWELS for c in head) == 1:
        past = part = head  # "PUT {PUTS PUTTING}", "QUIT", "SHUT": the past is the lemma
    past = past or _regular(head)
    part = part or past
    tail = (" " + " ".join(rest)) if rest else ""
    return past + tail, part + tail


VERB_LINE = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[([0-9:]+|-+)\])?")


def blocks(text: str):
    """(block, default code, [(word, braces, own code)], [(object words, code, comment)])
    for each verb block."""
    out = []
    for line in text.splitlines():
        m = HEADER.match(line)
        if m:
            out.append((m.group(1), m.group(2), [], []))
            continue
        if not out or not line.strip() or line.startswith(("#", "&", "~")):
            continue
        if line.startswith("-"):
            p = PATTERN.match(line)
            if p:
                comment = line.split("#", 1)[1].strip().split() if "#" in line else []
                out[-1][3].append((p.group(1), p.group(2), comment[0] if comment else ""))
            continue
        v = VERB_LINE.match(line.strip())
        if v:
            out[-1][2].append((v.group(1), v.group(2), v.group(4)))
    return out


def _object_words(pattern: str, sets: dict[str, list[str]]) -> list[str] | None:
    """An object pattern's words as they would be written ("{MASS RALLY}" "mass rally",
    "&CURRENCY" its first member), or None for a pattern the audit cannot write (words
    before the verb, actor slots, alternatives)."""
    text = pattern
    for mark in "(){}":
        text = text.replace(mark, " ")
    words = text.split()
    if not words or words[0] != "*" or words.count("*") != 1:
        return None
    out = []
    for w in words[1:]:
        if w.startswith("&"):
            if not sets.get(w):
                return None
            out.append(sets[w][0])
        elif PLAIN.match(w.replace("_", "")):
            out.append(w.replace("_", " ").lower())
        else:
            return None
    return out or None


def _article(words: list[str]) -> str:
    return "" if words[0] in FUNCTION else "the "  # "the": count and mass nouns alike


def items(text: str):
    """The audit's items: dicts with form, block, entry, cameo, sentence, verb."""
    sets = synonym_sets(text)
    for block, default, verbs, patterns in blocks(text):
        if not verbs:
            continue
        inflected = {}
        for word, braces, own in verbs:
            past, part = forms(word, braces)
            inflected[word.lstrip("+").lower()] = (past, part)
            cameo = own or default
            if not cameo or cameo.startswith("-") or ":" in cameo:
                continue
            entry = word.lstrip("+").replace("_", " ").lower()
            yield {"form": "active", "block": block, "entry": entry, "cameo": cameo,
                   "verb": past.split()[0],
                   "sentence": f"{SOURCE} {past} {TARGET}{TAIL}"}
            if "_" not in word:
                yield {"form": "passive", "block": block, "entry": entry, "cameo": cameo,
                       "verb": part,
                       "sentence": f"{TARGET[0].upper()}{TARGET[1:]} was {part} by "
                                   f"{SOURCE}{TAIL}"}
        first = verbs[0][0].lstrip("+").lower()
        seen = set()
        for pattern, cameo, comment in patterns:
            if not re.fullmatch(r"[0-9]+", cameo):
                continue
            words = _object_words(pattern, sets)
            if words is None or all(w in FUNCTION for w in words):
                continue  # "- * (TO)": no object to write
            verb = comment.lstrip("+").lower() if comment.lstrip("+").lower() in inflected \
                else first
            key = (verb, tuple(words))
            if key in seen:
                continue
            seen.add(key)
            past = inflected[verb][0]
            yield {"form": "pattern", "block": block, "entry": f"{verb} * {' '.join(words)}",
                   "cameo": cameo, "verb": past.split()[0],
                   "sentence": f"{SOURCE} {past} {_article(words)}{' '.join(words)} "
                               f"in Freedonia{TAIL}"}


def judge(item: dict, events, want: str) -> str:
    """'right' or the cause of the miss (see the module's doc)."""
    from wiretrace.render import happened

    def roles(e) -> bool:
        src = [a for a in e.actors if a.role == "source"]
        tgt = [a for a in e.actors if a.role == "target"]
        return any("ruritania" in a.text.lower() for a in src) and not any(
            "ruritania" in a.text.lower() for a in tgt)

    typed = [e for e in events if e.type == want]
    shown = [e for e in typed if happened(e)]
    if any(roles(e) for e in shown):
        return "right"
    if shown:
        return "wrong_roles"
    if typed:
        return "not_shown"
    verb = item["verb"].lower()
    if any(e.type and e.trigger.text.lower() == verb for e in events):
        return "other_type"
    return "no_code"


def audit(step: int = 1, form: str | None = None, nlp=None,
          path: Path = CAMEO) -> list[dict]:
    from wiretrace.nlp import language
    from wiretrace.nlp.events.coding import code
    from wiretrace.pipeline import analyze_many
    from wiretrace.read.text import from_text

    text = path.read_text(encoding="latin-1")
    chosen = []
    for item in items(text):
        want = code(item["cameo"]).type
        if not want or (form and item["form"] != form):
            continue
        chosen.append({**item, "want": want})
    chosen = chosen[::step]
    nlp = nlp or language.load()
    articles = (from_text(i["sentence"], id=f"c{k}", title=f"c{k}", published="2026-12-01")
                for k, i in enumerate(chosen))
    for item, report in zip(chosen, analyze_many(articles, nlp), strict=True):
        events = getattr(report, "events", [])
        item["cause"] = judge(item, events, item["want"])
        item["coded"] = "; ".join(f"{e.type}:{e.trigger.text}" for e in events if e.type)
    return chosen


def summary(rows: list[dict]) -> str:
    by_root: dict[str, Counter] = defaultdict(Counter)
    by_form: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        by_root[r["cameo"][:2]][r["cause"]] += 1
        by_form[r["form"]][r["cause"]] += 1
    causes = ("no_code", "other_type", "not_shown", "wrong_roles")
    head = f"{'':<10}{'right':>12}" + "".join(f"{c:>12}" for c in causes)
    lines = [head]
    for name, table in [*sorted(by_root.items()), ("", None), *sorted(by_form.items())]:
        if table is None:
            lines.append("")
            continue
        n = sum(table.values())
        lines.append(f"{name:<10}{table['right']:>5}/{n:<5}{table['right'] / n:>4.2f}"
                     + "".join(f"{table[c]:>12}" for c in causes))
    total = Counter()
    for t in by_form.values():
        total.update(t)
    n = sum(total.values())
    lines.append(f"{'all':<10}{total['right']:>5}/{n:<5}{total['right'] / n:>4.2f}"
                 + "".join(f"{total[c]:>12}" for c in causes))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--form", choices=("active", "passive", "pattern"))
    ap.add_argument("--rows", action="store_true", help="print each item (tab-separated)")
    args = ap.parse_args()
    rows = audit(args.step, args.form)
    if args.rows:
        for r in rows:
            print("\t".join((r["cause"], r["form"], r["cameo"], r["want"], r["block"],
                             r["entry"], r["coded"], r["sentence"])))
    print(summary(rows))


if __name__ == "__main__":
    main()
