"""PETRARCH2 verb patterns (``cameo_patterns.tsv``, converted from CAMEO.2.0.txt by
tools/convert_cameo.py): which pattern of a verb's block its object, or its subject and
object, fit, and the code the pattern gives the verb's subject.

A pattern's words after the verb are read on the object ("LIFT * CURFEW" 0813); words
before it on the subject or an adverb of the verb ("- EARTHQUAKE *" in KILL, "- ETHNICALLY
*" 203).  PETRARCH2 writes a pattern's code as one code, a pair ("042:043": the subject's
act, then the object's toward the subject), the object's act only (":173", "appeared before
a court") or "---" (no event: the pattern blocks a sense of the verb, "KILL * HIMSELF"),
which the matcher reads as :data:`NO_EVENT` (see :func:`act` for what it leaves out)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import cache
from ...lexicon import load_tsv

NO_EVENT = "---"
Pattern = tuple[tuple[str, ...], str]


def act(code: str) -> str | None:
    """The code the matcher reads from a PETRARCH2 pattern code: one code as it is, "---"
    as NO_EVENT; a pair ("042:043", "060:060") or the object's act alone (":0874",
    "praised the withdrawal") None: the pattern is not read, and the block's other patterns
    and its default code apply (docs/events.md: read as the subject's act, the pairs made
    "signed a contract" COOPERATE where the judges code a signing SUPPORT, and changed
    right events on a judged set; the object's act alone lost "praised" SUPPORT)."""
    if code.startswith("-"):
        return NO_EVENT
    return None if ":" in code else code


@lru_cache(maxsize=1)
@cache.on_disk("event-patterns")  # 33,000 rows sorted and indexed: kept between processes
def _patterns() -> tuple[dict[str, str], dict[str, list[Pattern]],
                         dict[str, dict[str, list[tuple[tuple[str, ...], Pattern]]]]]:
    """PETRARCH2 verb patterns: lemma -> block, block -> (object words, code) longest
    first, and block -> subject word -> (subject words, (object words, code)) for the
    patterns with words before the verb, longest first."""
    blocks: dict[str, str] = {}
    patterns: dict[str, list[Pattern]] = {}
    subjects: dict[str, list[tuple[tuple[str, ...], Pattern]]] = {}
    for r in load_tsv("cameo_patterns.tsv"):
        if r["kind"] == "verb":
            blocks[r["key"]] = r["value"]
            continue
        words = r["value"].split()
        if act(r["cameo"]) is None:
            continue
        if "*" in words:
            k = words.index("*")
            if k == len(words) - 1 and act(r["cameo"]) != NO_EVENT:
                # "- OFFICIAL *" [114]: a code read on the subject alone would stand over
                # the checks a bare default must pass ("officials almost competed for
                # passengers" ACCUSE); the subject alone only blocks ("- EARTHQUAKE *")
                continue
            subjects.setdefault(r["key"], []).append(
                (tuple(words[:k]), (tuple(words[k + 1:]), act(r["cameo"]))))
        else:
            patterns.setdefault(r["key"], []).append((tuple(words), act(r["cameo"])))
    for rows in patterns.values():
        rows.sort(key=lambda p: -len(p[0]))
    by_word: dict[str, dict[str, list[tuple[tuple[str, ...], Pattern]]]] = {}
    for block, found in subjects.items():
        found.sort(key=lambda p: -len(p[0]) - len(p[1][0]))
        index = by_word.setdefault(block, {})
        for row in found:
            for word in dict.fromkeys((row[0][0], row[0][-1])):
                index.setdefault(word, []).append(row)
    return blocks, patterns, by_word


@lru_cache(maxsize=1)
def _other_acts() -> dict[str, dict[str, list[tuple[tuple[str, ...], str]]]]:
    """block -> word -> the object words of the block's patterns whose code is a pair, the
    subject's act then the object's ("PAY * VISIT" 042:043, "BUY * &WEAPON" 062:062), indexed
    as :func:`_pattern_heads` indexes the others: the matcher does not read them
    (:func:`act`), but they tell that with such an object the verb is another act than
    its block's default."""
    found: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
    for r in load_tsv("cameo_patterns.tsv"):
        if r["kind"] != "pattern" or ":" not in r["cameo"] or r["cameo"].startswith(":") \
                or "*" in r["value"].split():
            continue
        words = tuple(r["value"].split())
        index = found.setdefault(r["key"], {})
        for word in {words[0], words[-1]}:
            index.setdefault(word, []).append((words, r["cameo"].split(":")[0]))
    return found


def pair_acts(objects: list[Token], block: str) -> list[str]:
    """The subject's codes of the patterns of the block that PETRARCH2 codes as a pair
    (:func:`_other_acts`) and that one of the objects fits."""
    index = _other_acts().get(block)
    if not index:
        return []
    # by word and lemma, not object_forms' hyphenated word as _pattern_match reads: three
    # keys of the index have a hyphen (SIGN cease-fire, OVERSEE_MANAGE peace-keeper,
    # peace-keeping) and round 36 measured no output change on the dev or check files
    return [cameo for o in objects for form in dict.fromkeys((o.lower_, o.lemma_.lower()))
            for words, cameo in index.get(form, ()) if _matches(o, words)]


@lru_cache(maxsize=1)
@cache.on_disk("event-pattern-heads")
def _pattern_heads() -> dict[str, dict[str, list[int]]]:
    """block -> word -> the patterns (positions in the block, in order) whose first word,
    or last word if it has more than one, is that word: a pattern can only fit an object
    whose word or lemma is one of these (see :func:`_matches`)."""
    patterns = _patterns()[1]
    heads: dict[str, dict[str, list[int]]] = {}
    for block, rows in patterns.items():
        index = heads.setdefault(block, {})
        for k, (words, _) in enumerate(rows):
            for word in {words[0], words[-1]}:
                index.setdefault(word, []).append(k)
    return heads


def hyphened(token: Token) -> str:
    """The hyphenated word a token ends ("sit-in" at 'in', "cease-fire" at 'fire'), as the
    dictionary writes it ("- * SIT-IN" [141]): the tokenizer splits it at its hyphens, so
    the pattern's word is read on the parts joined (round 35, h-cov35; 483 pattern rows
    of CAMEO.2.0.txt have a hyphenated word); the token's own word where none precedes."""
    doc, k, parts = token.doc, token.i, [token.lower_]
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and \
            not doc[k - 2].whitespace_ and doc[k - 2].is_alpha:
        parts[:0] = [doc[k - 2].lower_, "-"]
        k -= 2
    return "".join(parts)


def object_forms(token: Token) -> tuple[str, ...]:
    """The forms a pattern's word is looked up by: the word, its lemma, the hyphenated word
    it ends (:func:`hyphened`), each once."""
    return tuple(dict.fromkeys((token.lower_, token.lemma_.lower(), hyphened(token))))


def _matches(obj: Token, words: tuple[str, ...]) -> bool:
    """Whether an object phrase fits a pattern's words: the head is the first word with the
    rest after it ("state of emergency"), or the last word with the rest before it as
    modifiers ("water blockade"); a hyphenated word is read on its parts joined."""
    forms = set(object_forms(obj))
    if words[0] in forms:
        # not inside a clause on the noun: in "issued a statement apologizing to X for the
        # emails" the 'for' is the participle's, not the statement's ("* STATEMENT (FOR)"
        # 101 is a statement for something; round 17)
        clauses = {t.i for c in obj.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        after = [t.lower_ for t in obj.subtree if t.i > obj.i and t.i not in clauses]
        it = iter(after)
        return all(w in it for w in words[1:])
    if len(words) > 1 and words[-1] in forms:
        before = [hyphened(t) for t in obj.lefts]
        it = iter(before)
        return all(w in it for w in words[:-1])
    return False


def subject_code(verb: Token, block: str, objects: list[Token], after: bool) -> str | None:
    """The code of the first pattern with words before the verb that fits: those words on
    the verb's subject or an adverb of it ("the earthquake killed", "ethnically cleansed"),
    the words after it on one of ``objects``.  ``after``: the patterns with words after
    the verb ("- ABRUPTLY * TALKS"), read before the object patterns; else those without
    ("- EARTHQUAKE *"), read after them (an object pattern, "- * EXTREMISM" [---] in FIGHT,
    is more telling than the subject's "- &MILITARY *")."""
    index = _patterns()[2].get(block)
    if not index:
        return None
    before = [c for c in verb.children if c.dep_ in ("nsubj", "advmod")]
    for c in before:
        rows = [r for form in dict.fromkeys((c.lower_, c.lemma_.lower()))
                for r in index.get(form, ())]  # the word and its lemma, each once
        for words, (rest, cameo) in rows:
            if bool(rest) == after and _matches(c, words) and (
                    not rest or any(_matches(o, rest) for o in objects)):
                return cameo
    return None


def particle_code(verb: Token, block: str) -> str | None:
    """A pattern that is the verb's particle alone ("SEARCH * DOWN" [173]: "tracked down the
    suspect", an arrest) fits before the object's: the particle is the word right after the
    verb, where PETRARCH2 reads the pattern.  A longer pattern that starts with the
    particle and whose other words follow it fits first, as PETRARCH2's longer patterns do
    ("HURL * OUT CHARGES" [081]: "threw out the charges" is no "HURL * OUT" [160])."""
    rows, heads = _patterns()[1].get(block, []), _pattern_heads().get(block, {})
    for prt in (c for c in verb.children if c.dep_ == "prt"):
        after = [{t.lower_, t.lemma_.lower()} for t in verb.subtree if t.i > prt.i]
        for k in heads.get(prt.lower_, ()):  # the block's order: longest first
            words = rows[k][0]
            if words[0] != prt.lower_:
                continue
            it = iter(after)
            if all(any(w in forms for forms in it) for w in words[1:]):
                return rows[k][1]
    return None
