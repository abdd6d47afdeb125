"""Round 40 (h-role40) of the actor codes (issue 20: "roles the text gives but the code
doesn't read"): a present "who is ..." or "who heads ..." relative clause on a name says
what an apposition says (Quirk et al. 1985, 17.65-17.93); coordinated appositives
each describe the person, and a role held now wins over a former one with no sector.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _source(report, trigger):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors if a.role == "source"}


@pytest.mark.parametrize("text, actor", [
    # a present copula in a relative clause: the role noun, as in apposition
    ("Maria Lopez, who is a journalist, criticized Senator Ted Cruz on Monday.",
     ("Maria Lopez", "USA", "MED")),
    # ... and the body its "at" names
    ("Maria Lopez, who is a senior fellow at the Brookings Institution, criticized "
     "Senator Ted Cruz on Monday.", ("Maria Lopez", "USA", "EDU")),
    # "who heads X": the body headed, as "head of X" names it
    ("Maria Lopez, who heads Amnesty International, criticized Senator Ted Cruz on "
     "Monday.", ("Maria Lopez", "USA", "NGO")),
    # coordinated appositives: the role held now, not the former one
    ("Maria Lopez, a former Newsweek correspondent and the editor of a magazine, "
     "criticized Senator Ted Cruz on Monday.", ("Maria Lopez", "USA", "MED")),
])
def test_a_role_in_a_relative_clause_or_a_coordinated_appositive(analyze_text, text, actor):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert actor in _source(r, "criticized")
    assert_offsets(r)


@pytest.mark.parametrize("text", [
    # a past tense tells a role that may have ended: nothing, as a past copula
    "Maria Lopez, who headed Amnesty International, criticized Senator Ted Cruz on Monday.",
    "Maria Lopez, who was a senior fellow at the Brookings Institution, criticized "
    "Senator Ted Cruz on Monday.",
])
def test_a_past_relative_clause_gives_no_role(analyze_text, text):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert ("Maria Lopez", "USA", None) in _source(r, "criticized")
