"""Round 16 of the time layer: decades, centuries and millennia counted in years, as ISO
8601 durations are (ISO-TimeML, MEANTIME and TimeBank write "two decades" `P20Y`), and a
fortnight counted in weeks when it is "ago".  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.dates import values as tv
from wiretrace.nlp import times

from .test_times import _annotated

A = date(2021, 11, 20)


@pytest.mark.parametrize(("span", "value", "type_"), [
    ("two decades", "P20Y", "DURATION"),
    ("the past decade", "P10Y", "DURATION"),
    ("the last three decades", "P30Y", "DURATION"),
    ("half a decade", "P5Y", "DURATION"),
    ("a century", "P100Y", "DURATION"),
    ("two and a half centuries", "P250Y", "DURATION"),
    ("a millennium", "P1000Y", "DURATION"),
    ("decades-long", "PXY", "DURATION"),
    ("every decade", "P10Y", "SET"),
    # counted back from the anchor: the year, once (not ten decades back)
    ("two decades ago", "2001", "DATE"),
    ("a century ago", "1921", "DATE"),
    # a fortnight ago is two weeks ago (it was four)
    ("a fortnight ago", "2021-W44", "DATE"),
    # a decade or century named as a period of the calendar keeps its date value
    ("the 1980s", "198", "DATE"),
    ("the 19th century", "18", "DATE"),
    ("this decade", "202", "DATE"),
])
def test_period_units_in_years(span, value, type_):
    got = times.normalize(span, A, "none")
    assert got is not None and got[:2] == (value, type_)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The two ferry companies have been rivals for decades.", "decades", "PXY"),
    ("Fishing quotas barely changed over the last decade.", "the last decade", "P10Y"),
    ("The canal took almost three decades to dig.", "almost three decades", "P30Y"),
    ("Ruins of the fort stood on the hill for centuries.", "centuries", "PXY"),
    ("The orchard has a century-long history.", "century-long", "P100Y"),
])
def test_period_units_in_a_sentence(nlp, text, span, value):
    ctx = _annotated(nlp, text, A)
    found = {t.text: t for t in ctx.times}
    assert span in found, [(t.text, t.value) for t in ctx.times]
    assert found[span].value == value and found[span].type == "DURATION"


@pytest.mark.parametrize(("text", "span", "value"), [
    # "set" without "for" is a done deed (setting a record, a price), past like any
    # participle with no auxiliary: the December before, not the coming one
    ("Shares of the brewer closed far below the record high set on Dec. 6.", "Dec. 6",
     "2020-12-06"),
    ("Farmers still pay the water price set in December.", "December", "2020-12"),
    # "set for" still schedules: the coming day
    ("The ferry strike, set for Dec. 6, worries the island.", "Dec. 6", "2021-12-06"),
    # "slated" before its noun points forward, as "scheduled" and "planned" do
    ("The slated visit in December drew protests.", "December", "2021-12"),
    # "fiscal" before the ordinal is part of the expression (TimeML extent), as after it;
    # the year by tense as for a calendar quarter (round 18)
    ("The bakery lost money in the fiscal first quarter.", "the fiscal first quarter",
     "2021-Q1"),
    ("Sales rose in the financial second quarter.", "the financial second quarter",
     "2021-Q2"),
    ("Sales rose in the second fiscal quarter.", "the second fiscal quarter", "2021-Q2"),
    # "the previous/following <weekday>" is one DATE, counted from the day the sentence
    # or the one before tells of, as "the previous day" is (TimeML: anaphoric)
    ("Grain prices rose on Friday, Nov. 12, up 3% from the previous Friday.",
     "the previous Friday", "2021-11-05"),
    ("The barge ran aground on Tuesday, Nov. 9. Tugs freed it the following Monday.",
     "the following Monday", "2021-11-15"),
    # with no day told of, from the publication date (a Saturday)
    ("Ticket sales were higher than on the preceding Friday.", "the preceding Friday",
     "2021-11-19"),
])
def test_scheduling_fiscal_quarters_and_anaphoric_weekdays(nlp, text, span, value):
    ctx = _annotated(nlp, text, A)
    found = {t.text: t.value for t in ctx.times}
    assert found.get(span) == value, found


def test_weekday_beside_never_gives_the_day_itself():
    friday = date(2021, 11, 12)
    assert tv.weekday_beside(friday, 5, -1) == date(2021, 11, 5)
    assert tv.weekday_beside(friday, 5, 1) == date(2021, 11, 19)
    assert tv.weekday_beside(friday, 4, -1) == date(2021, 11, 11)
    assert tv.weekday_beside(friday, 6, 1) == date(2021, 11, 13)
