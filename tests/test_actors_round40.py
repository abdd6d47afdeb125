"""Round 40 (h-sector40) of the actor codes (issue 20): a role held in a party, told by
"party" as the role noun's modifier, possessive or of-complement, is PTY (PETRARCH2
PARTY_LEADER, PARTY_MEMBER, PARTY_PRESIDENT PTY), and such a person takes the outlet's
country as an NGO person does.  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets

# a sentence before that makes the article a US one (its main country, the outlet's)
OHIO = "The Ohio legislature met in Columbus, Ohio, on Sunday. "


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, span", [
    # no sector before ("chairman" alone is no agent of PETRARCH2's)
    ("The party chairman, Kelly Armstrong, criticized the mayor on Monday.",
     "The party chairman"),
    # the party's possessive
    ("The party's leaders criticized the mayor on Monday.", "The party's leaders"),
    # GOV before, from "official" alone
    ("On Monday, party officials criticized the mayor.", "party officials"),
])
def test_a_role_held_in_a_party_is_pty(analyze_text, text, span):
    r = analyze_text(OHIO + text, published="2016-03-01", outlet="The New York Times")
    found = _actors(r, "criticized", "source")
    assert any(a[0] == span and a[2] == "PTY" for a in found), found
    assert_offsets(r)


def test_a_person_named_with_a_party_role_is_pty_of_the_outlets_country(analyze_text):
    r = analyze_text(OHIO + "Ann Marlow, the state party chairwoman, criticized the mayor "
                     "on Monday.", published="2016-03-01", outlet="The New York Times")
    assert ("Ann Marlow", "USA", "PTY") in _actors(r, "criticized", "source")


@pytest.mark.parametrize("text, span, sector", [
    # a party NER names gives its own code, not the rule's
    ("Pakistan People's Party officials criticized the mayor on Monday.", None, None),
    # no party: the role's own sector stays
    ("The city's officials criticized the mayor on Monday.", "The city's officials", "GOV"),
])
def test_no_party_word_no_party_role(analyze_text, text, span, sector):
    r = analyze_text(text, published="2016-03-01", outlet="Al Bawaba")
    found = _actors(r, "criticized", "source")
    if span is None:
        assert all(a[2] != "PTY" or "Party" in a[0] for a in found), found
    else:
        assert any(a[0] == span and a[2] == sector for a in found), found
