"""Disrupting or interrupting a speech, a rally or a convention: a protest (round 36,
h-disrupt36, issue 18).

PETRARCH2's DISRUPT block codes "- * SPEECH [140]" (CAMEO.2.0.txt; CAMEO2PLOVER 140:
PROTEST), and PLOVER 3.12 files "all civilian demonstrations and other collective actions
carried out as protests against the recipient" as PROTEST.  plover_verbs.yaml's
``objects`` read the pattern on the occasions of public speaking the press names
('speech', 'remarks', 'rally', 'event', 'convention' ...) and give 'interrupt' the same
sense (Merriam-Webster disrupt: "to interrupt the normal course or unity of").  This module
holds the two things the table cannot say:

* :func:`one_speaker`: the sense is a collective act, not one speaker breaking in on
  another ("Trump interrupted Clinton's remarks") or on her own speech ("she interrupted
  her speech to greet a veteran"): a doer that is one named person or a personal pronoun
  of one person keeps the verb out of the sense;
* :func:`holder`: whom the protest is against is the speaker or the holder the text names
  on the occasion: its possessor ("her speech", "Dole's remarks") or a name before it ("a
  Trump event"), not the occasion itself (a thing, which CONVENTIONS.md U13 reads as no
  target).
"""

from __future__ import annotations

from spacy.tokens import Token

# personal pronouns of one person (Quirk et al. 1985, 6.13): "he interrupted her speech"
ONE_PERSON = frozenset({"i", "you", "he", "she"})


def _doers(verb: Token) -> list[Token]:
    """The verb's subject and its conjuncts, or a passive's by-agent ("the rally was
    interrupted by protesters")."""
    found = [t for c in verb.children if c.dep_ in ("nsubj", "csubj")
             for t in (c, *c.conjuncts)]
    found += [p for c in verb.children if c.dep_ == "agent"
              for p in c.children if p.dep_ == "pobj"]
    return found


def one_speaker(verb: Token) -> bool:
    """Whether the doer is one person: a single name tagged PERSON with no plural head
    ("Sanders protesters" is a group) or a personal pronoun of one person, alone."""
    doers = _doers(verb)
    if len(doers) != 1:
        return False
    doer = doers[0]
    if doer.lower_ in ONE_PERSON:
        return True
    return doer.ent_type_ == "PERSON" and doer.tag_ == "NNP"


def holder(obj: Token) -> Token | None:
    """The speaker or holder named on the occasion: its possessor, else a proper name
    before it ("a Trump event"; not a place, a date or a party's adjective)."""
    for c in obj.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC"):
            return c
    for c in obj.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG"):
            return c
    return None


def target_of(verb: Token, obj: Token) -> Token:
    """The target a verb's object (or passive subject) stands for: the :func:`holder` of an
    occasion the collective sense names, else the object itself."""
    from .coding import _rules  # coding reads this module

    rules = _rules()
    lemma = verb.lemma_.lower()
    if lemma not in rules["collective_senses"]:
        return obj
    words = {w for sense in rules["objects"].get(lemma, ()) for w in sense[1]}
    if obj.lemma_.lower() not in words and obj.lower_ not in words:
        return obj
    return holder(obj) or obj
