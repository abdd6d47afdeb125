"""Clock times: "10:30 a.m.", "18:00 UTC", "1500 GMT", "noon", and a clock time joined to
the day written just after it ("9 a.m. Tuesday", "5 p.m. EST Nov. 9").  Split from
:mod:`.relative` (round 18) to keep each module short."""

from __future__ import annotations

import re

from .calendar import Env, Found, Scan
from .words import Lexicon, lexicon


def _zone_offsets() -> dict[str, str]:
    return lexicon().data["zone_offsets"]


def _clock(m: re.Match, hour: int, minute: int, rule: str) -> Found | None:
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    zone = m.groupdict().get("zone") or ""
    offset = m.groupdict().get("off")
    # Another zone keeps its local time and the zone's whole-hour offset, as NWR-2014-2
    # sec. 6.2.2 ("08:29 Eastern Standard Time" is ``T08:29-05``), TIDES 2005 and ISO 8601
    # write it; UTC and GMT end in Z (``zone_offsets`` in data/timex.yaml; round 39).
    if offset:  # "6:40 p.m. (GMT +8)" is ``T18:40+08``
        hours = int(re.sub(r"[^\d]", "", offset))
        z = ("+" if offset.lstrip()[0] == "+" else "-") + f"{hours:02d}" if hours else "Z"
    elif zone in ("UTC", "GMT", "Z"):
        z = "Z"
    else:
        z = _zone_offsets().get(zone, "")

    def resolve(env: Env) -> str | None:
        day = env.day or (env.anchor.isoformat() if env.anchor else "XXXX-XX-XX")
        return f"{day}T{hour:02d}:{minute:02d}{z}"

    return Found(m.start(), m.end(), rule, "TIME", resolve, needs_day=True)


def r_clock(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "10:30 a.m.", "18:00 UTC"; a year is never a clock time ("in 2011" is no 20:11).
    return _clock(m, int(m["h"]), int(m["min"] or 0), "clock")


def r_clock_military(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "1500 GMT": four digits read as a time only with a time zone after them.
    hm = m["hm"]
    return _clock(m, int(hm[:2]), int(hm[2:]), "clock")


_JOINED = re.compile(r"[ \t\u00a0]{1,3}")
# A clock time just before a day written with its month is the clock on that day, as
# before a weekday ("5 p.m. EST Nov. 9", "10 a.m. on" excluded: no preposition between).
_CLOCK_DAY_RULES = ("date.month_day", "date.month_day_year", "date.day_month",
                    "date.day_month_year")


def join_clock_weekday(text: str, found: list[Found]) -> list[Found]:
    """A clock time written just before a weekday is one TIME, the clock on that day
    ("at 9 a.m. Tuesday", "negotiations broke off at noon Thursday", "until 9 a.m. EST
    Tuesday"): TIDES 2005 and TimeML 1.2.1 tag a time of day with the day it is on as one
    expression, valued ``YYYY-MM-DDThh:mm``; the weekday is read by the tense of its
    clause as when it stands alone.  Not across a preposition ("at 9 a.m. on Tuesday"
    stays two: the preposition is outside every extent) nor with "last" or "next" or a
    part of the day ("9 p.m. Tuesday night").  So is a clock time just before a day of the
    month ("5 p.m. EST Nov. 9", "at 10:30 a.m. 4 March 2020"), rule ``clock.date``."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        clock = found[i]
        wd = found[i + 1] if i + 1 < len(found) else None
        day_rule = wd is not None and (wd.rule == "weekday" and wd.tense_dependent
                                       or wd.rule in _CLOCK_DAY_RULES)
        if (day_rule and clock.needs_day and wd.type == "DATE"
                and _JOINED.fullmatch(text, clock.end, wd.start)):
            rule = "clock.weekday" if wd.rule == "weekday" else "clock.date"
            out.append(Found(clock.start, wd.end, rule, "TIME",
                             _on_day(clock, wd), tense_dependent=wd.tense_dependent))
            i += 2
            continue
        out.append(clock)
        i += 1
    return out


def _on_day(clock: Found, wd: Found):
    def resolve(env: Env) -> str | None:
        day = wd.resolve(env)
        if day is None:
            return None
        return clock.resolve(Env(anchor=env.anchor, day=day))
    return resolve


def r_noon(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    if scan.word_before(m.start()) not in ("at", "by", "until", "till", "before", "after",
                                           "around", "from", "past", "about", "since"):
        return None
    hour = 24 if m["w"].lower() == "midnight" else 12  # "noon", "midday"
    return _clock(m, hour, 0, "clock")
