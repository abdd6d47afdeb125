"""Issue 18, round 30 (h-ev30a): word senses of verbs coded by their CAMEO lemma alone,
read against PETRARCH2's patterns (route_gates.yaml intent_without_act,
nlp/events/gates.py).  Invented sentences."""

from __future__ import annotations

from wiretrace import render

from .test_events_round27 import _events


def _coded(analyze_text, text, trigger):
    return [e for e in _events(analyze_text, text, trigger) if e.type and render.happened(e)]


def test_mean_with_a_clause_is_no_intent(analyze_text):
    text = 'Senator Lopez said on Monday: "I meant he is the founder of the party."'
    assert _coded(analyze_text, text, "meant") == []


def test_mean_with_a_pronoun_object_is_no_intent(analyze_text):
    text = 'President Ruiz told reporters in Lima: "I meant exactly that."'
    assert _coded(analyze_text, text, "meant") == []


def test_an_intent_verb_with_an_event_object_is_not_gated(analyze_text):
    from wiretrace.nlp.events import gates

    nlp = __import__("wiretrace").nlp.language.load()
    doc = nlp("Peru plans talks with Chile.")
    assert gates._act_named(next(t for t in doc if t.lower_ == "plans"))
    doc = nlp("President Ruiz meant to sign the treaty.")
    assert gates._act_named(next(t for t in doc if t.lower_ == "meant"))
    doc = nlp("I meant exactly that.")
    assert not gates._act_named(next(t for t in doc if t.lower_ == "meant"))
