"""Two given names coordinated before one surname ("Khizr and Ghazala Khan"): two people
of that surname (issue 20, round 33; CGEL ch. 15, coordination with a shared head)."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import names
from ..context import Context
from .codes import _dictionary_code, _folded_people
from .mentions import Mention


def coordinated_given_names(ctx: Context, found: list[Mention], make,
                            full: list[names.Key]) -> list[Mention]:
    """Two given names coordinated before one surname name two people of that surname
    ("Khizr and Ghazala Khan", "Bill and Hillary Clinton"; coordination with a shared
    head, CGEL ch. 15): the first given name, its own span, is the person "<given>
    <surname>" (its key and ``name``).  Only a capitalized word that the actor
    dictionaries write first in more names than last, or none and spaCy typed it PERSON
    alone, with no title before it, that is no surname of a person the article names in
    full, before "and" and a PERSON name of two words or more ("Smith and Wesson",
    "Johnson and Johnson" have one word after "and"); not where the words are an
    organization of the dictionaries.  One span over all of it is split in two."""
    doc = ctx.doc
    surnames = {names.without_suffix(k)[-1] for k in full if names.without_suffix(k)}
    # a given name of someone named in full with another surname is that person's short
    # name ("both Hillary and Huma Abedin" beside "Hillary Clinton")
    others = {(k[0], names.without_suffix(k)[-1]) for k in full if names.without_suffix(k)}
    out: list[Mention] = []
    for m in found:
        words = [t.text for t in doc[m.start:m.end]]
        if m.label == "PERSON" and len(words) >= 4 and words[1] == "and" \
                and (right := make(m.start + 2, m.end, "PERSON")) is not None:
            left = make(m.start, m.start + 1, "PERSON")  # one span: "Khizr and Ghazala Khan"
            if left is not None and _given_before(ctx, left, right, surnames, others, True):
                out += [left, right]
                continue
        out.append(m)
    for a, b in zip(out, out[1:]):
        if b.start == a.end + 1 and doc[a.end].lower_ == "and" \
                and _given_before(ctx, a, b, surnames, others, typed=a.label == "PERSON"):
            a.label = "PERSON"
    return out


def _given_before(ctx: Context, a: Mention, b: Mention, surnames: set[str],
                  others: set[tuple[str, str]], typed: bool) -> bool:
    """Whether ``a`` is a given name that shares ``b``'s surname (see
    :func:`coordinated_given_names`); if so, ``a`` takes the key and name."""
    doc = ctx.doc
    if a.end - a.start != 1 or len(a.key) != 1 or b.label != "PERSON" or len(b.key) < 2:
        return False
    word, tail = a.key[0], names.without_suffix(b.key)
    first, last = _given_and_surnames()
    known = first.get(word, 0) + last.get(word, 0)
    if not tail or any(w == word and s != tail[-1] for w, s in others):
        return False
    if word in surnames or (first.get(word, 0) <= last.get(word, 0) if known else not typed):
        return False
    before = doc[a.start - 1] if a.start > 0 else None
    if before is not None and (before.text.rstrip(".").lower() in names.titles() or (
            before.text[:1].isupper() and before.is_alpha and before.sent.start != a.start)):
        return False  # "Senator Warner and Chuck Schumer"; a name's last word
    if _dictionary_code(ctx.text[a.char_start:b.char_end], None) != (None, None):
        return False
    surname = b.text.split()[-(len(b.key) - len(tail)) - 1]
    surname = re.sub(r"['\u2019]s?$", "", surname)
    a.key, a.name = (word, tail[-1]), f"{a.text} {surname}"
    return True


@lru_cache(maxsize=1)
def _given_and_surnames() -> tuple[dict[str, int], dict[str, int]]:
    """How many names of two words or more of the actor dictionaries each folded word
    begins, and how many it ends (a generational suffix left off)."""
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for key in _folded_people():
        tail = names.without_suffix(key)
        if len(key) >= 2 and tail:
            first[key[0]] = first.get(key[0], 0) + 1
            last[tail[-1]] = last.get(tail[-1], 0) + 1
    return first, last
