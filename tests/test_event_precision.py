"""Issue 18, seventh round (precision): readings of a coded trigger that are no event of
its type (docs/events.md, "Readings that are no event"; nlp/events/readings.py).
Invented sentences, one table per rule."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


def _types(report):
    return [(e.trigger.text, e.type, e.mode) for e in report.events]


EFFORTS = [
    # (sentence, trigger, shown as a REQUEST)
    ("Norway is pushing back against the new quotas.", "pushing", False),
    ("In 2018 the Chilean government pushed to relax the rules on mining permits.",
     "pushed", False),
    ("The Peruvian cabinet pressed ahead with the reform.", "pressed", False),
    ("Norway pushed Iceland to lift the quotas.", "pushed", True),
    ("Chile is pushing for talks with Bolivia.", "pushing", True),
    ("Peru pressed Ecuador for a ceasefire.", "pressed", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", EFFORTS)
def test_an_effort_with_nothing_asked_is_no_request(analyze_text, sentence, trigger, shown):
    r = analyze_text("Oslo\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "REQUEST"]
    assert bool(found) is shown, _types(r)


DANGERS = [
    # (sentence, trigger, shown as a THREATEN)
    ("Exporters remain largely unmoved by the threat of new measures against Quito.",
     "threat", False),
    ("Many farmers stayed away, given the ongoing threat of Boko Haram raids.", "threat",
     False),
    ("Bolivia's threat of a trade embargo alarmed Chilean exporters.", "threat", True),
    ("Bolivia issued a threat of sanctions against Chile.", "threat", True),
    # (round 16: "shrugged off" is now a REJECT whose object is its content, as for
    # "dismissed"; the plural threats with their maker are tested under another verb)
    ("Lima was unmoved by threats of Chilean sanctions.", "threats", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", DANGERS)
def test_the_threat_of_something_with_no_one_making_it_is_a_danger(analyze_text, sentence,
                                                                    trigger, shown):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == "THREATEN"]
    assert bool(found) is shown, _types(r)


CALLS_ON = [
    # (sentence, trigger, type): 'call on X to V' asks, whoever X is
    ('"Peru calls on all sides concerned to show restraint," the envoy said.', "calls",
     "REQUEST"),
    ("Chile called on the Bolivian government to reopen the border.", "called", "REQUEST"),
    ("Chile called Bolivia on Monday.", "called", "CONSULT"),
]


@pytest.mark.parametrize("sentence,trigger,kind", CALLS_ON)
def test_calling_on_someone_to_act_is_a_request(analyze_text, sentence, trigger, kind):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    assert any(e.type == kind for e in r.events if e.trigger.text == trigger), _types(r)


VISITS = [
    # (sentence, trigger, source text of the visit): the visitor of a visit named in an
    # adjunct of time is the clause's subject, unless the visit names its own
    ("Chilean President Ana Rojas said during a visit to Lima that trade would grow.",
     "visit", "Chilean President Ana Rojas"),
    ("Peruvian Foreign Minister Luis Paredes spoke on a trip to Santiago.", "trip",
     "Peruvian Foreign Minister Luis Paredes"),
    ("Chilean police detained two men during a visit to Santiago by Peru's president.",
     "visit", "Peru's president"),
]


@pytest.mark.parametrize("sentence,trigger,source", VISITS)
def test_a_visit_in_an_adjunct_is_made_by_the_clause_subject(analyze_text, sentence,
                                                             trigger, source):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger]
    assert found, _types(r)
    sources = [a.text for e in found for a in e.actors if a.role == "source"]
    assert any(source in s or s in source for s in sources), sources


PARTICLES = [
    # (sentence, trigger, type): a particle that PETRARCH2 lists as a verb of its own
    ("Hungary kicked out two Russian diplomats on Monday.", "kicked", "COERCE"),
    ("Opposition lawmakers from Chad were kicked out of the country.", "kicked", "COERCE"),
    ("Chadian soldiers kicked the door of the house.", "kicked", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,trigger,kind", PARTICLES)
def test_a_particle_verb_takes_its_own_code(analyze_text, sentence, trigger, kind):
    r = analyze_text("Budapest\n\n" + sentence, published="2022-03-01")
    assert any(e.type == kind for e in r.events if e.trigger.text == trigger), _types(r)


AGREEMENTS = [
    # (sentence, trigger, shown): an agreement named by whose it is is the document
    ("Peru's envoy defended Lima and Quito's treaty on Monday.", "treaty", False),
    ("Ecuador criticized the Peruvian-Chilean pact last week.", "pact", False),
    ("Peru and Ecuador signed a border treaty on Monday.", "signed", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", AGREEMENTS)
def test_an_agreement_named_by_whose_it_is_is_no_signing(analyze_text, sentence, trigger,
                                                          shown):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, _types(r)


PENDING = [
    # (sentence, trigger, shown): an act still in the legislature is not done
    ("The Senate committee approved a Chile sanctions bill on Tuesday.", "sanctions", False),
    ("New sanctions against Bolivia are awaiting a vote in the Peruvian Congress.",
     "sanctions", False),
    ("Peru imposed sanctions on Bolivia on Tuesday.", "sanctions", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", PENDING)
def test_an_act_still_in_the_legislature_is_not_done(analyze_text, sentence, trigger, shown):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "SANCTION"]
    assert bool(found) is shown, _types(r)


THINGS = [
    # (sentence, trigger, shown as an event of any type)
    ("Chile's visa form challenged the patience of Peruvian travellers.", "challenged",
     False),
    ("The number of Bolivian migrants in Chile declined last year.", "declined", False),
    ("Bolivia's population continues to decline.", "decline", False),
    ("Chile's foreign ministry challenged Peru's maritime claim.", "challenged", True),
    ("Bolivia declined to join the talks with Chile.", "declined", True),
    ("Chilean officials continue to criticize Bolivia's claim.", "criticize", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", THINGS)
def test_a_thing_as_subject_makes_no_event(analyze_text, sentence, trigger, shown):
    r = analyze_text("Santiago\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, _types(r)


WARS = [
    # (sentence, trigger, shown as an event of any type)
    ("Hunger caused by the Tigray conflict has reached two million Ethiopians.", "conflict",
     False),
    ("Refugees of Ethiopia's war crossed into Sudan last year.", "war", False),
    ("Eritrea launched a war against Ethiopia in 1998.", "war", True),
    ("The conflict between Ethiopia and Eritrea killed thousands.", "conflict", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", WARS)
def test_a_war_named_by_whose_it_is_is_a_setting(analyze_text, sentence, trigger, shown):
    r = analyze_text("Addis Ababa\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, _types(r)


ORIGINS = [
    # (sentence, trigger, shown): a giving verb needs a recipient; a 'from' phrase is
    # where something comes from
    ("Peruvian journalists contributed from Lima and Quito.", "contributed", False),
    ("Peru contributed 20 million dollars to Ecuador.", "contributed", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", ORIGINS)
def test_a_from_phrase_is_no_recipient(analyze_text, sentence, trigger, shown):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, _types(r)
