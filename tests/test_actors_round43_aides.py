"""Round 43 (h-sector43b) of the actor codes (issue 20: sector right on the PolNeAR sets):
an aide noun owned by an office holder through a possessive ("his senior climate adviser",
"the president's aides") is the holder's government's staff, GOV (PETRARCH2:
PRESIDENTIAL_AIDE GOV), as a named holder's aide was already ("Ms. Merkel's spokesman");
"his" / "her" stands for the subject of the verb the noun is object of.  A candidate's
aides (campaign staff) and a former aide get no GOV.  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actor(report, trigger, text):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return next((a.country, a.sector) for a in event.actors if a.text == text)


@pytest.mark.parametrize("text, trigger, actor", [
    ("President Obama summoned his senior climate adviser, Tom Oakley, to the Oval Office "
     "on Monday.", "summoned", "his senior climate adviser"),
    ("President Obama criticized his top aides on Monday.", "criticized", "his top aides"),
])
def test_an_office_holders_aide_is_gov(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, trigger, actor) == ("USA", "GOV")
    assert_offsets(r)


@pytest.mark.parametrize("text, trigger, actor", [
    # a candidate's aides are campaign staff, no state's; a former adviser serves no one
    ("Donald Trump criticized his top aides on Monday.", "criticized", "his top aides"),
    ("President Obama criticized his former adviser on Monday.", "criticized",
     "his former adviser"),
])
def test_no_gov_without_a_holder_in_office(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, trigger, actor)[1] != "GOV"
