"""Round 29 (h-act29) of the actor codes on real news (issue 20): people named by whom
they serve or belong to are not that person: a candidate's delegates (PTY), a
politician's family (ELI), a state's representatives (GOV).  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _codes(report):
    return {(a.text, a.country, a.sector) for e in report.events for a in e.actors
            if a.role in ("source", "target")}


def test_a_candidates_delegates_are_party_people(analyze_text):
    text = ("Convention\n\nSenator Bernie Sanders spoke in Philadelphia on Monday. The "
            "apology came after Sanders delegates inside the hall booed the chairwoman.")
    r = analyze_text(text, published="2016-07-25")
    assert_offsets(r)
    codes = _codes(r)
    assert ("Sanders delegates", "USA", "PTY") in codes
    # the senator himself keeps his own code
    assert ("Sanders delegates", "USA", "LEG") not in codes


def test_a_politicians_wife_and_family_are_elites(analyze_text):
    text = ("Campaign\n\nSenator Ted Cruz spoke in Iowa on Monday. Donald Trump attacked "
            "Cruz's wife on Tuesday. The Cruz family criticized Trump on Wednesday.")
    r = analyze_text(text, published="2016-03-25")
    assert_offsets(r)
    codes = _codes(r)
    assert ("Cruz's wife", "USA", "ELI") in codes
    assert ("The Cruz family", "USA", "ELI") in codes
    assert ("Donald Trump", "USA", "PTY") in codes


def test_a_family_of_no_politician_takes_no_elite(analyze_text):
    # a surname no coded politician of the article carries: no ELI from a family noun
    text = ("Farm\n\nThe Hollister family criticized the county board on Monday in "
            "Ohio. Mark Hollister's wife denounced the board.")
    r = analyze_text(text, published="2016-03-25")
    assert all(sector != "ELI" for _, _, sector in _codes(r))


def test_a_states_representatives_are_its_government(analyze_text):
    text = ("Haiti\n\nFrench and Mexican representatives criticized the Haitian "
            "government on Tuesday. Iranian representatives met European diplomats.")
    r = analyze_text(text, published="2021-02-26")
    assert_offsets(r)
    codes = _codes(r)
    for country in ("FRA", "MEX"):  # each conjunct's state, the noun's GOV (not LEG)
        assert ("French and Mexican representatives", country, "GOV") in codes
    assert ("Iranian representatives", "IRN", "GOV") in codes


def test_a_partys_representatives_stay_legislators(analyze_text):
    text = ("Ohio\n\nDemocratic representatives criticized the governor of Ohio on "
            "Monday. Rep. Jane Doe (D-Ohio) denounced the veto.")
    r = analyze_text(text, published="2019-03-01")
    codes = _codes(r)
    assert ("Democratic representatives", "USA", "LEG") in codes
    assert all(s != "GOV" for t, _, s in codes if "representatives" in t)


def test_a_partys_nominee_is_no_holder_of_the_office_sought(analyze_text):
    # "presidential nominee": PETRARCH2's PRESIDENTIAL_CANDIDATE PTY, not the presidency's
    # GOV that "presidential" gave; the dictionary's former secretary of state is read
    # with the text's title on the article's date
    text = ("Abortion\n\nPresumptive Democratic presidential nominee Hillary Clinton "
            "blasted her Republican rival on Monday.")
    r = analyze_text(text, published="2016-06-27")
    assert ("Hillary Clinton", "USA", "PTY") in _codes(r)


def test_a_nominee_for_an_office_is_still_no_party_person(analyze_text):
    text = ("Court\n\nSupreme Court nominee Jane Roe criticized the senators on Monday in "
            "Washington.")
    r = analyze_text(text, published="2016-06-27")
    assert all(s != "PTY" for t, _, s in _codes(r) if "Roe" in t)


def test_a_name_typed_as_an_organization_still_owns_a_wife(analyze_text):
    text = ("Trump\n\nPresident Donald Trump spoke on Monday. After the vote, the Democrats "
            "attacked Trump\u2019s wife, children, family, businesses, and associates.")
    r = analyze_text(text, published="2019-11-20")
    assert ("Trump\u2019s wife", "USA", "ELI") in _codes(r)
