"""Issue 18, round 30 (h-hard30): doers and recipients of eventive nouns in hard forms
(nlp/events/nominal_doers.py): the of-phrase of an intransitive noun is its doer, the
forces of a deployment are the mobilizing side, a noun carried by an agentless passive
has an implicit doer, the 'to' phrase of a verb carrying a noun of aid is its recipient.
Invented sentences (none in tests/data/challenge_events.tsv or challenge_events_2.tsv)."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

CASES = [
    # (sentence, trigger, type, source words or None, target words or None)
    # subjective genitive of an intransitive noun: the of-phrase withdrew
    (
        "The withdrawal of Ugandan troops from South Sudan was completed in March.",
        "withdrawal",
        "RETREAT",
        "Ugandan troops",
        "South Sudan",
    ),
    (
        "The surrender of the Lord's Resistance Army fighters ended the siege.",
        "surrender",
        "RETREAT",
        "Lord's Resistance Army fighters",
        None,
    ),
    # the forces deployed are the mobilizing side, the 'to' phrase the recipient
    (
        "The deployment of 3,000 Nigerian soldiers to Gambia began on Monday.",
        "deployment",
        "MOBILIZE",
        "Nigerian soldiers",
        "Gambia",
    ),
    # a noun carried by an agentless passive: its doer is implicit, the event is reported
    (
        "New sanctions were imposed on Iran's defence minister on Friday.",
        "sanctions",
        "SANCTION",
        None,
        "Iran's defence minister",
    ),
    # the 'to' phrase of the verb carrying a noun of aid is its recipient
    (
        "Emergency aid delivered by the Red Crescent to Yemen reached the port city.",
        "aid",
        "AID",
        "Red Crescent",
        "Yemen",
    ),
]


@pytest.mark.parametrize("sentence,trigger,type_,source,target", CASES)
def test_nominal_doers(analyze_text, sentence, trigger, type_, source, target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2026-11-30")
    events = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert [e.type for e in events] == [type_], [(e.trigger.text, e.type) for e in r.events]
    roles = {(a.role, a.text) for a in events[0].actors}
    if source:
        assert any(role == "source" and source in text for role, text in roles), roles
    if target:
        assert any(role == "target" and target in text for role, text in roles), roles


def test_a_by_phrase_hung_on_the_of_object_is_the_doer(analyze_text):
    # CGEL 5.16.3: the agentive by-phrase belongs to the deverbal noun
    r = analyze_text(
        "Nairobi\n\nThe arrest of an AFP cameraman by Ugandan police drew protests.",
        published="2026-11-30",
    )
    ev = next(e for e in r.events if e.trigger.text == "arrest")
    roles = {(a.role, a.text) for a in ev.actors}
    assert ("source", "Ugandan police") in roles and any(
        role == "target" and "cameraman" in text for role, text in roles
    ), roles


def test_the_object_of_a_transitive_noun_stays_its_target(analyze_text):
    # "the capture of X": X undergoes the act (objective genitive), no doer
    r = analyze_text(
        "Nairobi\n\nThe capture of the Ugandan rebels ended the war.", published="2026-11-30"
    )
    ev = next(e for e in r.events if e.trigger.text == "capture")
    assert {a.role for a in ev.actors} == {"target"}


def test_own_forces_are_no_target_beside_a_named_doer(analyze_text):
    r = analyze_text(
        "Nairobi\n\nKenya's deployment of troops to Somalia drew criticism.", published="2026-11-30"
    )
    ev = next(e for e in r.events if e.trigger.text == "deployment")
    roles = {(a.role, a.text) for a in ev.actors}
    assert ("source", "Kenya") in roles and not any(
        role == "target" and "troops" in text for role, text in roles
    ), roles


def test_peacekeepers_deployed_are_not_mobilizing(analyze_text):
    # CAMEO 074: peacekeeping is protection given (AID), not the noun's 154
    r = analyze_text(
        "Nairobi\n\nThe deployment of Ghanaian peacekeepers to Lebanon began on Monday.",
        published="2026-11-30",
    )
    assert not [
        e
        for e in r.events
        if e.trigger.text == "deployment" and e.type == "MOBILIZE" and happened(e)
    ]


def test_a_passive_with_its_agent_is_no_implicit_doer(nlp):
    from wiretrace.nlp.events.nominal_doers import passive_carrier

    doc = nlp("Fresh sanctions were imposed by Canada on Peru.")
    assert not passive_carrier(doc[1])
    doc = nlp("Fresh sanctions were imposed on Peru.")
    assert passive_carrier(doc[1])
