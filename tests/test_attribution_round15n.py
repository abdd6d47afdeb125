"""Noun cues of round 15 (issue 21): a verbal attack held by a person ("his attacks on
the senator", "launched an attack against the levy"; Merriam-Webster "attack" 2b,
FrameNet's Judgment_communication).  Every sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def test_possessor_holds_an_attack_on(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. Ms. Okafor's attacks on the "
        "harbour board have alarmed the council.")
    assert_offsets(report)
    attacks = cued(report, "attacks")
    assert attacks and attacks[0].text == "the harbour board", [q.text for q in attacks]
    assert speaker_name(report, attacks[0]) is not None


def test_launched_an_attack_against(analyze_text):
    report = analyze_text("Governor Dale Pruitt launched a sharp attack against the levy.")
    assert_offsets(report)
    attacks = cued(report, "launched a sharp attack")  # round 31: with its light verb
    assert attacks and attacks[0].text == "the levy", [q.text for q in attacks]


def test_armed_attacks_are_no_cue(analyze_text):
    # "its" is shared with armed groups; a place or a time after "on" is the armed sense
    report = analyze_text(
        "The militia renewed its attacks on army posts. The attack on the city left ten "
        "dead. Rebels made an attack on Sirte last week.")
    assert_offsets(report)
    assert not cued(report, "attacks")
    assert not cued(report, "attack")


def test_message_before_a_colon(analyze_text):
    report = analyze_text(
        "The dockers' leaders sent Mayor Ruth Okafor an unmistakable message: the levy "
        "must go.")
    assert_offsets(report)
    messages = cued(report, "message")
    assert messages and messages[0].text == "the levy must go", [q.text for q in messages]
    assert speaker_name(report, messages[0]) is not None


def test_bare_label_and_statement_after_a_verb_are_no_colon_cue(analyze_text):
    # a bare "Answer:" labels a list; "said in a statement:" has the verb for its cue
    report = analyze_text(
        "Question: Who runs the port? Answer: The harbour board.\n\nThe harbour board said "
        "in a statement: the port will reopen on Monday.")
    assert_offsets(report)
    assert not cued(report, "answer")
    assert not cued(report, "statement")
    assert cued(report, "said")


def test_semicolon_ends_the_clause_before_a_second_report(analyze_text):
    # a semicolon joins two main clauses: the first is not the second verb's complement
    report = analyze_text(
        "Senator Ruth Okafor and Mayor Dale Pruitt spoke on Monday. He calls for new "
        "spending on the port; she calls for a smaller tax cut.")
    assert_offsets(report)
    texts = sorted(q.text for q in cued(report, "calls"))
    assert texts == ["a smaller tax cut", "new spending on the port"], texts


def test_colon_ends_the_clause_before_a_report(analyze_text):
    report = analyze_text(
        "The harbour vote has changed the race: most dockers now say the levy is unfair.")
    assert_offsets(report)
    says = cued(report, "say")
    assert says and all("race" not in q.text for q in says), [q.text for q in says]
