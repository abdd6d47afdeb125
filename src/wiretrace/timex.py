"""TIMEX3 values as calendar ranges and as words a reader expects.

A TIMEX3 value names a stretch of the calendar of some grain: a day (``2019-11-19``), a
week (``2019-W46``), a quarter (``2006-Q4``), a season (``2019-SU``), a decade (``198``), or a
reference to the document's present, past or future (``PRESENT_REF``).  Compared as text
these sort wrongly (``2019-W46`` sorts after ``2019-12-01``), so the store, the filters, the
sorting and the charts use the range of days a value covers:

    value_range("2019-W46") == DayRange("2019-11-11", "2019-11-17")

Both ends are ISO dates and inclusive.  ``PAST_REF`` has no first day and ``FUTURE_REF`` no
last one; ``PRESENT_REF`` is the reference day (the publication date) when it is known.  A
value with an unknown part (``XXXX-12``, ``2019-XX``), a duration (``P4D``) or a set has no
range: such events are left out when a date filter is given.  Pure functions; nothing here
reads text or loads a model (month names come from the date grammar's ``data/timex.yaml``)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_yaml

# Meteorological seasons of the northern hemisphere, as TIMEX3's SP/SU/FA/WI (winter runs
# from December into the next year's February).
SEASONS = {"SP": ("spring", 3), "SU": ("summer", 6), "FA": ("autumn", 9), "WI": ("winter", 12)}
PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}

# a clock time may end in Z or a zone's offset (NWR-2014-2 sec. 6.2.2: ``T08:29-05``)
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})"
                  r"(?:T(?:(MO|AF|EV|NI|DT)|\d{2}(?::\d{2}){0,2}(?:Z|[+-]\d{2}(?::?\d{2})?)?))?$")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})$")
_CENTURY = re.compile(r"(\d{2})$")
_MILLENNIUM = re.compile(r"(\d)$")  # "the third millennium" 2 (NWR-2014-2 sec. 6.2.2)
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
REFERENCES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# What a date filter takes (--since, --until, ?since=): a year 0001-9999, a month, a day
# (01-31: a day past its month's end is read as the month's last day)
DATE_BOUND = (r"(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
              r"(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


def month_abbr(month: int) -> str:
    """Month ``month`` (1-12) in three letters, as a reader expects: "Nov"."""
    return _month_abbrs()[month - 1]


@lru_cache(maxsize=1)
def _month_abbrs() -> tuple[str, ...]:
    """The first three letters of each month's name in the date grammar's words
    (``data/timex.yaml``, the one month table), January first."""
    months = sorted(load_yaml("timex.yaml")["months"], key=lambda m: m["number"])
    return tuple(m["name"][:3] for m in months)


class DayRange(NamedTuple):
    """The first and last day a value covers (ISO dates, inclusive; None: open)."""

    first: str | None
    last: str | None


def _span(first: date, last: date) -> DayRange:
    return DayRange(first.isoformat(), last.isoformat())


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _reference_day(reference: str | date | None) -> date | None:
    if reference is None or isinstance(reference, date):
        return reference
    try:
        return date.fromisoformat(reference[:10])
    except ValueError:
        return None


def value_range(value: str | None, reference: str | date | None = None) -> DayRange | None:
    """The days ``value`` covers, or None when it names no stretch of the calendar that
    can be placed.  ``reference`` (the publication date) places ``PRESENT_REF``,
    ``PAST_REF`` and ``FUTURE_REF``."""
    if not value:
        return None
    try:
        return _range(value.strip(), _reference_day(reference))
    except ValueError:  # a month 13, a week 54, a day 31 in April: no range
        return None


def _range(value: str, reference: date | None) -> DayRange | None:
    if value in REFERENCES:
        if reference is None:
            return None
        day = reference.isoformat()
        return {"PRESENT_REF": DayRange(day, day), "PAST_REF": DayRange(None, day),
                "FUTURE_REF": DayRange(day, None)}[value]
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return _span(day, day)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return _span(date(year, month, 1), _month_end(year, month))
    if m := _YEAR.match(value):
        year = int(m[1])
        return _span(date(year, 1, 1), date(year, 12, 31))
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return _span(monday + timedelta(days=5), monday + timedelta(days=6))
        return _span(monday, monday + timedelta(days=6))
    if m := _QUARTER.match(value):
        year, first_month = int(m[1]), 3 * int(m[2]) - 2
        return _span(date(year, first_month, 1), _month_end(year, first_month + 2))
    if m := _HALF.match(value):
        year, first_month = int(m[1]), 6 * int(m[2]) - 5
        return _span(date(year, first_month, 1), _month_end(year, first_month + 5))
    if m := _SEASON.match(value):
        year, first_month = int(m[1]), SEASONS[m[2]][1]
        last_year, last_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
        return _span(date(year, first_month, 1), _month_end(last_year, last_month))
    if m := _DECADE.match(value):
        start = int(m[1]) * 10
        return _span(date(max(start, 1), 1, 1), date(start + 9, 12, 31))
    if m := _CENTURY.match(value):
        start = int(m[1]) * 100
        return _span(date(max(start, 1), 1, 1), date(start + 99, 12, 31))
    if m := _MILLENNIUM.match(value):
        start = int(m[1]) * 1000
        return _span(date(max(start, 1), 1, 1), date(start + 999, 12, 31))
    return None


def human(value: str | None, reference: str | date | None = None) -> str:
    """``value`` as a reader writes it: "19 Nov 2019", "week of 11 Nov 2019", "2006 Q4",
    "Nov 2019", "summer 2019", "1980s", "present"; "unknown" for no value, and the value
    itself when it is not one of these forms (a duration, "XXXX-12")."""
    if not value:
        return "unknown"
    value = value.strip()
    if value in REFERENCES:
        day = _reference_day(reference)
        word = {"PRESENT_REF": "present", "PAST_REF": "the past",
                "FUTURE_REF": "the future"}[value]
        return f"{word} (as of {_day(day)})" if day else word
    days = value_range(value)
    if days is None:
        return value
    first = date.fromisoformat(days.first)
    if m := _DAY.match(value):
        part = PARTS.get(m[4] or "")
        return f"{_day(first)}, {part}" if part else _day(first)
    if _MONTH.match(value):
        return f"{month_abbr(first.month)} {first.year}"
    if _YEAR.match(value):
        return str(first.year)
    if m := _WEEK.match(value):
        return (f"weekend of {_day(first)}" if m[3] else f"week of {_day(first)}")
    if m := _QUARTER.match(value):
        return f"{m[1]} Q{m[2]}"
    if m := _HALF.match(value):
        return f"{m[1]} H{m[2]}"
    if m := _SEASON.match(value):
        return f"{SEASONS[m[2]][0]} {m[1]}"
    if _DECADE.match(value):
        return f"{first.year // 10 * 10}s"
    if _MILLENNIUM.match(value):
        return f"{_ordinal(int(value) + 1)} millennium"
    return f"{_ordinal(int(value) + 1)} century" if _CENTURY.match(value) else value


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _day(d: date) -> str:
    return f"{d.day} {month_abbr(d.month)} {d.year}"
