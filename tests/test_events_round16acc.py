"""Issue 18, round 16 (criticism missed on web news, branch h-acc16): a colloquial verb of
criticism with an "as" complement that condemns (PETRARCH2's SLAM * (AS UNACCEPTABLE)
111) criticizes whatever its object; a quoted "as" complement that the parser hangs on
the object counts; 'improper' and 'inappropriate' are words of condemnation
(plover_verbs.yaml condemnations); a predicate that judges a to-infinitive ("it would be
improper to comment") condemns no one. Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

CASES = [
    # (sentence, trigger, type shown)
    ("Governor Paul Ortiz slammed the ongoing hearings as a disgrace.", "slammed", "ACCUSE"),
    ("Senator Anna Lindqvist blasted the tribunal's inquiry as a sham on Friday.", "blasted",
     "ACCUSE"),
    ("Senator Anna Lindqvist told reporters that Governor Paul Ortiz's request to the "
     "minister was inappropriate.", "told", "ACCUSE"),
    ("Mayor Paul Ortiz said the payment was unusual and improper.", "said", "ACCUSE"),
    # a quotation mark hangs "as" on the object
    ("Mayor Paul Ortiz described the payment to the contractor as \u201cdeplorable.\u201d",
     "described", "ACCUSE"),
    ("Senator Anna Lindqvist described Governor Paul Ortiz's letter as \u201cimproper\u201d.",
     "described", "ACCUSE"),
    ("Senator Anna Lindqvist described the talks as \u201cdifficult.\u201d", "described", None),
    # no condemnation in the complement, or no act of a party judged
    ("Governor Paul Ortiz slammed the ongoing hearings on Monday.", "slammed", None),
    ("Senator Anna Lindqvist said it would be inappropriate to comment on the case.", "said",
     None),
    ("Mayor Paul Ortiz said it was improper to discuss the budget before the vote.", "said",
     None),
]


@pytest.mark.parametrize("sentence,trigger,shown_type", CASES)
def test_criticism_missed_on_web_news(analyze_text, sentence, trigger, shown_type):
    r = analyze_text("Nairobi\n\n" + sentence, published="2019-11-20")
    shown = [e.type for e in r.events if e.trigger.text == trigger and happened(e)]
    assert shown == ([shown_type] if shown_type else []), shown
