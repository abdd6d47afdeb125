"""Issue 18, round 13: the understood subject of a gerund in a prepositional adjunct is
the subject of the clause it modifies (Quirk et al. 1985, 15.58-15.59; docs/events.md).
Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

GERUNDS = [
    # (sentence, trigger, type shown or None, expected source texts)
    ("Chad responded to the raid by destroying the rebels' fuel depots.", "destroying",
     "ASSAULT", {"Chad"}),
    ("Ethiopia expelled the envoy after accusing Egypt of sabotage.", "accusing", "ACCUSE",
     {"Ethiopia"}),
    # a passive clause: its subject is the one who apologized
    ("The Kenyan editor John Mwangi was freed after apologizing to President William Ruto.",
     "apologizing", "SUPPORT", {"The Kenyan editor", "John Mwangi"}),
    ("Egypt was condemned by Sudan after attacking the dam.", "attacking", "ASSAULT",
     {"Egypt"}),
    # "before" does not assert its clause; "for" gives a charge; "without" denies
    ("Bosnian Serbs demanded a truce before allowing U.N. aid convoys into the town.",
     "allowing", None, set()),
    ("Uganda arrested the reporter for attacking Kenya.", "attacking", None, set()),
    ("Uganda arrested the reporter without charging him.", "charging", None, set()),
    # an extraposed "it" is nobody
    ("After repeatedly asking Kenya to stop, it was decided that the talks would end.",
     "asking", None, set()),
]


@pytest.mark.parametrize("sentence,trigger,shown_type,sources", GERUNDS)
def test_a_gerund_adjunct_is_done_by_the_clause_subject(analyze_text, sentence, trigger,
                                                         shown_type, sources):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    events = [e for e in r.events if e.trigger.text == trigger]
    assert events, [e.trigger.text for e in r.events]
    shown = [e for e in events if happened(e)]
    if shown_type is None:
        assert not shown, [(e.type, [a.text for a in e.actors]) for e in shown]
        assert all(a.text != "it" for e in events for a in e.actors if a.role == "source")
        return
    assert [e.type for e in shown] == [shown_type]
    assert {a.text for a in shown[0].actors if a.role == "source"} == sources


def test_a_gerund_conjoined_to_an_adjunct_gerund_shares_its_subject(analyze_text):
    r = analyze_text("Nairobi\n\nChad responded to the raid by destroying the rebels' fuel "
                     "depots and arresting their leaders.", published="2022-03-01")
    shown = {e.trigger.text: e for e in r.events if happened(e)}
    assert shown["arresting"].type == "COERCE"
    assert {a.text for a in shown["arresting"].actors if a.role == "source"} == {"Chad"}


FRAMED = [
    # (sentence, trigger, type shown): a noun before a frame noun (plover_verbs.yaml
    # `frames`) is the event; before another event noun it only modifies it
    ("Qatar launched a mediation effort between Egypt and Sudan.", "mediation", "CONSULT"),
    ("The court issued an arrest warrant for Uganda's former army chief.", "arrest", None),
]


@pytest.mark.parametrize("sentence,trigger,shown_type", FRAMED)
def test_an_event_noun_before_a_frame_noun_is_the_event(analyze_text, sentence, trigger,
                                                        shown_type):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    shown = [e.type for e in r.events if e.trigger.text == trigger and happened(e)]
    assert shown == ([shown_type] if shown_type else []), shown
