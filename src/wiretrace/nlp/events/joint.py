"""Compound actors: one argument phrase that names several countries or bodies through a
list of modifiers ("Hungarian and Romanian officials", "U.S., French and Chinese
officials") is one actor per entity, each with the phrase's sector (PLOVER)."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import EventActor
from ..actors import generic
from ..context import Context


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
