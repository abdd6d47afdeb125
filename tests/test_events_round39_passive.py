"""The agentless passive of a directive verb with a to-infinitive (issue 18, round 39,
h-passive39; nlp/events/coder.py `DIRECTIVE_TYPES`): "X was urged / asked / called on to
do Y" is the passive of "... urged X to do Y", whose object is the verb's own argument,
the one addressed (Quirk et al. 1985, 16.63; CGEL ch. 14, 5.2, "ordinary" objects), so the
passive subject is the REQUEST's target and, with no by-phrase, the source is left empty
rather than guessed.  The raised subject of "is expected / believed to" (no argument of
the matrix verb) stays uncoded, and so does a negated request.  Sentences written for
the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("The Sudanese government was asked to open the border.", "asked",
     "The Sudanese government"),
    ("Israel was urged to halt settlement construction.", "urged", "Israel"),
    ("Hungary was called on to respect the rule of law.", "called", "Hungary"),
])
def test_agentless_directive_passive_is_a_request_to_its_subject(text, trigger, target):
    found = [e for e in shown(text, "source", "target") if e[0] == trigger]
    assert found == [(trigger, "REQUEST", "", target)]


def test_directive_passive_with_agent_keeps_its_source():
    found = [e for e in shown("Israel was urged by France to halt settlement "
                              "construction.", "source", "target") if e[0] == "urged"]
    assert [e[:2] for e in found] == [("urged", "REQUEST")]
    assert "France" in found[0][2] and "Israel" in found[0][3]


@pytest.mark.parametrize(("text", "trigger"), [
    # a raised subject: not the patient of the matrix verb
    ("The Iranian foreign minister was expected to arrive in Baghdad.", "expected"),
    ("Two Kenyan lawmakers were believed to have fled the country.", "believed"),
    # negated
    ("Israel was not urged to halt settlement construction.", "urged"),
])
def test_raised_subject_or_negated_request_is_not_shown(text, trigger):
    assert not [e for e in shown(text) if e[0] == trigger]
