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


@lru_cache(maxsize=1)
def _gates() -> dict:
    data = load_yaml("route_gates.yaml")
    return {"sourceless_keep": frozenset(data["sourceless_nouns"]["keep"]),
            "uncoded_routes": frozenset(data["uncoded_sources"]["routes"]),
            "uncoded_keep": frozenset(data["uncoded_sources"]["keep"])}


def prepare() -> None:
    _gates()


def gated(trigger: Token, found: list[EventActor], type_: str | None,
          route: str | None) -> str | None:
    """Why an event of this type, route and arguments is not coded, or None: a noun of a
    category other than force with no source ("criticism of Nafta"); a verb coded by
    its lemma alone whose sources are all named entities with no code, and no target
    with one ("Peyton Manning was supporting him"; "Ramon Ortiz criticized Catholic
    voters" stays: round 17 codes criticism of the public by a person of no sector)."""
    gates = _gates()
    sources = [a for a in found if a.role == "source"]
    if trigger.pos_ in ("NOUN", "PROPN") and not sources and \
            type_ not in gates["sourceless_keep"] and not _undergone(trigger):
        return "sourceless noun"
    if trigger.pos_ == "VERB" and route in gates["uncoded_routes"] and sources and \
            type_ not in gates["uncoded_keep"] and \
            all(a.entity_id and not (a.country or a.sector) for a in sources) and \
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
