"""Issue 18, round 27b (ev27b): a court that strikes down, suspends or rules illegal an act
blocks it: COERCE (CAMEO 172, the judges' convention of events-voa-dev2.tsv).  Invented
sentences."""

from __future__ import annotations

from .conftest import events_at, role_texts


def test_a_court_striking_down_a_law_coerces(analyze_text):
    [ev] = events_at(analyze_text, "The Supreme Court struck down a strict Ohio voting law on "
                     "Tuesday.", "struck")
    assert ev.type == "COERCE"
    assert role_texts(ev, "source") == ["Supreme Court"]


def test_a_ban_ruled_illegal_by_a_court_is_coerced(analyze_text):
    [ev] = events_at(analyze_text, "The curfew was ruled illegal by the Lima High Court on "
                     "Friday.", "ruled")
    assert ev.type == "COERCE"


def test_a_court_suspending_an_act_coerces(analyze_text):
    [ev] = events_at(analyze_text, "The court suspended the minister's decree until it hears "
                     "the case.", "suspended")
    assert ev.type == "COERCE"


def test_a_court_upholding_a_law_is_no_coercion(analyze_text):
    found = events_at(analyze_text, "The Supreme Court upheld the Ohio voting law on Tuesday.",
                      "upheld")
    assert all(e.type != "COERCE" for e in found)


def test_a_ruling_that_states_a_fact_is_no_coercion(analyze_text):
    found = events_at(analyze_text, "The judge ruled that the election was fair.", "ruled")
    assert all(e.type != "COERCE" for e in found)


def test_suspending_by_a_government_keeps_its_reading(analyze_text):
    # not a court: the suspension of aid stays what the tables code (SANCTION)
    [ev] = events_at(analyze_text, "The United States suspended military aid to Niger.",
                     "suspended")
    assert ev.type != "COERCE"


def test_a_court_overturning_a_conviction_is_no_coercion(analyze_text):
    # leniency to a person, as an acquittal: not an act the court blocks
    found = events_at(analyze_text, "The Supreme Court overturned the conviction of the "
                      "opposition leader on Monday.", "overturned")
    assert all(e.type != "COERCE" for e in found)
