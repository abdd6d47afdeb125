"""Round 17 (issue 21): cue verbs read in a sense that reports nothing, "be supposed to"
(obligation), "celebrate" an occasion, "address" a problem (to deal with it); "made
clear" with its that-clause wherever the parser hangs it.  Every sentence is invented
for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued

NOT_CUED = [
    ("The harbour levy was supposed to be temporary, but the council kept it.",
     ("supposed",)),
    ("Mayor Ruth Okafor celebrated her 60th birthday at the quay on Friday.",
     ("celebrated",)),
    ("The new cranes would address the backlog at the quay, the port said.", ("address",)),
]


@pytest.mark.parametrize("text,words", NOT_CUED)
def test_no_cues(analyze_text, text, words):
    report = analyze_text(text)
    assert_offsets(report)
    for word in words:
        assert not cued(report, word), word


CUED = [
    # the same verbs in their reporting senses
    ("Ruth Okafor supposed that the levy would pass.", "supposed"),
    ("The growers want to sell at the quay.", "want"),
    ("Mayor Ruth Okafor celebrated the court's ruling on the levy.", "celebrated"),
    ("Ruth Okafor offered to resign over the levy.", "offered"),
]


@pytest.mark.parametrize("text,word", CUED)
def test_still_cues(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert cued(report, word)


@pytest.mark.parametrize("text", [
    "Some growers made clear that they would like to see the levy cut.",
    "The union has made clear in interviews that it is ready to strike.",
])
def test_made_clear_that(analyze_text, text):
    report = analyze_text(text)
    assert_offsets(report)
    assert cued(report, "made clear"), [q.cue.text for q in report.quotes if q.cue]
