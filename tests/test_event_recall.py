"""Issue 18, seventh round: recall classes read from PETRARCH2's patterns and the grammar
(docs/events.md). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


def _names(report, event, role):
    return {a.text for a in event.actors if a.role == role}


CALLS = [
    # (sentence, trigger, shown as a REQUEST): PETRARCH2's CALL (ON) / (FOR) appeal
    ("Kenya called on neighbouring states to close their borders.", "called", True),
    ("Egypt calls on the groups involved to show restraint.", "calls", True),
    ("Uganda called for the charges to be dropped.", "called", True),
    ("Amnesty International renewed its call to Kenyan authorities to free the reporter.",
     "call", True),
    ("The minister called Uganda's president on Tuesday.", "called", False),
    ("Kenya called on Monday to say the talks had ended.", "called", False),
]


@pytest.mark.parametrize("sentence,trigger,shown", CALLS)
def test_calling_on_someone_to_act_is_a_request(analyze_text, sentence, trigger, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == "REQUEST"]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.mode) for e in r.events]


CONDEMNATIONS = [
    # (sentence, trigger, shown as ACCUSE): a naming verb whose complement condemns
    ("Kenya called the new Ugandan tariffs unacceptable.", "called", True),
    ("Ethiopia described the border raid as barbaric.", "described", True),
    ("Uganda branded the rebel leaders terrorists on Monday.", "branded", True),
    ("Kenya's foreign minister called the talks productive.", "called", False),
    ("Ethiopia described the border raid as a small operation.", "described", False),
    ("Uganda named the new ambassador on Monday.", "named", False),
]


@pytest.mark.parametrize("sentence,trigger,shown", CONDEMNATIONS)
def test_calling_something_a_condemned_thing_criticizes_it(analyze_text, sentence, trigger,
                                                         shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "ACCUSE"]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.mode) for e in r.events]


ADJUNCT_DOERS = [
    # (sentence, trigger, expected source or None)
    ("The former president was toppled in a coup led by army general Jean Mbeki in 2001.",
     "toppled", "Jean Mbeki"),
    ("The smuggler was killed in a gun battle with Kenyan police on Sunday.", "killed",
     "Kenyan police"),
    ("Two farmers were wounded during an Ethiopian raid on the village.", "wounded",
     "Ethiopian"),
    ("The smuggler was killed in a car crash on Sunday.", "killed", None),
    ("The minister was arrested by Kenyan police during a protest in Nairobi.", "arrested",
     "Kenyan police"),
]


@pytest.mark.parametrize("sentence,trigger,source", ADJUNCT_DOERS)
def test_a_passives_doer_named_in_the_act_it_happened_in(analyze_text, sentence, trigger,
                                                         source):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    event = next(e for e in r.events if e.trigger.text == trigger)
    sources = _names(r, event, "source")
    assert (source in sources) if source else not sources, sources


WEAPON_TESTS = [
    # (sentence, trigger, shown as MOBILIZE): PETRARCH2's TEST-FIRE 150
    ("North Korea tested a new ballistic missile on Sunday.", "tested", True),
    ("Iran is testing an Iranian-made air defense weapon system.", "testing", True),
    ("Kenya tested its new banking system on Sunday.", "tested", False),
    ("Uganda tested 3,000 people for the virus.", "tested", False),
]


@pytest.mark.parametrize("sentence,trigger,shown", WEAPON_TESTS)
def test_testing_a_weapon_is_a_show_of_force(analyze_text, sentence, trigger, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "MOBILIZE"]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.mode) for e in r.events]


VISITS = [
    # (sentence, expected source of 'visit' or None)
    ("Kenyan President William Ruto said during a visit to Beijing that trade would grow.",
     "William Ruto"),
    ("Uganda's foreign minister met opposition leaders on a visit to Pretoria.",
     "Uganda's foreign minister"),
    ("Kenyan President William Ruto spoke during a visit by Chinese Premier Li Qiang.",
     "Li Qiang"),
    ("The storm hit Nairobi during a visit to Kenya by the French president.",
     "the French president"),
]


@pytest.mark.parametrize("sentence,source", VISITS)
def test_a_visit_in_an_adjunct_is_the_clause_subjects(analyze_text, sentence, source):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    visit = next(e for e in r.events if e.trigger.text == "visit")
    assert source in _names(r, visit, "source"), _names(r, visit, "source")


ENCOURAGED = [
    # (sentence, trigger, type): encouraging someone to act urges it (CAMEO 10)
    ("Kenya encouraged Uganda to reopen the border.", "encouraged", "REQUEST"),
    ("The UN envoy encourages Kenyan police to speed up the investigation.", "encourages",
     "REQUEST"),
    ("Kenya encouraged the peace talks between the two sides.", "encouraged", "SUPPORT"),
]


@pytest.mark.parametrize("sentence,trigger,etype", ENCOURAGED)
def test_encouraging_someone_to_act_is_a_request(analyze_text, sentence, trigger, etype):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    event = next(e for e in r.events if e.trigger.text == trigger)
    assert event.type == etype, (event.type, event.mode)


WHEN_CLAUSES = [
    # (sentence, trigger, shown): a relative clause on a time tells what happened then
    ("Relations have been cold since 2019, when Kenya expelled two Ugandan diplomats.",
     "expelled", True),
    # round 44 (h-relcl44, relatives.integrated_act): a verbal act in a restrictive past
    # relative on an actor the coder codes is reported, the act presupposed as done
    ("Kenya expelled the diplomats who criticized the government.", "criticized", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", WHEN_CLAUSES)
def test_a_relative_clause_on_a_time_reports_its_event(analyze_text, sentence, trigger,
                                                       shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


def test_a_passives_by_phrase_hung_on_its_complement_is_its_agent(analyze_text):
    r = analyze_text("Nairobi\n\nSeveral neighbours have been threatened with trade "
                     "sanctions by Ethiopia this year.", published="2022-03-01")
    event = next(e for e in r.events if e.trigger.text == "threatened")
    assert "Ethiopia" in _names(r, event, "source"), _names(r, event, "source")


OBJECT_RELATIVES = [
    # (sentence, trigger, shown, target): a relative clause whose object is the relative
    # pronoun and whose subject is a name reports the named actor's act
    ("Two reporters face spying charges which Uganda has rejected as false.", "rejected",
     True, "charges"),
    ("Kenya released a statement that Ethiopia criticized on Monday.", "criticized", True,
     "statement"),
    # round 44 (h-relcl44): a verbal act in a restrictive past relative is reported
    ("Kenya expelled the diplomats who criticized the government.", "criticized", True,
     "government"),
]


@pytest.mark.parametrize("sentence,trigger,shown,target", OBJECT_RELATIVES)
def test_an_object_relative_with_a_named_subject_is_an_event(analyze_text, sentence,
                                                             trigger, shown, target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = _shown(r, trigger)
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]
    if target:
        names = _names(r, found[0], "target")
        assert any(target in n for n in names), names  # the noun, not the pronoun
