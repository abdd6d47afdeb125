"""Noun and phrase cues cut in round 16 (issue 21): listed nouns in fixed phrases that
report nothing ("in charge of", "on suspicion of", "a request for comment"), a noun cue
that is the topic of "about", the nouns "news", "willingness", "expectation" and "goal",
and polls in general ("in national polls"); one noun added, "decision" with its holder and
infinitive.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name

NOT_CUED = [
    # fixed phrases: control, the police's suspicion, words asked for and not given
    ("Tom Reyes, the aide in charge of the harbour budget, met the crews on Monday. "
     "Police held two dockers on suspicion of arson at the quay. The union did not "
     "answer a request for comment on the levy.", ("charge", "suspicion", "comment")),
    # a noun cue about which something is asked
    ("Reporters pressed Mayor Ruth Okafor with questions about her support for the "
     "harbour levy.", ("support",)),
    # what the writer reports, a disposition, a standard and a target: no one's words
    ("Fish prices fell after news of the layoffs at the cannery. The fleet depends on "
     "the growers' willingness to sell at the quay. The harbour opened with the "
     "expectation of a record catch. The port board's goal of ten new cranes slipped.",
     ("news", "willingness", "expectation", "goal")),
    # polls in general report nothing
    ("Ruth Okafor trails the mayor in national polls. She has slipped in polling since "
     "May.", ("in",)),
]


@pytest.mark.parametrize("text,words", NOT_CUED)
def test_no_cues(analyze_text, text, words):
    report = analyze_text(text)
    assert_offsets(report)
    for word in words:
        assert not cued(report, word), word


CUED = [
    # a noun cue outside "about", a particular poll (round 32: the noun's span takes in
    # the verb whose subject its possessive stands for)
    ("Mayor Ruth Okafor renewed her support for the harbour levy.", "renewed her support"),
    ("In a new harbour poll, Ruth Okafor leads the mayor by ten points.", "in"),
]


@pytest.mark.parametrize("text,word", CUED)
def test_still_cues(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert cued(report, word)


def test_a_decision_to_is_its_holders_intention(analyze_text):
    report = analyze_text(
        "The harbour council's decision to close the quay angered the crews.")
    assert_offsets(report)
    decisions = cued(report, "decision")
    assert decisions and decisions[0].text == "to close the quay", [q.text for q in decisions]
    assert speaker_name(report, decisions[0]) is not None
