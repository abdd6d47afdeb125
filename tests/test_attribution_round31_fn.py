"""Round 31 (issue 21, branch h-cuefn31): verbs of awareness and memory (FrameNet 1.7
Awareness, Becoming_aware, Remembering_information) take their noun object as the
content of a cognitive cue, but only with a subject of their own: an infinitive or
gerund with no subject holds no one's belief.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

CUED = [
    (
        "The harbour investigators immediately understood his meaning.",
        "understood",
        "his meaning",
    ),
    (
        "Most historians recognize this failure for what it is.",
        "recognize",
        "this failure",
    ),
    (
        "The council must remember the lessons of the last flood.",
        "remember",
        "the lessons of the last flood",
    ),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round31_awareness_object(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


NOT_CUED = [
    # no subject of its own: an arbitrary understood subject, no one's belief
    ("To understand the link between the levy and the strike, the crews studied the books.",
     "understand"),
    ("A good way to understand the harbour plan is to read the budget.", "understand"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round31_awareness_no_subject(analyze_text, text, word):
    report = analyze_text(text)
    found = [q for q in cued(report, word) if q.text != word]
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]
