"""Arguments of events in hard forms (issue 18; round 28, h-hard28), from grammar:

- Light-verb constructions (Huddleston & Pullum 2002, CGEL 4.7 "light verbs"; Quirk et
  al. 1985, 2.59): in "slapped sanctions on Belarus", "reached an agreement with the ELN",
  "sanctions imposed by Canada on Iranian officials" the event is the noun and the verb
  carries its complements; the party in the verb's prepositional phrase is whom the
  noun's act is done to or agreed with, and the noun itself is the content, not a
  target.
- Pseudo-partitives (CGEL 5.9.2: "thousands of teachers", "dozens of fighters"): the
  quantity noun is the syntactic head, but the group counted is the of-complement; the
  actor's words run to it.
- Agentless passives whose doer the text gives in the clause before (Quirk et al. 1985,
  3.74: the agent is left out where the context recovers it): "Thai police raided a
  warehouse, and six workers were detained".  Only where both clauses report force or
  coercion (PLOVER ASSAULT, COERCE): the raid's doer is the one who detains.
- The of-phrase of a travel noun is its traveller (a subjective genitive: Quirk et al.
  1985, 17.38-17.39; "the visit of the Pope" = the Pope visits), and its 'to' phrase the
  place visited, the target (also where the parser hangs it on the traveller: "the visit of
  the Indian foreign minister to Nepal").
- Reduced relatives with an agent (CGEL 7.6, past-participial relatives; Quirk 17.29):
  "a convoy attacked by militants" is the passive clause "a convoy that was attacked by
  militants"; with its by-agent it reports the act, as the full relative would.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..context import prep_objects
from . import nominal_doers
from .adjuncts import held_place, imposed_on
from .coding import SYMMETRIC, _coding_for, _rules, is_event_noun
from .nominal_doers import party as _party

# prepositions of a light verb that name whom the noun's act is done to or shared with
ON = ("on", "upon", "against")
WITH = ("with",)



def _carrier(noun: Token) -> Token | None:
    """The verb that carries a noun's complements: the verb whose object (or passive
    subject) it is ("slapped sanctions on"), or its own past participle ("sanctions
    imposed by Canada on")."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB":
        return noun.head
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            return c
    return None


def adjust(trigger: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """``args`` (role, head word) with the light-verb complements read as above."""
    if trigger.pos_ != "VERB":  # round 30: subjective genitives, recipients of aid nouns
        own = nominal_doers.of_doers(trigger, args)
        if own is not None:
            return own
        args = nominal_doers.carried_recipients(trigger, _coding_for(trigger).type, args)
        args = nominal_doers.hung_agent(trigger, args)
    if trigger.pos_ != "VERB" and \
            trigger.lemma_.lower() in _rules()["adjunct_agents"]["travel_nouns"]:
        return _travel(trigger, args)
    if trigger.pos_ != "VERB":
        verb = _carrier(trigger)
        if verb is None or any(role == "target" for role, _ in args):
            return args
        light = verb.lemma_.lower() in _rules()["light_verbs"] | _rules()["aspect_verbs"]
        on = prep_objects(verb, ON) + (prep_objects(trigger, ON) if light else [])
        parties = [t for t in on if _party(t) or held_place(trigger, t)]
        if parties and imposed_on(trigger, "on"):
            return args + [("target", t) for t in parties]
        if trigger.lemma_.lower() in SYMMETRIC:
            return args + [("partner", t) for t in prep_objects(verb, WITH) if _party(t)]
        return args
    doers = _earlier_doers(trigger) if not any(r == "source" for r, _ in args) else []
    args = args + [("source", t) for t in doers]
    contents = [c for c in trigger.children if c.dep_ == "dobj" and is_event_noun(c)
                and not _party(c)]
    parties = [t for t in prep_objects(trigger, WITH) if _party(t)]
    own = [t for c in contents for t in prep_objects(c, WITH) if _party(t)]
    if not contents or not parties + own:
        return args
    # "reached an agreement with the ELN": the ELN is the target, the agreement the content
    out = [(role, t) for role, t in args if not (role == "target" and t in contents)]
    return [("target" if role in ("other", "partner") and t in parties else role, t)
            for role, t in out] + [("target", t) for t in own]


def _travel(noun: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    # a person or a body travels; "a tour of Asia" names the place toured
    travellers = [t for t in prep_objects(noun, ("of",))
                  if _party(t) and t.ent_type_ not in ("GPE", "LOC", "FAC")]
    if not travellers or any(role == "source" for role, _ in args):
        return args
    places = [t for h in [noun] + travellers for t in prep_objects(h, ("to",))
              if t.ent_type_ in ("GPE", "ORG") or _party(t)]
    out = [("source" if t in travellers and role == "target" else role, t)
           for role, t in args if t not in places]
    return out + [("target", t) for t in places]


FORCE = frozenset({"ASSAULT", "COERCE"})


def _force(verb: Token) -> bool:
    return _coding_for(verb).type in FORCE or any(
        c.dep_ == "dobj" and _coding_for(c).type in FORCE for c in verb.children)


def _earlier_doers(verb: Token) -> list[Token]:
    """The subject of the active clause an agentless passive clause of force is
    coordinated with ("X raided ..., and Y were detained"), else none."""
    children = list(verb.children)
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubjpass" for c in children) or any(
            c.dep_ == "agent" for c in children):
        return []
    first = verb.head
    if first.pos_ != "VERB" or first.i > verb.i or not _force(verb) or not _force(first) \
            or any(c.dep_ == "auxpass" for c in first.children):
        return []
    return [c for c in first.children if c.dep_ == "nsubj" and _party(c)]


def counted_end(head: Token, quantities, names) -> int | None:
    """Where the group a quantity noun counts ends ("Thousands of teachers", "some of the
    claimants"), else None: not for a name ("the Group of 8", in ``names``) nor for what
    is no party ("the rebel group of killing", "some of its restrictions")."""
    if head.lower_ not in quantities or head.i in names:
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and (
                        _party(o) or o.ent_type_ in ("NORP", "GPE", "ORG")):
                    return o.idx + len(o.text)
    return None


def agentive_participle(trigger: Token, event_type: str | None, found) -> bool:
    """A past participle modifying a noun with a by-agent ("a convoy attacked by
    militants"): a passive clause that reports the act, when it is one of force (the
    noun, a person or a thing, undergoes it) or when a party other than the noun is its
    target ("a ceasefire brokered by Qatar between Israel and Hamas").  The noun alone is a
    theme, not a recipient ("a batch of vaccine purchased by the government")."""
    if trigger.lemma_.lower() in _rules()["light_verbs"] and is_event_noun(trigger.head):
        return False  # "sanctions imposed by Canada": the noun is the event
    if not (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.pos_ == "VERB" and
            any(c.dep_ == "agent" and any(o.dep_ == "pobj" for o in c.children)
                for c in trigger.children)):
        return False
    noun = trigger.head.idx
    return event_type in FORCE or any(
        a.role in ("target", "other") and a.entity_id and not a.start <= noun < a.end
        for a in found)
