"""Round 17 (issue 21): noun cues after light verbs.  "speech" and "message" as nouns of
speech with what they are about ("gave a speech about the levy", "sent a message about
the quay").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, assert_offsets, cued_within

CUED = [
    ("Mayor Ruth Okafor gave a long speech about the harbour levy on Friday.", "speech",
     "harbour levy"),
    ("The dockers' union sent the council a message about the night shifts.", "message",
     "night shifts"),
    ("Her speech on the harbour levy drew a crowd at the quay.", "speech", "harbour levy"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_light_noun_cues(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


NOT_CUED = [
    # a time is no content (a guard: passes before and after)
    ("Ruth Okafor gave a speech on Friday.", "speech"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_not_cued(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert not cued_within(report, word)
