"""Round 41 (h-sector41) of the actor codes (issue 20: sector right on the PolNeAR sets):
a role told in a predicative "as" adjunct of the event's verb ("X resigned as chairman of
the Trump campaign") or in a fronted "as" adjunct whose subject is a pronoun ("as
governor of Virginia he did not interfere"), and a legislature's sector first of
PETRARCH2's GOVLEG codes ("senate", "knesset", "harry reid").  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, trigger, actor", [
    # a fronted "as" adjunct whose subject is a pronoun for the person (a pronoun is in no
    # entity's tokens: the actor's own token is the subject)
    ("Tom Oakley met the bank's chief in Chicago on Monday. But as governor of Ohio he "
     "criticized the Chinese government in 2009.", "criticized", ("he", "USA", "GOV")),
    # a predicative "as" adjunct of an intransitive event verb: the role held until then,
    # here a campaign's, its campaign in the of-complement
    ("On Friday, Tom Oakley resigned as chairman of the Trump campaign.",
     "resigned", ("Tom Oakley", None, "PTY")),
])
def test_a_role_told_with_as(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-08-22", outlet="The New York Times")
    assert actor in _actors(r, trigger)
    assert_offsets(r)


def test_as_after_a_verb_with_an_object_is_the_object_s(analyze_text):
    # "described the bank as a criminal enterprise": an object complement, not the
    # subject's role (round 38's test of "criticized the bank as a senator" holds too)
    r = analyze_text("Tom Oakley criticized the bank as a senator in Chicago.",
                     published="2016-05-01", outlet="The New York Times")
    assert ("Tom Oakley", "USA", None) in _actors(r, "criticized")


@pytest.mark.parametrize("text, trigger, actor", [
    # PETRARCH2 "harry reid" USAGOVLEG (2007-): the legislature's sector first
    ("Harry Reid criticized Donald Trump in Washington on Monday.",
     "criticized", ("Harry Reid", "USA", "LEG")),
    # PETRARCH2 "knesset" ISRGOVLEG
    ("The Knesset condemned Iran on Monday.", "condemned", ("Knesset", "ISR", "LEG")),
])
def test_a_legislature_s_sector_comes_first(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-09-27", outlet="The New York Times")
    assert actor in _actors(r, trigger)
