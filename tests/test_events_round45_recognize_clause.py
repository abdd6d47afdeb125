"""'recognize' with a clause after it is the verb of awareness, not a praise given
(issue 18, round 45, h-notevent45; FrameNet 1.7 Becoming_aware, VerbNet 3.3 see-30.1 and
conjecture-29.5, as cues.yaml reads it): "recognized long ago that he would lose",
"recognized how absurd that would be" are no SUPPORT events.  Recognising a state stays.
Sentences written for the test."""
from .conftest import shown


def test_recognize_with_a_that_clause_is_no_event():
    # uncoded at the base too (a guard); the dev12 sentence the rule uncodes is PolNeAR text
    found = shown("The senator and his aides recognized long ago that a contest of resumes "
                  "would favour older rivals.")
    assert not [s for s in found if s[0] == "recognized"]


def test_recognize_with_a_wh_clause_is_no_event():
    # coded SUPPORT at the base
    found = shown("The judge recognized how absurd a prison term would be.")
    assert not [s for s in found if s[0] == "recognized"]


def test_recognising_a_state_stays():
    found = shown("The United States recognized Kosovo in 2008.")
    assert ("recognized", "SUPPORT") in found
