"""Round 45 of the time layer (branch h-dates45, issue 20): a detached -ed clause is
supplementive like a detached -ing clause and takes the date of the past act it hangs on
(Quirk et al. 1985 15.58-15.60); a season or half of a year is a calendar date for the rules
that share a date; and a finite verb the parser hung on the noun after it as a modifier
(round 44, events/misparsed.py) takes the time adjunct the parser hung on that noun.  Every
sentence is invented for wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "value"), [
    ("In March, the harbour bill failed, blocked by two senators.", "blocked", "2015-03"),
    ("The harbour bill failed, blocked by two senators in March.", "blocked", "2015-03"),
    # a season of a year is a date (TIMEX3 2010-SU), as a month or a quarter is
    ("In the summer of 2010, the harbour bill failed, blocked by two senators.", "blocked",
     "2010-SU"),
    ("In the spring of 2012, the port strike ended, settled by a court.", "settled",
     "2012-SP"),
])
def test_a_detached_ed_clause_takes_its_acts_date(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word"), [
    # a pluperfect act lies before its reference time: nothing shared (as the -ing rule)
    ("In March, the harbour bill had failed, blocked by two senators.", "blocked"),
])
def test_a_detached_ed_clause_under_a_pluperfect_is_not_dated(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] == "unknown"


@pytest.mark.parametrize(("text", "word", "value"), [
    # the parser reads 'hosted' as a modifier of 'Erdogan' and hangs the date on the noun
    ("Earlier this month, Trump hosted Erdogan in the White House.", "hosted", "2016-01"),
    ("Last week, Trump hosted Erdogan in the White House.", "hosted", "2016-W03"),
])
def test_a_verb_parsed_as_a_modifier_takes_the_clauses_date(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


def test_a_verb_parsed_as_a_modifier_with_no_date_stays_undated(nlp):
    assert _when(nlp, "Trump hosted Erdogan in the White House.", "hosted", "past")[0] == \
        "unknown"
