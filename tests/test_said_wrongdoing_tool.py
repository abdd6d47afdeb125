"""tools/said_wrongdoing.py (round 36, h-said36): what a rule "X said Y had lied: ACCUSE
X > Y" (data/wrongdoing.yaml, CAMEO 112x) would make of a verb of saying's that-clause;
measured on every dev file and not adopted (no dev hit).  Invented sentences, both ways."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from wiretrace import pipeline

_spec = importlib.util.spec_from_file_location(
    "said_wrongdoing", Path(__file__).parent.parent / "tools" / "said_wrongdoing.py")
said_wrongdoing = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(said_wrongdoing)


def _shapes(text: str, cue: str):
    doc = pipeline.load()(text)
    verb = next(t for t in doc if t.text == cue)
    return [(act.text, kind, party.text if party is not None else None)
            for act, kind, party in said_wrongdoing.shapes(verb)]


@pytest.mark.parametrize(("text", "cue", "act", "party"), [
    ("Senator Mark Ellison said on Tuesday that Governor Ruth Adler had lied about the "
     "budget.", "said", "lied", "Adler"),
    ("Senator Mark Ellison told reporters that Governor Ruth Adler rigged the primary.",
     "told", "rigged", "Adler"),
    ("Senator Mark Ellison said Governor Ruth Adler was lying to the voters of Ohio.",
     "said", "lying", "Adler"),
    ("Senator Mark Ellison said Governor Ruth Adler's campaign covered up the audit.",
     "said", "covered", "Adler"),
    ("Senator Mark Ellison said Governor Ruth Adler broke the law.", "said", "broke",
     "Adler"),
])
def test_a_done_wrongful_act_of_a_named_party_would_be_an_accusation(text, cue, act, party):
    [(found, kind, who)] = _shapes(text, cue)
    assert (found, kind) == (act, "accuse") and who is not None and party in who


@pytest.mark.parametrize(("text", "cue", "kind"), [
    ("Senator Mark Ellison said that Governor Ruth Adler did not lie about the budget.",
     "said", "negated"),  # a defense, not an accusation
    ("Senator Mark Ellison said Governor Ruth Adler would cheat if she could.", "said",
     "not_done"),
    ("Senator Mark Ellison said Governor Ruth Adler cheats at golf.", "said", "not_done"),
    ("Senator Mark Ellison said the primary was rigged.", "said", "no_doer"),
    ("Senator Mark Ellison said that he had lied about the budget.", "said", "unnamed"),
])
def test_no_accusation_without_a_done_act_of_a_named_party(text, cue, kind):
    assert [k for _, k, _ in _shapes(text, cue)] == [kind]


@pytest.mark.parametrize(("text", "cue"), [
    ("Senator Mark Ellison asked whether Governor Ruth Adler had lied.", "asked"),
    ("Senator Mark Ellison predicted that Governor Ruth Adler had cheated.", "predicted"),
    ("Senator Mark Ellison said Governor Ruth Adler visited the plant.", "said"),
])
def test_questions_guesses_and_other_acts_are_not_read(text, cue):
    assert _shapes(text, cue) == []
