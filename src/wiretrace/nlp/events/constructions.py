"""Events by construction (issue 18, round 15; docs/events.md, roles): events the
vocabulary codes but the clause hides.

* A verb whose subject undergoes the act its object names ("suffered sanctions by the
  EU", "received a visit from the king"): the act is the event, done by its own doer to
  the verb's subject (:func:`apply_undergone`).

Relative clauses that report a named party's past act ("Christie, who lit into Rubio")
were coded here for a while in round 15 and taken out: on the check sets all four new
events were wrong (docs/quality.md, "Round 15: events by construction").

Data: plover_verbs.yaml `constructions`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from .coding import UNCODED, Coding


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    data = load_yaml("plover_verbs.yaml")["constructions"]
    return {k: frozenset(v) for k, v in data.items()}


def _undergoing_verb(noun: Token) -> Token | None:
    """The verb of undergoing whose object ``noun`` is ("suffered sanctions"), or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in _table()["undergoing_verbs"]:
        return None
    return verb


def _phrase_sources(head: Token, deps: tuple[str, ...], preps: tuple[str, ...],
                    actors: list[EventActor]) -> list[EventActor]:
    """The ``actors`` that hold an object of ``head``'s phrases (``deps``) of ``preps``,
    made sources."""
    starts = [p.idx for c in head.children if c.dep_ in deps and c.lower_ in preps
              for p in c.subtree if p.dep_ == "pobj"]
    return [a.model_copy(update={"role": "source"}) for a in actors
            if any(a.start <= s < a.end for s in starts)]


def _verb_doers(verb: Token, found: list[EventActor]) -> list[EventActor]:
    """The verb's own 'from' or 'by' phrase ("received a visit yesterday from X")."""
    return _phrase_sources(verb, ("prep", "agent"), ("from", "by"),
                           [a for a in found if a.role in ("other", "target")])


def _noun_doers(noun: Token, mine: list[EventActor]) -> list[EventActor]:
    """The noun's own doer: its source, or its 'from' phrase (any act: "sanctions from
    the EU")."""
    own = [a for a in mine if a.role == "source"]
    if own:
        return own
    return _phrase_sources(noun, ("prep",), ("from",), mine)


def apply_undergone(triggers: list[Token], coding: dict[int, Coding],
                    found: dict[int, list[EventActor]]) -> None:
    """The act named as undergone is the event, with its own doer as source and the
    verb's subject as target; the verb is no event of its own.  Left alone when the verb
    is coded by a pattern of its own ("drew criticism from X") or the act has no doer
    named and the verb's subject is no party."""
    at = {t.i for t in triggers}
    for n in triggers:
        if n.pos_ != "NOUN" or not coding[n.i].type:
            continue
        verb = _undergoing_verb(n)
        if verb is None or (verb.i in at and coding[verb.i].type) or any(
                a.role == "target" and a.entity_id for a in found[n.i]):
            continue  # coded by the verb ("drew criticism"), or received (receiving.py)
        mine = [a for a in found[n.i] if not (a.role == "target" and a.entity_id is None)]
        doers = _noun_doers(n, mine) or (_verb_doers(verb, found[verb.i])
                                         if verb.i in at else [])
        takers = [a.model_copy(update={"role": "target"}) for a in found.get(verb.i, [])
                  if a.role == "source" and a.entity_id]
        if not takers:
            continue
        rest = [a for a in mine if a.role != "source" and a not in doers]
        found[n.i] = doers + takers + rest
        if verb.i in at:
            coding[verb.i] = UNCODED


def prepare() -> None:
    """Load the table now (see :func:`wiretrace.pipeline.load`)."""
    _table()
