"""Issue 18, round 13: the party a nominal act of force, coercion or sanction is done on
(its 'on' phrase) is its target when the noun has a doer of its own (docs/events.md,
roles). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

IMPOSED_ON = [
    # (sentence, trigger, source, target shown)
    ("Kenya condemned Uganda's sanctions on Rwanda.", "sanctions", "Uganda", "Rwanda"),
    ("Kenya condemned the Ugandan attack on Rwanda.", "attack", "Ugandan", "Rwanda"),
    ("Kenya condemned Uganda's crackdown on the protesters.", "crackdown", "Uganda",
     "the protesters"),
    # not a party: what is banned, not whom
    ("Kenya condemned Uganda's ban on Rwandan imports.", "ban", "Uganda", None),
    # nobody named imposing them: left as before
    ("Kenya said sanctions on Rwanda were lifted last year.", "sanctions", None, None),
]


@pytest.mark.parametrize("sentence,trigger,source,target", IMPOSED_ON)
def test_the_on_phrase_of_a_nominal_act_is_its_target(analyze_text, sentence, trigger,
                                                       source, target):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    events = [e for e in r.events if e.trigger.text == trigger]
    assert events, [(e.trigger.text, e.type) for e in r.events]
    ev = events[0]
    targets = [a.text for a in ev.actors if a.role == "target"]
    if target is None:
        assert not targets, (ev.type, [(a.role, a.text) for a in ev.actors])
    else:
        assert happened(ev) and targets == [target], (
            ev.type, [(a.role, a.text) for a in ev.actors])
    if source is not None:
        assert source in [a.text for a in ev.actors if a.role == "source"]


FORMER_LATTER = [
    # (sentence, trigger, the source's entity text)
    ("Kenya criticized the measures against Rwanda for the latter's refusal to cooperate.",
     "refusal", "Rwanda"),
    ("Uganda and Rwanda met on Monday, and the former's refusal of the plan surprised Kenya.",
     "refusal", "Uganda"),
]


@pytest.mark.parametrize("sentence,trigger,name", FORMER_LATTER)
def test_the_latter_is_the_second_party_named_before_it(analyze_text, sentence, trigger,
                                                        name):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    ev = next(e for e in r.events if e.trigger.text == trigger)
    names = {e.id: e.name for e in r.entities}
    sources = [names.get(a.entity_id) for a in ev.actors if a.role == "source"]
    assert happened(ev) and name in sources, (ev.type, [(a.role, a.text, a.entity_id)
                                                        for a in ev.actors], names)


def test_the_latter_needs_two_parties_before_it(analyze_text):
    r = analyze_text("News\n\nThe latter's refusal angered Kenya.", published="2022-03-01")
    ev = next(e for e in r.events if e.trigger.text == "refusal")
    assert not any(a.entity_id for a in ev.actors if a.role == "source")


def test_a_nominal_act_in_a_condition_is_still_not_shown(analyze_text):
    r = analyze_text("News\n\nIf Uganda's attack on Rwanda happens, Kenya will respond.",
                     published="2022-03-01")
    ev = next(e for e in r.events if e.trigger.text == "attack")
    assert [a.text for a in ev.actors if a.role == "target"] == ["Rwanda"]
    assert not happened(ev)
