"""Round 44 of the time layer (branch h-dates44, issue 20): a date before the first noun
of a compound modifies the whole compound nominal ("a 2014 Senate hearing" is a hearing of
2014), so an event noun that heads the compound takes it (Huddleston and Pullum 2002 ch. 19
and ch. 5: the dependent of a compound takes no modifier of its own).  Every sentence is
invented for wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "value"), [
    ("The mayor testified at a 2014 Senate hearing on harbour dredging.", "hearing", "2014"),
    ("Critics recalled the 2009 harbour strike in the port.", "strike", "2009"),
])
def test_date_before_a_compound_dates_its_event_head(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word"), [
    # the compound's head is a thing the act is about, not the act: the report's year
    ("The critics condemned the 2014 Senate report on the harbour.", "condemned"),
    ("The critics condemned the 2014 report on the harbour.", "condemned"),
])
def test_date_of_another_compound_is_not_the_events(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] == "unknown"
