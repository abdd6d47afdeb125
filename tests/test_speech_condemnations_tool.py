"""tools/speech_condemnations.py (round 33, h-evsay33): the shapes of criticism it finds in
a verb of saying's that-clause.  Sentences written for the test."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from wiretrace import pipeline

_spec = importlib.util.spec_from_file_location(
    "speech_condemnations", Path(__file__).parent.parent / "tools" / "speech_condemnations.py")
speech_condemnations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(speech_condemnations)


@pytest.mark.parametrize(("text", "kind"), [
    ("Senator Ruth Alder said Governor Paul Brenner was a liar.", "subj"),
    ("Senator Ruth Alder said Governor Paul Brenner's plan would be a disaster.", "poss"),
    ("Senator Ruth Alder said the new toll road was a disaster.", "thing"),
    ("Senator Ruth Alder said Governor Paul Brenner had vilified the nurses.", "verb"),
    ("Senator Ruth Alder said the talks with the governor were productive.", None),
])
def test_shapes(text, kind):
    speech, words, crit = speech_condemnations._tables()
    doc = pipeline.load()(text)
    said = next(t for t in doc if t.lemma_ == "say")
    clauses = [c for c in said.children if c.dep_ == "ccomp"]
    assert clauses
    assert speech_condemnations.shape(clauses[0], words, crit)[0] == kind
