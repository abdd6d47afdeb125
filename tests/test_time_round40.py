"""Round 40 of the time layer (branch h-timex40, issue 20): a temporal "as" clause at the
time of the clause it hangs on; a time adjunct the parser hangs on a parenthesis opened
after it or on a present perfect it cannot go with; TimeBank's one-digit weeks compared as
ISO weeks.  Every sentence is invented for wiretrace."""

from __future__ import annotations

import pytest

from wiretrace.eval.timeml import padded_week

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "tense", "value"), [
    # "as" of simultaneity (Quirk et al. 1985 15.25): the clause above gives the date
    ("Four years ago, the governor made a strong push in the north just as his rival was "
     "winning the south.", "winning", "past", "2012"),
    ("The army shelled the town on Monday as rebels attacked the airport.", "attacked",
     "past", "2016-01-25"),
    # a present in a subordinate clause under a "will" future takes the future's date
    ("The president will travel to Paris on Monday as he marks the anniversary of the "
     "treaty.", "marks", "present", "2016-02-01"),
])
def test_as_clause_takes_the_time_of_its_clause(nlp, text, word, tense, value):
    assert _when(nlp, text, word, tense) == ("relative", value)


@pytest.mark.parametrize(("text", "word", "tense"), [
    # a comment clause of saying, a pluperfect, a present under a past: no shared time
    ("The army shelled the town on Monday, as the minister said.", "said", "past"),
    ("The army shelled the town on Monday as the rebels had attacked the airport.",
     "attacked", "past"),
])
def test_as_clause_guards(nlp, text, word, tense):
    assert _when(nlp, text, word, tense)[1] != "2016-01-25"


@pytest.mark.parametrize(("text", "word", "value"), [
    # words before a parenthesis are no dependents of a clause inside it (Quirk et al.
    # 1985 15.54)
    ("In the 1990s, with his first novel (it sold two million copies) and a loyal "
     "readership, he gave strong support to the reform movement.", "support", "199"),
    # the present perfect takes no definite past time (Quirk et al. 1985 4.22): a date set
    # off by a comma before the next clause is that clause's
    ("Though the mayor has opposed new taxes, in 2009, as a senator, she signed a bill that "
     "raised them.", "signed", "2009"),
])
def test_misattached_time_adjunct_dates_its_own_clause(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


def test_misattachment_guards(nlp):
    # no comma before the date: left as written, the date stays on the perfect
    text = "The mayor has visited the port in March, officials said."
    assert _when(nlp, text, "said", "past")[1] != "2015-03"
    # a period running up to the writing goes with the present perfect
    assert _when(nlp, "Prices have risen sharply in 2016, the bank said.", "risen",
                 "present") == ("explicit", "2016")


def test_timebank_one_digit_weeks_read_as_iso():
    assert padded_week("2000-W7") == "2000-W07"
    assert padded_week("2000-W2-WE") == "2000-W02-WE"
    assert padded_week("1998-W12") == "1998-W12"
    assert padded_week("2000-07") == "2000-07"
