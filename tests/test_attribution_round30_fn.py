"""Round 30 (issue 21, branch h-cuefn): "project" as a cognitive cue (Merriam-Webster
"project", transitive 3: to calculate, estimate or predict based on known data or
trends; FrameNet 1.7 Predicting), only with a complement as the other cognitive verbs.
Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

CUED = [
    (
        "The budget office projected that the deficit would grow next year.",
        "projected",
        "the deficit would grow",
    ),
    (
        "The deficit is projected to reach 500 billion dollars next year.",
        "projected",
        "to reach 500 billion dollars",
    ),
    (
        "With the number of retirees projected to swell to 65 million, the fund will shrink.",
        "projected",
        "to swell to 65 million",
    ),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round30_projected(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


NOT_CUED = [
    # "project" with no complement is showing, not predicting
    ("The mayor projected confidence at the rally.", "projected"),
    ("The crew projected the film onto the harbour wall.", "projected"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round30_projected_not_cues(analyze_text, text, word):
    report = analyze_text(text)
    found = [q for q in cued(report, word) if q.text != word]
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]
