"""Round 17 (issue 21): noun cues after light verbs.  "speech" and "message" as nouns of
speech with what they are about ("gave a speech about the levy", "sent a message about
the quay").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _with(report, word: str) -> list:
    return [q for q in report.quotes if q.cue is not None and word in q.cue.text.lower()]


CUED = [
    ("Mayor Ruth Okafor gave a long speech about the harbour levy on Friday.", "speech",
     "harbour levy"),
    ("The dockers' union sent the council a message about the night shifts.", "message",
     "night shifts"),
    ("Her speech on the harbour levy drew a crowd at the quay.", "speech", "harbour levy"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_light_noun_cues(analyze_text, text, word, content):
    report = analyze_text(text)
    assert_offsets(report)
    found = _with(report, word)
    assert found, [q.cue.text for q in report.quotes if q.cue]
    assert any(content in q.text for q in found), [q.text for q in found]


NOT_CUED = [
    # a time is no content (a guard: passes before and after)
    ("Ruth Okafor gave a speech on Friday.", "speech"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_not_cued(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert not _with(report, word)
