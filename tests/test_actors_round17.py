"""Round 17 of the actor codes on real news (issue 20): an office still to come is no fact
about the article's date.  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.tenure import to_come

from .conftest import assert_offsets


def _entity(report, name):
    return next(e for e in report.entities if e.name == name)


def test_offices_that_all_begin_later():
    rows = [("USAGOV", "2017-01-20", "2021-01-20"), ("USAELI", "2021-01-20", "2025-01-20")]
    assert to_come(rows, "2016-05-03")
    assert not to_come(rows, "2017-02-01")  # the office holds
    assert not to_come(rows, "2022-01-01")  # after it: ended, not to come
    assert not to_come(rows, None)
    assert not to_come([("USAGOV", "", ""), ("USAGOV", "2017-01-20", "")], "2016-05-03")
    assert not to_come([], "2016-05-03")


def test_a_candidate_is_not_coded_by_the_office_he_takes_later(analyze_text):
    # the project's state actors list Donald Trump as USA GOV from 20 January 2017 (and,
    # since round 18, PTY for his 2015-2016 candidacy): in a story of May 2014 he holds no
    # office, and is not coded GOV; since round 34 the list gives him his business career
    # before the candidacy (BUS, PETRARCH2 BUSINESS_LEADER; to_come is tested above)
    r = analyze_text("Primary day\n\nDonald Trump spoke to reporters in Indianapolis on "
                     "Tuesday.", published="2014-05-06")
    trump = _entity(r, "Donald Trump")
    assert (trump.country, trump.sector) == ("USA", "BUS")
    later = analyze_text("Talks\n\nDonald Trump spoke to reporters in Washington on "
                         "Tuesday.", published="2019-05-07")
    assert _entity(later, "Donald Trump").sector == "GOV"
    assert_offsets(r)


def test_a_party_candidacy_in_the_text_is_PTY(analyze_text):
    # PETRARCH2 codes PRESIDENTIAL_CANDIDATE PTY: a candidacy the text gives is held on the
    # article's date, unlike a nominee for an office ("Supreme Court nominee")
    r = analyze_text("Primary day\n\nRepublican presidential candidate Donald Trump spoke to "
                     "reporters in Indianapolis on Tuesday.", published="2016-05-03")
    assert (_entity(r, "Donald Trump").country, _entity(r, "Donald Trump").sector) \
        == ("USA", "PTY")
    r = analyze_text("Race\n\nPresumptive Democratic nominee Karen Mallory met voters in "
                     "Ohio on Monday.", published="2016-06-09")
    assert (_entity(r, "Karen Mallory").country, _entity(r, "Karen Mallory").sector) \
        == ("USA", "PTY")
    assert_offsets(r)


def test_us_parties_are_USA_PTY(analyze_text):
    r = analyze_text("Vote\n\nDemocrats criticized the budget on Monday, and Republicans "
                     "defended it.", published="2019-11-20")
    for name in ("Democrats", "Republicans"):
        assert (_entity(r, name).country, _entity(r, name).sector) == ("USA", "PTY")


def test_ap_short_titles_give_the_role(analyze_text):
    # AP style "Lt. Col.", "Sen." before a name: PETRARCH2 LIEUTENANT_COLONEL MIL, SENATOR LEG
    r = analyze_text("Hearing\n\nLt. Col. Adam Roskov told the committee he had objected. "
                     "Sen. Paul Fenner accused the agency of delays.", published="2019-11-20")
    assert _entity(r, "Adam Roskov").sector == "MIL"
    assert _entity(r, "Paul Fenner").sector == "LEG"


def test_an_opposition_candidacy_is_OPP(analyze_text):
    # PETRARCH2 codes every "opposition" role OPP
    r = analyze_text("Vote\n\nThat is something that Uganda's Kato Mbabazi, a singer-turned-"
                     "opposition-MP-turned-presidential candidate, knows well.",
                     published="2020-11-10")
    assert _entity(r, "Kato Mbabazi").sector == "OPP"


def test_a_party_adjective_on_a_role_noun_keeps_the_role(analyze_text):
    r = analyze_text("Hearing\n\nDemocratic lawmakers grilled the witness on Tuesday.",
                     published="2019-11-20")
    source = next(a for e in r.events for a in e.actors if a.role == "source")
    assert (source.text, source.country, source.sector) == ("Democratic lawmakers", "USA", "LEG")


def test_an_aide_to_a_state_office_holder_is_GOV(analyze_text):
    # PETRARCH2 codes PRESIDENTIAL_AIDE GOV: the staff of a state's office holder
    r = analyze_text("Hearing\n\nThey questioned Karen Dole, a top national security aide to "
                     "Vice President Mike Pence, on Tuesday.", published="2019-11-20")
    assert _entity(r, "Karen Dole").sector == "GOV"


def test_the_main_country_counts_the_state_people():
    # places name Ukraine more often, but the story's officials are American
    from types import SimpleNamespace

    from wiretrace.model import Entity, Span
    from wiretrace.nlp.actors.generic import main_country

    def entity(i, type_, country, sector, n):
        return Entity(id=f"e{i}", name=f"N{i}", type=type_, country=country, sector=sector,
                      sectors=[sector] if sector else [],
                      mentions=[Span(start=k, end=k + 1, text="x") for k in range(n)])

    places = [entity(1, "GPE", "UKR", None, 4), entity(2, "GPE", "USA", None, 3)]
    people = [entity(3, "PERSON", "USA", "GOV", 3), entity(4, "PERSON", "SOM", "REB", 9)]
    assert main_country(SimpleNamespace(entities=places)) == "UKR"
    assert main_country(SimpleNamespace(entities=places + people)) == "USA"


def test_consumers_are_civilians(analyze_text):
    r = analyze_text("Trade\n\nU.S. consumers protested the new tariffs on Monday.",
                     published="2019-11-20")
    source = next(a for e in r.events for a in e.actors if a.role == "source")
    assert (source.country, source.sector) == ("USA", "CVL")
