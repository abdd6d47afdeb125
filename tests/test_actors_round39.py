"""Round 39 (h-sector39) of the actor codes (issue 20: sector right for people named with
what they do): a person's supporters are private people, CVL (PETRARCH2 VOTER,
PRIVATE_CITIZEN CVL), not the person they back; an organization named "... Center" or
"X for Y" has the sector of its head word ("center" NGO, as 131 of PETRARCH2's 137 such
names; "Foundation for ..." NGO), so its head or staff is of it; a person whose only code
is NGO takes the outlet's country as an uncoded compatriot does.  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets

# a sentence before that makes the article a US one (its main country, the outlet's)
OHIO = "The Ohio legislature met in Columbus, Ohio, on Sunday. "


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, actor", [
    # a person's name before the noun: not the person's office (was the senator's LEG)
    ("Senator Tom Oakley spoke on Monday. Oakley supporters attacked the reporters on "
     "Tuesday.", ("Oakley supporters", None, "CVL")),
    # the person in an of-complement
    ("Senator Tom Oakley spoke on Monday. Supporters of Tom Oakley attacked the reporters "
     "on Tuesday.", ("Supporters", None, "CVL")),
])
def test_a_persons_supporters_are_private_people(analyze_text, text, actor):
    r = analyze_text(text, published="2016-03-01", outlet="Al Bawaba")
    found = _actors(r, "attacked", "source")
    assert any(a[0] == actor[0] and a[2] == "CVL" for a in found), found
    assert_offsets(r)


@pytest.mark.parametrize("text, actor", [
    # a supporter in apposition: a private person (was the senator's LEG)
    ("Ann Marlow, a Senator Oakley supporter, criticized the mayor on Monday.",
     ("Ann Marlow", "CVL")),
    # a copular sentence: the governor backed gives no GOV (was GOV)
    ("Ann Marlow is a fervent supporter of the governor. Ms. Marlow criticized the mayor "
     "on Monday.", ("Marlow", "CVL")),
])
def test_a_supporter_named_is_a_private_person(analyze_text, text, actor):
    r = analyze_text(text, published="2016-03-01", outlet="The New York Times")
    assert actor in {(a[0], a[2]) for a in _actors(r, "criticized", "source")}


def test_an_organizations_supporters_keep_its_code(analyze_text):
    r = analyze_text("Muslim Brotherhood supporters attacked the reporters on Monday.",
                     published="2016-03-01", outlet="Al Bawaba")
    assert ("Muslim Brotherhood supporters", None, "MUS") in _actors(r, "attacked", "source")


def test_another_role_wins_over_supporter(analyze_text):
    r = analyze_text(OHIO + "Ann Marlow, a Clinton supporter and president of the Lakeside "
                     "Foundation, criticized the mayor on Monday.",
                     published="2016-03-01", outlet="The New York Times")
    assert ("Ann Marlow", "USA", "NGO") in _actors(r, "criticized", "source")


@pytest.mark.parametrize("text, actor", [
    # "president" of a foundation named "X for Y": the foundation's, not a state's GOV
    ("Tom Oakley, the president of the Foundation for Lake Peace, criticized the mayor on "
     "Monday.", ("Tom Oakley", "USA", "NGO")),
    # staff "at" a center: NGO, and the outlet's country as for any compatriot
    ("Tom Oakley, senior director of economic policy at the Lakeside Policy Center, "
     "criticized the mayor on Monday.", ("Tom Oakley", "USA", "NGO")),
    # a relative clause tells what the person does, not whose national the person is
    ("Tom Oakley, the president of the Foundation for Lake Peace, who often criticizes the "
     "Israeli government, criticized the mayor on Monday.", ("Tom Oakley", "USA", "NGO")),
])
def test_the_head_of_a_center_or_foundation(analyze_text, text, actor):
    r = analyze_text(OHIO + text, published="2016-03-01", outlet="The New York Times")
    assert actor in _actors(r, "criticized", "source")
    assert_offsets(r)


def test_a_foreigner_described_as_such_keeps_no_country(analyze_text):
    # the nationality in the person's own phrase, not in a relative clause: no USA
    r = analyze_text(OHIO + "Tom Oakley, the Israeli president of the Foundation for Lake Peace, "
                     "criticized the mayor on Monday.",
                     published="2016-03-01", outlet="The New York Times")
    found = _actors(r, "criticized", "source")
    assert not any(a[0] == "Tom Oakley" and a[1] == "USA" for a in found), found


def test_an_igo_official_takes_no_outlet_country(analyze_text):
    r = analyze_text(OHIO + "Tom Oakley, a U.N. envoy, criticized the mayor on Monday.",
                     published="2016-03-01", outlet="The New York Times")
    found = _actors(r, "criticized", "source")
    assert not any(a[0] == "Tom Oakley" and a[1] == "USA" for a in found), found
