"""Round 19 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

TUE = date(2010, 10, 19)  # a Tuesday in the fourth quarter


def _found(nlp, text, anchor=TUE):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(("text", "span", "value"), [
    # "recent <units>": a vague stretch reaching back to the time of writing
    ("Ferry fares have doubled in recent years.", "recent years", ("DURATION", "PXY")),
    ("The river rose in recent days.", "recent days", ("DURATION", "PXD")),
    ("Smuggling has grown in recent months.", "recent months", ("DURATION", "PXM")),
    # no unit: the recent past, and the preposition stays outside
    ("Such floods were rare in recent times.", "recent times", ("DATE", "PAST_REF")),
    # after "until" or "since" a point, as "until recently"
    ("The mill stayed open until recent days.", "recent days", ("DATE", "PAST_REF")),
])
def test_recent_units(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # "the future" as the object of a preposition of time or aim is future time
    ("The ban could last well into the future.", "the future", ("DATE", "FUTURE_REF")),
    ("Fishermen are anxious about the future.", "the future", ("DATE", "FUTURE_REF")),
    ("The council saved money for the future.", "the future", ("DATE", "FUTURE_REF")),
    # prospects, not a time
    ("The future of the harbour is in doubt.", "the future", None),
    ("The council has plans for the future of the harbour.", "the future", None),
    ("The future looks bright for the port.", "the future", None),
])
def test_the_future(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # a quarter or half of a named fiscal year is one expression, of that fiscal year
    ("The brewer earned $40 million in the second quarter of fiscal 2009.",
     "the second quarter of fiscal 2009", "FY2009-Q2"),
    ("The brewer earned $40 million in the fiscal 2009 third quarter.",
     "the fiscal 2009 third quarter", "FY2009-Q3"),
    ("The brewer lost money in the first half of fiscal year 2008.",
     "the first half of fiscal year 2008", "FY2008-H1"),
    # a calendar quarter keeps its calendar year
    ("The brewer earned $40 million in the second quarter of 2009.",
     "the second quarter of 2009", "2009-Q2"),
])
def test_fiscal_quarter_of_a_named_year(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == ("DATE", value), found


@pytest.mark.parametrize(("text", "value"), [
    # "the quarter ended <day>": the calendar quarter holding its last day
    ("The brewer earned $40 million in the quarter ended Sept. 25.", "2010-Q3"),
    ("The brewer earned $40 million in the quarter ending December 27.", "2009-Q4"),
    ("The brewer earned $40 million in the quarter ended March 28, 2009.", "2009-Q1"),
    ("The brewer will report sales for the quarter ending December 31.", "2010-Q4"),
])
def test_quarter_ended(nlp, text, value):
    found = _found(nlp, text)
    assert found.get("the quarter") == ("DATE", value), found


def test_quarter_named_before_still_counts(nlp):
    found = _found(nlp, "The brewer earned $40 million in the third quarter. "
                        "Sales rose 4% in the quarter.")
    assert found.get("the quarter") == ("DATE", "2010-Q3"), found


@pytest.mark.parametrize(("text", "span", "value"), [
    # "prior" is "previous" in business prose
    ("Profit rose to $3 million in the third quarter of 2009 from $2 million in the prior "
     "quarter.", "the prior quarter", "2009-Q2"),
    ("The mill was shut in 2004 and sold the prior year.", "the prior year", "2003"),
    # "the same period last year": the quarter told of, a year back
    ("The brewer earned $40 million in its third quarter, up from $30 million in the same "
     "period last year.", "the same period last year", "2009-Q3"),
])
def test_prior_and_same_period(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == ("DATE", value), found


def test_prior_adjective_is_no_time(nlp):
    assert _found(nlp, "The union had a prior agreement with the mill.") == {}


def test_year_ago_quarter_names_its_own(nlp):
    # in a results sentence "the year-ago quarter" needs no quarter named before it
    found = _found(nlp, "Revenue rose 67 percent from the year-ago quarter.")
    assert found.get("the year-ago quarter") == ("DATE", "2009-Q3"), found
    # outside one, nothing to count from
    assert _found(nlp, "The year-ago quarter was a weak one for the brewer.") == {}


def test_early_hours_is_no_duration(nlp):
    found = _found(nlp, "Rebels shelled the port in the early hours of Monday.")
    assert "hours" not in found, found
    assert found.get("Monday") == ("DATE", "2010-10-18"), found


@pytest.mark.parametrize(("text", "first", "second"), [
    # a range of two weekdays named alone keeps its order: past, the week before
    ("Dockers were on strike from Monday to Wednesday.", "2010-10-11", "2010-10-13"),
    # future, the coming week
    ("Dockers will strike from Monday to Wednesday.", "2010-10-25", "2010-10-27"),
    # already in order: unchanged
    ("Dockers were on strike from Thursday to Saturday.", "2010-10-14", "2010-10-16"),
])
def test_weekday_range_in_order(nlp, text, first, second):
    times = _annotated(nlp, text, TUE).times
    days = [t.value for t in times if t.rule == "weekday"]
    assert days == [first, second], [(t.text, t.value) for t in times]


@pytest.mark.parametrize(("text", "second"), [
    # "April 24 and 25": the bare second day is a DATE of the first's month and year
    ("The ministers will meet on April 24 and 25.", "2011-04-25"),
    ("The ministers met on March 8 or 9, aides said.", "2010-03-09"),
])
def test_second_day_of_a_pair(nlp, text, second):
    found = _found(nlp, text)
    day = text[text.index(" and " if " and " in text else " or ") + 4:].split()[0].strip(".,")
    assert found.get(day) == ("DATE", second), found


@pytest.mark.parametrize("text", [
    "Police said June 3 and 4 soldiers were hurt.",  # a count
    "Rain fell on April 30 and 31 in the valley.",  # no such day
])
def test_second_day_guards(nlp, text):
    found = _found(nlp, text)
    assert len(found) == 1, found


def test_second_day_after_a_written_year_reads_the_day_not_the_year(nlp):
    # review of round 19: the first day of "March 23, 2009" is 23, not the 9 of its year,
    # so a smaller number after it is no later day of that month
    found = _found(nlp, "The board met on March 23, 2009 and 10 for the harbour.")
    assert "10" not in found, found
    found = _found(nlp, "The board met on March 3, 2009 and 10 for the harbour.")
    assert found.get("10") == ("DATE", "2009-03-10"), found
