"""Nouns of criticizing (issue 18, round 44, h-nominal44): 'critique', 'ridicule' and
'derision' name an act of criticizing (CAMEO 111, the DENOUNCE block's RIDICULE and
DERIDE and the verb CRITICIZE; PLOVER ACCUSE), as 'criticism' and 'rebuke' already do
(data/accusations.yaml nouns).  Like those nouns they are coded only with a doer of
their own (a possessor or a 'from' phrase), never for a target alone.  Sentences written
for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Okafor's sharp critique of Governor Brandt's budget stunned the delegates.",
     ("critique", "ACCUSE", "Okafor", "Governor Brandt's budget")),
    ("The ridicule from Senator Okafor stung the governor.",
     ("ridicule", "ACCUSE", "Okafor", "")),
    ("Governor Brandt's derision of the Chilean election board drew wide attention.",
     ("derision", "ACCUSE", "Brandt", "the Chilean election board")),
])
def test_criticism_nouns_are_accuse(text, expected):
    assert expected in shown(text, "source", "target")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The plan has faced ridicule online since it was released.", "ridicule"),
    ("A critique of the budget appeared in the weekend papers.", "critique"),
])
def test_criticism_nouns_need_a_doer(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]
