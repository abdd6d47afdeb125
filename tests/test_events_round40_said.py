"""A charge told with a verb of saying (issue 18, round 40, h-charge40;
nlp/events/speech_content.py, speech_content.yaml `charged_acts`).

A verb of saying whose that-clause's verb is a deed the VADER lexicon rates at least 2.0
below neutral, done by a named party, with no code of its own, is ACCUSE 'disapprove' from
the speaker to the doer ("said Brandt had disrespected the troops").  Not: a verb of
feeling or suffering (Levin 1993, 31.2 / 31.3), a passive, a negation, a modal, a habit, a
question or a condition, the speaker's own deed, a deed with a code of its own.  'deny'
with a that-clause stays uncoded (round 16's rule, out since its check judgment).
Sentences written for the test."""
import pytest

from .conftest import shown


def _on(text: str, lemma: str) -> list[tuple[str, ...]]:
    return [e for e in shown(text, "source", "target") if e[0].lower().startswith(lemma)]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Senator Alvarez said on Monday that Governor Brandt had disrespected the troops.",
     "Alvarez", "Brandt"),
    ("Senator Alvarez said Governor Brandt had failed to protect the state.",
     "Alvarez", "Brandt"),
    ("Senator Alvarez said Governor Brandt was lying about the budget.",
     "Alvarez", "Brandt"),
])
def test_charged_act_is_accuse(text, source, target):
    found = _on(text, "said")
    assert [e[1] for e in found] == ["ACCUSE"]
    assert source in found[0][2] and target in found[0][3]


@pytest.mark.parametrize("text", [
    "Senator Alvarez said that Governor Brandt had not disrespected the troops.",  # negated
    "Senator Alvarez said Governor Brandt feared the storm.",  # feeling (Levin 31.2)
    "Senator Alvarez said Governor Brandt had suffered a defeat.",  # suffering (31.3)
    "Senator Alvarez said Governor Brandt would disrespect the troops.",  # modal
    "Senator Alvarez said Governor Brandt was betrayed by his allies.",  # passive
    "Senator Alvarez asked whether Governor Brandt had disrespected the troops.",
    "Senator Alvarez said Governor Brandt's policy had hurt families.",  # coded itself
])
def test_no_charge(text):
    assert [e for e in _on(text, "said") + _on(text, "asked") if e[1] == "ACCUSE"] == []


def test_denial_with_clause_stays_uncoded():
    # round 16's own-act denial in a clause was taken out after judging (0 of 4 check
    # events right); round 40 measured it again and took it out again
    assert _on("The Trump campaign has denied it happened.", "denied") == []


def test_denied_object_unchanged():
    found = _on("Senator Alvarez denied the charges.", "denied")
    assert [e[1] for e in found] == ["REJECT"]
