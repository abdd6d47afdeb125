"""Generic actors of several states (issues 18 and 20): a group noun whose own words say
it is of more than one state, or of no state in particular, takes no country from the
event's place or the article's main country (docs/actors.md, "Generic actors and argument
codes").  CAMEO codes such actors with a region code ("European governments" EUR GOV) or
none, never one state's; wiretrace's country field holds one state, so it stays empty."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import Context

PLACE_TYPES = frozenset({"GPE", "NORP", "LOC", "FAC"})
# modifiers of the noun: "international forces", "European governments"
MODIFIERS = frozenset({"compound", "amod", "nmod"})
# places of the noun's clause that spread it over a region: "across the continent"
SPREADING_PREPS = frozenset({"across", "throughout", "around", "in"})
# the noun's phrase goes on through these; a clause of its own does not ("officials who
# met in Paris")
PHRASE_DEPS = frozenset(
    {
        "prep",
        "pobj",
        "conj",
        "cc",
        "appos",
        "compound",
        "amod",
        "nmod",
        "poss",
        "det",
        "punct",
        "nummod",
        "quantmod",
        "case",
    }
)


@lru_cache(maxsize=8)
def words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("generic_actors.yaml").get(key) or ())


def several_states(ctx: Context, actor: EventActor, head: Token, owner: Token | None) -> bool:
    """Whether a generic actor (``head`` its noun, ``owner`` the group that owns it) is of
    several states or none named: a body a state has one of, in the plural
    ("governments"); refugees, outside their own country; a noun modified by a word of
    several states ("international forces", "world leaders") or a region's name
    ("European governments", "West African griots"); a phrase that names places of two
    or more countries ("officials in Belgium, Germany and Italy"); a clause spread over a
    region ("Across the continent, opposition parties complained")."""
    entity = ctx.entity(actor.entity_id) if actor.entity_id else None
    if entity is not None and entity.type not in PLACE_TYPES:
        return False  # a named person or organization
    if entity is None and actor.sector == "REF" and any(_abroad(t) for t in (head, owner) if t):
        return True  # refugees: outside their own country (generic_actors.yaml: abroad)
    if (
        entity is None
        and head.tag_ in ("NNS", "NNPS")
        and head.lemma_.lower() in words("one_per_state")
    ):
        return True
    if any(
        c.dep_ in MODIFIERS and (c.lower_ in words("of_several_states") or _region(ctx, c))
        for c in head.children
    ):
        return True
    if len(_phrase_countries(ctx, head)) > 1:
        return True
    clause = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return any(
        p.dep_ == "prep" and p.lower_ in SPREADING_PREPS and _region(ctx, o)
        for t in (head, clause)
        if t is not None
        for p in t.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def _region(ctx: Context, t: Token) -> bool:
    """A region of several states: its name or adjective ("Europe", "European", "West
    African"; generic_actors.yaml: regions) or a noun for one ("the continent")."""
    if t.lemma_.lower() in words("region_nouns"):
        return True
    entity = ctx.entity(ctx.token_entity.get(t.i))
    if entity is None or entity.country or entity.type not in PLACE_TYPES:
        return t.lower_ in words("regions")
    name = entity.name.lower().removeprefix("the ")
    return name in words("regions") or t.lower_ in words("regions")


def _phrase_countries(ctx: Context, head: Token) -> set[str]:
    """The countries of the places named in the noun's own phrase (not in a clause of its
    own): "officials ... in the EU, Belgium, Germany, Italy" BEL, DEU, ITA."""
    out: set[str] = set()
    stack = [c for c in head.children if c.dep_ in PHRASE_DEPS]
    while stack:
        t = stack.pop()
        entity = ctx.entity(ctx.token_entity.get(t.i))
        if entity is not None and entity.country and entity.type in PLACE_TYPES:
            out.add(entity.country)
        stack.extend(c for c in t.children if c.dep_ in PHRASE_DEPS)
    return out


def _abroad(t: Token) -> bool:
    """ "refugees", "asylum seekers": people who are, by definition, outside their country."""
    found = [c.lower_ for c in t.lefts if c.dep_ == "compound"] + [t.lemma_.lower()]
    return bool({found[-1], " ".join(found[-2:])} & words("abroad"))


def prepare() -> None:
    for key in ("one_per_state", "abroad", "of_several_states", "regions", "region_nouns"):
        words(key)
