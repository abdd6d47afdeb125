"""Round 35 (issue 21, branch h-cue35): "compare X to Y" in Merriam-Webster's sense 1
(to represent as similar, to liken; its usage note: "compare to" likens, "compare with"
examines) is a speech cue like "liken", its content the object and the "to" phrase.
Without a direct object and a "to" phrase, "compare" is sense 2 (to examine side by
side), no cue; nor is the participle used as a preposition ("..., compared with 9
percent").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued


def test_round35_compare_to_is_a_cue(analyze_text):
    assert_cued(analyze_text("The mayor compared the harbour levy to a toll on the poor."),
                "compared", "the harbour levy to a toll on the poor", exact=True)


def test_round35_compare_to_takes_its_speaker(analyze_text):
    report = analyze_text(
        "In a radio interview, Okafor compared Mendes to a ship captain who abandons "
        "his crew.")
    assert_cued(report, "compared", "Mendes to a ship captain who abandons his crew",
                exact=True)


NOT_CUED = [
    ("The harbour board compared the two bids on Tuesday.", "compared"),
    ("Port revenue rose 15 percent, compared with 9 percent last year.", "compared"),
    ("Okafor compared the two bids with last year's offers.", "compared"),
    ("Revenue fell sharply, compared to the summer season.", "compared"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round35_compare_without_likening_is_no_cue(analyze_text, text, word):
    report = analyze_text(text)
    found = cued(report, word)
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]
