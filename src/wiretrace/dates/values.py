"""Calendar arithmetic for TIMEX3 values: shifting periods from an anchor date, choosing
the nearest month or weekday by tense, and writing durations.  Pure functions of dates and
numbers; nothing here reads text."""

from __future__ import annotations

import re
from datetime import date, timedelta

# First month of each season (northern hemisphere, meteorological), for "the summer".
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift(anchor: date, unit: str, n: int) -> str | None:
    """The value of the calendar ``unit`` containing ``anchor``, moved ``n`` units:
    shift(2021-11-20, "week", -1) == "2021-W45" ("last week")."""
    if unit == "day":
        return day_value(anchor + timedelta(days=n))
    if unit == "week":
        return week_value(anchor + timedelta(weeks=n))
    if unit == "weekend":
        return week_value(anchor + timedelta(weeks=n)) + "-WE"
    if unit == "fortnight":
        return week_value(anchor + timedelta(weeks=2 * n))
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, q = quarter_of(anchor)
        index = y * 4 + (q - 1) + n
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    return None


def weekday_beside(day: date, weekday: int, step: int) -> date:
    """The ISO ``weekday`` (1-7) nearest before ``day`` (step -1: "the previous Friday") or
    after it (step 1: "the following Monday"), never ``day`` itself."""
    if step < 0:
        return day - timedelta(days=(day.isoweekday() - weekday - 1) % 7 + 1)
    return day + timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)


_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def ago(anchor: date, n: float, unit: str, direction: int = -1) -> str | None:
    """The date ``n`` units before (direction -1) or after (+1) the anchor, written at the
    unit's own granularity: "three days ago" is a day, "two weeks ago" a week, "two years
    ago" a year."""
    if n != int(n):
        return None
    k = int(n) * direction
    if unit in ("second", "minute", "hour"):
        return day_value(anchor)
    if unit == "day":
        return day_value(anchor + timedelta(days=k))
    if unit in _DAY_PARTS:  # "three nights ago": that night (round 39)
        return f"{day_value(anchor + timedelta(days=k))}T{_DAY_PARTS[unit]}"
    if unit in ("week", "weekend", "fortnight"):
        return shift(anchor, unit, k)
    if unit == "month":
        return shift(anchor, "month", k)
    if unit == "quarter":
        return shift(anchor, "quarter", k)
    if unit == "year":
        return shift(anchor, "year", k)
    return None


def month_year(anchor: date, month: int, tense: str) -> int:
    """The year of a month named without one ("in December"): past events take the latest
    such month up to the anchor's, future events the first from it on, others the nearest
    ("will be decided in December" on 2021-11-20 -> 2021; "was captured in December" ->
    2020)."""
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    diff = month - anchor.month
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def day_year(anchor: date, month: int, day: int, tense: str) -> int | None:
    """The year of a day named without one ("on Nov. 20"), chosen like month_year but at
    day granularity."""
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if valid_date(y, month, day)]
    if not candidates:
        return None
    chosen = by_tense([date(y, month, day) for y in candidates], anchor, tense)
    return chosen.year if chosen else None


def relative_day_year(anchor: date, month: int, day: int, step: int) -> int | None:
    """The year of "last Oct. 23" (``step`` -1: the latest such day before ``anchor``),
    "next March 4" (1: the first after it) or "this March 4" (0: ``anchor``'s year); "last
    Feb. 29" is the last leap year's.  None where there is no such day ("this Feb. 29" of
    a common year)."""
    today, year = (anchor.month, anchor.day), anchor.year
    if (step < 0 and (month, day) >= today) or (step > 0 and (month, day) <= today):
        year += step
    while step and not valid_date(year, month, day):  # Feb. 29: a leap year's
        year += step
    return year if valid_date(year, month, day) else None


def by_tense(dates: list[date], anchor: date, tense: str) -> date | None:
    """Of candidate days, the latest up to the anchor for past events, the first from it
    on for future ones, otherwise the nearest (None where the tense leaves none)."""
    if tense == "past":
        before = [d for d in dates if d <= anchor]
        return max(before) if before else None
    if tense == "future":
        after = [d for d in dates if d >= anchor]
        return min(after) if after else None
    return min(dates, key=lambda d: abs((d - anchor).days))


def weekday_year(anchor: date, month: int, day: int, weekday: int) -> int | None:
    """The year, next to the anchor's, in which that day falls on that weekday (ISO,
    Monday = 1): "Tuesday, April 22" on 2008-05-01 is 2008.  None when no such year is
    within one of the anchor's."""
    years = [y for y in (anchor.year, anchor.year - 1, anchor.year + 1)
             if valid_date(y, month, day) and date(y, month, day).isoweekday() == weekday]
    return min(years, key=lambda y: abs((date(y, month, day) - anchor).days)) if years \
        else None


def weekday_date(anchor: date, weekday: int, tense: str, shift_weeks: int = 0) -> date:
    """The date of a weekday named without a date (ISO weekday, Monday = 1).  Past: the
    latest one on or before the anchor ("Monday" in a past-tense report published on a
    Monday is that day); future: the first on or after; otherwise the nearest.  ``last`` /
    ``next`` move a week back or on from that choice."""
    current = anchor.isoweekday()
    back = (current - weekday) % 7
    forward = (weekday - current) % 7
    if shift_weeks < 0:
        return anchor - timedelta(days=back or 7) - timedelta(weeks=-shift_weeks - 1)
    if shift_weeks > 0:
        return anchor + timedelta(days=forward or 7) + timedelta(weeks=shift_weeks - 1)
    if tense == "future":
        return anchor + timedelta(days=forward)
    if tense in ("past", "none"):
        return anchor - timedelta(days=back)
    return anchor - timedelta(days=back) if back <= forward else anchor + timedelta(days=forward)


def quarter_year(anchor: date, quarter: int, tense: str) -> int:
    """The year of a quarter named without one ("in the third quarter"), by tense as for
    months: past takes the latest such quarter begun by the anchor, future the first not
    yet over, other tenses the nearest."""
    current = quarter_of(anchor)[1]
    if tense == "past":
        return anchor.year if quarter <= current else anchor.year - 1
    if tense == "future":
        return anchor.year if quarter >= current else anchor.year + 1
    if quarter - current > 2:
        return anchor.year - 1
    if current - quarter > 2:
        return anchor.year + 1
    return anchor.year


_CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|W(\d\d)))?")


def shift_value(value: str, unit: str, n: int) -> str | None:
    """A calendar value moved ``n`` units, written at the unit's granularity, or at the
    value's own where that is a quarter and the unit a year or a quarter ("a year earlier"
    than 2021-Q3 is 2020-Q3, as TimeBank writes it).  None when the value is too coarse
    for the unit ("two days later" than 2005) or is no calendar value."""
    m = _CALENDAR_VALUE.fullmatch(value)
    if m is None:
        return None
    y, mo, d, q, w = (int(g) if g else None for g in m.groups())
    if q is not None:
        if unit not in ("year", "quarter"):
            return None
        index = y * 4 + (q - 1) + n * (4 if unit == "year" else 1)
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if w is not None:
        try:
            base = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return shift(base, unit, n) if unit in ("week", "month", "year") else None
    if unit == "year":
        return f"{y + n:04d}"
    if mo is None:
        return None
    if unit == "month":
        yy, mm = add_months(y, mo, n)
        return f"{yy:04d}-{mm:02d}"
    if unit == "quarter":
        return shift(date(y, mo, 1), "quarter", n)
    if d is None or not valid_date(y, mo, d):
        return None
    if unit in ("day", "week", "weekend", "fortnight"):
        return ago(date(y, mo, d), abs(n), unit, 1 if n > 0 else -1)
    return None


def season_year(anchor: date, code: str, tense: str) -> int:
    """The year of a season named without one ("in the summer"), by tense as for months."""
    start = SEASON_START[code]
    if tense == "past":
        return anchor.year if start <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if start + 2 >= anchor.month else anchor.year + 1
    return anchor.year


def number_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration(n: float | None, code: str, clock: bool = False) -> str:
    """A TIMEX3 duration: duration(4, "Y") == "P4Y", duration(30, "M", clock=True) ==
    "PT30M", duration(None, "Y") == "PXY" (an unknown number of years)."""
    amount = "X" if n is None else number_text(n)
    return f"P{'T' if clock else ''}{amount}{code}"


def two_digit_year(yy: int, anchor: date | None) -> int:
    """Four digits for a two-digit year ("'07" -> 2007, "'87" -> 1987): the latest year
    ending so that is not more than ten years after the anchor (or after 2029 without
    one)."""
    limit = anchor.year + 10 if anchor else 2029
    year = (limit // 100) * 100 + yy
    return year if year <= limit else year - 100


WEEKDAY_INDEX = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus, as in
    Meeus, *Astronomical Algorithms*, ch. 8)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_date(spec: str, year: int) -> date:
    """The day of a movable holiday in ``year`` from its rule in ``data/timex.yaml``
    (``movable_holidays``): "11 4 Thu" the fourth Thursday of November, "05 -1 Mon" the
    last Monday of May, "11 1 Mon +1" the day after the first Monday of November, "easter
    -2" two days before Easter Sunday."""
    parts = spec.split()
    if parts[0] == "easter":
        return easter(year) + timedelta(days=int(parts[1]))
    month, nth, wd = int(parts[0]), int(parts[1]), WEEKDAY_INDEX[parts[2]]
    if nth > 0:
        first = date(year, month, 1)
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - timedelta(days=1)
        d = last - timedelta(days=(last.weekday() - wd) % 7 + 7 * (-nth - 1))
    return d + timedelta(days=int(parts[3]) if len(parts) > 3 else 0)


def holiday_year_date(anchor: date, spec: str, tense: str) -> date:
    """The day of a movable holiday named without a year, chosen like :func:`day_year`
    (:func:`by_tense`; the holiday falls in each of the three years, so one is found)."""
    return by_tense([holiday_date(spec, y) for y in (anchor.year - 1, anchor.year,
                                                     anchor.year + 1)], anchor, tense)
