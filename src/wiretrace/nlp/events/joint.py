"""Compound actors: one argument phrase that names several countries or bodies through a
list of modifiers ("Hungarian and Romanian officials", "U.S., French and Chinese
officials") is one actor per entity, each with the phrase's sector (PLOVER); a plural
description of two states ("both countries", "the two nations") is the two states the
text has just named."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import EventActor
from ..actors import generic
from ..context import Context

# Plural nouns for states that a description of exactly two of them is headed by ("both
# countries", "the two nations", "the two governments").
PAIR_NOUNS = frozenset({"country", "nation", "state", "government", "neighbor", "neighbour"})


def with_joint(ctx: Context, head: Token, actor: EventActor) -> list[EventActor]:
    """An argument as its actors: the actor itself and one more for each other entity its
    phrase names (:func:`joint_entities`); a description of two states with no entity of
    its own is one actor for each of them (:func:`pair_entities`)."""
    if actor.entity_id is None and actor.role == "source" and head.dep_ in ("nsubj", "nsubjpass"):
        pair = pair_entities(ctx, head)  # a subject: "a pact between the two" is no doer
        if pair:
            return [joint_actor(ctx, actor, e) for e in pair]
    return [actor, *(joint_actor(ctx, actor, e)
                     for e in joint_entities(ctx, head, actor.entity_id))]


def pair_entities(ctx: Context, head: Token) -> list[str]:
    """The two states a plural description of two refers to ("both countries", "the two
    nations", "the two governments"): a definite plural, headed by a noun for states
    (:data:`PAIR_NOUNS`) and determined by "both" or by "the" with "two", is anaphoric
    (Quirk et al. 1985, 5.27, 19.40: "both" presupposes the two already given), and
    refers to the two countries the text names in its sentence before it and the sentence
    before, when exactly two are named there; none when fewer or more are (which two is
    then not clear)."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in PAIR_NOUNS:
        return []
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod")}
    if "both" not in words and not {"the", "two"} <= words:
        return []
    first = head.sent.start
    if first > 0:
        first = head.doc[first - 1].sent.start
    found: dict[str, str] = {}  # country -> the entity that names it last
    for i in range(first, head.i):
        entity = ctx.entity(ctx.token_entity.get(i))
        if entity is not None and entity.type in ("GPE", "NORP") and entity.country:
            if entity.country in found and entity.place is not None and \
                    entity.place.kind != "country":
                continue  # "Peru and Chile met in Lima": the country, not its city
            found.pop(entity.country, None)
            found[entity.country] = entity.id
    return list(found.values()) if len(found) == 2 else []


def joint_entities(ctx: Context, head: Token, first: str | None) -> list[str]:
    """Other entities a phrase names through conjoined modifiers: "Senior Hungarian and
    Romanian officials" are Hungary's and Romania's (PLOVER's compound actor)."""
    out: list[str] = []
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i in ctx.token_entity:
            # "U.S., French and Chinese officials": the parser can hang each item of the
            # list on the noun; an item that begins the list (its comma or "and" among
            # its children) is a joint owner as much as its conjuncts are
            listed = [child] if _list_item(ctx, child) else []
            for other in (*listed, *child.conjuncts):
                entity_id = ctx.token_entity.get(other.i)
                if entity_id and entity_id != first and entity_id not in out:
                    out.append(entity_id)
    return out


def _list_item(ctx: Context, token: Token) -> bool:
    """A country or people in a list of modifiers: a comma or a conjunction hangs on it."""
    entity = ctx.entity(ctx.token_entity.get(token.i))
    return (entity is not None and entity.type in {"GPE", "NORP"}
            and any(c.dep_ in {"punct", "cc"} and c.text in {",", "and", "or"}
                    and c.i > token.i for c in token.children))


def joint_actor(ctx: Context, actor: EventActor, entity_id: str) -> EventActor:
    """The same argument for another entity it names: "Hungarian and Romanian officials"
    are Romania's officials too (the noun's sector, the other country)."""
    if actor.code_basis == "phrase":
        other = ctx.entity(entity_id)
        return actor.model_copy(update={"entity_id": entity_id,
                                        "country": other.country if other else None})
    return generic.coded(actor.model_copy(update={"entity_id": entity_id}),
                         generic.entity_code(ctx, entity_id)
                         or generic.Code(None, None, None))
