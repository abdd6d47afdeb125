"""Round 44 of the time layer (branch h-dates44, issue 20): a date before the first noun
of a compound modifies the whole compound nominal ("a 2014 Senate hearing" is a hearing of
2014), so an event noun that heads the compound takes it (Huddleston and Pullum 2002 ch. 19
and ch. 5: the dependent of a compound takes no modifier of its own); and "the morning after
the summit" is the day after the summit's own date or that of the nearest earlier dated
mention of the definite noun (TimeML: a time anchored on an event).  Every sentence is
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


@pytest.mark.parametrize(("text", "word", "value"), [
    # the definite noun names the event an earlier mention dates (Monday 2016-01-25)
    ("The mayors met at Monday's summit in the port. The governor complained about the "
     "tolls the morning after the summit.", "complained", "2016-01-26"),
    ("The mayors met at Monday's summit in the port. In a long letter in the day before "
     "the summit, two clerks urged her to drop the tolls.", "urged", "2016-01-24"),
    # the nearest earlier dated mention is the antecedent
    ("The mayors met at Monday's summit. They met again at Friday's summit. The governor "
     "complained about the tolls the morning after the summit.", "complained",
     "2016-01-30"),
    # the event's own day
    ("The governor complained about the tolls the day after Monday's summit.",
     "complained", "2016-01-26"),
])
def test_the_day_next_to_a_dated_event(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("relative", value)


@pytest.mark.parametrize(("text", "word"), [
    # no dated mention of the summit
    ("The governor complained about the tolls the morning after the summit.", "complained"),
    # the only dated mention comes after: no antecedent
    ("The governor complained about the tolls the morning after the summit. The mayors "
     "had met at Monday's summit.", "complained"),
    # an indefinite noun names no earlier mention
    ("The mayors met at Monday's summit. The governor complained about the tolls the "
     "morning after a summit.", "complained"),
])
def test_no_day_next_to_an_undated_event(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] == "unknown"
