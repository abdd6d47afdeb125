"""Issue 18, round 17: pledges stated in reported speech are AGREE events made when said
(pledges.yaml, nlp/events/pledges.py; docs/quality.md "Round 17: pledges in reported
speech").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _events(analyze_text, text: str):
    return analyze_text("Nairobi\n\n" + text, published="2016-03-02").events


def _shown(analyze_text, text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in _events(analyze_text, text) if happened(e)]


CODED = [
    # the speaker's own body pledges an act toward another party
    ("The Japanese foreign minister said Japan would send aid to Nepal.", ("send", "AGREE")),
    ("The Kenyan president announced that Kenya will hold talks with Uganda.",
     ("talks", "AGREE")),
    ("Chile said it would resume talks with Peru.", ("talks", "AGREE")),
    ("The Kenyan president said his government would send aid to Uganda.",
     ("send", "AGREE")),
    # a gift pledged with the party as object
    ("The Japanese defence minister Taro Sato arrived in Manila. Sato announced that Japan "
     "will provide the Philippine navy with two patrol boats.", ("provide", "AGREE")),
]


@pytest.mark.parametrize("text,event", CODED)
def test_a_pledge_is_made_when_said(analyze_text, text, event):
    assert event in _shown(analyze_text, text), text


def test_the_pledged_act_keeps_its_kind(analyze_text):
    ev = next(e for e in _events(analyze_text, "The Japanese foreign minister said Japan "
                                               "would send aid to Nepal.")
              if e.trigger.text == "send")
    assert ev.cameo == "033"  # intent to provide material aid
    assert ev.factuality.tense != "future"


NOT_CODED = [
    # a prediction by others
    ("Analysts said Japan would send aid to Nepal.", "send"),
    # a conditional pledge, a question, a negation
    ("The Japanese foreign minister said Japan would send aid to Nepal if the rains failed.",
     "send"),
    ("Did the Japanese foreign minister say Japan would send aid to Nepal?", "send"),
    # a belief or an expectation is no pledge
    ("The Japanese foreign minister expects Japan will send aid to Nepal.", "send"),
    # no other party: a domestic plan
    ("The Japanese defence minister said Japan would send troops.", "send"),
    ("The Japanese defence minister said Japan would supply the army with new rifles.",
     "supply"),
    # a poll's respondents
    ("Sixty percent of Japanese voters said they would support Nepal.", "support"),
    # another country's act, or a person's own who is no body of the speaker's
    ("The Kenyan president said his wife would send aid to Uganda.", "send"),
    ("The Japanese foreign minister said China would send aid to Nepal.", "send"),
    # a gift in the future, said by nobody, is no pledge
    ("Japan will provide the Philippine navy with new uniforms.", "provide"),
]


@pytest.mark.parametrize("text,trigger", NOT_CODED)
def test_no_pledge(analyze_text, text, trigger):
    assert trigger not in [t for t, _ in _shown(analyze_text, text)], text
