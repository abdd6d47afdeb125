"""Force between individuals only (issue 18, round 27; data in individual_force.yaml, with
its sources): an ASSAULT none of whose parties is a state, an organization, a group or a
generic actor, and at least one of whose parties is a person ("Trump began attacking Heidi
Cruz", "a hotly fought battle with Senator Bernie Sanders", "Warren was under attack",
"Donald had broken into the market"), is physical force only where its sentence names the
harm or the weapon (PLOVER 3.16).  Otherwise a word of campaign_events.yaml
`verbal_words` is words (ACCUSE 111) and any other word no event.  Kept apart so that the
rule can be read and removed alone; coder.annotate asks :func:`apply`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from .coding import UNCODED, Coding, code

GROUP_KINDS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    data = load_yaml("individual_force.yaml")
    verbal = load_yaml("campaign_events.yaml")["verbal_words"]
    return {"harm": frozenset(data["harm_words"]),
            "pronouns": frozenset(data["person_pronouns"]),
            "verbal": frozenset(verbal)}


def prepare() -> None:
    _data()


def _kind(ctx, actor: EventActor, data: dict) -> str:
    """'group' (a state, an organization, a group, a generic actor), 'person' (a person by
    name or a personal pronoun of one), or 'thing' (no party)."""
    kind = ctx.entity_type(actor.entity_id)
    if kind in GROUP_KINDS or (kind is None and actor.sector is not None):
        return "group"
    if kind == "PERSON" or (kind is None and actor.text.lower() in data["pronouns"]):
        return "person"
    return "group" if kind else "thing"


def _harm(trigger: Token, data: dict) -> bool:
    return any(t.lower_ in data["harm"] or t.lemma_.lower() in data["harm"]
               for t in trigger.sent)


def reading(ctx, trigger: Token, found: list[EventActor], coding: Coding) -> Coding | None:
    """The coding of an ASSAULT between individuals with no harm named (see the module), or
    None where the rule has nothing to say."""
    if coding.type != "ASSAULT":
        return None
    data = _data()
    kinds = {_kind(ctx, a, data) for a in found}  # "a battle with X": X is "other" here
    if "person" not in kinds or "group" in kinds or _harm(trigger, data):
        return None
    word = trigger.lemma_.lower()
    verbal = word in data["verbal"] or trigger.lower_ in data["verbal"]
    return code("111") if verbal else UNCODED


def apply(ctx, triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    for t in triggers:
        new = reading(ctx, t, found[t.i], coding[t.i])
        if new is not None:
            coding[t.i] = new
