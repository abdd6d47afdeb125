"""Issue 18, ninth round (precision): a transcript's speaker label is not the subject
(docs/events.md). Invented sentences, one table per rule."""

from __future__ import annotations

import pytest


def _types(report):
    return [(e.trigger.text, e.type, e.mode) for e in report.events]


LABELS = [
    # (sentence, trigger, source text)
    ("VOA: Chile's President Gabriel Boric recently visited Peru after he began his term.",
     "visited", "President"),
    ("Reuters: Peru's foreign minister visited Bolivia last week.", "visited",
     "minister"),
]


@pytest.mark.parametrize("sentence,trigger,source", LABELS)
def test_a_speaker_label_is_not_the_subject(analyze_text, sentence, trigger, source):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger]
    assert found, _types(r)
    sources = [a.text for e in found for a in e.actors if a.role == "source"]
    assert any(source in s for s in sources), sources
    assert not any(s in ("VOA", "Reuters") for s in sources), sources
