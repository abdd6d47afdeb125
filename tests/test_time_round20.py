"""Round 20 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

TUE = date(2010, 10, 19)  # a Tuesday in the fourth quarter


def _found(nlp, text, anchor=TUE):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(("text", "span", "value"), [
    # a fiscal year or quarter named relative to now is a period of the calendar, the one
    # before the current one, as "last fiscal year" already was
    ("The brewer's sales rose in the last fiscal year.", "the last fiscal year",
     ("DATE", "2009")),
    ("The brewer's sales rose in the past fiscal year.", "the past fiscal year",
     ("DATE", "2009")),
    ("The brewer lost money in the latest fiscal year.", "the latest fiscal year",
     ("DATE", "2009")),
    ("The brewer lost money in the previous fiscal year.", "the previous fiscal year",
     ("DATE", "2009")),
    ("The brewer lost money in the prior fiscal year.", "the prior fiscal year",
     ("DATE", "2009")),
    ("The brewer lost money in the latest fiscal quarter.", "the latest fiscal quarter",
     ("DATE", "2010-Q3")),
    ("The brewer expects a profit in the next fiscal year.", "the next fiscal year",
     ("DATE", "2011")),
    ("The brewer lost money last fiscal year.", "last fiscal year", ("DATE", "2009")),
    # without "fiscal" a stretch reaching back from now stays a duration
    ("Ferry fares rose 10 percent in the last year.", "the last year", ("DURATION", "P1Y")),
    ("Ferry fares rose 10 percent in the past three years.", "the past three years",
     ("DURATION", "P3Y")),
    ("Ferry fares rose in the prior three years.", "the prior three years",
     ("DURATION", "P3Y")),
    ("Ferry fares rose in the latest two quarters.", "the latest two quarters",
     ("DURATION", "P2Q")),
])
def test_relative_fiscal_periods(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


def test_latest_alone_is_no_time(nlp):
    # "the latest" with no fiscal word or number names no period
    found = _found(nlp, "The latest year of the survey was cold.")
    assert "the latest year" not in found, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # "afterwards" counts from the date told of, as "later" does
    ("The bridge opened in 2004 and closed three years afterwards.",
     "three years afterwards", ("DATE", "2007")),
    ("The bridge opened in 2004 and closed three years afterward.",
     "three years afterward", ("DATE", "2007")),
    ("The bridge opened in 2004 and closed three years later.",
     "three years later", ("DATE", "2007")),
])
def test_afterwards_is_later(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


def test_afterwards_without_a_date_is_the_duration(nlp):
    found = _found(nlp, "The bridge closed and reopened two days afterwards.")
    assert found.get("two days") == ("DURATION", "P2D"), found


@pytest.mark.parametrize(("text", "span", "value"), [
    # a day counted from an event is a date; the text fixes it only when the present is
    # that day
    ("Shelling went on in the hills. It's the second day of the siege.", "the second day",
     ("DATE", "2010-10-19")),
    ("Today is the fifth day of the dockers' strike.", "the fifth day",
     ("DATE", "2010-10-19")),
    ("She promised to sign the bill on her first day in office.", "her first day",
     ("DATE", "XXXX-XX-XX")),
    ("The fair closed early on its 12th day.", "its 12th day", ("DATE", "XXXX-XX-XX")),
])
def test_ordinal_day_of_an_event(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


@pytest.mark.parametrize("text", [
    "The first day care centre in the valley opened in a church hall.",
    "Prices fell for the third consecutive day.",
    "Prices fell for the third day in a row.",
    "Ferries stayed in port for the fourth day running.",
    # a day of the calendar, not of an event
    "Rents are due on the first day of the month.",
    "The law takes effect on the first day of March.",
    "The fair opened on the first day of 2011.",
])
def test_no_ordinal_day(nlp, text):
    found = _found(nlp, text)
    assert not any("day" in span for span in found), found
