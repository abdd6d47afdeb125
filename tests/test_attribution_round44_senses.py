"""Round 44 (issue 21, branch h-cuefp44): "claim" with an object of taking ("claimed 41
percent of the vote", "claims more territory") is Merriam-Webster's sense 2 (to take as
one's own), and "offer" with an object of having ("the race offers an opportunity", "can
offer an edge") its sense of making available: acts, no one's words (PolNeAR's
guidelines, "Actions don't count").  Claiming that something is so, and offering one's
thoughts or help, stay cues.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import cued

NOT_CUED = [
    ("Mayor Ruth Okafor claimed 41 percent of the vote in the harbour district on Tuesday.",
     "claimed"),
    ("The rebel militia claimed more territory from the coastal army last week.", "claimed"),
    ("The harbour election offers an opportunity for the dockers' union to grow.", "offers"),
    ("A famous name can offer a crucial edge to a new ferry line.", "offer"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round44_taking_and_providing_is_no_cue(analyze_text, text, word):
    report = analyze_text(text)
    found = cued(report, word)
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]


CUED = [
    ("Mayor Ruth Okafor claimed that the ferry budget was balanced.", "claimed"),
    ("The dockers' union claimed responsibility for the strike on Monday.", "claimed"),
    ("Mayor Ruth Okafor offered her thoughts on the ferry budget.", "offered"),
    ("The harbour council offered to pay for the new pier.", "offered"),
]


@pytest.mark.parametrize("text,word", CUED)
def test_round44_claims_and_offers_of_words_stay_cues(analyze_text, text, word):
    report = analyze_text(text)
    assert cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]
