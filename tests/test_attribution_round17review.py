"""Round 17 review (h-rev17b) of the attitude cues (attribution/attitudes.py): a group
divided over a question is a group of people, and the question is no date.  Every
sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name


def _quotes(report):
    return [(q.cue and q.cue.text, q.text) for q in report.quotes]


@pytest.mark.parametrize("sentence,cue", [
    # a thing divided or split is no group that holds a view
    ("The harbour vote was split on party lines.", "split"),
    ("The old road is divided on its northern stretch.", "divided"),
])
def test_a_thing_divided_is_no_cue(analyze_text, sentence, cue):
    report = analyze_text(sentence)
    assert_offsets(report)
    assert not cued(report, cue), _quotes(report)


def test_the_question_divided_over_is_no_date(analyze_text):
    report = analyze_text("The harbour council was divided on Tuesday over the proposed "
                          "levy.")
    assert_offsets(report)
    quotes = cued(report, "divided")
    assert quotes and "the proposed levy" in quotes[0].text, _quotes(report)
    assert "Tuesday" not in quotes[0].text, _quotes(report)
    assert "council" in (speaker_name(report, quotes[0]) or "")


def test_a_group_named_by_a_relative_pronoun(analyze_text):
    report = analyze_text("The harbour council, which is divided over the proposed levy, "
                          "met on Monday.")
    assert_offsets(report)
    quotes = cued(report, "divided")
    assert quotes and "the proposed levy" in quotes[0].text, _quotes(report)
    assert "council" in (speaker_name(report, quotes[0]) or "")
