"""Round 30 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

SAT = date(2021, 11, 20)  # a Saturday


def _found(nlp, text, anchor=SAT):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "today's" / "of tomorrow" before or after a noun of the age speak of the present or
        # future age, not of a day: PRESENT_REF / FUTURE_REF since round 39 (NWR-2014-2 sec.
        # 6.2.2, TIDES 2005); rounds 30 to 38 left them unmarked, as TimeBank does
        ("Few of today's teenagers read a printed newspaper.", "today", "PRESENT_REF"),
        ("Ferries matter less in today's world.", "today", "PRESENT_REF"),
        ("Most of today's cars carry a small computer.", "today", "PRESENT_REF"),
        ("The workers of tomorrow will need other skills.", "tomorrow", "FUTURE_REF"),
    ],
)
def test_the_age_is_no_day(nlp, text, span, value):
    assert _found(nlp, text)[span] == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a day's event keeps the day
        ("Today's vote on the harbour budget was put off.", "Today", ("DATE", "2021-11-20")),
        ("The council will vote today.", "today", ("DATE", "2021-11-20")),
        ("The ferry leaves tomorrow.", "tomorrow", ("DATE", "2021-11-21")),
        (
            "Tomorrow's meeting of the board was moved to Monday.",
            "Tomorrow",
            ("DATE", "2021-11-21"),
        ),
        # "nowadays" and "currently" stay the present
        ("Ferries nowadays carry fewer cars.", "nowadays", ("DATE", "PRESENT_REF")),
    ],
)
def test_days_and_the_present_stay(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


APR = date(2021, 4, 19)  # a Monday


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # "last" / "next" before a month and its day: one DATE with the day, the latest
        # such day before the writing or the first after it
        ("The clinic was set on fire last Oct. 23 at night.", "last Oct. 23", "2020-10-23"),
        ("The mayor resigned last April 10.", "last April 10", "2021-04-10"),
        ("The ferry will sail next May 5.", "next May 5", "2021-05-05"),
        ("The ferry will sail next April 2.", "next April 2", "2022-04-02"),
        ("The vote was held this past March 3.", "this past March 3", "2021-03-03"),
        # guards: a year after the day makes the usual full date; no day, the month
        ("The plant closed last March 3, 1997.", "March 3, 1997", "1997-03-03"),
        ("The plant closed last March.", "last March", "2021-03"),
        ("Sales beat last May 5,000 to 3,000.", "last May", "2020-05"),
        # a leap day: the last leap year's, the next one's (review of round 30)
        ("The mayor resigned last Feb. 29.", "last Feb. 29", "2020-02-29"),
        ("The ferry will sail next Feb. 29.", "next Feb. 29", "2024-02-29"),
    ],
)
def test_last_month_and_day(nlp, text, span, value):
    found = _found(nlp, text, APR)
    assert found.get(span, (None, None))[1] == value, found
