"""Round 34 (issue 20): a person no dictionary, title or role codes takes the article's main
country where that is the outlet's own (animate.home_people); "on" before a country's name
is not the event's place (places.event_location)."""

from __future__ import annotations

import pytest

from wiretrace.outlets import normalize, outlets

from .conftest import assert_offsets

TEXT = ("Ohio race\n\nMaria Delgado accused Governor Mike DeWine of lying to Ohio voters on "
        "Tuesday in Columbus, Ohio. Ohio voters will choose a new governor in November, and "
        "Ohio's Republicans hope to keep the office, she said.")


def _sources(report, trigger):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector, a.code_basis) for a in event.actors
            if a.role == "source"}


@pytest.mark.parametrize("outlet, code", [
    ("The New York Times", ("USA", None, "article")),  # the outlet's own country
    ("breitbart", ("USA", None, "article")),  # PolNeAR's outlet id (data/outlets.yaml)
    ("Daily Trust", (None, None, None)),  # a Nigerian outlet on Ohio: no guess
    (None, (None, None, None)),  # no outlet known
])
def test_an_uncoded_person_takes_the_home_country_of_the_outlet(analyze_text, outlet, code):
    r = analyze_text(TEXT, published="2022-05-03", outlet=outlet)
    assert ("Maria Delgado", *code) in _sources(r, "accused")
    assert_offsets(r)


def test_breitbart_is_an_american_outlet():
    # PolNeAR's outlet ids: "nyt", "breitbart" (data/outlets.yaml)
    for name in ("breitbart", "Breitbart News", "nyt"):
        assert outlets().countries[outlets().canonical[normalize(name)]] == "USA"


def test_on_before_a_country_is_not_where_the_event_happened(analyze_text):
    r = analyze_text("Trade\n\nThe White House imposed tariffs on China on Tuesday. Police "
                     "arrested protesters in Kenya.", published="2019-05-10")
    tariffs = next(e for e in r.events if e.trigger.text == "imposed")
    assert tariffs.location is None or tariffs.location.country != "CHN"
    arrested = next(e for e in r.events if e.trigger.text == "arrested")
    assert arrested.location is not None and arrested.location.country == "KEN"


def test_a_demonym_ner_left_untyped_gives_the_phrase_its_country(analyze_text):
    # NER types only "Muslim" (NORP, no country) in "a Muslim American soldier"
    r = analyze_text("Army\n\nThe parents of a Muslim American soldier killed by a suicide "
                     "bomber in Iraq criticized the candidate on Sunday.", published="2016-08-01")
    killed = next(e for e in r.events if e.trigger.text == "killed")
    assert {(a.country, a.sector, a.code_basis) for a in killed.actors
            if a.role == "target"} == {("USA", "MIL", "phrase")}


@pytest.mark.parametrize("who, code", [
    # news names a foreigner's country; the outlet's country would be wrong for him
    ("Ilnur Cevik, an adviser to the Turkish president,", (None, None, None)),
    # a relative clause tells what the person did, not who they are
    ("Rhonda Hughes, who met the Turkish president last year,", ("USA", None, "article")),
])
def test_a_person_qualified_by_another_country_keeps_no_home_code(analyze_text, who, code):
    text = ("Ohio race\n\nOhio voters will choose a new governor in November in Columbus, "
            f"Ohio. {who} criticized the senator on Tuesday.")
    r = analyze_text(text, published="2016-05-03", outlet="The New York Times")
    assert_offsets(r)
    event = next(e for e in r.events if e.trigger.text == "criticized")
    assert {(a.country, a.sector, a.code_basis) for a in event.actors
            if a.role == "source"} == {code}
