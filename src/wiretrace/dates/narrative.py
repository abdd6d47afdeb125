"""Expressions counted from the time the text is telling of: "the following year", "that
day", "the same month (last year)", "the year-ago quarter", "the quarter ended Sept. 30"
(split from :mod:`.relative` in round 27).  Handlers as in :mod:`times_calendar`."""

from __future__ import annotations

import re
from datetime import timedelta

from . import values as tv
from .calendar import Env, Found, Scan, _unresolved, results_near
from .words import Lexicon

_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_OR_DAY, _NONE = re.compile(r"\d{4}-\d\d(?:-\d\d)?"), re.compile(r"(?!)")
_YEAR_BACK = re.compile(
    r"(?i)\s+(?:last year|a year (?:ago|earlier)|the (?:previous|prior) year)\b")
# "the previous day", "the preceding quarter", "the following Monday": a step from the time
# told of; "prior" is "previous" in business prose ("the prior year", "the prior quarter")
_STEP = {"previous": -1, "preceding": -1, "prior": -1, "following": 1}


def r_narrative(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """"the following year", "that day", "the same month": counted from the last date the
    text gave with a year ("captured in 1987 ... the following year" -> 1988).  "the next
    year" is read that way in the past tense and from the publication date otherwise."""
    if m["qunit"] or m["qadj"]:
        return _narrative_quarter(m, scan, L)
    rel = (m["rel"] or "that").lower()
    n = {**_STEP, "next": 1, "coming": 1}.get(rel, 0)
    unit = m["unit"].lower()
    year_back = rel == "same" and _YEAR_BACK.match(scan.text, m.end()) is not None

    def resolve(env: Env) -> str | None:
        ref = env.reference
        # "Sunday ... the previous day's blasts", "said on Nov. 9. Later that month": the
        # day or month the sentence (or the one before) tells of, whatever rule found it
        told = env.last if env.last and (_DAY if unit in ("day", "week") else _MONTH_OR_DAY
                                         if unit == "month" else _NONE).fullmatch(env.last) \
            else None
        if ref is None and env.anchor and n and not told and not (
                env.last and unit in ("day", "week")):
            # nothing told before: counted from the time of writing, as TIDES anchors a
            # relative expression with no other reference ("from $3 billion the previous year")
            return tv.shift(env.anchor, unit, n)
        if rel in ("next", "coming") and env.anchor and not (told and rel == "next") and (
                env.tense != "past" or ref is None):
            return tv.shift(env.anchor, unit, n)
        if told:  # "in October than the same month last year": that month, a year back
            ref = tuple(int(x) for x in told.split("-")) + (None,) * (2 - told.count("-"))
            ref = (ref[0] - year_back, *ref[1:])
            if ref[2] and not tv.valid_date(*ref):
                return _unresolved(unit)  # February 29 a year back
        if ref is None:
            return _unresolved(unit)
        y, mo, d = ref
        if unit == "year":
            return f"{y + n:04d}"
        if unit == "month" and mo:
            yy, mm = tv.add_months(y, mo, n)
            return f"{yy:04d}-{mm:02d}"
        if unit in ("day", "week") and mo and d:
            base = tv.date(y, mo, d)
            if unit == "day":
                return (base + timedelta(days=n)).isoformat()
            return tv.week_value(base + timedelta(weeks=n))
        return _unresolved(unit)

    # a year back is the period compared, not the time told of ("a year earlier" after it)
    return Found(m.start(), m.end(), "narrative", "DATE", resolve, tense_dependent=True,
                 fields={"compared": True} if year_back else {})


_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_QUARTER_WORD = re.compile(r"(?i:quarter)|\bQ[1-4]\b")


def _narrative_quarter(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "the quarter", "the same quarter", "the previous quarter": the quarter the sentence
    or the one before named ("revenue for the fourth quarter rose ... during the quarter"
    -> that fourth quarter).  "the year-ago quarter", "the same quarter last year" (or "a
    year earlier"): that quarter a year before (TimeML marks the whole phrase; "last
    year" counts from the quarter told of, not from the time of writing); so do "the
    year-ago period", "the year-earlier third quarter" and a bare "year-earlier" before a
    noun ("compared with year-earlier profit"), as TimeBank's earnings reports value
    them.  Nothing is marked where no quarter was named."""
    rel = (m["qrel"] or m["qadj"] or "").lower()
    n = _STEP.get(rel, 0)
    year_back = rel in ("year-ago", "year-earlier")
    if ((m["qunit"] or "").lower() == "period" or m["qord"]) and not (year_back
                                                                     or m["qback"]):
        # "the same period": which period is not said; "the third quarter".  "the same
        # period last year" is the period told of a year back, as "the year-ago period"
        return None
    q = L.ordinals.get(m["qord"].lower()) if m["qord"] else None
    if q is not None and not 1 <= q <= 4:
        return None
    if year_back or m["qback"]:
        n -= 4
        own = year_back and (m["qunit"] or "").lower() == "quarter" and results_near(scan, m)
        if not own and not _QUARTER_WORD.search(scan.text, max(0, m.start() - 600),
                                                m.start()):
            # no quarter told of before: "last year", "a year ago" alone.  "the year-ago
            # quarter" in a results sentence names its own: the quarter just ended, a year
            # back, as TimeBank's earnings reports write it
            return None

    ended = _quarter_ended(m, scan, L) if not (rel or m["qord"] or m["qback"]) else None
    if ended is not None:
        return ended
    # "the quarter" with none named before, in a results sentence ("operations had a loss
    # of $5.5 million for the quarter"): the quarter just ended, the one companies report
    # on (TimeBank's earnings reports)
    results = rel in ("", "latest") and not m["qback"] and results_near(scan, m)

    def resolve(env: Env) -> str | None:
        last = env.last or ""
        named = _QUARTER.fullmatch(last) is not None
        if rel == "latest" and env.anchor is not None and (named or results):
            # "the latest quarter": the one just ended, whatever quarter was compared
            # before it ("from $5 million a year ago ... in the latest quarter")
            return tv.shift(env.anchor, "quarter", -1)
        if q is not None:
            # "the year-earlier third quarter": that quarter of the year before the one told
            # of (a third quarter named before, else the latest begun by the anchor)
            year = int(last[:4]) if named else (
                tv.quarter_year(env.anchor, q, "past") if env.anchor else None)
            return f"{year - 1:04d}-Q{q}" if year else None
        if named:
            return tv.shift_value(last, "quarter", n)
        if (results or year_back) and env.anchor is not None:
            # the quarter just ended, the one reported on; "the year-earlier quarter" with
            # the quarter told of further back: that quarter a year before
            return tv.shift(env.anchor, "quarter", -1 + (n if year_back else 0))
        return None

    # the period compared, not the one told of: "the quarter" after it is still the latter
    return Found(m.start(), m.end(), "narrative", "DATE", resolve,
                 fields={"compared": True} if year_back or m["qback"] else {})


_ENDED = re.compile(r"[ \t]+(?P<verb>ended|ending)[ \t]+(?P<mon>[A-Z][a-z]+)\.?[ \t]+"
                    r"(?P<d>[0-3]?\d)\b(?:,?[ \t]+(?P<y>(?:19|20)\d\d)\b)?")


def _quarter_ended(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "the quarter ended Sept. 30", "the quarter ending December 26, 2009": the quarter
    told by its last day is the calendar quarter that day falls in (TimeML 1.2.1 values
    an anaphoric expression from what the text fixes; a company's quarter ends in its
    last month), whatever quarter was named before.  Without a year the day is the latest
    one on or before the time of writing ("ended"), or for "ending" in a future clause the
    first one after it."""
    e = _ENDED.match(scan.text, m.end())
    mon = L.month_of.get(e["mon"].lower()) if e else None
    if mon is None:
        return None
    day, year = int(e["d"]), int(e["y"]) if e["y"] else None
    future = e["verb"] == "ending"

    def resolve(env: Env) -> str | None:
        y = year
        if y is None:
            if env.anchor is None:
                return None
            y = env.anchor.year
            if future and env.tense == "future":
                y += (mon, day) < (env.anchor.month, env.anchor.day)
            else:
                y -= (mon, day) > (env.anchor.month, env.anchor.day)
        return f"{y:04d}-Q{(mon - 1) // 3 + 1}"

    return Found(m.start(), m.end(), "narrative", "DATE", resolve, tense_dependent=True)
