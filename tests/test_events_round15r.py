"""Issue 18, round 15 (event recall, criticism): verbs and phrases of criticism that
PETRARCH2's dictionary leaves uncoded or codes as force are ACCUSE 111
(criticism_verbs.yaml, nlp/events/criticism.py). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

CRITICISM = [
    # (sentence, trigger, type shown)
    ("Senator Anna Lindqvist excoriated the administration's handling of the floods.",
     "excoriated", "ACCUSE"),
    ("Governor Paul Ortiz lambasted the legislature for the delay.", "lambasted", "ACCUSE"),
    ("Senator Anna Lindqvist slammed the proposal as reckless.", "slammed", "ACCUSE"),
    ("Mayor Paul Ortiz blasted Governor Lindqvist's budget plan on Tuesday.", "blasted",
     "ACCUSE"),
    ("Senator Paul Ortiz bashed Mexico in his speech.", "bashed", "ACCUSE"),
    ("Senator Anna Lindqvist railed against the European Union on Monday.", "railed",
     "ACCUSE"),
    ("Governor Paul Ortiz lit into Senator Anna Lindqvist during the debate.", "lit",
     "ACCUSE"),
    ("Senator Anna Lindqvist hit out at Governor Paul Ortiz on Sunday.", "hit", "ACCUSE"),
    ("Senator Anna Lindqvist questioned Governor Paul Ortiz's judgment on trade.",
     "questioned", "ACCUSE"),
    # the same verbs where they criticize no one
    ("The rioters bashed the windows with stones.", "bashed", None),
    ("Senator Anna Lindqvist slammed the door.", "slammed", None),
    ("Police questioned the suspect on Monday.", "questioned", None),
    ("The gunman went after the guards.", "went", None),
]


@pytest.mark.parametrize("sentence,trigger,shown_type", CRITICISM)
def test_verbs_and_phrases_of_criticism(analyze_text, sentence, trigger, shown_type):
    r = analyze_text("Nairobi\n\n" + sentence, published="2016-03-01")
    shown = [e.type for e in r.events if e.trigger.text == trigger and happened(e)]
    assert shown == ([shown_type] if shown_type else []), shown
