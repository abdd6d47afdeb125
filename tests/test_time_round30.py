"""Round 30 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

SAT = date(2021, 11, 20)  # a Saturday


def _found(nlp, text, anchor=SAT):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "today's" / "of tomorrow" before or after a noun of the age speak of the present or
        # future age, not of a time an event happens: TimeBank leaves them unmarked
        ("Few of today's teenagers read a printed newspaper.", "today"),
        ("Ferries matter less in today's world.", "today"),
        ("Most of today's cars carry a small computer.", "today"),
        ("The workers of tomorrow will need other skills.", "tomorrow"),
    ],
)
def test_the_age_is_no_time(nlp, text, span):
    assert span not in _found(nlp, text), _found(nlp, text)


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
