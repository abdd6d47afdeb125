"""Round 14 of the time layer: movable holidays and "the year" in a results sentence.
Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.dates import grammar
from wiretrace.dates import values as tv
from wiretrace.nlp import times


@pytest.mark.parametrize(("year", "expected"), [
    (2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
    (1998, date(1998, 4, 12)),
])
def test_easter_computus(year, expected):
    assert tv.easter(year) == expected


@pytest.mark.parametrize(("spec", "year", "expected"), [
    ("11 4 Thu", 1999, date(1999, 11, 25)),     # Thanksgiving
    ("11 1 Mon +1", 1998, date(1998, 11, 3)),   # Election Day
    ("05 -1 Mon", 2021, date(2021, 5, 31)),     # Memorial Day
    ("09 1 Mon", 2020, date(2020, 9, 7)),       # Labor Day
    ("easter -2", 2021, date(2021, 4, 2)),      # Good Friday
])
def test_holiday_rules(spec, year, expected):
    assert tv.holiday_date(spec, year) == expected


@pytest.mark.parametrize(("text", "anchor", "tense", "span", "value"), [
    # a movable holiday written without a year: the one before in the past
    ("The boat was found on Thanksgiving Day near the reef.", date(2000, 1, 7), "past",
     "Thanksgiving Day", "1999-11-25"),
    # and the coming one in the future
    ("The mayor will campaign hard until Election Day.", date(1998, 10, 26), "future",
     "Election Day", "1998-11-03"),
    ("The parade is held on Labor Day 2019.", date(2021, 11, 20), None,
     "Labor Day 2019", "2019-09-02"),
])
def test_movable_holiday(text, anchor, tense, span, value):
    got = times.normalize(span, anchor, tense or "none")
    assert got is not None and got[0] == value and got[1] == "DATE"


@pytest.mark.parametrize("text", [
    "Tourists flew to Easter Island on the first ferry.",
    "Shops closed as Easter week began in the old town.",
    "The Thanksgiving weekend drew record crowds.",
])
def test_holiday_names_and_periods_are_not_the_day(text):
    assert not [f for f in grammar.find(text) if "holiday" in f.rule]


@pytest.mark.parametrize("text", [
    "The bakery chain said a charge will mean lower earnings for the fiscal year.",
    "Revenue rose 5% to $40 million for the year, the bakery chain said.",
])
def test_the_year_in_a_results_sentence(text):
    got = times.normalize(text, date(1989, 10, 30))
    assert got == ("1989", "DATE", "the_year")


@pytest.mark.parametrize("text", [
    "She was named the person of the year by a small magazine.",
    "The bakery chain said net income rose in the year ended June 30.",
])
def test_the_year_elsewhere_is_not_the_reported_year(text):
    assert not [f for f in grammar.find(text) if f.rule == "the_year"]


@pytest.mark.parametrize(("text", "value", "rule"), [
    # a clock time just before a day of the month is one TIME, as before a weekday
    ("The ferry company extended its offer until 5 p.m. EST Nov. 9.", "1989-11-09T17:00-05",
     "clock.date"),
    ("The polls closed at 10:30 a.m. 4 March 2020 in the capital.", "2020-03-04T10:30",
     "clock.date"),
    ("The talks broke off at 9 a.m. Tuesday.", "1989-10-24T09:00", "clock.weekday"),
])
def test_clock_time_on_its_day(text, value, rule):
    assert times.normalize(text, date(1989, 10, 30), "none") == (value, "TIME", rule)


def test_clock_time_and_day_across_a_preposition_stay_two():
    text = "The vote opens at 9 a.m. on Nov. 9 in the north."
    rules = [f.rule for f in grammar.find(text)]
    assert "clock.date" not in rules and "date.month_day" in rules
