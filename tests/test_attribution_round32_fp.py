"""Round 32 (issue 21, branch h-cuefp32): a refusal to say what an embedded question
asks ("declined to say whether ...", "would not say when") takes that question as its
content, as PolNeAR's annotators mark it; a plain refusal keeps no content, and "if"
with no subject of its own is a condition, no question.  Every sentence is invented for
this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _records(report):
    return [(q.cue.text, q.text) for q in report.quotes if q.cue]


@pytest.mark.parametrize("text,cue,content", [
    ("The mayor declined to say whether the pier would close.", "declined to say",
     "whether the pier would close"),
    ("Mendes would not say whether she would run again.", "would not say",
     "whether she would run again"),
    ("The harbour board refused to say what the storm had damaged.", "refused to say",
     "what the storm had damaged"),
    ("The ferry company wouldn't say how much it paid.", "wouldn't say",
     "how much it paid"),
    ("Her aides declined to comment on whether she still backed the levy.",
     "declined to comment", "whether she still backed the levy"),
])
def test_round32_a_refusal_takes_the_question_it_leaves_open(analyze_text, text, cue,
                                                             content):
    report = analyze_text(text)
    assert_offsets(report)
    assert (cue, content) in _records(report), _records(report)


@pytest.mark.parametrize("text,cue", [
    ("The harbour board refused to comment.", "refused to comment"),
    ("Mendes would not say if asked.", "would not say"),
])
def test_round32_a_refusal_without_a_question_keeps_no_content(analyze_text, text, cue):
    report = analyze_text(text)
    records = _records(report)
    assert (cue, cue) in records, records
    assert [r for r in records if r[0] == cue] == [(cue, cue)], records


@pytest.mark.parametrize("text,word", [
    ("It is unclear whether the mayor knew that the pier was unsafe.", "knew"),
    ("The board is investigating whether the ferry company ever put the crews at risk.",
     "put"),
    ("Reporters pressed the mayor on whether she still backed the levy.", "backed"),
])
def test_round32_no_cue_inside_a_whether_question(analyze_text, text, word):
    # an embedded closed question is asked, not said or believed (CGEL ch. 11)
    report = analyze_text(text)
    assert not any(q.cue.text == word for q in report.quotes if q.cue), _records(report)


def test_round32_a_cue_that_takes_a_whether_question_stays(analyze_text):
    report = analyze_text("Reporters asked whether the plan would work.")
    assert any(q.cue.text == "asked" for q in report.quotes if q.cue), _records(report)
