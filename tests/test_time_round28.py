"""Round 28 of the time layer (branch h-date28, issue 20): an event noun received takes the
time of its receipt; a perfect auxiliary shared by coordinated verbs.  Every sentence is
invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.nlp import times

from .test_times import _annotated, _trigger

SAT = date(2016, 1, 30)  # a Saturday


def _when(nlp, text, word, tense, anchor=SAT):
    ctx = _annotated(nlp, text, anchor)
    et = times.event_time(ctx, _trigger(ctx, word), tense)
    return et.basis, et.value


@pytest.mark.parametrize(("text", "word", "value"), [
    # the converse of giving (CGEL: "X endorsed Y" = "Y won X's endorsement"): the
    # endorsement, the award, the grant happen when they are won, received, accepted
    ("Last month, the senator won the endorsement of the farmers' union.", "endorsement",
     "2015-12"),
    ("Last year, the reporter received an award from the foreign minister.", "award",
     "2015"),
    ("In March, the mayor accepted an invitation from the governor.", "invitation",
     "2015-03"),
    ("On Tuesday the city secured a loan from the state bank.", "loan", "2016-01-26"),
])
def test_event_noun_received_takes_the_receipt_date(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word"), [
    # guards: the noun's own date wins; a verb that does not receive the noun's event
    # leaves it undated
    ("Last month, the senator criticized the endorsement of the farmers' union.",
     "endorsement"),
    ("Last month, the senator recalled the award from the foreign minister.", "award"),
])
def test_event_noun_not_received_stays_undated(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] != "explicit"


@pytest.mark.parametrize(("text", "word"), [
    # ellipsis of the shared auxiliary in a coordination (Quirk et al. 1985, ch. 13): the
    # second verb is a present perfect too, standing at the time of writing
    ("The governor has criticized the plan to close the plant and vowed to block it.",
     "vowed"),
    ("The unions have denounced the trade deal and urged members to oppose it.", "urged"),
])
def test_shared_perfect_auxiliary(nlp, text, word):
    assert _when(nlp, text, word, "past") == ("publication", "2016-01-30")


@pytest.mark.parametrize(("text", "word"), [
    # guards: a verb with its own subject or auxiliary keeps its own tense; a simple past
    # coordinated with a simple past stays past
    ("The governor has criticized the plan, and he vowed to block it.", "vowed"),
    ("The governor criticized the plan and vowed to block it.", "vowed"),
    ("The governor has criticized the plan and will vow to block it.", "vow"),
])
def test_own_tense_not_shared(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] != "publication"
