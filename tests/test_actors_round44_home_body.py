"""Round 44 (h-sector44) of the actor codes (issue 20: country right on the PolNeAR sets):
an organization no actor dictionary lists, whose sector its own name gives but no country
("the Oakley Foundation" NGO), named in an article on the outlet's own country, is that
country's body, as a compatriot person named with no nationality already is
(``animate.home_people``).  A body the dictionaries list with no country (CAMEO's
transnational NGO, IGO) keeps none, and so does one the text gives another country.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actor(report, trigger, text):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return next((a.country, a.sector) for a in event.actors if a.text == text)


def test_a_named_body_of_a_home_story_is_of_the_home_country(analyze_text):
    r = analyze_text("The Oakley Foundation criticized Gov. John Kasich of Ohio on Monday.",
                     published="2016-08-01", outlet="The New York Times")
    assert _actor(r, "criticized", "Oakley Foundation") == ("USA", "NGO")
    assert_offsets(r)


@pytest.mark.parametrize("text, actor, code", [
    # a dictionary's transnational NGO: no one state's
    ("Amnesty International criticized Gov. John Kasich of Ohio on Monday.",
     "Amnesty International", (None, "NGO")),
    # the text names the body's country
    ("Germany's Oakley Foundation criticized Gov. John Kasich of Ohio on Monday.",
     "Oakley Foundation", ("DEU", "NGO")),
])
def test_a_listed_or_foreign_body_keeps_its_code(analyze_text, text, actor, code):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, "criticized", actor) == code


def test_no_home_country_in_a_story_on_another_country(analyze_text):
    r = analyze_text("In Ankara, the Oakley Foundation criticized Turkish President Recep "
                     "Tayyip Erdogan on Monday.", published="2016-08-01",
                     outlet="The New York Times")
    assert _actor(r, "criticized", "Oakley Foundation")[0] != "USA"
