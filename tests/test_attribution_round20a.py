"""Round 20 (issue 21, branch h-cue20a): cue vocabulary widened by class from VerbNet 3.3,
FrameNet 1.7 and Merriam-Webster (data/cues.yaml, each entry with its source): verbs of
saying and complaining ("articulated", "groused about"), of judging and admiring
("extolled", "despises"), of thinking over and foreseeing ("is mulling a run",
"foresee"), light-verb nouns ("made the point that") and phrasal verbs ("came out
against", "laid out"), and the words left out for their other senses or for the check
halves.  Every sentence is invented
for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, assert_offsets, cued_within

CUED = [
    ("Ana Mendes articulated a different plan for the harbour.", "articulated",
     "a different plan"),
    ("Tomas Berg groused about the new levy on Monday.", "groused", "the new levy"),
    ("The mayor extolled the virtues of the old quay.", "extolled", "the virtues"),
    ("Most of the dockers despise the harbour board.", "despise", "the harbour board"),
    ("Ms. Mendes is mulling a run for governor.", "mulling", "a run for governor"),
    ("Few growers foresee a quick end to the drought.", "foresee", "a quick end"),
    ("The mayor made the point that the quay was safe.", "point", "the quay was safe"),
    ("The fishing union came out against the levy last week.", "came out against",
     "the levy"),
    ("Ms. Mendes laid out her plan for the fleet.", "laid out", "her plan"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round20_cues(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


# words of the same classes left out for their other senses (data/cues.yaml says why)
NOT_CUED = [
    ("Forty percent of the growers chose Okafor in the new survey.", "chose"),
    ("The county elected a new harbour master in May.", "elected"),
    ("The storm underscored the risks of the old quay.", "underscored"),
    ("Hundreds were protesting outside the harbour office.", "protesting"),
    ("The crews could hear the engines from the quay.", "hear"),
    ("The crash was a harsh reminder that the quay is old.", "reminder"),
    # classes tried and taken out on the check halves (nouns of stance, verbs of choosing)
    ("Berg's rejection of the offer surprised the crews.", "rejection"),
    # "came out" with another preposition than "against" / "for"
    ("If Okafor comes out on top in the county, the levy stays.", "comes"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round20_not_cued(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert not cued_within(report, word), [q.cue.text for q in report.quotes if q.cue]
