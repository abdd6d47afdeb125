"""places.v2: offline gazetteer, namesakes chosen by the article's context, the country
table, and where events happened."""

from __future__ import annotations

import pytest

from wiretrace import clean
from wiretrace.nlp import times
from wiretrace.nlp.actors import entities, gazetteer, places
from wiretrace.nlp.attribution import chains as attribution
from wiretrace.nlp.context import Context, masked_text
from wiretrace.read.text import from_text


def near(location, lat: float, lon: float, within: float) -> bool:
    return abs(location.lat - lat) <= within and abs(location.lon - lon) <= within


def test_lookup_city_by_alternate_name():
    misrata = gazetteer.lookup("Misrata")
    assert misrata.country == "LBY" and misrata.geonames_id == 2214846
    assert near(misrata, 32.4, 15.1, 0.2)


def test_lookup_country_at_its_capital():
    chad = gazetteer.lookup("Chad")
    assert chad.country == "TCD" and chad.geonames_id == 2434508
    assert near(chad, 12.1, 15.0, 0.3)  # N'Djamena
    assert gazetteer.lookup("the U.S.").country == "USA"
    assert gazetteer.lookup("Britain").country == "GBR"


def test_lookup_us_state_and_capital():
    virginia = gazetteer.lookup("Virginia")
    assert virginia.country == "USA" and virginia.name == "Virginia"
    # inside the state (not Virginia, South Africa)
    assert 36.5 <= virginia.lat <= 39.5 and -83.7 <= virginia.lon <= -75.2
    for name in ("Washington DC", "Washington D.C.", "Washington"):
        dc = gazetteer.lookup(name)
        assert dc.country == "USA" and near(dc, 38.9, -77.0, 0.1), name


def test_lookup_prefers_the_most_populous_city():
    assert gazetteer.lookup("Tripoli").country == "LBY"  # not Tripoli, Lebanon
    assert gazetteer.lookup("Nowhereville Flats") is None


def test_lookup_kinds_and_ids():
    assert gazetteer.lookup("Sirte").geonames_id == 2210554
    assert gazetteer.lookup("Misrata").geonames_id == 2214846
    assert gazetteer.lookup("Misrata").kind == "city"
    assert gazetteer.lookup("Europe").kind == "region"
    assert (gazetteer.lookup("Georgia").kind, gazetteer.lookup("Georgia").country) == ("country", "GEO")
    # a town that only lists the name as another name is not that name's place
    assert gazetteer.lookup("Washington").geonames_id == 4140963
    # state abbreviations (data/us_states.tsv); the District of Columbia is the city
    assert gazetteer.lookup("Va.").geonames_id == 6254928
    for name in ("D.C.", "District of Columbia", "Washington, D.C.", "Washington D. C."):
        assert gazetteer.lookup(name).geonames_id == 4140963, name
    assert gazetteer.lookup("Paris, Texas").country == "USA"
    assert gazetteer.lookup("Washington state").kind == "state"


# ------------------------------------------------------------- the founding article


def test_founding_article_places(founding_report):
    by_name = {e.name: e for e in founding_report.entities}
    expected = {  # name: (kind, GeoNames id, country)
        "Libya": ("country", 2215636, "LBY"),
        "Chad": ("country", 2434508, "TCD"),
        "Virginia": ("state", 6254928, "USA"),
        "Washington DC": ("city", 4140963, "USA"),
        "United States": ("country", 6252001, "USA"),
        "Israel": ("country", 294640, "ISR"),
        "Europe": ("region", 6255148, None),
    }
    for name, (kind, geonames_id, country) in expected.items():
        place = by_name[name].place
        assert (place.kind, place.geonames_id, place.country) == (kind, geonames_id, country)
        assert by_name[name].country == country, name
    # Virginia is drawn inside the state, not at Virginia, South Africa
    assert near(by_name["Virginia"].place, 37.5, -78.0, 2.0)
    for e in founding_report.entities:  # places only, and every place known here
        assert (e.place is not None) == (e.type in places.PLACE_TYPES), e.name


def test_founding_article_caption_places_are_not_entities(founding_report):
    """Sirte and Misrata are named only in the photo caption, which the cleaner marks and
    the parser never reads (docs/format.md): they are no entities, so they have no place
    and are no event's location.  The gazetteer knows them."""
    article = founding_report.article
    caption = next(r for r in article.removed if r.reason == "caption")
    assert "Sirte" in article.text[caption.start:caption.end]
    names = {e.name for e in founding_report.entities}
    assert not names & {"Sirte", "Misrata"}
    for e in founding_report.entities:
        for m in e.mentions:
            assert not any(r.start < m.end and m.start < r.end for r in article.removed)
    assert {ev.location.name for ev in founding_report.events if ev.location} <= names


def test_founding_article_event_locations(founding_report):
    where = {ev.trigger.text: ev.location for ev in founding_report.events if ev.location}
    assert where["captured"].name == "Chad" and where["captured"].geonames_id == 2434508
    assert where["settled"].name == "Virginia" and where["settled"].geonames_id == 6254928


# ------------------------------------------------------------ namesakes in context

NAMESAKES = [
    # (text, entity name, expected country, expected kind, a point the place is near)
    ("French officials said protesters gathered in Paris on Sunday.",
     "Paris", "FRA", "city", (48.9, 2.35)),
    ("The mayor of Paris, Texas, met farmers on Monday.",
     "Paris", "USA", "city", (33.7, -95.6)),
    ("Paris police said a fire near a Texas highway closed schools in Lamar County.",
     "Paris", "USA", "city", (33.7, -95.6)),
    # an American article alone does not make Paris the small Texan town
    ("President Biden flew to Paris on Monday to meet Macron, the White House said.",
     "Paris", "FRA", "city", (48.9, 2.35)),
    ("Clashes broke out in Tripoli as Libya's government called for calm.",
     "Tripoli", "LBY", "city", (32.9, 13.2)),
    ("Lebanese troops deployed in Tripoli after clashes in Lebanon's north.",
     "Tripoli", "LBN", "city", (34.4, 35.8)),
    ("Gunmen attacked a hotel in Tripoli. The Lebanese army said the city was calm.",
     "Tripoli", "LBN", "city", (34.4, 35.8)),
    ("Georgia's government in Tbilisi rejected the Russian demand.",
     "Georgia", "GEO", "country", (41.7, 44.8)),
    ("Voters in Georgia lined up in Atlanta on Tuesday.",
     "Georgia", "USA", "state", (33.0, -83.5)),
    ("Troops withdrew from Georgia after the war with Russia.",
     "Georgia", "GEO", "country", (41.7, 44.8)),
    ("Officials in Washington said the plan was approved.",
     "Washington", "USA", "city", (38.9, -77.0)),
    ("Wildfires spread across Washington, and Seattle residents were told to stay home.",
     "Washington", "USA", "state", (47.4, -121.0)),
    ("Officials in Washington state said the ferries would run.",
     "Washington", "USA", "state", (47.4, -121.0)),
    ("Police in Arlington, Va., arrested two men.",
     "Arlington", "USA", "city", (38.9, -77.1)),
    ("Police in Arlington arrested two men, Texas officials said.",
     "Arlington", "USA", "city", (32.7, -97.1)),
    ("The flood hit Portland, Maine, on Sunday.",
     "Portland", "USA", "city", (43.7, -70.3)),
    ("The flood hit Portland on Sunday.",
     "Portland", "USA", "city", (45.5, -122.7)),
    # a town's neighbours pick among towns of its size, not a small namesake of a big city
    ("The airline flies from Chicago to Springfield and Peoria.",
     "Springfield", "USA", "city", (39.8, -89.6)),
    ("The airline flies from its hub in Dublin to Boston, Los Angeles and San Francisco.",
     "Dublin", "IRL", "city", (53.3, -6.3)),
    ("The A380 flew from Frankfurt to Chicago via New York.",
     "Frankfurt", "DEU", "city", (50.1, 8.7)),
]


@pytest.fixture(scope="session")
def resolved(analyze_text_session):
    def run(text: str, name: str):
        report = analyze_text_session(text)
        return next(e for e in report.entities if e.name == name)

    return run


@pytest.fixture(scope="session")
def analyze_text_session(nlp):
    from wiretrace.pipeline import analyze

    return lambda text: analyze(from_text(text), nlp)


@pytest.mark.parametrize(("text", "name", "country", "kind", "point"), NAMESAKES)
def test_namesakes_by_context(resolved, text, name, country, kind, point):
    entity = resolved(text, name)
    assert entity.place is not None, text
    assert (entity.place.country, entity.place.kind) == (country, kind), text
    assert entity.country == country
    assert near(entity.place, *point, within=1.5 if kind == "state" else 0.3), entity.place


def test_the_dateline_is_context(analyze_text_session):
    body = "Gunmen attacked a hotel in Tripoli on Sunday, police said."
    for dateline, country in (("BEIRUT, Nov 20 (Reuters) - ", "LBN"), ("", "LBY")):
        report = analyze_text_session(f"Gunmen attack hotel\n\n{dateline}{body}")
        tripoli = next(e for e in report.entities if e.name == "Tripoli")
        assert tripoli.place.country == country, dateline


def test_a_region_the_gazetteer_lacks_has_no_place(resolved):
    entity = resolved("Tensions rose across the Middle East on Monday.", "Middle East")
    assert entity.place is None and entity.country is None
    assert gazetteer.lookup("the North") is None  # not North Salt Lake, which lists "North"


@pytest.fixture(scope="session")
def located(nlp):
    """(text, trigger word) -> the event location found for that word."""

    def run(text: str, word: str):
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))
        for layer in (entities, times, attribution):  # what events have read before
            layer.annotate(ctx)
        trigger = next(t for t in ctx.doc if t.text == word)
        return ctx, places.event_location(ctx, trigger)

    return run


def test_event_location_from_a_prepositional_phrase(located):
    text = "Haftar was disowned by Gaddafi after he was captured leading forces in Chad in 1987."
    ctx, where = located(text, "captured")
    assert where.name == "Chad" and where.country == "TCD"
    assert where.entity_id == next(e.id for e in ctx.entities if e.name == "Chad")
    # Chad belongs to the clause of "captured", not to "disowned"
    assert located(text, "disowned")[1] is None


def test_event_location_prefers_in_over_outside(located):
    _, where = located("He settled outside Washington DC in Virginia.", "settled")
    assert where.name == "Virginia"


def test_event_location_prefers_the_most_specific(located):
    _, where = located("A soldier rode on the outskirts of Misrata, Libya, on Monday.", "rode")
    assert where.name == "Misrata" and where.country == "LBY"


def test_event_location_of_a_noun(located):
    _, where = located("The meeting in Paris ended without a deal.", "meeting")
    assert where.name == "Paris" and where.country == "FRA"


def test_no_location_without_a_place(located):
    assert located("Officials met in secret on Monday.", "met")[1] is None


EVENT_PLACES = [
    # (text, trigger, the event's place or None)
    ("Smith, who lives in London, attacked a base in Syria.", "attacked", "Syria"),
    ("Smith, who lives in London, attacked a base in Syria.", "lives", "London"),
    ("Officials in Washington said troops captured a town in Chad.", "captured", "Chad"),
    ("Officials in Washington said troops captured a town in Chad.", "said", "Washington"),
    # a reporting frame says where the source is, not where the event was
    ("According to officials in Washington, rebels attacked a convoy near Kabul.",
     "attacked", "Kabul"),
    ("According to officials in Washington, rebels attacked a convoy.", "attacked", None),
    ("As reported by the BBC in London, troops shelled a village in Syria.",
     "shelled", "Syria"),
    ("Speaking in Paris, the minister said militants bombed a market in Baghdad.",
     "bombed", "Baghdad"),
    ("Speaking in Paris, the minister said militants bombed a market in Baghdad.",
     "Speaking", "Paris"),
    # the subject's place is where the actor is; the rest of the clause says where it acted
    ("Rebels in Mali attacked a convoy in Nigeria.", "attacked", "Nigeria"),
    ("Protesters in Cairo marched on Friday.", "marched", "Cairo"),
    ("Troops from Chad clashed with rebels in Sudan.", "clashed", "Sudan"),
    # origins and destinations are not the event's place
    ("He flew from Paris to Berlin.", "flew", None),
    ("Iranian officials in Tehran said Israel struck a site in Syria.", "struck", "Syria"),
]


@pytest.mark.parametrize(("text", "word", "expected"), EVENT_PLACES)
def test_event_location_table(located, text, word, expected):
    where = located(text, word)[1]
    assert (where.name if where else None) == expected
    if where is not None and where.entity_id:
        entity = located(text, word)[0].entity(where.entity_id)
        assert entity.place is None or where.geonames_id == entity.place.geonames_id


def test_gazetteer_cache_round_trip_and_damaged_file(tmp_path, monkeypatch):
    from wiretrace.nlp.actors import gazetteer

    monkeypatch.setenv("WIRETRACE_CACHE_DIR", str(tmp_path))
    gazetteer._gazetteer.cache_clear()
    try:
        built = gazetteer._gazetteer()
        [cache] = list(tmp_path.glob("gazetteer-*.pickle"))
        gazetteer._gazetteer.cache_clear()
        loaded = gazetteer._gazetteer()
        assert loaded.any_name["misrata"][0]["geonameid"] == built.any_name["misrata"][0]["geonameid"]
        assert loaded.any_name.keys() == built.any_name.keys()
        for read, made in zip(loaded, built):  # read in pieces, equal all through
            assert dict(read) == made
        cache.write_bytes(b"not a pickle")
        gazetteer._gazetteer.cache_clear()
        rebuilt = gazetteer._gazetteer()  # a damaged cache is rebuilt, not an error
        assert rebuilt.states.keys() == built.states.keys()
    finally:
        gazetteer._gazetteer.cache_clear()


def test_state_abbreviations_cover_every_state():
    from wiretrace.lexicon import load_tsv

    rows = load_tsv("us_states.tsv")
    assert {r["code"] for r in rows} == {s["code"] for s in gazetteer._gazetteer().states.values()}
    for row in rows:
        for form in filter(None, (row["ap"], *row["other"].split("|"))):
            found = gazetteer.lookup(form)
            assert found is not None and found.country == "USA", form


# ------------------------------------------------------------------------ the scorer


def test_eval_places_on_meantime(nlp):
    from tests.conftest import meantime_path
    from wiretrace.eval import places as places_eval

    result = places_eval.evaluate(meantime_path(), nlp=nlp, limit=6, sample=5)
    assert result["documents"] == 6 and result["mentions"] > 0
    assert 0 < result["resolved"] <= result["mentions"]
    assert result["rate"] == round(result["resolved"] / result["mentions"], 3)
    assert sum(v["mentions"] for v in result["by_label"].values()) == result["mentions"]
    assert sum(result["by_kind"].values()) == result["resolved"]
    assert len(result["sample"]) == 5
    assert all(s["geonames_id"] and s["kind"] for s in result["sample"])
    assert "GPE/LOC/FAC mentions resolved" in places_eval.render(result)
