"""Issue 18, round 9: recall of event nouns carried by verbs and nominals that intensify,
renew or voice an act, and by the nominals of light verbs (docs/events.md, "Light
verbs"). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


ASPECT = [
    # (sentence, trigger, type shown on the trigger or None, source)
    ("The European Union ramped up sanctions on Belarus in 2021.", "sanctions", "SANCTION",
     "European Union"),
    ("The United States tightened sanctions on Iran last year.", "sanctions", "SANCTION",
     "United States"),
    ("Kenya's president voiced condemnation of the attack.", "condemnation", "ACCUSE",
     "Kenya's president"),
    # PETRARCH2's own pattern for the verb and its object wins: STEP_UP * ATTACK 138
    ("The Taliban intensified attacks on Afghan forces.", "attacks", None, None),
]


@pytest.mark.parametrize("sentence,trigger,kind,source", ASPECT)
def test_verbs_that_intensify_or_voice_an_act_carry_it(analyze_text, sentence, trigger,
                                                        kind, source):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = _shown(r, trigger)
    if kind is None:
        assert not found, [(e.trigger.text, e.type) for e in found]
        return
    assert [e.type for e in found] == [kind], [(e.trigger.text, e.type) for e in r.events]
    assert source in {a.text for a in found[0].actors if a.role == "source"}


def test_the_nominal_of_a_light_verb_is_the_act_of_its_object(analyze_text):
    r = analyze_text("Nairobi\n\nTurkey fell into a recession following Trump's imposition "
                     "of sanctions.", published="2022-03-01")
    found = _shown(r, "imposition")
    assert [e.type for e in found] == ["SANCTION"], [(e.trigger.text, e.type)
                                                     for e in r.events]
    assert {a.text for a in found[0].actors if a.role == "source"} == {"Trump"}
    assert not _shown(r, "sanctions")  # one event, not two


def test_a_nominal_outside_the_list_carries_nothing(analyze_text):
    r = analyze_text("Nairobi\n\nTurkey fell into a recession following Trump's discussion "
                     "of sanctions.", published="2022-03-01")
    assert not _shown(r, "discussion")


SAYINGS = [
    # (sentence, shown as ACCUSE on the verb of saying)
    ("Kenya's president said the arrests were unconstitutional.", True),
    ("The United States warned that the cooperation between Russia and Iran is "
     "dangerous, illegal and a threat.", True),
    ("Kenya's president said the arrests were not illegal.", False),
    ("Kenya's president said the talks were difficult.", False),
]


@pytest.mark.parametrize("sentence,shown", SAYINGS)
def test_a_said_clause_that_condemns_is_an_accusation(analyze_text, sentence, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.type == "ACCUSE" and happened(e)
             and e.lemma in ("say", "warn")]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]


RECEIVED = [
    # (sentence, trigger, type, source, target or None)
    ("Ukraine received military aid from the United States.", "aid", "AID",
     "United States", "Ukraine"),
    ("Kenya accepted Chinese funding for the railway.", "funding", "AID", "Chinese",
     "Kenya"),
    ("Kenya accepted $2 billion in Chinese funding for the railway.", "funding", "AID",
     "Chinese", "Kenya"),
    ("Kenya received $94 million in 2020.", "million", None, None, None),
]


@pytest.mark.parametrize("sentence,trigger,kind,source,target", RECEIVED)
def test_the_giver_of_an_act_received_is_its_source(analyze_text, sentence, trigger, kind,
                                                     source, target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = _shown(r, trigger)
    if kind is None:
        assert not [e for e in r.events if happened(e)], [(e.trigger.text, e.type)
                                                          for e in r.events]
        return
    assert [e.type for e in found] == [kind], [(e.trigger.text, e.type) for e in r.events]
    assert {a.text for a in found[0].actors if a.role == "source"} == {source}
    assert {a.text for a in found[0].actors if a.role == "target"} == {target}
    assert not [e for e in r.events if e.lemma in ("receive", "accept") and e.type]


IDIOMS = [
    # (sentence, trigger, type or None)
    ("Afghan President Ashraf Ghani pointed the finger at the Taliban.", "pointed",
     "ACCUSE"),
    ("Kenyan teachers took to the streets in Nairobi.", "took", "PROTEST"),
    ("The officer pointed his gun at the crowd.", "pointed", None),
]


@pytest.mark.parametrize("sentence,trigger,kind", IDIOMS)
def test_idioms_of_blame_and_protest(analyze_text, sentence, trigger, kind):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    assert [e.type for e in _shown(r, trigger)] == ([kind] if kind else []), \
        [(e.trigger.text, e.type) for e in r.events]
