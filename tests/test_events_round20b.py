"""Issue 18, round 20 (ev20b): event words the dictionaries leave without a type.  Armed
forces sent with no party to receive them are a state moving its own forces (MOBILIZE
154, the code of the noun "deployment").  Invented sentences."""

from __future__ import annotations

import pytest


def _type(analyze_text, text, trigger):
    r = analyze_text("Lima\n\n" + text, published="2019-03-01")
    found = [e for e in r.events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in r.events]
    return found[0].type


@pytest.mark.parametrize("text,trigger,etype", [
    ("The Malian army deployed several hundred troops to the northern towns.", "deployed",
     "MOBILIZE"),
    ("France sent troops to Mali.", "sent", "COOPERATE"),
])
def test_event_words(analyze_text, text, trigger, etype):
    assert _type(analyze_text, text, trigger) == etype


@pytest.mark.parametrize("text,roles", [
    # the forces sent are the mobilizing side: dropped as target when a doer is named ...
    ("The Malian army deployed several hundred troops to the northern towns.",
     [("source", "The Malian army")]),
    # ... and the source when none is
    ("Several hundred troops were deployed to the northern towns.",
     [("source", "Several hundred troops")]),
])
def test_forces_sent_are_their_own_side(analyze_text, text, roles):
    r = analyze_text("Lima\n\n" + text, published="2019-03-01")
    event = next(e for e in r.events if e.trigger.text == "deployed")
    assert event.type == "MOBILIZE"
    assert [(a.role, a.text) for a in event.actors if a.role in ("source", "target")] == roles
