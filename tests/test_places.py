"""places.v1: offline gazetteer, country table, and where events happened."""

from __future__ import annotations

import pytest

from wiretrace import clean
from wiretrace.nlp import entities, places
from wiretrace.nlp.context import Context, masked_text
from wiretrace.read.text import from_text


def near(location, lat: float, lon: float, within: float) -> bool:
    return abs(location.lat - lat) <= within and abs(location.lon - lon) <= within


def test_lookup_city_by_alternate_name():
    misrata = places.lookup("Misrata")
    assert misrata.country == "LBY" and misrata.geonames_id == 2214846
    assert near(misrata, 32.4, 15.1, 0.2)


def test_lookup_country_at_its_capital():
    chad = places.lookup("Chad")
    assert chad.country == "TCD" and chad.geonames_id == 2434508
    assert near(chad, 12.1, 15.0, 0.3)  # N'Djamena
    assert places.lookup("the U.S.").country == "USA"
    assert places.lookup("Britain").country == "GBR"


def test_lookup_us_state_and_capital():
    virginia = places.lookup("Virginia")
    assert virginia.country == "USA" and virginia.name == "Virginia"
    # inside the state (not Virginia, South Africa)
    assert 36.5 <= virginia.lat <= 39.5 and -83.7 <= virginia.lon <= -75.2
    for name in ("Washington DC", "Washington D.C.", "Washington"):
        dc = places.lookup(name)
        assert dc.country == "USA" and near(dc, 38.9, -77.0, 0.1), name


def test_lookup_prefers_the_most_populous_city():
    assert places.lookup("Tripoli").country == "LBY"  # not Tripoli, Lebanon
    assert places.lookup("Nowhereville Flats") is None


def test_country_table():
    assert places.country_of_name("United States").alpha3 == "USA"
    assert places.country_of_name("US").alpha3 == "USA"
    assert places.country_of_name("us") is None  # the pronoun
    assert places.country_of_demonym("Libyan").alpha3 == "LBY"
    assert places.country_of_demonym("Israelis").alpha3 == "ISR"
    codes = [c.alpha3 for c in places.countries()]
    assert len(codes) == len(set(codes)) > 240


@pytest.fixture(scope="session")
def located(nlp):
    """(text, trigger word) -> the event location found for that word."""

    def run(text: str, word: str):
        article = clean.clean(from_text(text))
        ctx = Context(article=article, doc=nlp(masked_text(article)))
        entities.annotate(ctx)
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


def test_gazetteer_cache_round_trip_and_damaged_file(tmp_path, monkeypatch):
    from wiretrace.nlp import places

    monkeypatch.setenv("WIRETRACE_CACHE_DIR", str(tmp_path))
    places._gazetteer.cache_clear()
    try:
        built = places._gazetteer()
        [cache] = list(tmp_path.glob("gazetteer-*.pickle"))
        places._gazetteer.cache_clear()
        loaded = places._gazetteer()
        assert loaded.any_name["misrata"][0]["geonameid"] == built.any_name["misrata"][0]["geonameid"]
        assert loaded.any_name.keys() == built.any_name.keys()
        cache.write_bytes(b"not a pickle")
        places._gazetteer.cache_clear()
        rebuilt = places._gazetteer()  # a damaged cache is rebuilt, not an error
        assert rebuilt.states.keys() == built.states.keys()
    finally:
        places._gazetteer.cache_clear()
