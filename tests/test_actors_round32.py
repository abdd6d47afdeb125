"""Round 32 (h-act32) of the actor codes (issue 20): a cabinet secretary read as the
minister of the same department, a department's word NER typed ORG before "Secretary" or
"Minister", and a role noun's modifiers of modifiers ("national security adviser").
Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.agents import agent_sectors

from .conftest import assert_offsets


def _entity(report, name):
    return next((e for e in report.entities if e.name == name), None)


def test_a_secretary_is_the_minister_of_the_same_department():
    assert agent_sectors("Home Secretary") == ["GOV"]
    assert agent_sectors("Health Secretary")[:1] == ["GOV"]
    assert agent_sectors("Defense Secretary") == ["GOV", "MIL"]  # PETRARCH2's own entry
    # no department: no minister ("press minister", "minister" alone)
    assert agent_sectors("press secretary") == []
    assert agent_sectors("Secretary") == []
    assert agent_sectors("general secretary") == []


def test_a_department_word_typed_org_before_a_cabinet_title(analyze_text):
    r = analyze_text("Transfer\n\nIn May, the then UK Home Secretary, Alan Pryce, "
                     "formally signed the order for the transfer.", published="2019-11-19")
    assert_offsets(r)
    home = _entity(r, "UK Home")
    # the installed model's NER cuts the title so (en_core_web_sm 3.8.0)
    assert home is not None and (home.country, home.sector) == ("GBR", "GOV"), home


def test_a_role_nouns_modifier_with_its_own_modifier(analyze_text):
    r = analyze_text("Speech\n\nThe former president thanked Condoleezza Rice, his "
                     "national security adviser at the time, in a speech on Monday.",
                     published="2016-02-17")
    assert_offsets(r)
    rice = _entity(r, "Condoleezza Rice")
    assert rice is not None and (rice.country, rice.sector) == ("USA", "GOV"), rice


def test_a_spokesman_speaks_for_the_body_named_before_him():
    assert agent_sectors("police spokesman") == ["COP"]
    assert agent_sectors("presidential spokesman") == ["GOV"]
    assert agent_sectors("rebel spokesman") == ["REB"]
    assert agent_sectors("spokesman") == ["MED"]  # PETRARCH2's bare SPOKESPERSON
    assert agent_sectors("military spokesman") == ["MIL"]  # PETRARCH2's own entry


def test_an_office_holders_spokesman_and_press_secretary(analyze_text):
    r = analyze_text("Reaction\n\nMs. Merkel's spokesman, Steffen Seibert, criticized the "
                     "attackers on Tuesday. Defense Secretary Ash Carter's press secretary, "
                     "Peter Cook, criticized the report.", published="2016-03-23")
    assert_offsets(r)
    seibert = _entity(r, "Steffen Seibert")
    cook = _entity(r, "Peter Cook")
    assert seibert is not None and (seibert.country, seibert.sector) == ("DEU", "GOV"), seibert
    assert cook is not None and (cook.country, cook.sector) == ("USA", "GOV"), cook
