"""Round 37 (h-named37) of the actor codes (issue 20: country and sector right for
named actors): a person's trade the text gives in apposition, as a title or in a copular
sentence, with a role word PETRARCH2's agent dictionary lacks: a banker or financier is
business (BUS), as its BUSINESSMAN and INVESTOR; evangelicals are Christians (CHR), as
its CHRISTIAN, so the leader of a state's evangelicals is a Christian leader.  The role
read on one mention codes the person's later bare-surname mentions.  Invented
sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, trigger, actor", [
    # apposition, read again on the later bare surname
    ("Tom Oakley, an Ohio investment banker, spoke at the dinner. "
     "Mr. Oakley criticized the mayor on Monday.", "criticized", ("Oakley", "USA", "BUS")),
    # a title before the name
    ("Veteran Texas financier Ann Marlow criticized the mayor on Monday.", "criticized",
     ("Ann Marlow", "USA", "BUS")),
    # a copular sentence
    ("Ann Marlow is a Texas banker. Marlow criticized the mayor on Monday.", "criticized",
     ("Marlow", "USA", "BUS")),
])
def test_a_banker_is_business(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-03-01", outlet="Al Bawaba")
    assert actor in _actors(r, trigger, "source")
    assert_offsets(r)


def test_the_leader_of_evangelicals_is_christian(analyze_text):
    r = analyze_text("The council won the backing of the most powerful leader of Ohio's "
                     "evangelicals, Tom Oakley. Mr. Oakley criticized the mayor on Monday.",
                     published="2016-03-01", outlet="Al Bawaba")
    assert ("Oakley", "USA", "CHR") in _actors(r, "criticized", "source")
    assert_offsets(r)


@pytest.mark.parametrize("text, trigger, actor", [
    # a role PETRARCH2 has keeps its code: a voter is a civilian first
    ("Evangelical voters criticized the mayor on Monday.", "criticized",
     ("Evangelical voters", None, "CVL")),
    # a state title keeps its code beside the new words
    ("Senator Ann Marlow, a former banker, criticized the mayor on Monday.", "criticized",
     ("Ann Marlow", None, "LEG")),
])
def test_other_roles_keep_their_codes(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-03-01", outlet="The New York Times")
    assert actor in _actors(r, trigger, "source")
