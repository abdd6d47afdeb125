"""Noun and phrase cues cut in round 16 (issue 21): listed nouns in fixed phrases that
report nothing ("in charge of", "on suspicion of", "a request for comment"), a noun cue
that is the topic of "about", the nouns "news", "willingness", "expectation" and "goal",
and polls in general ("in national polls"); one noun added, "decision" with its holder and
infinitive.  Every sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def test_fixed_phrases_are_no_noun_cues(analyze_text):
    report = analyze_text(
        "Tom Reyes, the aide in charge of the harbour budget, met the crews on Monday. "
        "Police held two dockers on suspicion of arson at the quay. The union did not "
        "answer a request for comment on the levy.")
    assert_offsets(report)
    assert not cued(report, "charge")
    assert not cued(report, "suspicion")
    assert not cued(report, "comment")


def test_a_noun_cue_about_which_something_is_asked_is_no_cue(analyze_text):
    report = analyze_text(
        "Reporters pressed Mayor Ruth Okafor with questions about her support for the "
        "harbour levy.")
    assert_offsets(report)
    assert not cued(report, "support")


def test_a_noun_cue_outside_about_stays(analyze_text):
    report = analyze_text("Mayor Ruth Okafor renewed her support for the harbour levy.")
    assert_offsets(report)
    assert cued(report, "support")


def test_news_willingness_expectation_and_goal_are_no_cues(analyze_text):
    # what the writer reports, a disposition, a standard and a target: no one's words
    report = analyze_text(
        "Fish prices fell after news of the layoffs at the cannery. The fleet depends on "
        "the growers' willingness to sell at the quay. The harbour opened with the "
        "expectation of a record catch. The port board's goal of ten new cranes slipped.")
    assert_offsets(report)
    for word in ("news", "willingness", "expectation", "goal"):
        assert not cued(report, word), word


def test_polls_in_general_report_nothing(analyze_text):
    report = analyze_text(
        "Ruth Okafor trails the mayor in national polls. She has slipped in polling since "
        "May.")
    assert_offsets(report)
    assert not cued(report, "in")


def test_a_particular_poll_still_speaks(analyze_text):
    report = analyze_text("In a new harbour poll, Ruth Okafor leads the mayor by ten points.")
    assert_offsets(report)
    assert cued(report, "in")


def test_a_decision_to_is_its_holders_intention(analyze_text):
    report = analyze_text(
        "The harbour council's decision to close the quay angered the crews.")
    assert_offsets(report)
    decisions = cued(report, "decision")
    assert decisions and decisions[0].text == "to close the quay", [q.text for q in decisions]
    assert speaker_name(report, decisions[0]) is not None
