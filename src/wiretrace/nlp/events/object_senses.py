"""Verbs whose object selects their PLOVER category (plover_verbs.yaml ``objects``).

The PLOVER manual describes each category by what is done to what: RETREAT is "the
release of prisoners ... allowing the entry of observers, peacekeepers, or humanitarian
workers", SANCTION "curtail ... diplomatic, commercial, or material exchanges", MOBILIZE
"mobilizing weapons, ships, or vehicles", COERCE 'withhold' "shut off power/internet/water"
(chapter 3; CAMEO2PLOVER-2021.txt for the CAMEO codes).  A verb with an object the manual
names for a category is coded with it, whatever PETRARCH2's block says of the verb alone.

A lemma has one sense (the form rounds 6-17 wrote: ``{coding, objects, party}``) or a list
of them, each naming the manual's section it comes from (``manual``) and, where the verb
is a phrasal one, the particle it needs (``particles``: "called off the talks").  The
object is the verb's direct object or, in a passive, its subject ("sanctions were lifted":
the passive subject is the active object, Quirk et al. 1985, 3.63).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

Sense = tuple[tuple, frozenset[str], bool, frozenset[str]]
PARTICLES = frozenset({"off", "down", "out", "back", "up"})


def load(entries: dict) -> dict[str, tuple[Sense, ...]]:
    """lemma -> its senses, in the order written (the first that fits is taken)."""
    return {
        lemma: tuple(_sense(s) for s in (v if isinstance(v, list) else [v]))
        for lemma, v in entries.items()
    }


def _sense(entry: dict) -> Sense:
    return (
        tuple(entry["coding"]),
        frozenset(entry.get("objects") or ()),
        bool(entry.get("party")),
        frozenset(entry.get("particles") or ()),
    )


def sense(
    verb: Token,
    senses: Iterable[Sense] | None,
    objects: list[Token],
    party: Callable[[Token], bool],
) -> tuple | None:
    """The coding (as [category, mode, cameo]) of the first sense of ``verb`` whose object
    fits: one of its object words, or any party where the sense says so."""
    if not senses:
        return None
    phrasal = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ in PARTICLES]
    particles = {c.lower_ for c in phrasal}
    # the object of a phrasal verb that the parser hangs on its particle ("cordoned off
    # the area": 'off' a preposition, 'area' its object)
    objects = (
        objects
        + [c for c in verb.children if c.dep_ == "nsubjpass"]
        + [o for c in phrasal for o in c.children if o.dep_ == "pobj"]
    )
    for coding, words, any_party, needed in senses:
        if needed and not needed & particles:
            continue
        if any(
            o.lemma_.lower() in words
            or o.lower_ in words
            or hyphenated(o) in words
            or (any_party and (party(o) or o.pos_ == "PROPN"))
            for o in objects
        ):
            return coding
    return None


def phrasal(verb: Token) -> bool:
    """Whether ``verb`` is coded by a sense that needs its particle ("called off the
    talks"): such a verb is the event, not a light verb carrying its object's."""
    from .coding import _direct_objects, _party_word, _rules  # coding reads this module

    senses = [s for s in _rules()["objects"].get(verb.lemma_.lower(), ()) if s[3]]
    return sense(verb, senses, _direct_objects(verb), _party_word) is not None


def hyphenated(noun: Token) -> str:
    """A noun with the word hyphened to it, as the tokenizer splits "op-ed" and "sit-in"
    (round 28, pressure.py; here since round 30), lower-cased; "" for any other noun."""
    doc = noun.doc
    if (
        noun.i >= 2
        and doc[noun.i - 1].text == "-"
        and not doc[noun.i - 1].whitespace_
        and not doc[noun.i - 2].whitespace_
    ):
        return doc[noun.i - 2 : noun.i + 1].text.lower()
    return ""
