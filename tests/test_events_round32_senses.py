"""Senses a verb's complement selects (issue 18, round 32): 'mean' is intent (PETRARCH2's
INTEND block, 030, AGREE) only with a to-infinitive, and 'allow' with a that-clause
acknowledges a point (Merriam-Webster "allow" 1b), no concession (ALLOW, 080); "seize
on" takes advantage of something (PETRARCH2 blocks "SEIZE * OPPORTUNITY"), no seizure.  Sentences
written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("\u201cNo, I meant he is the founder of the group,\u201d Senator Smith said.", "meant"),
    ("\u201cI mean, she gets it too,\u201d Senator Smith said.", "mean"),
    ("\u201cI meant exactly that,\u201d Senator Smith said.", "meant"),
    ("The party chairman, Ben Okafor, allowed that his members lean Republican.", "allowed"),
    ("Governor Brandt won the primary. He seized on the question of ''local control'' - the "
     "power of towns to set their own rents - and drew crowds to his rallies.", "seized"),
])
def test_sense_of_saying_is_no_event(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Smith said Obama meant to help the rebels.", ("meant", "AGREE", "Obama")),
    ("The government allowed inspectors to enter the site.",
     ("allowed", "CONCEDE", "The government")),
    ("Rebels seized on Tuesday the town of Goma.", ("seized", "COERCE", "Rebels")),
    ("Police seized weapons on Tuesday.", ("seized", "COERCE", "Police")),
])
def test_intent_and_permission_stay(text, expected):
    assert expected in shown(text, "source")
