"""Disrupting or interrupting a speech, a rally or a convention is a protest (issue 18,
round 36, h-disrupt36; nlp/events/disruptions.py, plover_verbs.yaml `objects`).
Sentences written for the test.

- PETRARCH2's DISRUPT block codes "- * SPEECH [140]" (PLOVER PROTEST); the pattern is
  read on the occasions of public speaking ('remarks', 'rally', 'event', 'convention')
  and 'interrupt' takes it too (Merriam-Webster disrupt: "to interrupt the normal course
  or unity of"); the target is the speaker or the holder named on the occasion.
- Not a protest: a thing disrupted ("the supply chain"), a thing as the doer ("heavy
  rain"), one speaker breaking in on another or on her own speech (PLOVER 3.12:
  "collective actions").
- "a stream of protesters" counts the protesters; one protester is a generic actor (OPP,
  PETRARCH2's PROTESTER).  (A supplementary when-relative hung on any noun was tried and
  taken out by the lead: its one new check event was wrong.)"""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger", "source", "target"), [
    ("Protesters interrupted Senator Jane Dole's speech in Ohio on Tuesday, shouting.",
     "interrupted", "Protesters", "Jane Dole"),
    ("Protesters disrupted Senator Jane Dole's remarks in Ohio on Tuesday.",
     "disrupted", "Protesters", "Jane Dole"),
    ("A stream of demonstrators interrupted a Dole event in Toledo last week.",
     "interrupted", "A stream of demonstrators", "Dole"),
    ("The rally in Akron was interrupted by protesters on Friday.",
     "interrupted", "protesters", "The rally"),
    # one protester is a generic actor as 'a soldier' is (generic_actors.yaml)
    ("Governor Bob Brown's speech was interrupted by a protester on Friday in Ohio.",
     "interrupted", "a protester", "Bob Brown"),
])
def test_disrupted_speech_is_protest(text, trigger, source, target):
    assert (trigger, "PROTEST", source, target) in shown(text, "source", "target")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The storm disrupted the supply chain of the company on Monday.", "disrupted"),
    ("Protesters disrupted the supply chain of the company on Monday.", "disrupted"),
    ("Heavy rain interrupted the rally in Dayton on Sunday.", "interrupted"),
    ("Senator Jane Dole interrupted her speech on Monday to greet a veteran.",
     "interrupted"),
    ("Governor John Smith interrupted Senator Dole's remarks during the debate on Monday.",
     "interrupted"),
    ("She interrupted the meeting in Ohio on Monday to take a call.", "interrupted"),
])
def test_no_protest(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger and s[1] == "PROTEST"]
