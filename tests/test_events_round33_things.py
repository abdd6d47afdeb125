"""A thing as the doer of force or coercion is no event (issue 18, round 33, precision;
nonactor_nouns.yaml `thing_sources`): PLOVER's source is an actor, and a product, a plant
or a hashtag that "hits" or "circles" is a figure of speech.  Where the phrase names the
doer (a possessor, a 'by' phrase, an actor noun as compound), or the doer is an event noun
or a weapon, the event stays.  Sentences written for the test."""
import pytest

from wiretrace.nlp.events import nonactors
from wiretrace.pipeline import load

from .conftest import shown


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Farm towns were hit hard by Brazilian imports last year.", "imports", True),
    ("Viral hashtags circled the globe within hours.", "hashtags", True),
    ("Ankara's purchase of the jets violated the agreement.", "purchase", False),
    ("The Kenyan side violated the truce on Sunday.", "side", False),
    ("A White House statement condemned the raid.", "statement", False),
    ("The bombings killed five soldiers in Mali.", "bombings", False),
    ("A drone killed three soldiers near Kabul.", "drone", False),
    ("The Nairobi court system ruled the ban illegal.", "system", False),
    ("A report by the ministry attacked the plan.", "report", False),
])
def test_thing(text, word, expected):
    doc = load()(text)
    assert nonactors.thing(next(t for t in doc if t.text == word)) is expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Farm towns in Ohio hit hardest by Brazilian imports voted for Senator Okafor.",
     "hit"),
    ("Viral Kenyan hashtags attacked the Somali government's claim on Tuesday.",
     "attacked"),
])
def test_thing_doer_not_shown(text, trigger):
    assert not [s for s in shown(text, "source") if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan police arrested ten protesters in Nairobi on Monday.",
     ("arrested", "COERCE", "Kenyan police")),
    ("Ethiopian troops attacked the Somali town of Baidoa on Monday.",
     ("attacked", "ASSAULT", "Ethiopian troops")),
    ("Brazilian imports of Kenyan tea were criticized by President Okafor on Monday.",
     ("criticized", "ACCUSE", "Okafor")),
])
def test_actors_stay(text, expected):
    assert expected in shown(text, "source")
