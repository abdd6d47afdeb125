"""Verbs and verb phrases of criticism that PETRARCH2's dictionary leaves uncoded or codes
as force, round 15 of issue 18 (data in criticism_verbs.yaml, with its sources): words of
judgment ("excoriated", "vilified"), colloquial verbs of force used of words on a party or
a policy ("slammed the proposal", "bashed Mexico"), phrases ("railed against", "lit into",
"hit out at", "went after Bush", "called out Trump") and 'question' of
what a party has or is; round 16: a colloquial verb with any object whose "as" complement
condemns ("slammed the hearings as a sham").  All are ACCUSE 'disapprove', CAMEO 111.
Kept apart so that the rule can be read and removed alone; coding.coding_for asks
:func:`coding` for a verb the tables leave uncoded or code as force."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import NAMES, Coding, _condemning, _party_word, _rules, phrase_objects

PRONOUNS = {"him", "her", "them", "me", "us", "you", "it"}
OWNERS = {"his", "her", "their", "its"}


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("criticism_verbs.yaml")
    return {
        "coding": Coding(*data["coding"]),
        "verbs": frozenset(data["verbs"]),
        "object_verbs": frozenset(data["object_verbs"]),
        "policy": frozenset(data["policy_objects"]),
        "phrases": {lemma: (frozenset(v.get("particles") or ()),
                            frozenset(v.get("prepositions") or ()), v["objects"])
                    for lemma, v in data["phrases"].items()},
        "questioning": frozenset(data["questioning"]),
    }


def prepare() -> None:
    _data()


def coding(token: Token, found: Coding) -> Coding | None:
    """ACCUSE 111 where a verb uncoded, or coded as force, criticizes (see the module);
    None where this rule has nothing to say."""
    if token.pos_ != "VERB" or found.type not in (None, "ASSAULT"):
        return None
    data = _data()
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in data["verbs"] and found.type is None and (
            objects or any(c.dep_ == "agent" for c in token.children)):
        return data["coding"]  # "excoriated the administration's handling"
    if lemma in data["object_verbs"] and objects and not with_instrument(token) and (any(
            _criticized(o, data) for o in objects) or _condemning(
            token, _rules()["condemnations"][1])):
        # "slammed the proposal", "blasted Trump's tax plan"; whatever the object, when
        # what it is called condemns it: "slammed the hearings as a sham" (PETRARCH2's
        # SLAM * (AS UNACCEPTABLE) 111; plover_verbs.yaml condemnations)
        return data["coding"]
    if lemma in data["phrases"]:
        particles, preps, kind = data["phrases"][lemma]
        if (not particles or any(c.dep_ == "prt" and c.lower_ in particles
                                 for c in token.children)) and (
                _phrase_object(token, preps, kind, data) or (
                    not preps and any(c.dep_ in ("dobj", "oprd") and _fits(c, kind, data)
                                      for c in token.children))):
            return data["coding"]  # "railed against Schengen", "called out Trump"
    if lemma in data["questioning"] and found.type is None and _questioned(token, objects):
        return data["coding"]  # "questioned Clinton's judgment"
    return None


def with_instrument(verb: Token) -> bool:
    """A 'with' phrase naming an instrument of force ("bashed him with a bat"; plover_verbs.yaml
    force_instruments): the verb is force, not words (also campaign._person_on_person)."""
    instruments = _rules()["force_instruments"]
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in instruments or o.lower_ in instruments)
        for o in p.children) for p in verb.children)


def _party(token: Token) -> bool:
    return _party_word(token) or token.pos_ == "PROPN" or token.lower_ in PRONOUNS - {"it"}


def _criticized(obj: Token, data: dict) -> bool:
    """A party, a policy, decision or statement, or a thing a named party has."""
    if _party(obj) or obj.lemma_.lower() in data["policy"] or obj.lower_ in data["policy"] \
            or obj.lemma_.lower() in _rules()["unassailable"]:
        return True
    return any(c.dep_ == "poss" and (c.ent_type_ in NAMES or c.pos_ == "PROPN")
               for c in obj.children)


def _fits(obj: Token, kind: str, data: dict) -> bool:
    if kind == "any":
        return True
    if kind == "named":
        return obj.ent_type_ in NAMES or (obj.pos_ == "PROPN" and not obj.ent_type_)
    return _criticized(obj, data)


def _phrase_object(verb: Token, preps: frozenset[str], kind: str, data: dict) -> bool:
    """The verb has one of the prepositions with an object that fits."""
    return any(_fits(o, kind, data) for o in phrase_objects(verb, preps))


def _questioned(verb: Token, objects: list[Token]) -> bool:
    """'question' of what a party has ("Clinton's judgment", "the governor's credentials",
    not a person: "questioned the suspect") or of whether a party is or does something."""
    for o in objects:
        if not _party(o) and any(c.dep_ == "poss" and (_party(c) or c.lower_ in OWNERS)
                                 for c in o.children):
            return True
    for c in verb.children:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                     for m in c.children):
            return any(s.dep_ in ("nsubj", "nsubjpass") and _party(s) for s in c.children)
    return False
