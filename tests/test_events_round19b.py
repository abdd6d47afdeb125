"""Issue 18, round 19 (ev19b): criticism and praise carried by an evaluative word in
reported speech (evaluations.yaml, docs/events.md "Evaluative words").  A feeling of
disapproval or approval expressed about what a party did is ACCUSE or SUPPORT with that
party the target; one about a situation, a negated or a questioned one is not coded.
Invented sentences."""

from __future__ import annotations

import pytest


def _events(analyze_text, sentence):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2019-03-01")
    return [(e.trigger.text, e.type, [a.text for a in e.actors if a.role == "target"])
            for e in r.events if happened(e)]


M = "Peruvian Foreign Minister Ana Ruiz"

CODED = [
    (f"{M} expressed deep concern over Chile's decision to close the border.",
     "expressed", "ACCUSE", "Chile"),
    (f"{M} voiced outrage that Chilean troops had crossed the border.", "voiced", "ACCUSE",
     "Chilean troops"),
    (f"{M} conveyed her appreciation for Chile's help after the floods.", "conveyed",
     "SUPPORT", "Chile"),
    # a character noun as what a naming verb calls someone (condemning_words)
    (f"{M} described Chilean President Sebastian Pinera as a pathological liar.",
     "described", "ACCUSE", "Sebastian Pinera"),
    # guard: praise of a party's act, coded before this round too (senses._praised)
    ("Peruvian President Ollanta Humala hailed the decision by Chile to reopen the border.",
     "hailed", "SUPPORT", None),
]

NOT_CODED = [
    (f"{M} expressed concern over the economy.", "expressed"),
    (f"{M} did not express concern over Chile's decision.", "express"),
    (f"Did {M} express concern over Chile's decision?", "express"),
    # 'for' with a feeling of disapproval is worry on someone's behalf
    (f"{M} expressed concern for the Chilean hostages.", "expressed"),
    # a thing with a national adjective is no act
    ("Peruvian President Ollanta Humala welcomed the Swedish vaccines.", "welcomed"),
]


@pytest.mark.parametrize("sentence,trigger,type_,target", CODED)
def test_evaluative_feeling_coded(analyze_text, sentence, trigger, type_, target):
    found = [(t, ty, tg) for t, ty, tg in _events(analyze_text, sentence) if t == trigger]
    assert found and found[0][1] == type_
    if target is not None:
        assert target in found[0][2]


@pytest.mark.parametrize("sentence,trigger", NOT_CODED)
def test_evaluative_feeling_not_coded(analyze_text, sentence, trigger):
    assert trigger not in [t for t, _, _ in _events(analyze_text, sentence)]
