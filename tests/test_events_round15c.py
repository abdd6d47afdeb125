"""Issue 18, round 15 (event recall by construction, nlp/events/constructions.py): acts
named as undergone ("suffered an attack by"); relative clauses stay uncoded (the round's
rule for them was taken out after judging). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _events(report, trigger: str) -> list:
    return [e for e in report.events if e.trigger.text == trigger]


def _texts(event, role: str) -> list[str]:
    return [a.text for a in event.actors if a.role == role]


SHOWN = [
    # (sentence, trigger, type, a source word, a target word or None)
    ("The Kenyan army suffered an attack by al-Shabab last year.", "attack", "ASSAULT",
     "al-Shabab", "army"),
    ("President Ana Ruiz received a visit from King Abdullah of Jordan on Monday.", "visit",
     "CONSULT", "Abdullah", "Ruiz"),
]


@pytest.mark.parametrize(("sentence", "trigger", "shown_type", "source", "target"), SHOWN)
def test_events_by_construction(analyze_text, sentence, trigger, shown_type, source, target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2016-03-01")
    found = [e for e in _events(r, trigger) if e.type == shown_type and happened(e)]
    assert found, [(e.trigger.text, e.type, happened(e)) for e in r.events]
    assert any(source in t for t in _texts(found[0], "source"))
    if target:
        assert any(target in t for t in _texts(found[0], "target"))


NOT_SHOWN = [
    # a habit described, not an act reported ("Officials who denounced the plan were
    # dismissed" was here as a class described until round 44: h-relcl44 reports a verbal
    # act in a restrictive past relative on a coded actor, relatives.integrated_act)
    ("Senator Anna Lindqvist, who denounces the governor at every rally, spoke on Monday.",
     "denounces"),
    # undergone, but only possibly
    ("Iran could suffer sanctions from the European Union.", "sanctions"),
]


@pytest.mark.parametrize(("sentence", "trigger"), NOT_SHOWN)
def test_constructions_that_report_no_event(analyze_text, sentence, trigger):
    r = analyze_text("Nairobi\n\n" + sentence, published="2016-03-01")
    assert not [e for e in _events(r, trigger) if e.type and happened(e)]


def test_undergoing_verb_is_no_event_of_its_own(analyze_text):
    r = analyze_text("Nairobi\n\nIran suffered sanctions by the European Union last year.",
                     published="2016-03-01")
    assert not [e for e in _events(r, "suffered") if e.type]
    event = [e for e in _events(r, "sanctions") if e.type][0]
    assert any("Iran" in t for t in _texts(event, "target"))
    assert not any("sanctions" in t for t in _texts(event, "target"))


def test_relative_with_its_own_subject_is_not_the_antecedents_act(analyze_text):
    # 'who' is the object here: Ortiz did not denounce anyone
    r = analyze_text("Nairobi\n\nGovernor Paul Ortiz, who Senator Anna Lindqvist had "
                     "denounced, spoke on Monday.", published="2016-03-01")
    for e in _events(r, "denounced"):
        assert not any("Ortiz" in t for t in _texts(e, "source"))
