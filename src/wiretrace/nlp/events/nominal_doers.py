"""Doers and recipients of eventive nouns in hard forms (issue 18; round 30, h-hard30),
from grammar and the PLOVER/CAMEO manuals (data/nominal_doers.yaml names the sources):

- The of-phrase of a noun of an intransitive act is its doer, a subjective genitive
  (Quirk et al. 1985, 17.38-17.39): "the withdrawal of Rwandan troops" = the troops
  withdrew; not its target, as the of-phrase of "the capture of X" is.
- The forces in the of-phrase of a noun of deployment are the mobilizing side (CAMEO
  152-154, PLOVER MOBILIZE; the verbs' reading in coder._own_forces): "the deployment of
  Kenyan police officers to Haiti"; the 'to' phrase is where they go, the recipient.
  Peacekeepers are left alone: their deployment is protection given, CAMEO 074 (AID).
- A noun carried by an agentless passive ("sanctions were imposed on X") has its doer
  implicit, as the passive verb's is (Quirk et al. 1985, 3.74): it is no sourceless noun
  naming a topic (gates.py).
- The 'by' phrase the parser hangs on a noun's of-object is the noun's doer ("the arrest
  of a photographer by Zimbabwean police"; CGEL 5.16.3).
- A noun of aid carried by a verb of giving or sending has the verb's 'to' phrase as its
  recipient ("food aid delivered by the WFP to Gaza"; CGEL 4.4.3).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ..context import prep_objects
from .coding import _party_word, _rules


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("nominal_doers.yaml").items()}


def prepare() -> None:
    _data()


def party(t: Token) -> bool:
    """A name, a group or role noun, or a generic actor ("the ELN rebels", "police");
    hardforms.py reads its light-verb complements with the same test."""
    from ..actors.generic import is_generic

    return _party_word(t) or is_generic(t)


def _forces(t: Token) -> bool:
    return t.lemma_.lower() in _data()["forces"] or t.lower_ in _data()["forces"]


def _peacekeeping(t: Token) -> bool:
    """Peacekeepers sent provide protection, CAMEO 074 (PLOVER AID), not the noun's 154."""
    words = _data()["peacekeeping"]
    return t.lemma_.lower() in words or any(c.lower_ in words for c in t.children)


def of_doers(noun: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]] | None:
    """``args`` with the of-phrase of an intransitive or deployment noun read as its doer
    (and the deployed forces' 'to' phrase as the recipient), or None where neither fits."""
    lemma, data = noun.lemma_.lower(), _data()
    forces = lemma in data["forces_nouns"] or noun.lower_ in data["forces_nouns"]
    if (
        not forces
        and lemma not in data["intransitive_nouns"]
        and noun.lower_ not in data["intransitive_nouns"]
    ):
        return None
    doers = [t for t in prep_objects(noun, ("of",)) if party(t) and (not forces or _forces(t))]
    if not doers or (forces and any(_peacekeeping(t) for t in doers)):
        return None
    has_source = any(role == "source" for role, _ in args)
    places = (
        [
            t
            for h in [noun] + doers
            for t in prep_objects(h, ("to",))
            if t.ent_type_ in ("GPE", "ORG") or party(t)
        ]
        if forces
        else []
    )
    out = []
    for role, t in args:
        if t in doers:
            if has_source:  # "Kenya's deployment of troops": its own forces, no target
                continue
            role = "source"
        if t in places:
            continue
        out.append((role, t))
    return out + [("target", t) for t in places]


def passive_carrier(noun: Token) -> bool:
    """A noun that is the subject of an agentless passive of a verb that carries it
    ("fresh sanctions were imposed on X", "a curfew was declared"): its doer is implicit."""
    verb = noun.head
    if (
        noun.dep_ != "nsubjpass"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in _rules()["light_verbs"]
    ):
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def carried_recipients(
    noun: Token, event_type: str | None, args: list[tuple[str, Token]]
) -> list[tuple[str, Token]]:
    """``args`` with the carrier verb's 'to' party as the recipient of a noun of aid
    ("aid delivered by the WFP to Gaza", "a shipment of aid was sent to Sudan")."""
    data = _data()
    if event_type not in data["recipient_types"] or any(r == "target" for r, _ in args):
        return args
    verbs = _rules()["light_verbs"] | _rules()["send_verbs"]
    carrier = None
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs:
        carrier = noun.head
    for c in noun.children:
        if carrier is None and c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            carrier = c
    if carrier is None:
        return args
    seen = {t.i for _, t in args}
    found = [
        t
        for t in prep_objects(carrier, tuple(data["recipient_prepositions"]))
        if party(t) and t.i not in seen
    ]
    return args + [("target", t) for t in found]


def hung_agent(noun: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """``args`` with the doer of an eventive noun whose 'by' phrase the parser hangs on the
    noun's of-object ("the arrest of a photographer by Zimbabwean police"): an agentive
    by-phrase in a noun phrase belongs to the deverbal noun (CGEL 5.16.3, "the destruction
    of the city by the enemy"), not to the person or thing in its of-phrase."""
    from .coding import is_event_noun

    if any(role == "source" for role, _ in args):
        return args
    found = [
        a
        for o in prep_objects(noun, ("of",))
        if not is_event_noun(o)
        for a in prep_objects(o, ("by",))
        if party(a) and a.ent_type_ not in ("DATE", "TIME", "LOC", "FAC")
    ]
    return args + [("source", a) for a in found]
