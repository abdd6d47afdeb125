"""Issue 18, round 13: an event noun before a frame noun is the event ("a mediation
effort"; plover_verbs.yaml `frames`). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

FRAMED = [
    # (sentence, trigger, type shown): a noun before a frame noun (plover_verbs.yaml
    # `frames`) is the event; before another event noun it only modifies it
    ("Qatar launched a mediation effort between Egypt and Sudan.", "mediation", "CONSULT"),
    ("The court issued an arrest warrant for Uganda's former army chief.", "arrest", None),
]


@pytest.mark.parametrize("sentence,trigger,shown_type", FRAMED)
def test_an_event_noun_before_a_frame_noun_is_the_event(analyze_text, sentence, trigger,
                                                        shown_type):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    shown = [e.type for e in r.events if e.trigger.text == trigger and happened(e)]
    assert shown == ([shown_type] if shown_type else []), shown
