"""Issue 18, round 35 (h-chal35): what is given in an act of aid.  A verb's PETRARCH2
pattern is read through a measure noun on the stuff measured (CGEL 5.9.2, Quirk 5.8); the
delivery or shipment of aid, food or water is aid (CAMEO "DELIVER * AID" 070); an agentless
passive of giving has its recipient as the target (Quirk 10.21, 3.74).  Invented sentences
(none in tests/data/challenge_events*.tsv)."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

CASES = [
    # (sentence, trigger, type, source words or None, target words or None)
    ("Qatar sent 30 truckloads of aid to Lebanon on Monday.", "sent", "AID", "Qatar", "Lebanon"),
    ("Kenya shipped two tons of medical aid to Somalia.", "shipped", "AID", "Kenya", "Somalia"),
    ("The shipment of food to Yemen by Oman arrived on Friday.", "shipment", "AID", "Oman",
     "Yemen"),
    ("Ten tons of medical aid were sent to Malawi on Tuesday.", "sent", "AID", None, "Malawi"),
]


@pytest.mark.parametrize("sentence,trigger,type_,source,target", CASES)
def test_aid_given(analyze_text, sentence, trigger, type_, source, target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2026-11-30")
    found = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert found and found[0].type == type_, [(e.type, e.trigger.text) for e in r.events]
    roles = {(a.role, a.text) for a in found[0].actors}
    if source:
        assert any(role == "source" and source in text for role, text in roles), roles
    if target:
        assert any(role == "target" and target in text for role, text in roles), roles


def test_troops_sent_to_no_party_stay_uncoded_as_aid(analyze_text):
    # the recipient must be a party: a place of no one is no recipient
    r = analyze_text("Nairobi\n\nFive tons of rice were sent to the warehouse.",
                     published="2026-11-30")
    assert not [e for e in r.events if e.trigger.text == "sent" and e.type == "AID"
                and happened(e)]
