"""Round 30 (h-uncoded30) of the actor codes on real news (issue 20): the "he" that
speaks a quote is its speaker, never a person named inside the quote (binding's
Principle C: a name in the complement of "say" is not its subject pronoun).  Invented
sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _actors(report, trigger):
    names = {e.id: e.name for e in report.entities}
    return {
        (a.role, a.text, names.get(a.entity_id))
        for ev in report.events
        if ev.trigger.text == trigger
        for a in ev.actors
    }


def test_the_speaker_pronoun_is_not_a_person_inside_his_quote(analyze_text):
    text = (
        'Senator Ted Cruz criticized the plan on Monday. "I admire Mary Smith," he '
        "said, and vowed to block the bill."
    )
    r = analyze_text(text, published="2016-01-30")
    assert_offsets(r)
    assert ("source", "he", "Ted Cruz") in _actors(r, "vowed")


def test_the_speaker_pronoun_after_a_two_apostrophe_quote(analyze_text):
    # the NYT's quotation marks ('' ... '') are no double quotation marks
    text = (
        "Senator Ted Cruz criticized the plan on Monday. ''I admire Mary Smith,'' he "
        "said, and vowed to block the bill."
    )
    r = analyze_text(text, published="2016-01-30")
    assert ("source", "he", "Ted Cruz") in _actors(r, "vowed")
