"""A plan is AGREE only as a plan to cooperate (issue 18, round 43, h-evsense43): a verb of
intending or preparing coded by its CAMEO block alone (INTEND, PREPARE: 030 "express
intent to cooperate") whose governed act is no act of cooperation states a plan, not the
"willingness or commitment to cooperate" of PLOVER 3.1 AGREE; a plan to meet, to help or
to hold talks stays AGREE, a plan of force stays a threat.  Sentences written for the
test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    # an act PLOVER does not code
    ("Senator Holm told reporters he planned to stay neutral in the primary.", "planned"),
    # a verbal charge, which the intent table does not list
    ("The prosecutors said they were preparing to charge the mayor with fraud.",
     "preparing"),
])
def test_plans_of_no_cooperation_are_no_agreement(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger and s[1] == "AGREE"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("President Macron plans to visit China next month, his office said on Monday.",
     "plans"),
    ("The minister said Germany intends to hold talks with Iran next week.", "intends"),
    ("The Kenyan government is preparing for talks with the rebels, officials said.",
     "preparing"),
    ("Germany plans to send aid to Ukraine, the minister said.", "plans"),
])
def test_plans_to_cooperate_stay(text, trigger):
    assert [s for s in shown(text) if s[0] == trigger and s[1] == "AGREE"]


def test_a_plan_of_force_stays_a_threat():
    found = shown("The minister said Russia plans to attack the town next week.")
    assert ("plans", "THREATEN") in found


def test_a_promise_to_do_what_plover_does_not_code_stays():
    # a commitment made to someone, not a plan: agreeing, promising (governors.intent)
    found = shown("Germany agreed to stay neutral, the minister said.")
    assert ("agreed", "AGREE") in found
