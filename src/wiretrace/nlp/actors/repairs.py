"""Repairs of NER's person names after the other passes of ``mentions()``: a name in a
heading written in capitals cut to the words the body writes as a name (``_capitals``,
``_in_capitals``), and a surname NER left out where the article names that person in full
(``_missed_surnames``, with its helpers ``_written_start`` and ``_genitive_next``)."""

from __future__ import annotations

from ... import names
from ..context import Context
from . import gazetteer
from .mentions import POSSESSIVE, Mention
from .predicates import finite_next


def _capitals(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A person's name that NER took from words written in capitals, a heading's ("PARTY
    CHIEF ANNA BRANDT RESIGNS After months ..."): capitals erase the case that tells a
    name from the words around it (a name is capitalized, a verb or a common noun is not;
    CGEL ch. 20, proper names), so the span runs as a name only to its last word that the
    article writes as a name elsewhere in mixed case, of any type (NER may type the
    surname alone ORG): a name ends with its surname ("ANNA BRANDT", as the body writes
    "Brandt"), and the heading's verb after it is cut.  Where no word is, the span is left
    as NER made it (the body may never repeat the name, or NER may have cut it short:
    "SENATOR ANNA HOLLOWAY" of "... HOLLOWAY BRANDT").  Spans of two words or more, every
    word in capitals; a word in capitals alone ("FDR") is left.  Round 37."""
    doc = ctx.doc
    written = {w for m in found if not _in_capitals(doc, m.start, m.end) for w in m.key}
    out = []
    for m in found:
        if m.label != "PERSON" or m.end - m.start < 2 or not _in_capitals(doc, m.start, m.end):
            out.append(m)
            continue
        last = max((t.i for t in doc[m.start:m.end] if names.fold(t.text) in written),
                   default=None)
        part = make(m.start, last + 1, "PERSON") if last is not None else None
        out.append(part or m)
    return out


def _in_capitals(doc, start: int, end: int) -> bool:
    """Every word of the span that has letters written in capitals ("WASSERMAN")."""
    words = [t for t in doc[start:end] if any(c.isalpha() for c in t.text)]
    return bool(words) and all(t.text.isupper() for t in words)


# The apostrophe alone after a name in -s: its genitive ("Sanders\u2019 campaign", CGEL ch.
# 5: the plain apostrophe of a name ending in a sibilant).
_BARE_APOSTROPHE = frozenset({"'", "\u2019"})


def _missed_surnames(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A person's surname (or full name) that NER left out where the article names that
    person in full elsewhere: spaCy's small model reads a surname that is also an English
    word, above all at a sentence's start, as that word ("Trump despises what he calls
    ...": a noun before a plural; "Sanders\u2019 campaign called ...") and types nothing,
    so the person loses the mention, a pronoun after it, and an event its doer.  The
    words, capitalized as the full name writes them, outside every entity (of any type),
    are a mention of that person where a finite verb follows them (its tag, or a verb in
    -s the tagger read a plural noun, with no verb after it: "Trump suits were made" is a
    noun phrase; :func:`predicates.finite_next`), not a plural present ("Jobs are
    scarce": a person's name agrees with a singular verb, CGEL ch. 5), or a genitive ('s,
    or the bare apostrophe after a name in -s): the noun phrase before a finite verb is its subject
    (English SVO order, CGEL ch. 4), and a genitive's determiner is a noun phrase of its
    own (ch. 5), so neither is a modifier of a longer name ("the Clinton Foundation",
    "Trump furniture").  Only where the article names exactly one person with that
    surname (two, as a father and a son: left to neither); not after a capitalized
    proper noun that is no title ("Eva-Marie Persson" is the whole name or none), nor a
    word in capitals (an acronym: "PAC") or the part of a hyphened compound
    ("super-PAC's"); a word without a capital letter never.  Round 36."""
    doc = ctx.doc
    people: dict[str, list[names.Key]] = {}
    written: dict[str, list[str]] = {}  # surname key -> the full names as written
    for m in found:
        key = names.without_suffix(m.key) if m.label == "PERSON" else ()
        if len(m.key) < 2 or len(key) < 2 or gazetteer.country_of_name(m.text) is not None:
            continue
        known = people.setdefault(key[-1], [])
        if not any(names.same_name(key, k) for k in known):
            known.append(key)
        written.setdefault(key[-1], []).append(m.text)
    taken = {i for m in found for i in range(m.start, m.end)}
    taken |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    out = list(found)
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or not t.is_alpha or t.is_upper or (
                t.i >= 2 and doc[t.i - 1].text in gazetteer.HYPHENS
                and not doc[t.i - 2].whitespace_):
            continue  # not an acronym, nor a hyphened compound's part ("super-PAC's")
        key = names.name_key(t.text, person=True)
        if len(key) != 1 or len(people.get(key[0], ())) != 1:
            continue
        start = _written_start(ctx, t, written[key[0]])
        if start is None or any(i in taken for i in range(start, t.i + 1)):
            continue
        sent_start = t.sent.start
        before = doc[start - 1] if start > sent_start else None
        if before is not None and before.tag_.startswith("NNP") and before.text[:1].isupper() \
                and not names.is_title(before.text):
            continue  # part of a longer name NER missed ("Ruth Leff Siegel Awards")
        if not (finite_next(doc, t.i) and doc[t.i + 1].tag_ != "VBP" or _genitive_next(doc, t)):
            continue  # a name is singular: "Jobs are scarce" is the plural noun (agreement)
        made = make(start, t.i + 1, "PERSON")
        if made is not None and made.start == start and made.end == t.i + 1:
            out.append(made)
            taken.update(range(start, t.i + 1))
    return sorted(out, key=lambda m: m.start)


def _written_start(ctx: Context, t, full_names: list[str]) -> int | None:
    """Where the name ending with ``t`` starts: the first token of one of the person's
    full names written right before it (the longest), else ``t`` itself where its text is
    the surname as those names write it ("Trump", not "TRUMP"); None otherwise."""
    doc = ctx.doc
    end = t.idx + len(t.text)
    for text in sorted(set(full_names), key=len, reverse=True):
        begin = end - len(text)
        if begin >= 0 and ctx.text[begin:end] == text:
            first = next((w for w in doc[max(0, t.i - 8):t.i + 1] if w.idx == begin), None)
            if first is not None:
                return first.i
    return t.i if any(text.split()[-1] == t.text for text in full_names) else None


def _genitive_next(doc, t) -> bool:
    """A genitive right after ``t``: "'s" tagged POS, or a bare apostrophe glued to a name
    in -s with a space after it and no opening single quote earlier in the sentence (else
    it closes a quotation: "'Never Sanders' movement")."""
    if t.i + 1 >= len(doc) or t.whitespace_:
        return False
    nxt = doc[t.i + 1]
    if nxt.tag_ == "POS" and nxt.text in POSSESSIVE:
        return True
    return nxt.text in _BARE_APOSTROPHE and t.text.endswith("s") and bool(nxt.whitespace_) \
        and not any(w.text in ("'", "\u2018", "`") for w in doc[t.sent.start:t.i])
