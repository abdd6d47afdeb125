"""Issue 20, round 27: a country's name that spaCy typed an organization or a person is the
person where the article names a person with that surname ("Lisa Monaco ... Monaco said"),
not the country; a given name ("Israel Katz ... Israel") or a country named beside a
person of it ("Prince Albert of Monaco") leaves the country alone.  Invented sentences."""

from __future__ import annotations


def _entities(analyze_text, text):
    r = analyze_text("Report\n\n" + text, published="2024-03-13")
    return [(e.name, e.type, e.country, [m.text for m in e.mentions]) for e in r.entities]


def test_a_surname_that_names_a_country_stays_the_person(analyze_text):
    found = _entities(analyze_text, "Lisa Monaco, the deputy attorney general, spoke on "
                      "Monday. Monaco said the threat was real.")
    assert ("Lisa Monaco", "PERSON", None, ["Lisa Monaco", "Monaco"]) in found
    assert not [e for e in found if e[2] == "MCO"]


def test_a_given_name_does_not_take_the_country(analyze_text):
    found = _entities(analyze_text, "Israel Katz said Israel would strike Iran.")
    assert ("Israel", "GPE", "ISR", ["Israel"]) in found


def test_a_country_beside_its_prince_is_the_country(analyze_text):
    found = _entities(analyze_text, "Prince Albert of Monaco met Macron. Monaco is small.")
    assert any(e[1] == "GPE" and e[2] == "MCO" for e in found)


def test_countries_typed_people_are_places(analyze_text):
    found = _entities(analyze_text, "In late January, Burkina Faso, Mali and Niger withdrew "
                      "from the regional bloc.")
    assert {(e[0], e[1], e[2]) for e in found} >= {
        ("Burkina Faso", "GPE", "BFA"), ("Mali", "GPE", "MLI"), ("Niger", "GPE", "NER")}


def test_a_country_left_out_by_the_tagger_is_found_alone(analyze_text):
    found = _entities(analyze_text, "France condemned the coup in Niger.")
    assert ("Niger", "GPE", "NER", ["Niger"]) in found


def test_a_country_inside_a_longer_name_is_not_taken_out_of_it(analyze_text):
    found = _entities(analyze_text, "The ship belongs to Iran Shipping Lines, the agency said.")
    assert not [e for e in found if e[0] == "Iran" and e[1] == "GPE"]
