"""Criticism and praise carried by an evaluative noun in reported speech, round 19 of
issue 18 (branch h-ev19b; data in evaluations.yaml, with its sources): a verb of
expressing whose object is a feeling of disapproval or approval ("expressed deep concern
over Peru's decision", "voiced outrage that the governor ...", "conveyed its appreciation
for Chile's help") is ACCUSE 'disapprove' (CAMEO 110) or SUPPORT 'praise' (CAMEO 051),
as PETRARCH2's "EXPRESS * CONCERN", "VOICE * REGRET" patterns name them; only when what
the feeling is about belongs to a party (the object of 'over', 'about', 'at' ... that is
a party, or whose possessor or 'by' agent is one; or the subject of a that-clause), which
is the target.  Concern about a situation ("expressed concern over the economy") is no
event (CAMEO's 012, a pessimistic comment, has no PLOVER category).
The verb is the trigger, its subject the source.  Also: a verb of saying whose
that-clause says a political act is such a feeling ("'the arrests are a deep concern,'
she said"; :func:`_judged_act`).  The file's `condemning_words` are read by
coding._rules with plover_verbs.yaml's condemnations.  Questions, negations and
hypotheticals are left to the assertion checks every event passes.  Kept apart so that
the rule can be read and removed alone; coding.coding_for asks :func:`coding`, coder asks
:func:`targets`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..actors.antecedents import PEOPLE_ARGUMENTS
from .coding import Coding, _party_word


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("evaluations.yaml")
    return {
        "verbs": frozenset(data["expressive_verbs"]),
        "feelings": {n: Coding(*kind["coding"]) for key in ("disapproval", "approval")
                     for kind in (data[key],) for n in kind["nouns"]},
        "preps": frozenset(data["about_prepositions"]),
        "approval_preps": frozenset(data["approval"].get("prepositions") or ()),
    }


def prepare() -> None:
    _data()


def _party(token: Token) -> bool:
    return _party_word(token) or (token.pos_ == "PROPN" and token.ent_type_ not in (
        "DATE", "TIME", "MONEY")) or token.lower_ in PEOPLE_ARGUMENTS


def _owner(thing: Token) -> Token | None:
    """The party a thing evaluated is, or belongs to: itself, its possessor, its 'by'
    agent, or itself when a national adjective modifies it ("Peru's decision", "the move
    by Chile", "the Swedish move", "Chilean troops")."""
    if _party(thing):
        return thing
    for c in thing.children:
        if c.dep_ == "poss" and _party(c):
            return c
    for p in thing.children:
        if p.dep_ in ("prep", "agent") and p.lower_ == "by":
            for o in p.children:
                if o.dep_ == "pobj" and _party(o):
                    return o
    if any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in thing.children):
        return thing  # "Chilean troops", "the Swedish move": the adjective codes it; a
        # name as compound is a topic ("his concerns over Ukraine policy": not Ukraine's)
    return None


def _clause_owner(clause: Token) -> Token | None:
    """The party a that-clause is about: its subject, or the subject's owner."""
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return None
    for s in clause.children:
        if s.dep_ in ("nsubj", "nsubjpass"):
            return _owner(s)
    return None


def _feeling(verb: Token) -> tuple[Token, Coding] | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _data()["verbs"]:
        return None
    for o in verb.children:
        if o.dep_ in ("dobj", "nsubjpass"):
            found = _data()["feelings"].get(o.lemma_.lower()) or \
                _data()["feelings"].get(o.lower_)
            if found is not None and not any(c.dep_ == "neg" or c.lower_ == "no"
                                             for c in o.children):
                return o, found
    return None


def evaluated(verb: Token, hit: tuple[Token, Coding] | None = None) -> Token | None:
    """The party the feeling expressed is about (see the module), or None; ``hit``: the
    verb's :func:`_feeling` where the caller has it."""
    hit = hit or _feeling(verb)
    if hit is None:
        return None
    noun, found = hit
    preps = _data()["preps"] | (_data()["approval_preps"] if found.type == "SUPPORT"
                                else frozenset())
    for head in (noun, verb):
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                for o in p.children:
                    if o.dep_ == "pobj":
                        owner = _owner(o)
                        if owner is not None:
                            return owner
        for c in head.children:
            if c.dep_ in ("acl", "ccomp") and c.i > noun.i:
                owner = _clause_owner(c)
                if owner is not None:
                    return owner
    return None


def _judged_act(verb: Token) -> Coding | None:
    """A verb of saying (plover_verbs.yaml condemning_speech) whose that-clause says a
    political act is a feeling of disapproval ("'the arrests of opposition leaders are a
    deep concern,' he said"): the clause is 'be', not negated, its predicate one of the
    disapproval nouns and its subject an act the tables code (an arrest, violence), not
    a situation ("the economy is a concern")."""
    from .coding import _coding_for, _rules

    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _rules()["condemning_speech"]:
        return None
    feelings = _data()["feelings"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        kids = [c for c in clause.children if c.dep_ in ("attr", "nsubj", "acomp")]
        feeling = next((c for c in kids if c.pos_ == "NOUN" and feelings.get(
            c.lower_, Coding(None, None, None)).type == "ACCUSE"), None)
        if feeling is None:
            continue
        subjects = [c for c in kids if c.dep_ == "nsubj" and c is not feeling]
        if any(t.pos_ == "NOUN" and _coding_for(t).type is not None
               for s in subjects for t in (s, *s.conjuncts)):
            return feelings[feeling.lower_]
    return None


def coding(token: Token, found: Coding) -> Coding | None:
    """ACCUSE 110 or SUPPORT 051 for a feeling expressed about a party's act; None where
    this rule has nothing to say."""
    if found.type is not None:
        return None
    judged = _judged_act(token)
    if judged is not None:
        return judged
    hit = _feeling(token)
    if hit is None or evaluated(token, hit) is None:
        return None
    return hit[1]


def targets(look, triggers: list[Token], coding: dict[int, Coding],
            found: dict[int, list[EventActor]]) -> None:
    """The target of a feeling expressed is the party it is about, not the feeling (the
    verb's object)."""
    from .roles import _actor  # roles imports the coding tables this module reads

    for verb in triggers:
        hit = _feeling(verb)
        if hit is None or coding[verb.i].type not in ("ACCUSE", "SUPPORT"):
            continue
        party = evaluated(verb, hit)
        noun = hit[0]
        mine = [a for a in found[verb.i]
                if not (a.role == "target" and a.start <= noun.idx < a.end)]
        actor = _actor(look, "target", party) if party is not None else None
        if actor is not None and not any(a.role == "target" and a.start == actor.start
                                         for a in mine):
            mine.append(actor)
        found[verb.i] = mine
