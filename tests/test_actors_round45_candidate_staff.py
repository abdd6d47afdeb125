"""Round 45 (h-aide45) of the actor codes (issue 20: sector right on the PolNeAR sets): the
staff of a person the same article calls a candidate, who holds no state office on the
article's date, are a party's people, PTY (PETRARCH2 PRESIDENTIAL_CANDIDATE and
PARTY_MEMBER PTY; round 33's campaign staff), whether the owner is a possessive, a name
before the staff noun, "his" resolved to the owner, or the object of "to".  An office
holder's staff stay GOV; with no candidacy in the text nothing changes.  Invented
sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actor(report, trigger, text):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return next((a.country, a.sector) for a in event.actors if a.text == text)


NOMINEE = "Jane Marlow, the Democratic presidential nominee, spoke in Ohio on Monday. "


@pytest.mark.parametrize("text, trigger, actor", [
    (NOMINEE + "Marlow aide Tom Oakley criticized the plan on Tuesday.", "criticized",
     "Tom Oakley"),
    (NOMINEE + "Marlow's spokesman, Tom Oakley, criticized the plan on Tuesday.",
     "criticized", "Marlow's spokesman"),
    (NOMINEE + "Tom Oakley, an adviser to Ms. Marlow, criticized the plan on Tuesday.",
     "criticized", "Tom Oakley"),
    (NOMINEE + "She criticized her operatives on Tuesday.", "criticized", "her operatives"),
])
def test_a_candidates_staff_is_pty(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, trigger, actor)[1] == "PTY"
    assert_offsets(r)


def test_a_governors_aide_stays_gov(analyze_text):
    # an office holder's staff are the government's, even where the text calls the holder
    # a candidate (a governor running for president)
    text = ("Gov. John Kasich of Ohio, a Republican presidential candidate, spoke on "
            "Monday. Mr. Kasich criticized his top aides on Tuesday.")
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, "criticized", "his top aides") == ("USA", "GOV")


def test_no_candidacy_no_pty(analyze_text):
    text = "Jane Marlow spoke in Ohio on Monday. She criticized her operatives on Tuesday."
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert _actor(r, "criticized", "her operatives")[1] != "PTY"
