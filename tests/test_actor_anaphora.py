"""Definite descriptions that refer back to a named organization (nlp/actors/anaphora.py;
docs/actors.md, "Definite descriptions").  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _sources(event):
    return {(a.text, a.country, a.sector, a.code_basis) for a in event.actors
            if a.role == "source"}


def test_an_armed_group_noun_stands_for_the_armed_group_named_before(analyze_text):
    r = analyze_text("Blast\n\nA bomb hit a market in Kandahar on Monday. Officials blamed "
                     "the Taliban for the blast. The insurgent group denied any involvement.",
                     published="2021-05-10")
    denied = _event(r, "denied")
    assert denied.type == "REJECT"  # the source is coded, so the event is shown
    assert ("The insurgent group", "AFG", "REB", "antecedent") in _sources(denied)
    taliban = next(e for e in r.entities if e.name == "Taliban")
    assert any(a.entity_id == taliban.id for a in denied.actors if a.role == "source")
    assert_offsets(r)


def test_the_militants_take_the_group_s_code_not_the_article_s_country(analyze_text):
    r = analyze_text("Raid\n\nKenyan police said al-Shabab fighters crossed from Somalia. In "
                     "Kenya, the militants attacked a police post near Mandera on Sunday.",
                     published="2020-01-06")
    attacked = _event(r, "attacked")
    assert ("the militants", "SOM", "REB", "antecedent") in _sources(attacked)


def test_a_state_body_is_no_antecedent_of_the_group(analyze_text):
    # "the group" never stands for a ministry; with no other body named it keeps no code
    r = analyze_text("Visit\n\nThe Ministry of Defense of Norway praised the drill. The "
                     "group criticized the plan.", published="2022-02-01")
    criticized = _event(r, "criticized")
    assert not any(a.country or a.sector for a in criticized.actors if a.role == "source")


def test_two_fitting_groups_named_together_leave_the_noun_unresolved(analyze_text):
    r = analyze_text("Fighting\n\nHamas and Islamic Jihad fired rockets at Israel on Friday. "
                     "The militant group praised the attack.", published="2021-05-14")
    praised = [e for e in r.events if e.trigger.text == "praised"]
    assert not any(a.code_basis == "antecedent" for e in praised for a in e.actors
                   if a.role == "source")


def test_a_restrictive_phrase_is_not_anaphoric(analyze_text):
    r = analyze_text("Report\n\nThe Taliban seized the town. The group of experts criticized "
                     "the deal.", published="2021-05-14")
    criticized = [e for e in r.events if e.trigger.text == "criticized"]
    assert not any(a.code_basis == "antecedent" for e in criticized for a in e.actors
                   if a.role == "source")


def test_an_international_body_s_country_office_is_the_body(analyze_text):
    r = analyze_text("Camps\n\nThe camps hold 400,000 people. A spokesperson for UNHCR Kenya "
                     "said on Monday the agency opposed the closure of the camps.",
                     published="2021-04-01")
    office = next(e for e in r.entities if e.name == "UNHCR Kenya")
    assert (office.country, office.sector) == (None, "IGO")


def test_a_title_stands_for_the_person_named_with_it(analyze_text):
    r = analyze_text("Mourning\n\nGhanaian President John Mensah visited the port. Officials "
                     "said 12 people died. The president condemned the attack on Tuesday.",
                     published="2021-05-11")
    condemned = _event(r, "condemned")
    mensah = next(e for e in r.entities if e.name == "John Mensah")
    assert any(a.entity_id == mensah.id and a.sector == "GOV"
               for a in condemned.actors if a.role == "source")


def test_a_title_needs_the_same_title_before_the_name(analyze_text):
    # "the minister" is not the prime minister: another minister may be meant
    r = analyze_text("Talks\n\nPrime Minister John Mensah visited the port. The minister "
                     "condemned the attack on Tuesday.", published="2021-05-11")
    condemned = [e for e in r.events if e.trigger.text == "condemned"]
    assert not any(a.entity_id for e in condemned for a in e.actors if a.role == "source")


def test_he_after_a_report_is_the_reported_clause_s_subject(analyze_text):
    # the sentence before is a report by officials: what it is about is its clause's subject
    r = analyze_text("Shooting\n\nMarco Velasquez was arrested near the border on Friday, "
                     "officials said. He attacked a police patrol at a checkpoint.",
                     published="2021-02-13")
    attacked = _event(r, "attacked")
    velasquez = next(e for e in r.entities if e.name == "Marco Velasquez")
    assert any(a.entity_id == velasquez.id for a in attacked.actors if a.role == "source")


def test_he_after_a_report_by_a_pronoun_is_not_the_reported_subject(analyze_text):
    r = analyze_text("Shooting\n\n\"Marco Velasquez must surrender,\" he said. He attacked "
                     "a police patrol at a checkpoint.", published="2021-02-13")
    attacked = [e for e in r.events if e.trigger.text == "attacked"]
    velasquez = next(e for e in r.entities if e.name == "Marco Velasquez")
    assert not any(a.entity_id == velasquez.id for e in attacked for a in e.actors)



def test_a_refugee_camp_is_a_place_in_the_article_s_country(analyze_text):
    # a name the tagger typed PERSON before "camps", called a refugee camp elsewhere
    r = analyze_text("Camps\n\nKenya will close Mwangaza and Otieno camps. Kenyan officials "
                     "said the Mwangaza refugee camp and the Otieno refugee camp hold 90,000 "
                     "people. Kenya and the U.N. disagree.", published="2021-04-01")
    camp = next(e for e in r.entities if e.name == "Otieno")
    assert (camp.type, camp.country) == ("FAC", "KEN"), camp


def test_a_candidate_s_camp_is_no_place(analyze_text):
    r = analyze_text("Race\n\nThe Okafor camp criticized the ruling. John Okafor leads the "
                     "race.", published="2021-04-01")
    okafor = next(e for e in r.entities if "Okafor" in e.name)
    assert okafor.type == "PERSON"


def test_the_former_president_is_an_elite(analyze_text):
    r = analyze_text("Return\n\nGhanaian President John Mensah left office in 2017. Officials "
                     "said 12 people died. The former president condemned the attack.",
                     published="2021-05-11")
    condemned = _event(r, "condemned")
    assert any(a.sector == "ELI" for a in condemned.actors if a.role == "source")


def test_they_after_one_person_s_report_is_not_that_person(analyze_text):
    r = analyze_text("Raid\n\nMaria Okonjo says they attacked the village at dawn on Monday.",
                     published="2022-03-08")
    maria = next(e for e in r.entities if e.name == "Maria Okonjo")
    attacked = _event(r, "attacked")
    assert not any(a.entity_id == maria.id for a in attacked.actors if a.role == "source")


def test_they_after_two_people_s_report_is_them(analyze_text):
    r = analyze_text("Raid\n\nMaria Okonjo and Peter Adeyemi said they attacked the post.",
                     published="2022-03-08")
    named = {e.id for e in r.entities if e.type == "PERSON"}
    attacked = _event(r, "attacked")
    assert any(a.entity_id in named for a in attacked.actors if a.role == "source")
