"""Round 18 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

WED = date(2021, 10, 20)  # a Wednesday in the fourth quarter, in autumn
SAT = date(2021, 11, 20)


def _found(nlp, text, anchor):
    return {t.text: t.value for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(("text", "span", "value"), [
    # a fiscal quarter takes its year by tense, as a calendar quarter does
    ("The ferry line lost money in the fiscal first quarter.", "the fiscal first quarter",
     "2021-Q1"),
    ("Ticket sales rose 8% in its fiscal fourth quarter.", "fiscal fourth quarter",
     "2021-Q4"),
    ("The ferry line will open two routes in the fiscal second quarter.",
     "the fiscal second quarter", "2022-Q2"),
])
def test_fiscal_quarter_has_a_year(nlp, text, span, value):
    found = _found(nlp, text, WED)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # "in the fall" is autumn, as "in the spring" is a season
    ("The harbour will reopen in the fall.", "the fall", "2021-FA"),
    ("Fares went up during the fall.", "the fall", "2021-FA"),
    # the noun "fall" stays out
    ("Fares went up after the fall in fuel prices.", "the fall", None),
    ("Trade slowed in the fall of the old regime.", "the fall", None),
    ("Grain prices rose in the fall in output.", "the fall", None),
])
def test_in_the_fall(nlp, text, span, value):
    found = _found(nlp, text, WED)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # "today's" before a noun of the age is the present age, not the day: PRESENT_REF
    # since round 39 (NWR-2014-2 sec. 6.2.2; rounds 30 to 38 left it unmarked, as TimeBank
    # does; tests/test_time_round30.py)
    ("Few of today's teenagers read a printed newspaper.", "today", "PRESENT_REF"),
    ("Ferries matter less in today's world.", "today", "PRESENT_REF"),
    ("The workers of tomorrow will need other skills.", "tomorrow", "FUTURE_REF"),
    # a day's event keeps the day
    ("Today's vote on the harbour budget was put off.", "Today", "2021-11-20"),
    ("The council will vote today.", "today", "2021-11-20"),
    ("The ferry leaves tomorrow.", "tomorrow", "2021-11-21"),
])
def test_today_of_the_age(nlp, text, span, value):
    found = _found(nlp, text, SAT)
    assert found.get(span) == value, found


THU = date(2021, 11, 18)  # a Thursday


@pytest.mark.parametrize(("text", "span", "value"), [
    # a negative subject negates the clause as "not" does: "could" is the past of "can"
    ("No one at the ferry office could be reached Wednesday.", "Wednesday", "2021-11-17"),
    ("Neither the mayor nor her deputy could be located Tuesday.", "Tuesday",
     "2021-11-16"),
    # a bare "could" still looks forward
    ("The council could vote Wednesday on the harbour budget.", "Wednesday", "2021-11-24"),
    # an infinitive after a predicative adjective takes the copula's tense
    ("The crew is ready to sail on Tuesday.", "Tuesday", "2021-11-23"),
    ("The crew would be ready to sail as soon as Friday, the captain said.", "Friday",
     "2021-11-19"),
    ("The crew was ready to sail on Tuesday.", "Tuesday", "2021-11-16"),
])
def test_negative_subjects_and_predicative_adjectives(nlp, text, span, value):
    found = _found(nlp, text, THU)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "type_", "value"), [
    # a vague count of past units is the recent past, as "in recent months"
    ("Fares have fallen in the last few months.", "the last few months", "DATE",
     "PAST_REF"),
    ("Ferry traffic was weak over the past several quarters.", "the past several quarters",
     "DATE", "PAST_REF"),
    # "for" measures the stretch; a number, or the future, stays a DURATION
    ("The ferry has run at a loss for the past few years.", "the past few years",
     "DURATION", "PXY"),
    ("Fares have fallen over the past two years.", "the past two years", "DURATION", "P2Y"),
    ("Fares will rise over the next few years.", "the next few years", "DURATION", "PXY"),
])
def test_the_last_few_months(nlp, text, span, type_, value):
    found = {t.text: (t.type, t.value) for t in _annotated(nlp, text, THU).times}
    assert found.get(span) == (type_, value), found
