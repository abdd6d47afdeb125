"""Round 9 of the actor codes on real news (issue 20): names the press gives a country
that the gazetteer had missed."""

from __future__ import annotations

from wiretrace.nlp.actors import gazetteer

from .conftest import assert_offsets


def test_the_press_abbreviation_of_the_central_african_republic():
    assert gazetteer.country_of_name("C.A.R.").alpha3 == "CAF"
    assert gazetteer.country_of_name("CAR").alpha3 == "CAF"
    # capitals only: the noun is no country
    assert gazetteer.country_of_name("car") is None


def test_the_c_a_r_military_is_of_that_country(analyze_text):
    r = analyze_text("Fighting\n\nRebels attacked nearly 10 villages in northeastern C.A.R. "
                     "on Tuesday. The C.A.R. military says it is still searching for "
                     "bodies.", published="2021-07-01")
    car = next(e for e in r.entities if e.name == "C.A.R.")
    assert car.country == "CAF"
    says = next(e for e in r.events if e.trigger.text == "says")
    assert {(a.country, a.sector) for a in says.actors if a.role == "source"} \
        == {("CAF", "MIL")}
    assert_offsets(r)


def test_an_agent_of_a_body_named_before_takes_its_country(analyze_text):
    # "The court's president" serves the court named before (the ICJ, a U.N. court): no
    # country, not the article's
    r = analyze_text("UN Court Opens Hearing Without Kenya\n\nKenya has refused to attend "
                     "a weeklong hearing by the United Nations' highest court over a "
                     "maritime dispute with Somalia. In a letter last week to the "
                     "International Court of Justice, the Kenyan government cited a mix of "
                     "reasons for not participating. The court's president, Judge Joan "
                     "Donoghue, rejected Kenya's request to brief it.",
                     published="2021-03-15")
    rejected = next(e for e in r.events if e.trigger.text == "rejected")
    assert [(a.country, a.sector) for a in rejected.actors if a.role == "source"] \
        == [(None, "JUD")]
    assert_offsets(r)


def test_a_heading_surname_run_into_a_place_is_split(analyze_text):
    # the section heading "Trump, Erdogan" reaches the text with no full stop, and NER
    # takes "Erdogan Ankara" for one person
    r = analyze_text("Turkey faces sanctions\n\nPresident Recep Tayyip Erdogan said on Monday "
                     "that Turkey would not back down. The economy is recovering from a "
                     "currency crash two years ago, triggered by previous U.S. sanctions. "
                     "Trump, Erdogan Ankara will likely be looking to President Donald Trump "
                     "to blunt any new effort. Erdogan met Trump in 2019.",
                     published="2020-12-10")
    names = {e.name: e for e in r.entities}
    assert "Erdogan Ankara" not in names
    erdogan = names["Recep Tayyip Erdogan"]
    assert sum(m.text == "Erdogan" for m in erdogan.mentions) == 2
    assert "Ankara" in {m.text for m in names["Ankara"].mentions}
    assert_offsets(r)


def test_a_role_given_by_a_copula(analyze_text):
    r = analyze_text("Business\n\nChinese businesspeople in Europe are cautious. Yang is a "
                     "Chinese businessman in Austria who does automobile maintenance. "
                     "Abdullahi Osman Haji was among the first refugees to arrive at the "
                     "camp nearly 30 years ago. Mariam Ali was a teacher in Mogadishu.",
                     published="2024-06-20")
    people = {e.name: e for e in r.entities if e.type == "PERSON"}
    assert (people["Yang"].country, people["Yang"].sector) == ("CHN", "BUS")
    assert people["Abdullahi Osman Haji"].sector == "REF"
    # a past predicate noun is a role that may have ended: not read
    assert people["Mariam Ali"].sector is None
    assert_offsets(r)
