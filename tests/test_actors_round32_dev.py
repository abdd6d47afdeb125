"""Round 32 (h-actdev32) of the actor codes (issue 20): a big city's possessive or
compound before a role noun gives the role its country, as "the mayor of X" does.
Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _entities(report):
    return {e.name: (e.country, e.sector) for e in report.entities}


def test_a_big_citys_possessive_gives_its_country(analyze_text):
    # "Toronto's mayor" as "the mayor of Toronto": the city's country (PETRARCH2 codes a
    # place by its country), not none (and later the article's)
    text = ("City politics\n\nThe senator criticized Toronto's mayor Dana Whitlock on Monday. "
            "Police arrested Madrid mayor Carl Brennan on Tuesday.")
    r = analyze_text(text, published="2016-05-10")
    assert_offsets(r)
    found = _entities(r)
    assert found["Dana Whitlock"] == ("CAN", "GOV")
    assert found["Carl Brennan"] == ("ESP", "GOV")


def test_a_country_possessive_still_gives_its_country(analyze_text):
    # guard: a state's possessive and a US state's compound keep their country
    text = ("Politics\n\nThe senator criticized Mexico's interior minister Ana Cruz on Monday. "
            "Ohio Sen. Lena Ortiz praised the plan.")
    r = analyze_text(text, published="2016-05-10")
    found = _entities(r)
    assert found["Ana Cruz"] == ("MEX", "GOV")
    assert found["Lena Ortiz"] == ("USA", "LEG")


def test_an_igo_takes_no_country_from_its_seat(analyze_text):
    # CAMEO codes an IGO with no state: "Paris-based" names its seat, not a country of its
    text = ("Energy\n\nThe Paris-based International Energy Agency criticized the plan on "
            "Monday. The Madrid-based firm Lumen Energia praised it.")
    r = analyze_text(text, published="2019-11-20")
    found = _entities(r)
    assert found["International Energy Agency"] == (None, "IGO")
