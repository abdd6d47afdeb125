"""Round 16 of the actor codes on real news (issue 20): sectors by class.  Invented
sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.dictionaries import _name_sector
from wiretrace.nlp.actors.tenure import ended

from .conftest import assert_offsets


def _entity(report, name):
    return next(e for e in report.entities if e.name == name)


def test_offices_that_all_ended_make_an_elite():
    rows = [("SDNGOV", "1989-06-30", "2019-04-11")]
    assert ended(rows, "2019-12-01")
    assert not ended(rows, "2018-01-01")  # the office holds
    assert not ended(rows, None)
    # an undated code is the dictionary's default: not ended
    assert not ended([("AFGELI", "", ""), ("AFGGOV", "2002-06-02", "2004-12-14")],
                     "2021-05-01")
    # an office still to come is not one that ended
    assert not ended([("FRAGOV", "2030-01-01", "")], "2021-05-01")
    # a dated row of no state office (a business) says nothing of a former official
    assert not ended([("USABUS", "2001-01-01", "2005-01-01")], "2021-05-01")


def test_a_person_out_of_the_dictionary_offices_is_elite(analyze_text):
    # PETRARCH2 lists Omar al-Bashir as SDNGOV until April 2019; a story of December 2019
    # that gives him no title codes the former president ELI, not GOV
    r = analyze_text("Trial opens\n\nOmar al-Bashir appeared before a court in Khartoum on "
                     "Monday.", published="2019-12-02")
    bashir = _entity(r, "Omar al-Bashir")
    assert (bashir.country, bashir.sector) == ("SDN", "ELI")
    assert_offsets(r)


def test_a_present_title_still_beats_the_ended_office(analyze_text):
    r = analyze_text("Trial opens\n\nSudanese President Omar al-Bashir visited Khartoum on "
                     "Monday.", published="2018-12-03")
    bashir = _entity(r, "Omar al-Bashir")
    assert (bashir.country, bashir.sector) == ("SDN", "GOV")


def test_organizations_typed_by_their_names_last_or_first_word():
    assert _name_sector("Andean Federation for Indigenous Rights") == "NGO"
    assert _name_sector("Baltic Center for Maritime Studies") == "EDU"
    assert _name_sector("Zambezi Airlines") == "BUS"
    assert _name_sector("Mekong River Watch") == "NGO"
    assert _name_sector("Radio Free Borneo") == "MED"
    assert _name_sector("Rights") is None  # one word: no name of a body


def test_a_person_of_a_rights_body_is_ngo(analyze_text):
    r = analyze_text("Arrests condemned\n\n\"The arrests must end,\" said Lena Ortiz, a "
                     "coordinator for the Andean Federation for Indigenous Rights.",
                     published="2024-03-05")
    assert _entity(r, "Andean Federation for Indigenous Rights").sector == "NGO"
    assert _entity(r, "Lena Ortiz").sector == "NGO"
    assert_offsets(r)


def test_a_spokesperson_speaks_for_the_body_named_after_the_role(analyze_text):
    # PETRARCH2 codes a bare spokesperson MED (a press officer); "a spokesperson for" a
    # coded body is that body's
    r = analyze_text("Aid cut\n\n\"Rations will be halved,\" said Mara Velt, a spokesperson "
                     "for UNHCR Kenya, on Friday.", published="2024-03-05")
    velt = _entity(r, "Mara Velt")
    assert velt.sector == "IGO"
    assert velt.country is None


def test_a_current_role_conjoined_with_a_former_one(analyze_text):
    # "a former ... officer and current fellow at X": the current role's body gives the
    # sector; the person keeps the country the former role gave
    r = analyze_text("Missile test\n\n\"They will test again,\" said Owen Price, a former "
                     "CIA analyst and current senior fellow at the Heritage Foundation.", published="2024-03-05")
    price = _entity(r, "Owen Price")
    assert (price.country, price.sector) == ("USA", "NGO")
    assert_offsets(r)


def test_a_department_word_typed_org_is_part_of_the_title(analyze_text):
    # NER types "Treasury" ORG; with "Secretary" it is PETRARCH2's TREASURY SECRETARY GOV
    r = analyze_text("Tariff talks\n\nTreasury Secretary Dana Whitfield said the talks went "
                     "well on Monday.", published="2025-03-10")
    assert _entity(r, "Dana Whitfield").sector == "GOV"
    assert_offsets(r)


def test_a_title_missing_from_the_agent_dictionary_held_in_a_coded_body(analyze_text):
    # "official" alone is no PETRARCH2 agent; written before the name with a coded body,
    # the person acts for that body, as "Taliban spokesman X" does
    r = analyze_text("Truce talks\n\nHamas official Yusuf Haddad rejected the proposal on "
                     "Monday.", published="2025-03-10")
    hamas = _entity(r, "Hamas")
    haddad = _entity(r, "Yusuf Haddad")
    assert (haddad.country, haddad.sector) == (hamas.country, hamas.sector)
    assert haddad.sector is not None
