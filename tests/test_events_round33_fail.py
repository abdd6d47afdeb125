"""A negative implicative with a to-infinitive is no refusal (issue 18, round 33): "failed
to address the needs", "fails to honor", "failed to find" entail that the act did not take
place (Karttunen 1971; CGEL ch. 14), and PLOVER REJECT is refusing a proposal, demand or
request; PETRARCH2's FAIL [120] keeps its bare sense.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Farm groups say the agriculture ministry has failed to address the needs of growers.",
     "failed"),
    ("The veterans' league said the governor fails to honor the service of the soldiers.",
     "fails"),
    ("Dutch police failed to find the smuggling ring before the raid.", "failed"),
])
def test_failing_to_act_is_no_rejection(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("The government refused to meet the rebel delegation.", ("refused", "REJECT")),
    ("The parliament rejected the budget proposal of the president.", ("rejected", "REJECT")),
])
def test_refusals_stay(text, expected):
    assert expected in shown(text)
