"""Round 17 review (h-rev17b) of the targets of phrasal criticism (events/criticism.py
`at_targets`): the 'at' phrase right after "lashed out" / "fired back" names whom it
criticizes; a later 'at' phrase is where or when it was said.  Invented sentences."""

from __future__ import annotations


def test_only_the_first_at_phrase_is_the_target(analyze_text):
    r = analyze_text("Report\n\nPresident Paul Ortiz lashed out at Turkey at a rally in "
                     "Ohio on Monday.", published="2024-03-05")
    shown = [e for e in r.events if e.trigger.text == "lashed"]
    assert [e.type for e in shown] == ["ACCUSE"], shown
    assert [a.text for a in shown[0].actors if a.role == "target"] == ["Turkey"]
