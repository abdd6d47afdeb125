"""Round 28 (h-act28) of the actor codes on real news (issue 20): a US state's bodies, the
people of a faith, a company's head, a diplomat's destination run into the name, a
country's possessive in an organization's name, US networks.  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _entities(report):
    return {e.name: (e.country, e.sector) for e in report.entities}


def _codes(report):
    return {(a.text, a.country, a.sector) for e in report.events for a in e.actors
            if a.role in ("source", "target")}


def test_a_body_named_with_a_us_state_is_american(analyze_text):
    text = ("Teachers march\n\nThousands of teachers marched on Monday. Troopers of the "
            "Indiana State Police stood by as the Ohio Education Association backed them.")
    r = analyze_text(text, published="2019-11-19")
    assert_offsets(r)
    found = _entities(r)
    assert found["Indiana State Police"] == ("USA", "COP")
    assert found["Ohio Education Association"][0] == "USA"


def test_a_country_named_first_still_wins_and_a_possessive_counts(analyze_text):
    # NER keeps a curly possessive inside the organization's name; "Georgia" is a country
    # and a US state: the country's name is read first, as before
    text = ("Talks\n\nLater, in remarks at Vietnam\u2019s Communist Party headquarters, the "
            "minister said Hanoi would act. Georgia's Ministry of Finance said it would "
            "borrow more.")
    r = analyze_text(text, published="2019-11-20")
    found = _entities(r)
    assert found["Vietnam\u2019s Communist Party"] == ("VNM", "PTY")
    assert all(code[0] != "USA" for name, code in found.items() if "Georgia" in name)


def test_the_people_of_a_faith_take_its_sector_and_the_place(analyze_text):
    # PETRARCH2's agents: CHRISTIAN CHR, MUSLIM MUS; placed as a group noun is
    text = ("Protest in Lagos\n\nChristians protested outside the cathedral in Lagos on "
            "Sunday.")
    r = analyze_text(text, published="2019-11-19")
    assert_offsets(r)
    assert _entities(r)["Christians"] == (None, "CHR")
    assert ("Christians", "NGA", "CHR") in _codes(r)


def test_a_faith_word_on_a_group_noun_keeps_the_noun_and_its_place(analyze_text):
    text = ("Attack\n\nIslamist militants attacked a village in Nigeria on Monday, the "
            "police said.")
    r = analyze_text(text, published="2019-11-19")
    assert ("Islamist militants", "NGA", "UAF") in _codes(r)


def test_the_head_of_a_company_is_the_companys(analyze_text):
    # PETRARCH2 codes "chief executive" and "president" GOV (a state's head); of a coded
    # network they are its own
    text = ("Reruns\n\n\"Old shows never die,\" said Dana Morrow, the chief executive of "
            "Showtime. \"We agree,\" said Lee Parks, president of entertainment at HBO.")
    r = analyze_text(text, published="2016-05-17")
    assert_offsets(r)
    found = _entities(r)
    assert found["Dana Morrow"] == ("USA", "MED")
    assert found["Lee Parks"] == ("USA", "MED")


def test_the_head_of_a_state_stays_the_states(analyze_text):
    text = ("Visit\n\n\"We welcome the aid,\" said John Mensah, the president of Ghana, on "
            "Tuesday.")
    r = analyze_text(text, published="2016-05-17")
    assert _entities(r)["John Mensah"][1] == "GOV"


def test_a_diplomats_destination_is_no_part_of_the_name(analyze_text):
    # NER runs "to Ukraine" into the name: one ORG "Ukraine Marie Doevitch"
    text = ("Hearings\n\nFormer U.S. ambassador to Ukraine Marie Doevitch testified on "
            "Friday. Doevitch said she had been pushed out of her post.")
    r = analyze_text(text, published="2019-11-18")
    assert_offsets(r)
    people = [e for e in r.entities if e.type == "PERSON" and "Doevitch" in e.name]
    assert len(people) == 1
    assert people[0].name == "Marie Doevitch"
    assert people[0].country != "UKR"
    assert not any(e.type != "PERSON" and "Doevitch" in e.name for e in r.entities)
