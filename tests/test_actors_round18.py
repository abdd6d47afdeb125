"""Round 18 (h-act18) of the actor codes on real news (issue 20): US presidential
candidates by their role on the date, a question's auxiliary is no part of a name,
refugees are not of the country they are in, people named by their trade.  Invented
sentences (the candidates are real people, coded from the dated dictionary entries)."""

from __future__ import annotations

from wiretrace.nlp.actors.codes import _dictionary_sectors

from .conftest import assert_offsets


def _people(report):
    return {e.name: (e.country, e.sector) for e in report.entities if e.type == "PERSON"}


def _codes(report):
    return {(a.text, a.country, a.sector) for e in report.events for a in e.actors
            if a.role in ("source", "target")}


def test_candidates_hold_their_role_on_the_date():
    # a candidate with no office is the party's (PETRARCH2 PRESIDENTIAL_CANDIDATE PTY)
    assert _dictionary_sectors("Donald J. Trump", "2016-03-01", person=True) == (
        "USA", ["PTY"])
    assert _dictionary_sectors("Donald Trump", "2018-03-01", person=True) == ("USA", ["GOV"])
    assert _dictionary_sectors("Ben Carson", "2015-11-17", person=True) == ("USA", ["PTY"])
    # a candidate in office keeps the office
    assert _dictionary_sectors("Elizabeth Warren", "2019-11-20", person=True) == (
        "USA", ["LEG"])
    assert _dictionary_sectors("Pete Buttigieg", "2019-11-20", person=True) == (
        "USA", ["GOV"])


def test_a_former_governor_running_is_an_elite(analyze_text):
    # every office listed has ended: ELI (CAMEO: "former government officials")
    r = analyze_text("Race\n\nMike Huckabee called for a ban on Tuesday.",
                     published="2015-11-17")
    assert _people(r)["Mike Huckabee"] == ("USA", "ELI")


def test_a_questions_auxiliary_is_no_part_of_a_name(analyze_text):
    r = analyze_text("Debate\n\nElizabeth Warren led the field in October. Warren was "
                     "under attack last month. Will Warren continue to face the heat? "
                     "Rivals attacked Warren on Wednesday.", published="2019-11-20")
    people = _people(r)
    assert "Will Warren" not in people
    warren = next(e for e in r.entities if e.name == "Elizabeth Warren")
    assert len(warren.mentions) == 4
    assert_offsets(r)


def test_refugees_take_no_country_from_where_they_are(analyze_text):
    r = analyze_text("Camps\n\nThe camps in Ruritania shelter more than 400,000 refugees. "
                     "Police in Nairobi arrested refugees on Monday.", published="2021-03-24")
    refugees = [c for c in _codes(r) if "refugees" in c[0]]
    assert refugees and all(country is None for _, country, _ in refugees)
    police = [c for c in _codes(r) if c[0] == "Police"]
    assert police and police[0][1] == "KEN"  # other generic actors keep the place's
    assert_offsets(r)


def test_people_named_by_their_trade(analyze_text):
    r = analyze_text("Radio\n\nGlenn Beck, the conservative radio host, criticized the "
                     "senator. The plan was backed by veteran Democratic strategist Donna "
                     "Brazile. Jane Roe, an actress, signed the letter. Andrea Mitchell, a "
                     "news anchor, interviewed the senator.", published="2016-05-03")
    people = _people(r)
    assert people["Glenn Beck"][1] == "MED"
    assert people["Donna Brazile"] == ("USA", "PTY")
    assert people["Jane Roe"][1] == "ELI"
    assert people["Andrea Mitchell"][1] == "MED"
    assert_offsets(r)


def test_a_committee_of_a_chamber_is_the_legislatures(analyze_text):
    # its subject ("Intelligence") names what it oversees, not what it is
    r = analyze_text("Hearings\n\nThe House Select Committee on Intelligence opened its "
                     "hearings on Tuesday.", published="2019-11-19")
    committee = next(e for e in r.entities if e.name.endswith("Committee on Intelligence"))
    assert committee.sector == "LEG"
    assert_offsets(r)


def test_the_islamic_state_is_a_transnational_armed_group(analyze_text):
    # NER types "Islamic" NORP and leaves "State": the two are the organization's name
    r = analyze_text("Attacks\n\nThe Islamic State claimed the attack in Paris on Friday, "
                     "officials said.", published="2015-11-14")
    group = next(e for e in r.entities if e.name == "Islamic State")
    assert (group.type, group.country, group.sector) == ("ORG", None, "REB")
    assert_offsets(r)
