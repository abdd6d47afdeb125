"""events: gates by coding route and actor evidence (issue 18, round 29).

Where the route of a coded event (``events[].route``, :mod:`.routes`) and what its actors
are show a class of events that judged dev sets find mostly wrong, the event is left
uncoded (``route_gates.yaml`` gives each gate's source and its dev counts; docs/events.md
"Routes")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import Context
from . import nominal_doers


@lru_cache(maxsize=1)
def _gates() -> dict:
    data = load_yaml("route_gates.yaml")
    return {"sourceless_keep": frozenset(data["sourceless_nouns"]["keep"]),
            "uncoded_routes": frozenset(data["uncoded_sources"]["routes"]),
            "uncoded_keep": frozenset(data["uncoded_sources"]["keep"])}


def prepare() -> None:
    _gates()
    nominal_doers.prepare()


def gated(trigger: Token, found: list[EventActor], type_: str | None,
          route: str | None, ctx: Context) -> str | None:
    """Why an event of this type, route and arguments is not coded, or None: a noun of a
    category other than force with no source ("criticism of Nafta"); a verb coded by
    its lemma alone whose sources are all named PERSONS with no code, and no target
    with one ("Peyton Manning was supporting him"; "Ramon Ortiz criticized Catholic
    voters" stays: round 17 codes criticism of the public by a person of no sector; a
    firm or body named stays: "McDonnell Douglas merged with Boeing")."""
    gates = _gates()
    sources = [a for a in found if a.role == "source"]
    if trigger.pos_ in ("NOUN", "PROPN") and not sources and \
            type_ not in gates["sourceless_keep"] and not _undergone(trigger) and \
            not nominal_doers.passive_carrier(trigger):  # "sanctions were imposed on X"
        return "sourceless noun"
    if trigger.pos_ == "VERB" and route in gates["uncoded_routes"] and sources and \
            type_ not in gates["uncoded_keep"] and \
            all(_private_person(ctx, a) for a in sources) and \
            not any(a.role == "target" and (a.country or a.sector) for a in found):
        return "uncoded source"
    return None


def _undergone(noun: Token) -> bool:
    """A noun after 'under' ("came under criticism", "put under investigation", "remain
    under sanctions"): what its subject undergoes, whose doer is implicit as a passive's
    (Merriam-Webster "under" 2: subject to the authority or action of)."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _private_person(ctx: Context, actor: EventActor) -> bool:
    """A named person with no code: no office, country or sector the dictionaries or the
    article give.  A named organization with no code (a firm, a body no dictionary
    holds) is an institution whose acts are events of their own kind (mergers, orders,
    offers), and the cross-document clusters of MEANTIME's business news join them
    (docs/quality.md, round 29: gating them too lowered the cross-document event floor)."""
    entity = ctx.entity(actor.entity_id) if actor.entity_id else None
    return entity is not None and entity.type == "PERSON" and \
        not (actor.country or actor.sector)
