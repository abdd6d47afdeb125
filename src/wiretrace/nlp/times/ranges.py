"""Ranges of two dates, "from 2009 to 2011", "between 2014 and 2016": a DURATION over the
range beside its two DATEs (``range_openers`` in ``data/timex.yaml``; docs/time.md).  Split
from :mod:`.expressions` (round 39 review: that module was over 600 lines)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...dates.calendar import Found
from ...dates.words import lexicon, word_set
from ...timex import value_range

# --- ranges: "from 2009 to 2011" is also a DURATION (data/timex.yaml, range_openers) -----

_GRAINS = ((re.compile(r"\d{4}"), "Y"), (re.compile(r"\d{4}-\d\d"), "M"),
           (re.compile(r"\d{4}-\d\d-\d\d"), "D"))


def _range_length(first: str, second: str, inclusive: bool) -> str | None:
    """The TIMEX3 duration from ``first`` to ``second`` (values of the same grain, the
    second later): 2009, 2011 -> P2Y; 2006-01, 2006-03 -> P2M; with ``inclusive`` one
    more.  None for values of different grains or out of order."""
    for pattern, unit in _GRAINS:
        if pattern.fullmatch(first) and pattern.fullmatch(second):
            a, b = (date.fromisoformat((v + "-01-01")[:10]) for v in (first, second))
            n = {"Y": b.year - a.year, "M": (b.year - a.year) * 12 + b.month - a.month,
                 "D": (b - a).days}[unit] + int(inclusive)
            return f"P{n}{unit}" if n > 0 else None
    return None


def _range_pair(text: str, first: Found, second: Found) -> tuple[int, bool] | None:
    """Where the range of two dates next to each other starts ("from", "between" before
    the first) and whether it takes in the second's whole stretch ("through"); None when
    the two are no range."""
    if first.type != "DATE" or second.type != "DATE" \
            or not re.fullmatch(r"\s+\w+\s+", text[first.end:second.start]):
        return None
    link = text[first.end:second.start].strip().lower()
    before = re.search(r"(\w+)\s+$", text[max(0, first.start - 12):first.start])
    openers = lexicon().data["range_openers"]
    word = before.group(1).lower() if before else ""
    if word not in openers or link not in {w.lower() for w in openers[word]}:
        return None
    return first.start - len(before.group(0)), link in word_set("range_inclusive")


def _year_from(value: str, later: str) -> str:
    """``value`` (a day or month whose year was not written) in the year of ``later``, the
    end of its range, or the year before where that would put it after the end: "from
    June 1 to June 10, 2008" -> 2008-06-01; "from December 20 to January 5, 2008" ->
    2007-12-20."""
    moved = later[:4] + value[4:]
    if moved > later:
        moved = f"{int(later[:4]) - 1:04d}" + value[4:]
    return moved


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _weekdays_in_order(v1: str, v2: str, anchor: date | None) -> tuple[str, str]:
    """Two weekdays named alone as a range ("from Monday to Wednesday") in the order the
    range gives them: each read alone by tense can fall in different weeks, the second
    before the first ("were held from Monday to Wednesday" written on a Tuesday: Monday
    the day before, Wednesday the week before).  The first moves a week back when the
    second is already past, else the second a week on."""
    if not (_DAY.fullmatch(v1) and _DAY.fullmatch(v2)) or v2 >= v1:
        return v1, v2
    a, b = date.fromisoformat(v1), date.fromisoformat(v2)
    if anchor is not None and b <= anchor:
        return (a - timedelta(weeks=1)).isoformat(), v2
    return v1, (b + timedelta(weeks=1)).isoformat()


def ranges(text: str, found: list[Found], values: list[str | None],
           anchor: date | None = None) -> tuple[list[str | None], list[tuple]]:
    """Ranges of two dates of the same grain, "from 2009 to 2011", "between 2014 and
    2016", "from January through March": the values with a first date whose year was not
    written put in the year of the second ("from June 1 to June 10, 2008"), and a
    DURATION over each range (the DATEs stay as they are), ``(start, end, "DURATION",
    "range", value, days)``, ``days`` the first day of the first date and the last of the
    second (``first``, ``last``)."""
    values = list(values)
    out = []
    for i in range(len(found) - 1):
        v1, v2 = values[i], values[i + 1]
        pair = _range_pair(text, found[i], found[i + 1])
        if pair is None or not v1 or not v2:
            continue
        start, inclusive = pair
        if found[i].absolute is None and found[i + 1].absolute is not None \
                and len(v1) == len(v2) and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", v1):
            v1 = values[i] = _year_from(v1, v2)
        if found[i].rule == found[i + 1].rule == "weekday":
            v1, v2 = values[i], values[i + 1] = _weekdays_in_order(v1, v2, anchor)
        value = _range_length(v1, v2, inclusive)
        a, b = value_range(v1), value_range(v2)
        if value is not None and a is not None and b is not None:
            out.append((start, found[i + 1].end, "DURATION", "range", value,
                        {"first": a.first, "last": b.last}))
    return values, out
