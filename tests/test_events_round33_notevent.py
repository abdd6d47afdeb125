"""Coded events that are no event that happened (issue 18, round 33, precision): a future
written with a curly-apostrophe clitic ("he\u2019ll") is the future, and climate "talks"
named as the background of another act are a setting.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Okafor said he\u2019ll meet President Brandt in Nairobi.", "meet"),
    ("\u201cWe\u2019ll impose sanctions on Ukraine,\u201d Okafor said.", "sanctions"),
    ("As ministers continue trade talks in Lisbon, analysts say tariffs will rise.", "talks"),
])
def test_not_shown_as_happened(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    # round 40 (h-event40): a refusal to disavow declines a statement (CAMEO 011), so the
    # refusal kept here is one of cooperation (CAMEO 12)
    ("Senator Okafor refused to endorse the nomination of Governor Brandt.",
     ("refused", "REJECT", "Okafor")),
    ("The Kenyan government accuses Somalia of meddling.",
     ("accuses", "ACCUSE", "The Kenyan government")),
    ("\u201cI urge Russia to withdraw from Crimea,\u201d Foreign Minister Okafor said on "
     "Tuesday.", ("urge", "REQUEST", "I")),
    ("Governments held climate talks in Madrid on Tuesday.",
     ("talks", "CONSULT", "Governments")),
])
def test_acts_stay(text, expected):
    assert expected in shown(text, "source")


def test_present_charges_stay():
    assert [s for s in shown("Okafor faces 18 criminal charges in Kenya.", "source")
            if s[:2] == ("faces", "ACCUSE")]
