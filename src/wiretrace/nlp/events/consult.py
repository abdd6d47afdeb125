"""The parties of a consultation named after 'between' (issue 18, round 17): "talks
between Kenya and Uganda", "a conversation in Warsaw between the envoy and an aide".  PLOVER
codes CONSULT symmetrically (every party is an actor, source and target alike, as "X met
with Y" and "X and Y met" are coded: roles._symmetric); the parse gives a noun's 'between'
phrase as its targets only, so a CONSULT noun with no source of its own makes each of them
a source too."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import prep_objects
from .coding import Coding


def _between(noun: Token) -> set[int]:
    """Character offsets of the words after 'between' on the noun, conjuncts included."""
    out: set[int] = set()
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in p.children:
                if o.dep_ == "pobj":
                    out |= {t.idx for t in (o, *o.conjuncts)}
    return out


def between_parties(triggers: list[Token], coding: dict[int, Coding], found: dict) -> None:
    for t in triggers:
        if t.pos_ == "VERB" or coding[t.i].type != "CONSULT" or \
                any(a.role == "source" for a in found[t.i]):
            continue
        heads = _between(t)
        parties = [a for a in found[t.i] if a.role == "target" and any(
            a.start <= i < a.end for i in heads)]
        if len(parties) >= 2:
            found[t.i] = [a.model_copy(update={"role": "source"}) for a in parties] + \
                found[t.i]


def partners_only(noun: Token, found: list) -> bool:
    """Round 28: a consultation noun whose sources are all its partners after 'with'
    ("conducting free trade talks with India and China", each partner made a source and a
    target by the symmetric reading) names no doer of its own: a light verb's subject is
    its source instead, the partners its targets ("Israel is conducting talks with India":
    Israel > India, as "held talks with" reads; PolNeAR dev4)."""
    offsets = {t.idx for o in prep_objects(noun, ("with",)) for t in (o, *o.conjuncts)}
    sources = [a for a in found if a.role == "source"]
    return bool(offsets and sources) and all(
        any(a.start <= i < a.end for i in offsets) for a in sources)
