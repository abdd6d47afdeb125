"""Round 37 of the time layer (branch h-timex37, issue 20): "this weekend" by the tense of
its clause, and MEANTIME's week count read as ISO 8601's by the MEANTIME scorer.  Every
sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.eval.meantime import iso_week_value
from wiretrace.nlp import times

from .test_times import _annotated

MONDAY = date(2021, 11, 22)  # ISO week 47; the weekend before is 2021-W46-WE
SUNDAY = date(2021, 11, 21)


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # written on a weekday, a past clause's "this weekend" is the weekend just gone, as
    # "over the weekend" is
    ("The minister resigned this weekend, his aides said.", MONDAY, "this weekend",
     "2021-W46-WE"),
    ("Two ferries collided this weekend off the northern coast.", MONDAY, "this weekend",
     "2021-W46-WE"),
    ("Officials said earlier this weekend that the bridge was safe.", MONDAY,
     "earlier this weekend", "2021-W46-WE"),
    # otherwise the weekend to come, and on a weekend day the weekend of writing
    ("The ministers will meet this weekend in the capital.", MONDAY, "this weekend",
     "2021-W47-WE"),
    # (a headline's simple present is past: a first line before it)
    ("Arts\n\nThe festival opens this weekend.", MONDAY, "this weekend", "2021-W47-WE"),
    ("The party chose its new leader this weekend.", SUNDAY, "this weekend", "2021-W46-WE"),
    ("The party will choose its new leader this weekend.", SUNDAY, "this weekend",
     "2021-W46-WE"),
    # "this past" and "next" say it themselves
    ("The rebels attacked a convoy this past weekend.", MONDAY, "this past weekend",
     "2021-W46-WE"),
    ("The rebels attacked a convoy next weekend, the plan said.", MONDAY, "next weekend",
     "2021-W48-WE"),
])
def test_this_weekend_by_tense(nlp, text, anchor, span, value):
    found = {t.text: t.value for t in _annotated(nlp, text, anchor).times}
    assert found.get(span) == value, found


@pytest.mark.parametrize(("tense", "value"), [
    ("past", "2021-W46-WE"), ("future", "2021-W47-WE"), ("present", "2021-W47-WE"),
    ("none", "2021-W47-WE")])
def test_this_weekend_read_without_a_parse(tense, value):
    assert times.normalize("this weekend", MONDAY, tense)[0] == value


@pytest.mark.parametrize(("gold", "iso"), [
    ("2010-W04-WE", "2010-W03-WE"),  # 2010 began on a Friday: MEANTIME runs one ahead
    ("2006-W14", "2006-W13"),  # 2006 began on a Sunday, alone in MEANTIME's week 1
    ("2004-W47", "2004-W47"),  # 2004 began on a Thursday: the counts agree
    ("2010-W01", "2009-W53"),  # MEANTIME's first week of 2010 is ISO's last of 2009
    ("2010-01-23", "2010-01-23"), ("P1W", "P1W"), ("XXXX-WXX", "XXXX-WXX"),
])
def test_meantime_weeks_read_as_iso(gold, iso):
    assert iso_week_value(gold) == iso
