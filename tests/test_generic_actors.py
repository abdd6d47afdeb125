"""Argument codes (events[].actors[].country/sector/code_basis, nlp/generic.py): generic
actors, a demonym on an agent noun, people coded by their role, news outlets, and the
recipient that no longer points inward by default (issues 18 and 20)."""

from __future__ import annotations

from .conftest import assert_offsets


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _codes(event, role):
    return {(a.text, a.country, a.sector, a.code_basis) for a in event.actors
            if a.role == role}


def test_a_demonym_on_an_agent_noun_gives_country_and_sector(analyze_text):
    r = analyze_text("Talks\n\nPakistani officials accused India of backing the attack. "
                     "Israeli troops arrested two men.", published="2025-03-12")
    accused = _codes(_event(r, "accused"), "source")
    assert ("Pakistani officials", "PAK", "GOV", "phrase") in accused
    assert ("Israeli troops", "ISR", "MIL", "phrase") in _codes(_event(r, "arrested"), "source")
    # the named target keeps its entity's code
    assert ("India", "IND", None, "entity") in _codes(_event(r, "accused"), "target")
    assert_offsets(r)


def test_a_generic_actor_takes_the_place_or_the_article(analyze_text):
    r = analyze_text("Unrest in Sudan\n\nSudan's economy is in crisis. Police arrested "
                     "dozens of protesters in Khartoum on Thursday. Sudan has seen months "
                     "of unrest. Later the government banned the rallies.",
                     published="2019-12-01")
    arrested = _event(r, "arrested")
    assert arrested.type == "COERCE"  # a generic source makes the event codable
    assert ("Police", "SDN", "COP", "place") in _codes(arrested, "source")
    target = {(t, c, s) for t, c, s, _ in _codes(arrested, "target")}
    assert any(c == "SDN" and s == "OPP" for _, c, s in target)  # PETRARCH2: protester OPP
    banned = _event(r, "banned")
    assert ("the government", "SDN", "GOV", "article") in _codes(banned, "source")


def test_a_definite_group_noun_takes_the_country_of_its_earlier_mention(analyze_text):
    r = analyze_text("Talks\n\nItalian officials met Tunisian businessmen in Rome. The "
                     "officials later praised the port deal.", published="2024-03-14")
    praised = _event(r, "praised")
    assert ("The officials", "ITA", "GOV", "antecedent") in _codes(praised, "source")


def test_a_plural_pronoun_stands_for_the_group_noun_above_it(analyze_text):
    r = analyze_text("Clash\n\nThe Nigerian army said it killed ten militants on Friday.",
                     published="2020-01-10")
    killed = _event(r, "killed")
    codes = _codes(killed, "source")
    assert any(c == "NGA" and s == "MIL" for _, c, s, _ in codes), codes


def test_people_are_coded_by_their_role(analyze_text):
    r = analyze_text("Sanctions\n\nTurkish Foreign Minister Mevlut Cavusoglu warned the "
                     "United States. Taliban spokesman Zabihullah Mujahid rejected the "
                     "claims.", published="2019-12-11")
    by_name = {e.name: e for e in r.entities}
    assert (by_name["Mevlut Cavusoglu"].country, by_name["Mevlut Cavusoglu"].sector) == \
        ("TUR", "GOV")
    # the spokesman of an organization carries its code, not PETRARCH2's MED
    mujahid = by_name["Zabihullah Mujahid"]
    assert mujahid.country == "AFG" and mujahid.sector in ("REB", "GOV")


def test_a_news_outlet_is_coded_with_its_country_and_med(analyze_text):
    r = analyze_text("Ship\n\nThe ship left the port, VOA reported. VOA said the "
                     "Treasury sanctioned the company.", published="2025-02-01")
    voa = [e for e in r.entities if e.name == "VOA"]
    assert voa and (voa[0].country, voa[0].sector) == ("USA", "MED")


def test_no_domestic_recipient_when_the_sentence_points_abroad(analyze_text):
    r = analyze_text("Tension\n\nAnkara is warning it could turn to Russia for jets.",
                     published="2019-11-25")
    warning = _event(r, "warning")
    assert warning.type == "THREATEN"
    assert warning.recipient is None or warning.recipient.country != "TUR"


def test_domestic_recipient_stays_for_an_inward_event(analyze_text):
    r = analyze_text("Strike\n\nAlgerian landowners began a hunger strike on Monday.",
                     published="1990-05-01")
    coded = [e for e in r.events if e.type]
    assert coded
    assert any(e.recipient is not None and e.recipient.country == "DZA" for e in coded)


def test_an_accusation_owned_by_another_party_gets_no_inward_recipient(analyze_text):
    """Issue 18's example: the administration is not the Kremlin's own."""
    r = analyze_text("Hack\n\nThe Kremlin dismissed the administration's accusation on "
                     "Friday.", published="2016-12-16")
    dismissed = _event(r, "dismissed")
    assert dismissed.type
    assert any(a.role == "target" and a.sector == "GOV" for a in dismissed.actors)
    assert dismissed.recipient is None or dismissed.recipient.basis != "domestic"


def test_its_group_is_the_sources_own(analyze_text):
    r = analyze_text("Border\n\nThe government of the Central African Republic has ordered "
                     "its military to seal the border.", published="2024-06-01")
    ordered = _event(r, "ordered")
    codes = _codes(ordered, "target")
    assert ("its military", "CAF", "MIL", "antecedent") in codes, codes


def test_the_plover_export_carries_generic_actors(store_url, analyze_text, tmp_path):
    import json

    from typer.testing import CliRunner

    from wiretrace.cli import app as cli
    from wiretrace.store import Store

    store = Store(store_url)
    store.save(analyze_text("Unrest\n\nPakistani officials accused India of backing the "
                            "attack.", id="accuse", published="2025-03-12"))
    out = tmp_path / "events.json"
    result = CliRunner().invoke(cli, ["export", "--format", "plover", str(out), "--db",
                                      store_url])
    assert result.exit_code == 0, result.output
    records = [r for r in json.loads(out.read_text(encoding="utf-8"))[1:]
               if r["event"] == ["ACCUSE"]]
    assert records
    assert {"code": "PAK", "sector": "GOV", "entity_text": "Pakistani"} in records[0]["actor"]
    assert any(r.get("code") == "IND" for r in records[0]["recipient"])


def _entity(report, name):
    found = [e for e in report.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in report.entities]}"
    return found[0]


def test_an_organization_s_name_head_and_a_un_prefix_give_its_sector(analyze_text):
    r = analyze_text("Sudan\n\nThe new law dissolves the National Congress Party, Sudan's "
                     "former ruling party. Malaysia filed a claim with the U.N. Commission "
                     "on the Limits of the Continental Shelf.", published="2019-12-01")
    assert _entity(r, "National Congress Party").sector == "PTY"  # not LEG (Congress)
    un = [e for e in r.entities if e.name.startswith("U.N. Commission")]
    assert un and un[0].sector == "IGO"
    assert_offsets(r)


def test_a_person_named_with_a_coded_organization_takes_its_code(analyze_text):
    r = analyze_text("Ties\n\nThe alliance is fragile, said Stephen Nagy, a professor at "
                     "the International Christian University. \"The ban is cruel,\" said "
                     "Heather Barr, associate director at Human Rights Watch. \"It will "
                     "not last,\" said Atilla Yesilada of Global Source Partners.",
                     published="2020-01-09")
    sectors = {e.name: e.sector for e in r.entities if e.type == "PERSON"}
    assert sectors.get("Heather Barr") == "NGO"
    assert sectors.get("Atilla Yesilada") == "BUS"
    assert_offsets(r)


def test_an_organization_described_in_apposition_or_before_its_name(analyze_text):
    r = analyze_text("Turkey, US at odds over Syria\n\nTurkey launched an offensive against "
                     "the Syrian Kurdish militia, the YPG, in northeast Syria. Business "
                     "consultancy Dezan Shira & Associates puts revenue at $2 billion.",
                     published="2019-11-26")
    ypg = _entity(r, "YPG")
    assert (ypg.country, ypg.sector) == ("SYR", "UAF")
    assert _entity(r, "Dezan Shira & Associates").sector == "BUS"
    assert_offsets(r)


def test_a_headline_comma_is_no_apposition(analyze_text):
    r = analyze_text("Homeland Security, rights group to meet in court\n\nTwo lawsuits were "
                     "filed against the Department of Homeland Security on Friday.",
                     published="2025-03-12")
    dhs = [e for e in r.entities if "Homeland Security" in e.name]
    assert dhs and dhs[0].sector != "HRI"


def test_a_title_before_a_comma_gives_a_person_the_organization_s_code(analyze_text):
    r = analyze_text("Plane crashes\n\nU.S. military officials confirmed the crash Monday. "
                     "U.S. Air Force Chief of Staff, General Dave Goldfein said the plane "
                     "was an E-11A.", published="2020-01-27")
    goldfein = _entity(r, "Dave Goldfein")
    assert (goldfein.country, goldfein.sector) == ("USA", "MIL")


def test_a_counted_demonym_is_people_not_the_state(analyze_text):
    r = analyze_text("Protests in Sudan\n\nTens of thousands of Sudanese protested in "
                     "Khartoum on Thursday against the new law.", published="2019-12-01")
    sources = {(a.country, a.sector) for e in r.events for a in e.actors
               if a.role == "source" and a.text.startswith("Tens of thousands")}
    assert ("SDN", "CVL") in sources


# ---- issue 20, second round: organizations and bodies of one country, the opposition


def _entity(report, name):
    found = [e for e in report.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in report.entities]}"
    return found[0]


def test_an_opposition_role_is_opp(analyze_text):
    # VOA 6181522 (public domain)
    r = analyze_text("Vote\n\nSouth African opposition politician Mmusi Maimane says he "
                     "fears the ruling parties. \"It cannot be that when you go to Zimbabwe, "
                     "that in fact members of parliament from the opposition are being kicked "
                     "out of their country.\"", published="2019-11-27")
    assert _entity(r, "Mmusi Maimane").sector == "OPP"  # PETRARCH2: opposition leader/mp OPP
    kicked = _codes(_event(r, "kicked"), "target")
    assert any(s == "OPP" for _, _, s, _ in kicked), kicked


def test_a_bare_body_takes_the_country_written_with_it(analyze_text):
    # VOA 6180015 (public domain): NER takes "U.S. Congress's Countering America" as one name
    r = analyze_text("Sanctions\n\nAnkara's purchase of the S-400 system violated U.S. "
                     "Congress's Countering America's Adversaries Through Sanctions Act "
                     "(CAATSA). Turkey tested the system. \"Congress is somehow has become so "
                     "anti-Turkish,\" said a Turkish diplomat.", published="2019-11-25")
    assert _entity(r, "Congress").country == "USA"


def test_a_state_body_or_party_without_a_country_takes_the_article_s(analyze_text):
    r = analyze_text("Sudan\n\nSudan's new government has dissolved the Umma Renewal Party. "
                     "The Umma Renewal Party condemned the decision in Khartoum. Sudan has "
                     "seen months of protests in Sudan.", published="2019-12-01")
    condemned = _codes(_event(r, "condemned"), "source")
    assert any(c == "SDN" and s == "PTY" for _, c, s, _ in condemned), condemned


def test_plural_governments_are_several_states(analyze_text):
    # VOA 6180790 (public domain)
    r = analyze_text("Climate\n\nAnd as governments continue climate talks in Madrid, experts "
                     "say wind and other renewable energy sources will be crucial.",
                     published="2019-12-05")
    talks = _codes(_event(r, "talks"), "source")
    assert ("governments", None, "GOV", None) in talks, talks


def test_the_nation_refers_to_the_last_state_named(analyze_text):
    r = analyze_text("Sea\n\nChina and Malaysia disagree over the sea. On Monday, the "
                     "Southeast Asian nation accused Beijing of harassment.",
                     published="2019-12-20")
    accused = _codes(_event(r, "accused"), "source")
    assert any(c == "MYS" and s is None for _, c, s, _ in accused), accused



def test_a_diplomatic_body_serves_the_state_named_before_it(analyze_text):
    # not the organization or the city that names its host
    r = analyze_text("Embassy\n\nRuritania's U.N. mission protested the ruling. Guatemala's "
                     "Washington embassy protested the ruling too.", published="2020-01-10")
    found = {a.text: (a.country, a.sector) for e in r.events for a in e.actors
             if a.role == "source"}
    assert found.get("Guatemala's Washington embassy") == ("GTM", "GOV")
    assert_offsets(r)


# ---- issue 20, fourth round: a country's leaders, a name in apposition, counted demonyms,
# dictionary phrases whose last word is no agent noun


def _sources_and_targets(r):
    return {a.text: (a.country, a.sector) for e in r.events for a in e.actors
            if a.role in ("source", "target")}


def test_a_country_s_leaders_are_its_state_leaders(analyze_text):
    r = analyze_text("Barbs\n\nThe Chilean and Peruvian leaders accused each other of "
                     "lying. Hamas leaders condemned the raid.", published="2021-03-09")
    accused = {(a.country, a.sector) for a in _event(r, "accused").actors
               if a.role == "source"}
    assert {("CHL", "GOV"), ("PER", "GOV")} <= accused
    # an organization's leaders are its own, not a state's
    condemned = [a for a in _event(r, "condemned").actors if a.role == "source"]
    assert condemned and all(a.sector != "GOV" for a in condemned), condemned


def test_a_name_in_apposition_is_the_actor(analyze_text):
    r = analyze_text("Call\n\nTurkish President Recep Tayyip Erdogan praised his French "
                     "counterpart Emmanuel Macron on Tuesday.", published="2021-03-09")
    praised = _event(r, "praised")
    codes = {(a.country, a.sector) for a in praised.actors if a.role == "target"}
    assert ("FRA", "GOV") in codes, codes


def test_a_demonym_counted_by_a_number_is_people(analyze_text):
    r = analyze_text("Raid\n\nMilitants attacked a base in Lamu on Sunday. Three Americans "
                     "were killed.", published="2020-02-17")
    killed = _event(r, "killed")
    assert ("USA", "CVL") in {(a.country, a.sector) for a in killed.actors}


def test_a_dictionary_phrase_ending_in_a_thing_gives_its_sector(analyze_text):
    # PETRARCH2's agent dictionary: "military base", "naval base" MIL; "base" alone none
    r = analyze_text("Attack\n\nRebels shelled a Nigerian military base on Friday.",
                     published="2020-02-17")
    targets = {(a.country, a.sector) for a in _event(r, "shelled").actors
               if a.role == "target"}
    assert ("NGA", "MIL") in targets, targets


def test_a_facility_or_a_town_the_gazetteer_lacks_takes_the_dictionary_s_code(analyze_text):
    # PETRARCH2: "pentagon" USAMIL, "white house" USAGOV, "incirlik" TUR (a town the
    # gazetteer lacks: the country only, never a sector for a place)
    r = analyze_text("Bases\n\nReporters gathered outside the Pentagon. He spoke at the "
                     "White House. Incirlik threatened the talks.", published="2019-12-11")
    found = {(e.name, e.type): (e.country, e.sector) for e in r.entities}
    assert found.get(("Pentagon", "FAC")) == ("USA", "MIL"), found
    assert found.get(("White House", "FAC")) == ("USA", "GOV"), found
    r = analyze_text("Bases\n\nThe minister said on Monday that the base at Incirlik was "
                     "safe. Incirlik threatened the talks.", published="2019-12-11")
    found = {(e.name, e.type): (e.country, e.sector) for e in r.entities}
    assert found.get(("Incirlik", "GPE")) == ("TUR", None), found


def test_a_pronoun_in_a_quote_is_not_the_quote_s_speaker(analyze_text):
    r = analyze_text("Missiles\n\nPeru bought missiles from Russia on Monday. \"There is room "
                     "for Peru to come back to the table. They know they need to destroy the "
                     "missiles,\" a senior State Department official told reporters.",
                     published="2019-11-25")
    destroy = _event(r, "destroy")
    sources = {(a.text, a.country) for a in destroy.actors if a.role == "source"}
    assert sources and all(c == "PER" for _, c in sources), sources
    # outside a quote the pronoun still continues its clause's subject
    r = analyze_text("Talks\n\nThe Chilean government said it would destroy the missiles.",
                     published="2019-11-25")
    assert {a.country for a in _event(r, "destroy").actors if a.role == "source"} == {"CHL"}


def test_a_definite_noun_refers_back_to_the_named_body_it_heads(analyze_text):
    # an IGO's court keeps no country; the article's country is not used
    r = analyze_text("Hearing\n\nPeru refused to attend a hearing by the International Court "
                     "of Justice in The Hague. Peru's ministers stayed in Lima. The court "
                     "criticized Peru on Monday.", published="2021-03-15")
    sources = {(a.text, a.country, a.sector, a.code_basis)
               for a in _event(r, "criticized").actors if a.role == "source"}
    assert ("The court", None, "JUD", "antecedent") in sources, sources


def test_a_plural_coded_only_with_its_modifier_is_an_actor_when_it_names_people(analyze_text):
    r = analyze_text("Unrest in Zambia\n\nZambia's economy is struggling. The prison guards "
                     "arrested four visitors in Lusaka on Monday.",
                     published="2024-05-06")
    arrested = _event(r, "arrested")
    assert ("The prison guards", "ZMB", "COP", "place") in _codes(arrested, "source")
    assert_offsets(r)


def test_a_thing_coded_through_the_same_modifier_is_no_actor(analyze_text):
    r = analyze_text("Vote in Zambia\n\nZambia's economy is struggling. Parliamentary "
                     "elections threatened the fragile coalition in Lusaka.",
                     published="2024-05-06")
    found = [a for e in r.events for a in e.actors if a.text.lower().endswith("elections")]
    assert all(a.sector is None for a in found), found


def test_environmental_groups_are_env_as_cameo_codes_them(analyze_text):
    r = analyze_text("Dam\n\nChile's new dam is disputed. Several environmental groups accused "
                     "the builder of harming rivers in Chile.", published="2023-02-01")
    accused = _event(r, "accused")
    assert any(s == "ENV" for _, _, s, _ in _codes(accused, "source")), accused.actors


def test_law_enforcement_is_a_collective_actor(analyze_text):
    r = analyze_text("Escape\n\nPeru's prisons are crowded. Law enforcement arrested the "
                     "escaped inmate in Lima on Sunday.", published="2023-04-03")
    arrested = _event(r, "arrested")
    assert ("Law enforcement", "PER", "COP", "place") in _codes(arrested, "source")
