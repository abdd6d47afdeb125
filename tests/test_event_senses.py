"""Issue 18, fifth round: senses and what an event needs, chosen by the object and the
construction (docs/events.md). Invented sentences, one table per rule."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


INVESTIGATIONS = [
    # (sentence, trigger, shown as an investigation)
    ("Kenyan police are monitoring developments along the border.", "monitoring", False),
    ("The ministry is studying the proposal from the unions.", "studying", False),
    ("Kenyan police are investigating the killing of a reporter.", "investigating", True),
    ("Kenyan police are investigating the opposition leader.", "investigating", True),
    ("Kenyan police are investigating.", "investigating", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", INVESTIGATIONS)
def test_an_investigation_is_of_a_party_or_an_act(analyze_text, sentence, trigger, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.mode == "investigate"]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.mode) for e in r.events]
