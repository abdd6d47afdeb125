"""Criticism undergone with no critic named is no event (issue 18, round 41, h-event41;
plover_verbs.yaml `unnamed_criticism`, assertion._criticism_of_no_one): "is drawing
criticism", "facing accusations", "has come under fire for" report that unnamed people
disapprove, not one act of an actor (judged not_event on PolNeAR pdev, dev13 and dev12).
A critic after 'from' or 'by', or named as a modifier of the noun, keeps the event; so do
legal steps and real fire.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Governor Brandt is drawing criticism after he appeared to mock the veterans.",
     "drawing"),
    ("With Senator Okafor facing accusations of favoritism toward donors, her husband "
     "spoke to the staff.", "facing"),
    ("Since the rally, the Brandt campaign has come under fire for violence at its events.",
     "come"),
    ("Governor Brandt faced sharp criticism on Tuesday over his remarks.", "faced"),
])
def test_no_critic_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Brandt's remarks have drawn criticism from Berlin and Paris.",
     ("drawn", "ACCUSE", "Berlin")),
    ("The United States faced stiff international and Palestinian criticism on Tuesday.",
     ("faced", "ACCUSE", "")),
    ("The Kenyan army came under attack near Lamu on Monday.",
     ("came", "ASSAULT", "")),
    ("The Kenyan army came under attack for the third time this week.",
     ("came", "ASSAULT", "")),
    ("Governor Brandt drew Senator Okafor's criticism on Monday.",
     ("drew", "ACCUSE", "")),
    ("Governor Brandt faces 18 criminal charges in the United States.",
     ("faces", "ACCUSE", "United States")),
])
def test_critic_kept(text, expected):
    assert expected in shown(text, "source")
