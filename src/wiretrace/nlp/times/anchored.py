"""Anchored durations, as the NewsReader guidelines write them (NWR-2014-2, sec. 6.5; the
rules in ``data/timex.yaml``, ``anchored_durations``): "two years ago" is a DURATION over
its words (``P2Y``) and the DATE it refers to (``2019``) an empty TIMEX3 anchored on it,
kept in :attr:`~wiretrace.model.TimeExpr.anchored`.  An event is dated by the point, so
the time of events reads each expression through :func:`points`."""

from __future__ import annotations

from ...dates.calendar import Found
from ...dates.words import lexicon
from ...model import TimeExpr


def written(f: Found, value: str) -> tuple[int, int, str, str, str, dict]:
    """(start, end, type, rule, value, extra fields) of a resolved expression as the time
    layer writes it: an anchored duration's DURATION with its point in ``anchored``, any
    other expression as it was resolved."""
    duration = f.fields.get("duration")
    if duration and f.rule in lexicon().data["anchored_durations"]:
        return f.start, f.end, "DURATION", f.rule, duration, {"anchored": value}
    return f.start, f.end, f.type, f.rule, value, {}


def point(t: TimeExpr) -> TimeExpr:
    """``t`` as the point it places an event at: an anchored duration is the DATE it refers
    to (same id and words), any other expression itself."""
    if t.anchored is None:
        return t
    return t.model_copy(update={"value": t.anchored, "type": "DATE"})


def points(times: list[TimeExpr]) -> list[TimeExpr]:
    return [point(t) for t in times]
