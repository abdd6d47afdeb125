"""Round 32 (issue 21, branch h-cuefn32): a cue that heads a "than" clause with a subject
of its own and no complement reports the comparative phrase it belongs to (CGEL ch. 13:
the comparative clause lacks the compared term).  Every sentence is invented for this
file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

CUED = [
    ("The harbour deficit will be two million euros more than the port office had predicted.",
     "predicted", "two million euros more"),
    ("Turnout in Lisbon was higher than most analysts had forecast.", "forecast", "higher"),
    ("The vote gave Mendes more seats than her advisers expected.", "expected",
     "more seats"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round32_comparative_clause(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


NOT_CUED = [
    # a verb of belief with no subject of its own: no one's report
    ("The crews sailed sooner than expected.", "expected"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round32_comparative_not_cued(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]
