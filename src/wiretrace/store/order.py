"""The order keys of a stored event mention (``events`` and ``actor_events``): its days as
numbers (``sort_day``, ``back_day``, ``back_first``) and how far they reach (``span``), in
Python for the rows written and in SQL for the migrations that fill stored rows; and the
stretches of ``ix_events_span`` that a --since/--until filter reads (:func:`span_bounds`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, func, or_

UNDATED = 99999999  # the sort_day of an event with no days: after every date


def day_number(day: str | None) -> int | None:
    """An ISO day as a number that sorts as the day does ("2021-12-03" -> 20211203)."""
    if not day or not day[:1].isdigit():
        return None
    try:
        return int(day.replace("-", ""))
    except ValueError:
        return None


def sort_day(date_first: str | None, date_last: str | None) -> int:
    """``events.sort_day``: the first day (else the last, for an open start) as a number,
    :data:`UNDATED` for none: the default order of events is (sort_day, date_last, article,
    position), which ``ix_events_type_day`` and ``ix_actor_events_day`` hold."""
    n = day_number(date_first if date_first is not None else date_last)
    return UNDATED if n is None else n


def sort_day_sql(e):
    """:func:`sort_day` in SQL over a table's date_first/date_last (to fill stored rows)."""
    from sqlalchemy import Integer as _Int
    from sqlalchemy import cast, literal

    day = func.coalesce(e.c.date_first, e.c.date_last)
    return case((day.is_(None), literal(UNDATED)),
                else_=cast(func.replace(day, "-", ""), _Int))


# events.span: what bounds how far before a --since day an event's first day can lie and
# the event still reach into it.  0-3: both days known, the days between them at most
# SPANS[k] (3: more); 4: an open end (a first day only); 5: an open start (a last day
# only: sort_day is the last day); 6: no days
SPANS = (31, 366, 3653)
OPEN_END, OPEN_START, NO_DAYS = 4, 5, 6


def span(date_first: str | None, date_last: str | None) -> int:
    """``events.span`` of an event's days (:data:`SPANS`)."""
    if date_first is None:
        return NO_DAYS if date_last is None else OPEN_START
    if date_last is None:
        return OPEN_END
    try:
        days = (date.fromisoformat(date_last) - date.fromisoformat(date_first)).days
    except ValueError:  # no calendar day: the longest span, which no bound narrows
        return len(SPANS)
    return next((k for k, most in enumerate(SPANS) if days <= most), len(SPANS))


def span_bounds(since: str | None, until: str | None) -> list[tuple[int, int | None, int | None]]:
    """Where the events whose days can reach into the days from ``since`` to ``until``
    (ISO days, either may be None) lie in ``ix_events_span``: per span (the ones with most
    events first), the least and the most ``sort_day`` (None: no bound).  A span of at
    most SPANS[k] days starts at most that many days before ``since``; an open end reaches
    any later day; an open start's sort_day is its last day.  Events with no days are in
    no stretch."""
    from datetime import timedelta

    out = []
    for k in (0, OPEN_START, OPEN_END, *range(1, len(SPANS) + 1)):
        low = high = None
        if since and k == OPEN_START:  # the first day is the last: it must reach since
            low = day_number(since)
        elif since and k < len(SPANS):  # none before the calendar's first day
            first, reach = date.fromisoformat(since), timedelta(days=SPANS[k])
            low = day_number((first - reach).isoformat()) if first - date.min >= reach else None
        if until and k != OPEN_START:  # the first day is sort_day: at most until
            high = day_number(until)
        out.append((k, low, high))
    return out


def span_ranges(e, since: str | None, until: str | None) -> list:
    """The condition on table ``e`` of each span's range (:func:`span_bounds`): ``span``
    and the bounds of ``sort_day``, one range of ``ix_events_span`` each."""
    return [and_(e.c.span == k, *([e.c.sort_day >= low] if low is not None else []),
                 *([e.c.sort_day <= high] if high is not None else []))
            for k, low, high in span_bounds(since, until)]


def span_window(e, since: str | None, until: str | None):
    """The events of table ``e`` that can reach into the days from ``since`` to ``until``
    as ranges of ``ix_events_span``, one per span (:func:`span_ranges`).  Implied by the
    exact conditions on the days, it lets the planner read those ranges (SQLite's
    MULTI-INDEX OR, PostgreSQL's BitmapOr) instead of scanning every event."""
    return or_(*span_ranges(e, since, until))


def span_sql(e, dialect: str):
    """:func:`span` in SQL over a table's date_first/date_last (to fill stored rows)."""
    from sqlalchemy import Date, cast, literal

    first, last = e.c.date_first, e.c.date_last
    if dialect == "sqlite":
        days = func.julianday(last) - func.julianday(first)
    else:
        days = cast(last, Date) - cast(first, Date)
    return case((and_(first.is_(None), last.is_(None)), literal(NO_DAYS)),
                (first.is_(None), literal(OPEN_START)), (last.is_(None), literal(OPEN_END)),
                *((days <= most, literal(k)) for k, most in enumerate(SPANS)),
                else_=literal(len(SPANS)))


def back_days(date_first: str | None, date_last: str | None) -> dict[str, int]:
    """``back_day`` and ``back_first`` of an event (or actor_events) row: newest first is
    (back_day, back_first) descending, which ``ix_events_newest`` holds; the order of
    (the last day, else the first) then the first day, descending, undated last."""
    return {"back_day": day_number(date_last if date_last is not None else date_first) or 0,
            "back_first": day_number(date_first) or 0}


def back_days_sql(e) -> dict:
    """:func:`back_days` in SQL over a table's date_first/date_last (to fill stored rows)."""
    from sqlalchemy import Integer as _Int
    from sqlalchemy import cast, literal

    def number(day):
        return case((day.is_(None), literal(0)), else_=cast(func.replace(day, "-", ""), _Int))

    return {"back_day": number(func.coalesce(e.c.date_last, e.c.date_first)),
            "back_first": number(e.c.date_first)}
