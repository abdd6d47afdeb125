"""Round 19 (issue 20, one person one actor): siblings told apart by age, a bare plural
demonym as people.  Invented texts."""

from __future__ import annotations

from .conftest import assert_offsets


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start),
                None)


def _codes(report) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for ev in report.events for a in ev.actors]


def test_a_surname_goes_to_the_elder_sibling_the_text_names(analyze_text):
    text = ("Tom Harlan, helped by Peter, rallies voters\n\nTom Harlan on Monday brought his "
            "older brother, Peter Harlan, to a rally in Dayton. \"He is a good man,\" the "
            "former senator said. Mr. Harlan also praised his younger brother's record.")
    r = analyze_text(text, published="2016-02-17")
    assert_offsets(r)
    assert _holder(r, text.index("Harlan also")) == "Peter Harlan"


def test_a_sibling_with_no_age_leaves_the_headlines_person(analyze_text):
    text = ("Tom Harlan rallies voters\n\nTom Harlan on Monday brought his brother, Peter "
            "Harlan, to a rally in Dayton. Mr. Harlan also praised the crowd.")
    r = analyze_text(text, published="2016-02-17")
    assert _holder(r, text.index("Harlan also")) == "Tom Harlan"


def test_a_bare_plural_demonym_is_people(analyze_text):
    r = analyze_text("Vote\n\nHard-working Americans rejected the plan on Monday.",
                     published="2019-05-01")
    assert ("Americans", "USA", "CVL") in _codes(r)
    assert_offsets(r)


def test_a_definite_plural_demonym_stays_unsectored(analyze_text):
    r = analyze_text("Talks\n\nThe Americans rejected the Russian proposal on Monday.",
                     published="2019-05-01")
    assert ("Americans", "USA", None) in _codes(r)


def test_a_person_with_a_country_and_no_role_is_a_private_person(analyze_text):
    text = ("Trial\n\nAustralian-born Peter Harlan faces charges in the United States. "
            "Prosecutors accused Harlan of fraud on Monday. Harlan said he was innocent.")
    r = analyze_text(text, published="2019-11-20")
    assert ("Harlan", "AUS", "CVL") in _codes(r)
    assert ("Prosecutors", None, "JUD") in _codes(r)  # a role still gives its sector
    assert_offsets(r)


def test_a_private_person_needs_the_text_to_treat_the_name_as_a_person(analyze_text):
    # no pronoun of it and no verb of saying: the name might be a place or a thing
    text = ("Trial\n\nAustralian-born Peter Harlan faces charges in the United States. "
            "Prosecutors accused Harlan of fraud on Monday.")
    r = analyze_text(text, published="2019-11-20")
    assert ("Harlan", "AUS", None) in _codes(r)
