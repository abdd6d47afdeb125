"""Round 31 (h-act31) of the actor codes (issue 20): names NER cut or mistyped that the
actor dictionaries know ("the Fed", "the Group of 8", an outlet typed GPE), and the
demonyms of a coordination the parse hung apart from the plural noun they modify
("U.S., French and Mexican representatives").  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _entity(report, name):
    return next((e for e in report.entities if e.name == name), None)


def _codes(report):
    return {(a.text, a.country, a.sector) for e in report.events for a in e.actors
            if a.role in ("source", "target")}


def test_the_fed_is_the_federal_reserve(analyze_text):
    r = analyze_text("Rates\n\nMs. Carter has argued that the Fed needs to consider the "
                     "impact of its decisions on other countries.", published="2016-07-27")
    assert_offsets(r)
    fed = _entity(r, "Fed")
    assert fed is not None and (fed.country, fed.sector) == ("USA", "GOV"), fed


def test_a_numbered_group_is_one_name_not_a_product(analyze_text):
    r = analyze_text("Sherpas\n\nMs. Carter later served as the president's liaison to the "
                     "Group of 8 industrial nations.", published="2016-07-27")
    assert_offsets(r)
    group = _entity(r, "Group of 8")
    assert group is not None and group.type == "ORG" and group.sector == "IGO", \
        [(e.name, e.type) for e in r.entities]


def test_an_organization_typed_as_a_place_keeps_its_sector(analyze_text):
    r = analyze_text("Anchor\n\nHe crossed the border after Mexico's powerful Televisa "
                     "network censured his first report.", published="2016-04-12")
    televisa = _entity(r, "Televisa")
    assert televisa is not None and (televisa.country, televisa.sector) == ("MEX", "MED")


def test_coordinated_demonyms_name_the_noun_after_them(analyze_text):
    r = analyze_text("Council\n\nEarlier this week, the president was criticized by United "
                     "Nations, U.S., French, Chinese, Russian and Mexican representatives at a "
                     "Security Council meeting.", published="2021-02-27")
    assert_offsets(r)
    codes = _codes(r)
    for text, country in (("U.S.", "USA"), ("French", "FRA"), ("Mexican", "MEX")):
        assert any(t in (text, f"{text} representatives") and c == country and s == "GOV"
                   for t, c, s in codes), (text, codes)


def test_coordinated_demonyms_with_their_noun_parsed_stay_as_they_were(analyze_text):
    r = analyze_text("Talks\n\nIranian and Russian officials criticized the plan on Monday.",
                     published="2021-02-27")
    codes = _codes(r)
    assert ("Iranian and Russian officials", "IRN", "GOV") in codes, codes
    assert ("Iranian and Russian officials", "RUS", "GOV") in codes, codes
