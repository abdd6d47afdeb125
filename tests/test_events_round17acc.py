"""Issue 18, round 17 (criticism and legal steps missed on web news, branch h-eva17): the
audience of a verb of saying coded for its condemning clause is no target, the party the
clause condemns is (its subject, or the subject's possessor); legal steps one undergoes
("faces charges in the US", "faced an investigation by prosecutors": PETRARCH2's FACE *
CHARGE [:112], CAMEO 09) are ACCUSE with the subject as target and the 'by', 'from' or
state 'in' phrase as source; an indictment or impeachment one "faces" is still to come.
Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str):
    r = analyze_text("Nairobi\n\n" + sentence, published="2019-11-20")
    return [e for e in r.events if e.trigger.text == trigger and happened(e)]


def _role(event, role: str) -> list[str]:
    return [a.text for a in event.actors if a.role == role]


TARGETS = [
    # (sentence, trigger, targets): the audience is no target
    ("Senator Anna Lindqvist told reporters that Governor Paul Ortiz's request to the "
     "minister was inappropriate.", "told", ["Paul Ortiz"]),
    ("Senator Anna Lindqvist told the committee that Governor Paul Ortiz was reckless and "
     "irresponsible.", "told", ["Paul Ortiz"]),
    ("Senator Anna Lindqvist told the committee that the payment was improper.", "told", []),
]


@pytest.mark.parametrize("sentence,trigger,targets", TARGETS)
def test_condemning_speech_targets_the_condemned(analyze_text, sentence, trigger, targets):
    shown = _shown(analyze_text, sentence, trigger)
    assert [e.type for e in shown] == ["ACCUSE"], shown
    assert _role(shown[0], "target") == targets


LEGAL = [
    # (sentence, trigger, type shown, sources, targets)
    ("Opposition leader Paul Ortiz faces 12 criminal charges in Kenya, including fraud.",
     "faces", "ACCUSE", ["Kenya"], ["Paul Ortiz"]),
    ("Governor Paul Ortiz faced an investigation by the Justice Department last year.",
     "faced", "ACCUSE", ["Justice Department"], ["Paul Ortiz"]),
    ("Senator Anna Lindqvist faced a lawsuit from Ohio in 2018.", "faced", "ACCUSE",
     ["Ohio"], ["Anna Lindqvist"]),
    # a lawsuit's 'in' phrase is where it was filed, not who filed it
    ("Governor Paul Ortiz faced two lawsuits in Ohio last year.", "faced", "ACCUSE", [],
     ["Paul Ortiz"]),
    # still to come, or a court's act: no accusation coded
    ("Governor Paul Ortiz faces impeachment over the contracts.", "faces", None, [], []),
    ("Governor Paul Ortiz faced a certain indictment on fraud charges.", "faced", None, [],
     []),
    ("Governor Paul Ortiz could face charges if the report is confirmed.", "face", None, [],
     []),
]


@pytest.mark.parametrize("sentence,trigger,shown_type,sources,targets", LEGAL)
def test_legal_steps_one_faces(analyze_text, sentence, trigger, shown_type, sources, targets):
    shown = _shown(analyze_text, sentence, trigger)
    assert [e.type for e in shown] == ([shown_type] if shown_type else []), shown
    if shown_type:
        assert _role(shown[0], "source") == sources
        assert _role(shown[0], "target") == targets


def test_reopened_investigation_is_the_light_verbs_event(analyze_text):
    """'reopen' carries its event noun as 'open' does (plover_verbs.yaml light_verbs)."""
    shown = _shown(analyze_text, "Swedish prosecutors reopened an investigation into "
                   "Governor Paul Ortiz in May.", "investigation")
    assert [e.type for e in shown] == ["ACCUSE"], shown
    assert _role(shown[0], "source") == ["Swedish prosecutors"]


AT_TARGETS = [
    # (sentence, trigger, targets): the 'at' phrase of a phrasal verb of criticism
    ("President Paul Ortiz lashed out at Turkey for downing the jet.", "lashed", ["Turkey"]),
    ("Senator Anna Lindqvist fired back at Governor Paul Ortiz over the budget.", "fired",
     ["Paul Ortiz"]),
    ("Senator Anna Lindqvist hit out at Governor Paul Ortiz over the budget.", "hit",
     ["Paul Ortiz"]),
    # any other verb's 'at' phrase is a place
    ("Senator Anna Lindqvist criticized the plan at the United Nations.", "criticized",
     ["the plan"]),
]


@pytest.mark.parametrize("sentence,trigger,targets", AT_TARGETS)
def test_at_phrase_of_criticism_is_its_target(analyze_text, sentence, trigger, targets):
    shown = _shown(analyze_text, sentence, trigger)
    assert [e.type for e in shown] == ["ACCUSE"], shown
    assert _role(shown[0], "target") == targets


def test_took_a_swipe_at_criticizes(analyze_text):
    """PETRARCH2's TAKE * JAB 111, and its synonyms swipe, potshot, dig (plover_verbs.yaml
    predicates): the 'at' phrase is the target."""
    shown = _shown(analyze_text, "Governor Paul Ortiz took several swipes at Senator Anna "
                   "Lindqvist during the debate.", "took")
    assert [e.type for e in shown] == ["ACCUSE"], shown
    assert _role(shown[0], "target") == ["Anna Lindqvist"]
