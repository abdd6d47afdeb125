"""Issue 18, round 28 (acc28): accusations, criticism and legal steps (accusations.yaml,
nlp/events/accusations.py): lawsuits by idiom, charges pressed and brought, criminal cases,
impeachment, subpoenas, booing, "took aim at", "stands accused of", and the party an
investigation or a complaint is about.  Invented sentences."""

from __future__ import annotations

from wiretrace import render

from .conftest import events_at, role_texts


def _coded(analyze_text, text, trigger):
    return [e for e in events_at(analyze_text, text, trigger) if e.type and render.happened(e)]


def test_taking_a_party_to_court_sues_it(analyze_text):
    [ev] = _coded(analyze_text, "Ecuador took Peru to court over the border.", "took")
    assert (ev.type, ev.cameo) == ("ACCUSE", "115")
    assert role_texts(ev, "source") == ["Ecuador"]
    assert role_texts(ev, "target") == ["Peru"]


def test_dragging_a_party_to_a_court_sues_it(analyze_text):
    [ev] = _coded(analyze_text, "Ecuador dragged Peru to the International Court of Justice.",
                  "dragged")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Peru"]


def test_one_who_stands_accused_is_the_target(analyze_text):
    [ev] = _coded(analyze_text, "Governor Ramos stands accused of taking bribes.", "accused")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Ramos"]
    assert role_texts(ev, "source") == []


def test_pressing_charges_accuses_not_coerces(analyze_text):
    [ev] = _coded(analyze_text, "Peruvian prosecutors pressed charges against Senator Lopez.",
                  "pressed")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Lopez"]


def test_bringing_charges_has_the_prosecutors_as_source(analyze_text):
    [ev] = _coded(analyze_text, "Peruvian prosecutors brought charges against Senator Lopez.",
                  "brought")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["Peruvian prosecutors"]
    assert role_texts(ev, "target") == ["Lopez"]


def test_opening_a_criminal_case_against_a_party_accuses_it(analyze_text):
    [ev] = _coded(analyze_text, "Peruvian prosecutors opened a criminal case against Senator "
                  "Lopez.", "opened")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Lopez"]


def test_impeaching_is_a_charge(analyze_text):
    [ev] = _coded(analyze_text, "The House impeached President Ruiz in December.", "impeached")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Ruiz"]


def test_a_subpoena_is_an_investigation(analyze_text):
    [ev] = _coded(analyze_text, "Congress subpoenaed the former minister.", "subpoenaed")
    assert (ev.type, ev.mode) == ("ACCUSE", "investigate")


def test_booing_a_leader_disapproves(analyze_text):
    [ev] = _coded(analyze_text, "Peruvian lawmakers booed President Ruiz during his speech.",
                  "booed")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Ruiz"]


def test_taking_aim_at_a_rival_criticizes(analyze_text):
    [ev] = _coded(analyze_text, "President Ruiz took aim at Senator Lopez on Sunday.", "took")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Lopez"]


def test_an_investigation_into_a_person_targets_them(analyze_text):
    [ev] = _coded(analyze_text, "Prosecutors in Peru opened an investigation into Governor "
                  "Ramos on Monday.", "investigation")
    assert role_texts(ev, "target") == ["Ramos"]


def test_a_probe_into_a_state_s_subsidies_targets_the_state(analyze_text):
    [ev] = _coded(analyze_text, "The European Commission launched a probe into China's "
                  "subsidies for electric cars.", "probe")
    assert role_texts(ev, "target") == ["China"]


def test_a_complaint_about_a_party_s_decision_targets_the_party(analyze_text):
    [ev] = _coded(analyze_text, "Peru complained about Chile's decision to close the border.",
                  "complained")
    assert role_texts(ev, "target") == ["Chile"]


def test_a_rebuke_with_its_doer_is_criticism(analyze_text):
    [ev] = _coded(analyze_text, "Chile's rebuke of Peru was unusually sharp.", "rebuke")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["Chile"]
    assert role_texts(ev, "target") == ["Peru"]


def test_a_reprimand_one_prompts_comes_from_its_giver(analyze_text):
    [ev] = _coded(analyze_text, "The decision prompted a sharp reprimand from Chile.",
                  "prompted")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["Chile"]


# guards: what the rules must leave alone

def test_a_weapon_aimed_is_no_criticism(analyze_text):
    for text in ("The sniper took aim at Senator Lopez.",
                 "Soldiers took aim at the protesters in Lima."):
        assert all(e.type != "ACCUSE" for e in events_at(analyze_text, text, "took"))


def test_taking_a_case_to_court_sues_no_one_named(analyze_text):
    assert all(e.type != "ACCUSE" for e in events_at(analyze_text, "Ecuador took the case to "
                                                    "court.", "took"))


def test_a_new_noun_with_no_doer_is_not_coded(analyze_text):
    assert all(e.type is None for e in events_at(
        analyze_text, "The repeated denunciation of Peru at the United Nations worries "
        "Lima.", "denunciation"))


def test_an_investigation_with_no_doer_gains_no_event(analyze_text):
    assert all(e.type is None for e in events_at(
        analyze_text, "The probe into Governor Ramos began in May.", "probe"))


def test_a_vote_still_to_come_impeaches_no_one(analyze_text):
    assert not _coded(analyze_text, "The Senate may vote to impeach President Ruiz next "
                      "month.", "impeach")


def test_a_complaint_about_a_thing_has_no_party_target(analyze_text):
    [ev] = _coded(analyze_text, "Peru complained about the weather in Lima.", "complained")
    assert role_texts(ev, "target") == []


def test_an_allegation_targets_the_party_its_clause_names(analyze_text):
    [ev] = _coded(analyze_text, "Senator Lopez alleged that President Ruiz had taken bribes.",
                  "alleged")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Ruiz"]


def test_an_allegation_about_one_s_own_side_names_no_target(analyze_text):
    [ev] = _coded(analyze_text, "Senator Lopez alleged that he had been followed.", "alleged")
    assert role_texts(ev, "target") == []


def test_a_claim_stays_uncoded(analyze_text):
    # tried and left out: its one new dev event named the wrong party
    assert not _coded(analyze_text, "Senator Lopez claimed that President Ruiz had taken "
                      "bribes.", "claimed")
