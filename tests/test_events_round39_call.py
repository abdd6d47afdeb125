"""The verb 'call' with an object and an evaluative complement (issue 18, round 39,
h-call39; nlp/events/calling.py, plover_verbs.yaml `evaluative_naming`): a complement that
the VADER lexicon rates at least 2.0 from neutral (valence_vader.tsv) judges the one
called so: negative -> ACCUSE 'disapprove' (CAMEO 111, as PETRARCH2's "CALL * LIAR",
"* DICTATOR" 111), positive of a party -> SUPPORT 'praise' (CAMEO 051).  A name, a
neutral noun, "so-called", a phrase of both signs, praise of a thing (PETRARCH2's "CALL *
SUCCESS" 013, a comment), a negated call and the other senses of 'call' (for / on, a
telephone call) are not this event.  Sentences written for the test."""
import pytest

from .conftest import shown


def _called(text: str) -> list[tuple[str, ...]]:
    return [e for e in shown(text, "source", "target") if e[0].lower().startswith("call")]


@pytest.mark.parametrize(("text", "expected"), [
    # negative labels the old word list did not hold: the lexicon's words
    ("Senator Alvarez called the proposal dangerous.",
     ("called", "ACCUSE", "Senator Alvarez", "the proposal")),
    ("Governor Brandt called Senator Alvarez a politician who has betrayed "
     "the voters.", ("called", "ACCUSE", "Governor Brandt", "Senator Alvarez")),
    ("Mayor Lind called the vote count a moment of panic.",
     ("called", "ACCUSE", "Mayor Lind", "")),  # a thing: no target
    ("Senator Okafor called the governor's remarks terrible.",
     ("called", "ACCUSE", "Senator Okafor", "the governor's remarks")),
    # praise of a party
    ("Governor Brandt called Mayor Lind a hero after the flood.",
     ("called", "SUPPORT", "Governor Brandt", "Mayor Lind")),
    ("Senator Okafor called Governor Brandt a hero in the war on drugs.",
     ("called", "SUPPORT", "Senator Okafor", "Governor Brandt")),
])
def test_evaluative_complement_is_coded(text, expected):
    found = _called(text)
    assert [e[:2] for e in found] == [expected[:2]]
    assert expected[2].split()[-1] in found[0][2]  # the name, with or without its title
    assert (expected[3].split() or [""])[-1] in found[0][3]


@pytest.mark.parametrize("text", [
    # naming, a neutral label, so-called
    "The ministry announced a program, called Bridges, for rural schools.",
    "Governor Brandt defended what he called a plan to cut taxes.",
    "The so-called reform passed the state senate.",
    "Senator Alvarez called Governor Brandt the next Lincoln.",
    # a label of both signs; a topic phrase does not make the label negative
    "Senator Alvarez called the meeting a great example of how things had gone wrong.",
    "Senator Alvarez called the decree a useful step on violence at schools.",
    # praise of a thing is a comment (CAMEO 013), not praise of a party; alarm at a
    # situation is a pessimistic comment (PETRARCH2 CALL * TROUBLING 012)
    "The premier called the talks a success.",
    "The minister called the situation troubling.",
])
def test_naming_and_neutral_labels_are_no_event(text):
    assert _called(text) == []


def test_negated_call_is_not_shown():
    assert _called("Senator Alvarez did not call Governor Brandt dangerous.") == []


def test_other_senses_keep_their_readings():
    assert [e[:2] for e in _called("Senator Alvarez called for Governor Brandt to resign.")] \
        == [("called", "REQUEST")]
    assert all(e[1] != "ACCUSE" for e in _called(
        "Senator Alvarez called Governor Brandt on Monday to discuss the budget."))


def test_simple_present_label_is_a_habit_not_an_act():
    """A third-person simple present tells a habit (Quirk et al. 1985, 4.7; U6); the
    first-person present is performative (4.8), the act itself (lead, round 39)."""
    assert _called("Governor Brandt often says that he calls Mayor Lind a hero.") == []
    assert _called("Senator Alvarez calls Governor Brandt dangerous at every rally.") == []
    assert [e[:2] for e in _called('"I call Governor Brandt dangerous," Senator Alvarez said.')] \
        == [("call", "ACCUSE")]
