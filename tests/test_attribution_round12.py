"""Cues of round 12 (issue 21): "email" as a verb of saying by its channel (VerbNet 3.3
instr_communication-37.4, as "tweet"); "trumpet" as a topic verb (as
"tout").  Every sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued


def test_emailed_with_a_that_clause_is_a_cue(analyze_text):
    report = analyze_text(
        "A spokeswoman for the port authority emailed reporters that "
        "the vote on the dredging levy was off."
    )
    assert_offsets(report)
    texts = [q.text for q in cued(report, "emailed")]
    assert any("the vote on the dredging levy was off" in t for t in texts), texts


def test_an_emailed_statement_is_no_second_cue(analyze_text):
    report = analyze_text(
        "The mayor of Porto said in an emailed statement that the dredging levy would stay."
    )
    assert_offsets(report)
    assert cued(report, "emailed") == []
    assert any("levy would stay" in q.text for q in cued(report, "said"))


def test_trumpeting_takes_its_object_as_content(analyze_text):
    report = analyze_text(
        "On Tuesday, Ana Mendes was trumpeting her record on the dredging levy in Porto."
    )
    assert_offsets(report)
    texts = [q.text for q in cued(report, "trumpeting")]
    assert any("her record on the dredging levy" in t for t in texts), texts
