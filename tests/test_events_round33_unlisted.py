"""An event whose only source is a named organization that no actor dictionary knows,
with no coded source or target, is not coded (PETRARCH2 and ICEWS code events of coded
source actors only; round 33, docs/events.md).  Sentences written for the test."""
import pytest

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.render import happened


def _events(text: str):
    return analyze(from_text(text, id="t", published="2021-03-02")).events


def _shown(text: str) -> list[tuple[str, str]]:
    return [(e.trigger.text, e.type) for e in _events(text) if happened(e)]


def test_unlisted_organization_alone_not_coded():
    events = _events("Kestrel Books declined the offer on Monday.")
    declined = [e for e in events if e.trigger.text == "declined"]
    assert declined, "the mention stays"
    assert not declined[0].type and not happened(declined[0])


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # a coded target: the event is between codable actors
    ("Greenway Alliance demanded that Congress act on the bill.", "demanded", "REQUEST"),
    # an organization the dictionaries know (a sector)
    ("Amnesty International called for an investigation into the killings.", "called",
     "REQUEST"),
    # a coded party in the trigger's own words (the demand is made of Israel)
    ("The Caldera Labor Office (CLO) reiterated its demand today that Israel ease "
     "restrictions on workers.", "reiterated", "REQUEST"),
    # generic actors carry sectors
    ("Police arrested three protesters in the capital.", "arrested", "COERCE"),
])
def test_coded_actors_still_shown(text, trigger, kind):
    assert (trigger, kind) in _shown(text)
