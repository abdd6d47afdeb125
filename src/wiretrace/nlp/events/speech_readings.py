"""Verbs of speech and asking that report no PLOVER event (issue 18, round 28; data and
sources in speech_readings.yaml): a request, refusal or acceptance of an interview or a
comment to the press ("declined to be interviewed for this article", "his interview
requests": journalism), "agree" in its sense of concurring with a view ("Manafort said
he agreed with Cruz", "Paradis agrees"), which agrees to no act, and a verb of naming in a
free relative ("railing against what he calls a corrupt process").  Kept apart so that the
rules can be read and removed alone; coder asks :func:`no_event`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import Coding

# determiners of remarks already made (Quirk et al. 1985, 5.26: definite reference)
DEFINITE = ("the", "these", "those", "this", "that")


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("speech_readings.yaml")
    return {"categories": frozenset(data["interview_categories"]),
            "interview": frozenset(data["interview_words"]),
            "concur": frozenset(data["concur_verbs"]),
            "accepted": frozenset(data["accepted_nouns"]),
            "agreed_preps": frozenset(data["agreed_preps"]),
            "naming": frozenset(data["naming_verbs"])}


def prepare() -> None:
    _data()


def interview(trigger: Token, coding: Coding) -> bool:
    """A request, refusal or acceptance whose content is an interview or a comment to the
    press: the verb after 'to' (or 'to be'), the object, or for a noun its compound or
    its 'for' phrase ("declined to be interviewed", "refused to comment", "requested an
    interview", "his interview requests", "a request for an interview")."""
    data = _data()
    if coding.type not in data["categories"]:
        return False
    words = data["interview"]

    def own(noun: Token) -> bool:  # not "shrugged off Trump's comments": another's words
        lemma = noun.lemma_.lower()
        return lemma in words and not any(
            c.dep_ == "poss" and c.lower_ not in ("his", "her", "its", "their")
            # "rejected the comments by (from) Peru": the speaker named
            or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
            # "dismissed the comments": remarks already made, no comment asked for
            or lemma == "comment" and c.dep_ == "det" and c.lower_ in DEFINITE
            for c in noun.children)

    for c in trigger.children:
        if c.dep_ in ("xcomp", "dobj", "compound") and own(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
                o.dep_ == "pobj" and own(o) for o in c.children):
            return True
    return False


def concurring(trigger: Token, coding: Coding) -> bool:
    """"agree" / "concur" as sharing a view: a 'with' phrase that names no proposal, offer
    or demand accepted, and nothing agreed to or on (no infinitive, no object, no 'to' /
    'on' phrase, no clause), or no complement at all in the simple present ("she
    agrees")."""
    data = _data()
    if coding.type != "AGREE" or trigger.pos_ != "VERB" or \
            trigger.lemma_.lower() not in data["concur"]:
        return False
    deps = {c.dep_ for c in trigger.children}
    if deps & {"xcomp", "dobj", "ccomp", "advcl", "nsubjpass"}:
        return False  # "agreed to withdraw", "agreed a deal", "agreed that talks resume"
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    if preps & data["agreed_preps"]:
        return False  # "agreed on a ceasefire", "agreed to the plan"
    if "with" in preps:  # "agreed with Chile's proposal": a thing accepted, not a view
        return not any(o.lemma_.lower() in data["accepted"] or o.lower_ in data["accepted"]
                       for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"
                       for o in c.children if o.dep_ == "pobj")
    return not preps and trigger.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ == "aux" for c in trigger.children)


def naming(trigger: Token, coding: Coding) -> bool:
    """"what he calls a corrupt process": a verb of naming whose object is the free
    relative's 'what' names the thing the governing verb acts on ("railing against what he
    calls ..."); the act is the governing verb's, the naming no request or other act of its
    own (CGEL 12.6 fused relatives: the clause is a noun phrase).  A name that is itself a
    negative verdict ("what he calls the 'immoral' lie", ACCUSE) keeps the criticism (C18)."""
    return coding.type != "ACCUSE" and trigger.pos_ == "VERB" and \
        trigger.lemma_.lower() in _data()["naming"] and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in trigger.children)


def no_event(trigger: Token, coding: Coding) -> bool:
    return interview(trigger, coding) or concurring(trigger, coding) or naming(trigger, coding)
