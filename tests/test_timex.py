"""TIMEX3 values as day ranges and human dates (wiretrace.timex)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from wiretrace.timex import DayRange, human, value_range

RANGES = [
    ("2019-11-19", "2019-11-19", "2019-11-19"),
    ("2019-11-19TNI", "2019-11-19", "2019-11-19"),
    ("2019-11-19T14:30", "2019-11-19", "2019-11-19"),
    ("2019-11", "2019-11-01", "2019-11-30"),
    ("2020-02", "2020-02-01", "2020-02-29"),
    ("2019", "2019-01-01", "2019-12-31"),
    ("2019-W46", "2019-11-11", "2019-11-17"),
    ("2019-W46-WE", "2019-11-16", "2019-11-17"),
    ("2020-W01", "2019-12-30", "2020-01-05"),  # ISO week 1 starts in the year before
    ("2006-Q4", "2006-10-01", "2006-12-31"),
    ("2006-Q1", "2006-01-01", "2006-03-31"),
    ("2006-H2", "2006-07-01", "2006-12-31"),
    ("2019-SU", "2019-06-01", "2019-08-31"),
    ("2019-WI", "2019-12-01", "2020-02-29"),  # winter runs into the next year
    ("198", "1980-01-01", "1989-12-31"),
    ("19", "1900-01-01", "1999-12-31"),
]


@pytest.mark.parametrize("value, first, last", RANGES)
def test_value_range(value, first, last):
    assert value_range(value) == DayRange(first, last)


@pytest.mark.parametrize("value", ["XXXX-12", "2019-XX", "P4D", "PT2H", "", None, "2019-13",
                                   "2019-02-30", "2019-W54", "nonsense", "XXXX-WXX"])
def test_values_without_a_place_on_the_calendar_have_no_range(value):
    assert value_range(value) is None


def test_references_are_placed_by_the_publication_date():
    assert value_range("PRESENT_REF", "2019-11-20") == DayRange("2019-11-20", "2019-11-20")
    assert value_range("PAST_REF", "2019-11-20T08:00:00") == DayRange(None, "2019-11-20")
    assert value_range("FUTURE_REF", date(2019, 11, 20)) == DayRange("2019-11-20", None)
    assert value_range("PRESENT_REF") is None  # no publication date: nowhere
    assert value_range("PRESENT_REF", "not a date") is None


def test_every_day_of_a_year_lies_in_its_week_month_quarter_and_season():
    """The ranges of the coarser values hold each day whose own values they are."""
    from wiretrace.dates.values import week_value

    day = date(2019, 12, 20)
    while day < date(2021, 3, 1):
        iso = day.isoformat()
        quarter = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        for value in (iso, iso[:7], iso[:4], week_value(day), quarter, iso[:3]):
            first, last = value_range(value)
            assert first <= iso <= last, (value, iso)
        day += timedelta(days=1)


HUMAN = [
    ("2019-11-19", "19 Nov 2019"),
    ("2019-11-19TNI", "19 Nov 2019, night"),
    ("2019-11", "Nov 2019"),
    ("2019", "2019"),
    ("2019-W46", "week of 11 Nov 2019"),
    ("2019-W46-WE", "weekend of 16 Nov 2019"),
    ("2006-Q4", "2006 Q4"),
    ("2019-SU", "summer 2019"),
    ("198", "1980s"),
    ("19", "20th century"),
    ("20", "21st century"),
    ("XXXX-12", "XXXX-12"),
    ("P4D", "P4D"),
    (None, "unknown"),
]


@pytest.mark.parametrize("value, words", HUMAN)
def test_human(value, words):
    assert human(value) == words


def test_human_references():
    assert human("PRESENT_REF") == "present"
    assert human("PRESENT_REF", "2019-11-20") == "present (as of 20 Nov 2019)"
    assert human("PAST_REF", "2019-11-20") == "the past (as of 20 Nov 2019)"
