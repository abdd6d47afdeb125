"""A candidate's appeal as the power of arousing a response (issue 18, round 34,
h-evfp34; political_readings.yaml 3): a noun of popularity marked by a modifier of the
population it reaches ("her blue-collar appeal") or an "appeal(s) to" a feeling is no
request and no support.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Analysts cited Senator Okafor's blue-collar appeal and Governor Brandt's weakness.",
     "appeal"),
    ("In a race shaped by Senator Okafor's appeals to the fears of rural voters, "
     "Governor Brandt lost.", "appeals"),
    ("Look at Senator Okafor's populist appeal.", "appeal"),
])
def test_popularity_not_shown(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Foreign Minister Okafor made an urgent appeal to Russia to withdraw from Crimea.",
     ("appeal", "REQUEST")),
    ("Foreign Minister Okafor appealed to Russia to withdraw from Crimea.",
     ("appealed", "REQUEST")),
])
def test_appeals_stay(text, expected):
    assert [s for s in shown(text, "source") if s[:2] == expected]


@pytest.mark.parametrize("text", [
    "Asked whether the party should apologize, Senator Okafor shot back: \u201cThat would "
    "be good.\u201d",
    'Governor Ann Mallory fired back: "Your friends in the capital will not save you."',
])
def test_retort_with_a_colon_not_shown(text):
    """Round 34: a retort with no party it is aimed at is no criticism, after a colon as
    after a comma (round 17)."""
    assert not [s for s in shown(text, "source") if s[0] in ("shot", "fired")]


def test_retort_at_a_party_stays():
    text = "Senator Okafor fired back at Governor Brandt over the budget."
    assert [s for s in shown(text, "source") if s[:2] == ("fired", "ACCUSE")]
