"""Issue 18, round 29 (h-ev29e): gate 3 of route_gates.yaml (`pronoun_sources`): a verb
coded by its lemma alone (routes ``cameo_verb``, ``plover_verb``) whose sources are all
pronouns and which has no target is left uncoded.  Invented sentences."""

from __future__ import annotations

from wiretrace import render

from .test_events_round27 import _events, _texts


def _coded(analyze_text, text, trigger):
    return [e for e in _events(analyze_text, text, trigger) if e.type and render.happened(e)]


def test_agreement_by_a_pronoun_with_no_target_is_no_event(analyze_text):
    assert _coded(analyze_text, 'President Ruiz spoke on Monday. "I agree it is bad," he '
                  "said.", "agree") == []


def test_a_suspicion_by_a_pronoun_with_no_target_is_no_event(analyze_text):
    assert _coded(analyze_text, 'Senator Lopez spoke on Monday. "We suspect he will cheat," '
                  "he said.", "suspect") == []


def test_a_retirement_by_a_pronoun_is_no_event_and_by_a_name_stays(analyze_text):
    text = "Senator Lopez resigned in May. He retired in June."
    assert _coded(analyze_text, text, "retired") == []
    [ev] = _coded(analyze_text, text, "resigned")
    assert _texts(ev, "source") == ["Lopez"]


def test_praise_by_a_pronoun_of_a_target_stays(analyze_text):
    [ev] = _coded(analyze_text, "Senator Lopez spoke on Monday. He praised the governor.",
                  "praised")
    assert (ev.type, ev.route) == ("SUPPORT", "cameo_verb")
    assert _texts(ev, "source") == ["He"]


def test_agreement_by_a_named_actor_with_no_target_stays(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz agreed on Monday.", "agreed")
    assert ev.type == "AGREE"


def test_force_by_a_pronoun_with_no_target_stays(analyze_text):
    [ev] = _coded(analyze_text, "Rebels entered the town on Monday. They attacked at dawn.",
                  "attacked")
    assert ev.type == "ASSAULT"
