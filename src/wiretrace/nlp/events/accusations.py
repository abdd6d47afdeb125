"""Accusations, criticism and legal steps, round 28 of issue 18 (branch h-acc28; data in
accusations.yaml, with its sources): a lawsuit by idiom ("took Peru to court"), one who
"stands accused of" an act (the target, as in the passive), criticism "taken aim at" a
party or a policy, and the party an investigation, a complaint or a charge is about ("an
investigation into Governor Ramos", "a probe into China's subsidies", "filed a complaint
against the commission", "complained about Chile's decision").  The file's verbs, nouns
and predicates are read by coding._rules with the other tables.  Kept apart so that the
rules can be read and removed alone; coder.annotate asks :func:`apply`, coder._codable
:func:`undergone`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import prep_objects
from .coding import SUBJECTS, UNCODED, Coding, _rules
from .evaluations import _clause_owner, _owner, _party
from .factuality import _children
from .roles import _actor, _Lookup, _with_conjuncts


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("accusations.yaml")
    return {
        "court_verbs": frozenset(data["court_verbs"]),
        "court_nouns": frozenset(data["court_nouns"]),
        "court": Coding(*data["court_coding"]),
        "accused_states": frozenset(data["accused_states"]),
        "accused_words": frozenset(data["accused_words"]),
        "accused": Coding(*data["accused_coding"]),
        "aim": Coding(*data["aim_coding"]),
        "weapons": frozenset(data["aim_weapon_words"]),
        "armed": frozenset(data["armed_sectors"]),
        "preps": {k: frozenset(v) for k, v in data["target_prepositions"].items()},
        "nouns": frozenset(data["nouns"]),
        "alleging": frozenset(data["alleging_verbs"]),
        "policies": frozenset(load_yaml("criticism_verbs.yaml")["policy_objects"]),
    }


def prepare() -> None:
    _data()


def undergone(trigger: Token) -> bool:
    """"Two soldiers stand accused of the bombing": the subject of 'stand' is accused."""
    return trigger.lower_ in _data()["accused_words"] and \
        trigger.dep_ in ("acomp", "advcl", "oprd", "xcomp") and \
        trigger.head.lemma_.lower() in _data()["accused_states"]



def _to_court(trigger: Token) -> bool:
    """'take' (drag, haul) with a party as object and a court after 'to' (the parser reads
    "to court" as a prepositional phrase or as an infinitive)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _data()["court_verbs"]:
        return False
    courts = _data()["court_nouns"]
    court = any(o.lower_ in courts for o in prep_objects(trigger, ("to",))) or any(
        c.dep_ == "xcomp" and c.lower_ in courts and any(a.lower_ == "to" for a in c.children)
        for c in trigger.children)
    return court and any(_party(o) for o in _children(trigger, "dobj"))


def _aimed_at(trigger: Token, found: list[EventActor]) -> Token | None:
    """What "took aim at" criticizes: a party, what a party has, or a policy (see the data)."""
    data = _data()
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "take" or not any(
            o.lower_ == "aim" for o in _children(trigger, "dobj")):
        return None
    if any(t.lower_ in data["weapons"] or t.lower_ in _rules()["force_instruments"]
           for t in trigger.sent) or any(a.sector in data["armed"] for a in found
                                         if a.role == "source"):
        return None  # "the sniper took aim at the soldiers": a weapon aimed
    aim = [o for o in _children(trigger, "dobj") if o.lower_ == "aim"]
    policies = data["policies"]
    for o in prep_objects(trigger, ("at",)) + prep_objects(aim[0], ("at",)):
        owner = _owner(o)
        if owner is not None:
            return owner
        if o.lemma_.lower() in policies or o.lemma_.lower() in _rules()["unassailable"]:
            return o
    return None


def _alleged(trigger: Token) -> Token | None:
    """The party an allegation is about (see the data): the subject of its that-clause, or
    the subject's owner, when it is no pronoun and not the one alleging."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _data()["alleging"]:
        return None
    for c in trigger.children:  # (the one alleging is left out by the caller, by entity)
        owner = _clause_owner(c) if c.dep_ == "ccomp" else None
        if owner is not None and owner.pos_ != "PRON":
            return owner
    return None


def _about(trigger: Token) -> list[Token]:
    """The party an investigation or a complaint is about (see the data): the
    object of the event word's preposition, or its owner; the preposition may hang on the
    event noun, on the verb whose object it is, or on the coded verb's object."""
    preps = _data()["preps"]
    words = [trigger] + _children(trigger, "dobj")
    out: list[Token] = []
    for word in words:
        allowed = preps.get(word.lemma_.lower()) or preps.get(word.lower_)
        if not allowed:
            continue
        hosts = [word, trigger] if word is not trigger else [word]
        if word.dep_ == "dobj" and word.head.pos_ == "VERB":
            hosts.append(word.head)  # "launched a probe into X": 'into' on the verb
        for host in dict.fromkeys(hosts):
            for o in prep_objects(host, allowed):
                owner = _owner(o)
                if owner is not None:
                    out += [owner] if owner is not o else _with_conjuncts(o)
    return out


def apply(look: _Lookup, triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    data = _data()
    for t in triggers:
        mine = found[t.i]
        if undergone(t):  # "stands accused of": the subject is the target, nobody accuses
            coding[t.i] = data["accused"]
            heads = [s for c in t.head.children if c.dep_ in SUBJECTS
                     for s in _with_conjuncts(c)]
            actors = [a for h in heads if (a := _actor(look, "target", h)) is not None]
            found[t.i] = actors + [a for a in mine if a.role not in ("source", "target")]
            continue
        if _to_court(t):  # "took Peru to court": a lawsuit against Peru
            coding[t.i] = data["court"]
            found[t.i] = [a for a in mine if a.role != "other"]
            continue
        aimed = _aimed_at(t, mine)
        if aimed is not None:  # "took aim at the senator's plan"
            coding[t.i] = data["aim"]
            target = _actor(look, "target", aimed)
            found[t.i] = [a for a in mine if a.role == "source"] + \
                ([target] if target is not None else [])
            continue
        alleged = _alleged(t) if coding[t.i].type == "ACCUSE" and not any(
            a.role == "target" for a in mine) else None
        if alleged is not None and (actor := _actor(look, "target", alleged)) is not None \
                and (actor.entity_id or actor.sector) and actor.entity_id not in {
                    a.entity_id for a in mine if a.role == "source"}:
            found[t.i] = mine + [actor]  # "alleged that Trump's call was irregular": Trump
            continue
        coded = coding[t.i]
        if t.pos_ == "NOUN" and t.lemma_.lower() in data["nouns"] and not any(
                a.role == "source" for a in mine):
            # "the repeated denunciation of Peru": a new noun is coded only with its doer
            # named (the judges mark a nominal accusation with no source wrong_actors where
            # the doer is near, events-web-dev.tsv 'inquiry'), never for its target alone
            coding[t.i] = UNCODED
            continue
        if coded.type != "ACCUSE" or not any(a.role == "source" for a in mine) or any(
                a.role == "target" and a.entity_id for a in mine):
            continue  # only a named doer's event gains its target; none is coded for it
        for head in _about(t):
            actor = _actor(look, "target", head)
            if actor is not None and (actor.entity_id or actor.sector) and not any(
                    a.role == "target" and a.start == actor.start for a in found[t.i]):
                found[t.i] = found[t.i] + [actor]
