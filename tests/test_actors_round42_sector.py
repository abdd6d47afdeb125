"""Round 42 (h-sector42) of the actor codes (issue 20: sector right on the PolNeAR sets):
a role noun named with no person that is not an office held now.  A party's candidacy
("The Democratic presidential nominee") is PTY, not the office "presidential" names, and
a role noun with "former" before it ("the former Ohio governor") is ELI, not the office.
Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actors(report, trigger):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors}


@pytest.mark.parametrize("text, trigger, actor", [
    # PETRARCH2 PRESIDENTIAL_CANDIDATE PTY: a nominee holds no office yet
    ("The Democratic presidential nominee has been endorsed by many papers on Monday.",
     "endorsed", ("The Democratic presidential nominee", "USA", "PTY")),
    ("On Friday the Republican presidential nominee criticized the Chinese government.",
     "criticized", ("the Republican presidential nominee", "USA", "PTY")),
])
def test_a_candidacy_phrase_is_the_party_s(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-09-30", outlet="The New York Times")
    assert actor in _actors(r, trigger)
    assert_offsets(r)


@pytest.mark.parametrize("text, trigger, actor", [
    # CAMEO 1.1b3 ch. 3: former government officials ELI; the state's name is a
    # modifier, not a body that codes the role
    ("Four years ago, Tom Oakley was besting the former Ohio governor in South Carolina.",
     "besting", ("the former Ohio governor", "USA", "ELI")),
    ("On Monday the former Democratic senator criticized the Chinese government.",
     "criticized", ("the former Democratic senator", "USA", "ELI")),
])
def test_a_former_office_holder_is_an_elite(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-02-17", outlet="The New York Times")
    assert actor in _actors(r, trigger)
    assert_offsets(r)


@pytest.mark.parametrize("text, trigger, actor", [
    # guards: the office held now keeps its sector; a nominee to a court is a role to come
    # with no party word, and "presidential" alone still names the president's staff
    ("Four years ago, Tom Oakley was besting the Ohio governor in South Carolina.",
     "besting", ("the Ohio governor", "USA", "GOV")),
    ("On Friday the Chinese presidential spokesman criticized the Japanese government.",
     "criticized", ("the Chinese presidential spokesman", "CHN", "GOV")),
])
def test_a_role_held_now_keeps_its_office(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-02-17", outlet="The New York Times")
    assert actor in _actors(r, trigger)
