"""Orders down one's own chain of command (issue 18, round 31; orders.yaml,
nlp/events/orders.py): PETRARCH2 codes an order by the act ordered, with the one who
orders as its source ("ORDER * ARREST" 173, "ORDER * (TO CLOSE)" 161), and an order to
use force as the threat of it ("ORDER * ATTACK" 138).  An order to another party stays a
demand (PLOVER REQUEST, "all requests, demands, and orders").  Sentences written for the
test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("The government ordered its police to arrest the opposition leaders.",
     ("arrest", "COERCE", "The government", "the opposition leaders")),
    ("The Iranian president instructed the interior ministry to close the border with "
     "Iraq.", ("close", "COERCE", "The Iranian president", "the border")),
    ("Putin ordered his troops to attack Kyiv.", ("ordered", "THREATEN", "Putin", "Kyiv")),
    ("The Syrian government ordered the army to attack the rebels.",
     ("ordered", "THREATEN", "The Syrian government", "the rebels")),
    ("The soldiers were ordered by the Iranian government to close the border with Iraq.",
     ("close", "COERCE", "the Iranian government", "the border")),
    ("The junta issued an order to its soldiers to arrest the protest leaders.",
     ("arrest", "COERCE", "The junta", "the protest leaders")),
])
def test_order_to_own_forces_is_the_act_ordered(text, expected):
    events = shown(text, "source", "target")
    assert expected in events
    assert not any(t == "REQUEST" for _, t, _, _ in events)


def test_attack_ordered_is_no_attack_yet():
    assert [t for _, t, _, _ in shown("Putin ordered his troops to attack Kyiv.", "source",
                                      "target")] == ["THREATEN"]


def test_order_rejected_is_no_order_given():
    events = shown("The rebel commanders rejected the government's order to withdraw "
                   "from the town.", "source", "target")
    assert not any(t in ("RETREAT", "REQUEST") for _, t, _, _ in events)


def test_agentless_passive_names_no_orderer():
    # nobody named orders: the act stays what the troops are to do, not shown
    assert shown("Police were ordered to arrest the protest leaders.", "source",
                 "target") == []


@pytest.mark.parametrize("text", [
    # holds at cf3b070 too: an orderer with no code gave no REQUEST there either
    "The prime minister ordered his diplomats to improve ties with Washington.",
    # fails at cf3b070 (REQUEST): a coded orderer's order to its own staff
    "The Turkish prime minister ordered his diplomats to improve ties with Washington.",
])
def test_order_to_own_staff_is_no_demand(text):
    assert not any(t == "REQUEST" for _, t, _, _ in shown(text, "source", "target"))


@pytest.mark.parametrize(("text", "trigger"), [
    ("The United States ordered Russia to withdraw its troops.", "ordered"),
    ("The court ordered the government to release the prisoners.", "ordered"),
])
def test_order_to_another_party_stays_a_demand(text, trigger):
    assert (trigger, "REQUEST") in [(t, k) for t, k, _, _ in shown(text, "source", "target")]


def test_ordered_meeting_keeps_the_other_party():
    # the orderer takes the addressee's place; the partner stays a party to the meeting,
    # and a meeting's parties are each a source and a target (roles._symmetric)
    events = shown("The Turkish president ordered his aides to meet with the Iranian "
                   "delegation on Monday.", "source", "target")
    assert ("meet", "CONSULT", "The Turkish president + the Iranian delegation",
            "The Turkish president + the Iranian delegation") in events
