"""Events whose only doer is an organization no actor dictionary knows (round 33).

Political event data codes an event between codable actors: PETRARCH2 leaves a sentence
uncoded when its source matches no actor dictionary entry, and ICEWS and PLOVER keep
only events whose source has an actor code (a country, an international or non-state
body, a sector).  wiretrace codes events of any named entity (``coding.ACTOR_KINDS``);
this module names the one kind measured to be mostly no political event on the dev
judgment files: a source that is a named organization with no country and no sector
(a publisher, a company, a plant: "HarperCollins declined the offer", "Grand Central
agreed to publish the book"), where no source or target of the event has a code.  Its
mention stays (``coder.refusal`` answers "unlisted_org").  Not so for a role noun that
names people ("Quad leaders": its head says who acts), for a description without a name
("the organization", which points back), and wherever the target is a coded actor
("NextGen Climate demands that Congress ...")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...lexicon import load_yaml
from ...model import EventActor
from ..actors import generic


@lru_cache(maxsize=1)
def _people_heads() -> frozenset[str]:
    """Nouns for people (generic_actors.yaml ``group_heads``): "leaders", "members"."""
    return frozenset(load_yaml("generic_actors.yaml")["group_heads"])


def prepare() -> None:
    _people_heads()


def _unlisted_org(ctx, actor: EventActor) -> bool:
    if actor.country or actor.sector or ctx.entity_type(actor.entity_id) != "ORG":
        return False
    doc: Doc = ctx.doc
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.pos_ == "NOUN" and (generic.noun_sectors(head) or head.lemma_.lower() in
                                _people_heads()):
        return False
    return any(t.pos_ == "PROPN" for t in span)


def unlisted_source(ctx, found: list[EventActor]) -> bool:
    """Every source is a named organization with no code, and no source or target has a
    code: PETRARCH2 and ICEWS code no event without a coded source actor."""
    sources = [a for a in found if a.role == "source"]
    if not sources or any(a.country or a.sector for a in found
                          if a.role in ("source", "target")):
        return False
    return all(_unlisted_org(ctx, a) for a in sources)
