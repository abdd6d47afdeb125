"""Round 35 review (h-rev35): the round's new readings kept to their stated ground.
Sentences written for the test."""

from __future__ import annotations

from .conftest import events_at, shown


def test_active_persuasion_with_a_clause_is_an_act(analyze_text):
    # a verb of conviction is a state only in the adjectival passive ("is persuaded of")
    [ev] = events_at(analyze_text, "France persuaded the council that the sanctions "
                     "would fail.", "persuaded")
    assert ev.factuality.assertion != "stance"


def test_adjectival_passive_of_conviction_stays_a_stance(analyze_text):
    ev = events_at(analyze_text, "Professor Lane is still persuaded of the benefits that "
                   "open trade brings.", "persuaded")
    assert all(e.factuality.assertion == "stance" for e in ev if e.type)


def test_a_comma_closing_an_interrupter_is_no_purpose(analyze_text):
    # "ordered the company, within ten days, to pay": the infinitive is the complement
    [ev] = events_at(analyze_text, "The court ordered the company, within ten days, to pay "
                     "the fine.", "pay")
    assert ev.factuality.assertion != "purpose"
    [ev] = events_at(analyze_text, "The ministry kept the prices high, to postpone the "
                     "elections.", "postpone")
    assert ev.factuality.assertion == "purpose"


def test_one_of_a_named_set_is_asked(analyze_text):
    # partitive 'one of the rebels' names a party; generic 'one' does not
    ev = events_at(analyze_text, "The Peruvian foreign minister said one of the rebels must "
                   "release the prisoners.", "release")
    assert ev and ev[0].type == "REQUEST"
    assert not [s for s in shown("The Peruvian foreign minister said every country must "
                                 "release its prisoners.") if s[1] == "REQUEST"]


def test_recipient_reading_only_without_an_agent(analyze_text):
    # "by truck" is parsed as an agent: the event is not the agentless passive of giving
    assert not [s for s in shown("Food was delivered by truck to the refugees.")
                if s[1] == "AID"]
    assert [s for s in shown("Ten tons of medical aid were sent to Malawi on Tuesday.")
            if s[1] == "AID"]


def test_the_us_in_capitals_is_a_party_asked_not_the_first_person():
    """"US" lowercases to "us": the own-side test reads pronouns only (lead, round 35)."""
    text = ("The Ruritanian foreign minister said on Monday that the US and other rich "
            "nations must send more food aid to Freedonia.")
    assert [s for s in shown(text) if s[1] == "REQUEST"]
    text = ("The Ruritanian foreign minister said on Monday that we and our allies must "
            "send more food aid to Freedonia.")
    assert not [s for s in shown(text) if s[1] == "REQUEST"]
