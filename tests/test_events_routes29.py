"""Issue 18, round 29 (h-ev29): the route of each coded event (events[].route,
nlp/events/routes.py) and the gates by route and actor evidence (route_gates.yaml,
nlp/events/gates.py).  Invented sentences."""

from __future__ import annotations

from wiretrace import render

from .conftest import events_at, role_texts


def _coded(analyze_text, text, trigger):
    return [e for e in events_at(analyze_text, text, trigger) if e.type and render.happened(e)]


# routes


def test_a_verb_coded_by_its_lemma_alone_says_so(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz praised Senator Lopez on Monday.", "praised")
    assert (ev.type, ev.route) == ("SUPPORT", "cameo_verb")


def test_a_petrarch_pattern_is_its_route(analyze_text):
    [ev] = _coded(analyze_text, "Peruvian troops fired tear gas at the protesters in Lima.",
                  "fired")
    assert (ev.type, ev.route) == ("ASSAULT", "pattern")


def test_a_later_pass_that_recodes_is_the_route(analyze_text):
    [ev] = _coded(analyze_text, "Ecuador took Peru to court over the border.", "took")
    assert (ev.type, ev.route) == ("ACCUSE", "accusations")


def test_an_event_noun_says_so(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz's visit to Chile ended on Monday.", "visit")
    assert (ev.type, ev.route) == ("CONSULT", "cameo_noun")


def test_an_uncoded_event_has_no_route(analyze_text):
    events = events_at(analyze_text, "The weather improved in the afternoon.", "improved")
    assert all(e.type is None and e.route is None for e in events)


# gate 1: a noun of a category other than force with no source


def test_a_criticism_nobody_voices_is_no_event(analyze_text):
    assert _coded(analyze_text, "The criticism of Senator Lopez grew louder in Congress.",
                  "criticism") == []


def test_a_meeting_with_one_party_and_no_doer_is_no_event(analyze_text):
    assert _coded(analyze_text, "A meeting with Senator Lopez took place on Monday.",
                  "meeting") == []


def test_a_criticism_with_its_critic_stays(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz's criticism of Senator Lopez was sharp.",
                  "criticism")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["Ruiz"]


def test_a_bombing_with_no_named_bomber_stays(analyze_text):
    [ev] = _coded(analyze_text, "The bombing of the embassy in Lima killed four people.",
                  "bombing")
    assert ev.type == "ASSAULT"


def test_a_noun_after_under_is_undergone_and_stays(analyze_text):
    # "came under criticism", "put under investigation": the doer is implicit, as a
    # passive's
    [ev] = _coded(analyze_text, "Senator Lopez came under heavy criticism on Monday.",
                  "criticism")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Lopez"]
    [ev] = _coded(analyze_text, "A Peruvian national has been put under investigation in "
                  "Italy for her role in the riots.", "investigation")
    assert ev.type == "ACCUSE"


# gate 2: a verb coded by its lemma alone whose sources are named but have no code


def test_praise_between_persons_no_dictionary_codes_is_no_event(analyze_text):
    assert _coded(analyze_text, "Carla Mendez praised Juan Perez on Monday.",
                  "praised") == []
    assert _coded(analyze_text, "Carla Mendez forgave Juan Perez on Monday.",
                  "forgave") == []


def test_an_act_of_a_firm_no_dictionary_codes_stays(analyze_text):
    # the gate reads persons only: a firm named is an institution (round 29, lead)
    [ev] = _coded(analyze_text, "In 1996, Norvalis merged with Tarkon.", "merged")
    assert ev.type == "COOPERATE"


def test_praise_of_a_coded_party_by_a_person_no_dictionary_codes_stays(analyze_text):
    [ev] = _coded(analyze_text, "Carla Mendez praised Senator Lopez on Monday.", "praised")
    assert ev.type == "SUPPORT"


def test_praise_by_a_coded_actor_stays(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz praised Senator Lopez on Monday.", "praised")
    assert role_texts(ev, "source") == ["Ruiz"]


def test_criticism_of_a_coded_party_by_a_person_no_dictionary_codes_stays(analyze_text):
    # round 17: criticism of the public by a named person of no sector is coded
    [ev] = _coded(analyze_text, "Ramon Ortiz has also criticized Catholic voters for not "
                  "backing the senator.", "criticized")
    assert ev.type == "ACCUSE"


def test_force_by_a_person_no_dictionary_codes_stays(analyze_text):
    [ev] = _coded(analyze_text, "Carla Mendez attacked a police officer in Lima.", "attacked")
    assert ev.type == "ASSAULT"
