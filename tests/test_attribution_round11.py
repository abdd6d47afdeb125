"""Cues of round 11 (issue 21): "address" with its audience is no cue; "reportedly"
attributes its clause to no named source.  Every sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued


def test_address_with_its_audience_is_no_cue(analyze_text):
    report = analyze_text("Ana Mendes will address the convention on Thursday. Later, "
                          "addressing supporters in Porto, Ana Mendes thanked the growers.")
    assert_offsets(report)
    assert cued(report, "address") == [] and cued(report, "addressing") == []


def test_address_with_a_topic_keeps_its_content(analyze_text):
    report = analyze_text("On Monday, Ana Mendes addressed the rising cost of the dredging.")
    assert_offsets(report)
    assert any("dredging" in q.text for q in cued(report, "addressed"))


def test_reportedly_attributes_its_clause_to_no_named_source(analyze_text):
    report = analyze_text("The mayor of Porto is reportedly considering a run for the "
                          "national parliament next year.")
    assert_offsets(report)
    # the content is the clause on both sides of the adverb, one record with two runs
    texts = [q.text for q in cued(report, "reportedly")]
    assert any(t.startswith("The mayor") for t in texts), texts
    assert any("considering a run" in t for t in texts), texts
    assert not any("reportedly" in t for t in texts), texts
