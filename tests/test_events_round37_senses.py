"""A warning read by its construction (issue 18, round 37, h-sense37): a warning "against"
a course of action is advice, not a threat (PLOVER THREATEN needs an act threatened by the
source; PETRARCH2's WARN block: "(AGAINST HOPE)" 012, "(AGAINST PULLOUT)" 020, but
"(AGAINST STRIKE)" 138); advice to a named party is an appeal (REQUEST, CAMEO 020); a
that-clause keeps the threat only when its pronoun can be the one warning (Quirk et al.
1985, 6.15).  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Holm cautioned against drawing lessons from the vote.", "cautioned"),
    ("Governor Brandt cautioned against a betrayal of our values in the response.",
     "cautioned"),
    ("Senator Holm warned against reading too much into the poll on Monday.", "warned"),
    ("Senator Holm cautioned that they would need to hear more about the plan.",
     "cautioned"),
])
def test_advice_is_no_threat(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger and s[1] == "THREATEN"]


def test_advice_to_a_party_is_an_appeal():
    found = shown("Governor Brandt warned Senator Holm against moving too far to the left.",
                  "source", "target")
    assert ("warned", "REQUEST", "Brandt", "Holm") in found


@pytest.mark.parametrize(("text", "trigger"), [
    # against an act of force or pressure, of consequences, what the warner will do
    ("Iran warned against any attack on its nuclear sites.", "warned"),
    ("Iran warned Israel against any attack on its nuclear sites.", "warned"),
    ("China warned against provocation by Taiwan.", "warned"),
    ("Ankara is warning Washington of severe consequences.", "warning"),
    ("Ankara is warning it could turn to Russia.", "warning"),
    ("Senator Holm warned that he would block the bill.", "warned"),
    # a common noun's 'he' stands for it (round 37 review)
    ("The Kenyan president warned that he would expel the envoys.", "warned"),
])
def test_threats_stay(text, trigger):
    assert [s for s in shown(text) if s[0] == trigger and s[1] == "THREATEN"]
