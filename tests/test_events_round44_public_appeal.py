"""An appeal to the public at large by a speaker with no state sector is campaigning, no
REQUEST of a party (issue 18, round 44, h-u15x44; political_readings.yaml 12b; the dev2
judges' P2-2, CONVENTIONS.md U15); a government official's call on the public stays.
Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("The talk-show host Mark Dellinger encouraged Americans to join him in a day of prayer "
     "before the primary.", "encouraged"),
    ("Senator-turned-candidate Ruth Okafor is asking voters to make her the next governor, "
     "the commentator Mark Dellinger said.", "asking"),
])
def test_public_appeal_not_shown(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger and s[1] == "REQUEST"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("White House press secretary Anna Reyes urged the American public to stay calm.",
     "urged"),
    ("The talk-show host Mark Dellinger urged the governor to resign.", "urged"),
    # a party's own people are no public at large (lead's narrowing, round 44)
    ("The talk-show host Mark Dellinger asked his people to book the hall for Friday.",
     "asked"),
])
def test_state_or_party_request_stays(text, trigger):
    assert [s for s in shown(text, "source") if s[0] == trigger and s[1] == "REQUEST"]
