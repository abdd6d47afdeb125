"""Round 14 of the actor codes on real news (issue 20): sectors.  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.tenure import on_date, stale

from .conftest import assert_offsets


def test_a_dictionary_code_of_another_time_is_stale():
    rows = [("AFGELI", "", ""), ("AFGGOVBUS", "2002-06-02", "2004-12-14")]
    assert on_date(rows, "2003-01-01") == ("AFGGOVBUS", True)
    assert on_date(rows, "2021-05-01") == ("AFGELI", False)
    assert stale(rows, "2021-05-01")  # the default ELI past the listed roles
    assert not stale(rows, "2003-01-01")  # a dated role holds
    # only dated rows, none on the date: an office of another time
    assert stale([("TWNGOV", "2006-12-01", "2008-02-28")], "2024-06-01")
    # an undated code other than ELI holds always (an armed group, a state)
    assert not stale([("SOMREB", "", "")], "2024-06-01")
    assert not stale([], "2024-06-01")


def test_a_present_title_beats_the_dictionary_default_elite(analyze_text):
    # PETRARCH2 has Ashraf Ghani as AFGELI outside a 2002-2004 ministry; a story of 2019
    # that calls him president codes the office it names
    r = analyze_text("Talks stall\n\nAfghan President Ashraf Ghani rejected the Taliban "
                     "proposal on Monday.", published="2019-06-03")
    ghani = next(e for e in r.entities if e.name == "Ashraf Ghani")
    assert (ghani.country, ghani.sector) == ("AFG", "GOV")
    assert_offsets(r)


def test_no_title_keeps_the_dictionary_code(analyze_text):
    r = analyze_text("Talks stall\n\nAshraf Ghani rejected the Taliban proposal on Monday.",
                     published="2019-06-03")
    ghani = next(e for e in r.entities if e.name == "Ashraf Ghani")
    assert (ghani.country, ghani.sector) == ("AFG", "ELI")


def test_a_former_title_stays_elite(analyze_text):
    r = analyze_text("Talks stall\n\nFormer Afghan finance minister Ashraf Ghani rejected "
                     "the Taliban proposal on Monday.", published="2019-06-03")
    ghani = next(e for e in r.entities if e.name == "Ashraf Ghani")
    assert (ghani.country, ghani.sector) == ("AFG", "ELI")


def test_a_narrated_he_said_is_not_a_man_named_inside_the_quote(analyze_text):
    # '"... Pavel Novak ...," he added': the speaker named in the narration, not the man
    # the quotation talks about
    r = analyze_text("Budget row\n\nThe finance committee met on Tuesday. \"The plan is "
                     "sound,\" said Tomas Berg, a member of the committee. \"I believe "
                     "Pavel Novak is wrong about the deficit and about the pensions,\" he "
                     "added.", published="2024-03-05")
    he = r.article.text.index("he added")
    berg = next(e for e in r.entities if e.name == "Tomas Berg")
    assert he in {m.start for m in berg.mentions}
    novak = next(e for e in r.entities if e.name == "Pavel Novak")
    assert he not in {m.start for m in novak.mentions}
    assert_offsets(r)


def test_aid_workers_are_an_ngo_not_labour(analyze_text):
    # PETRARCH2 codes "aid group" NGO; its workers took WORKER's LAB before
    r = analyze_text("Relief\n\nAid workers criticized the army on Monday. Workers "
                     "protested at the factory.", published="2024-03-05")
    sectors = {e.trigger.text: [a.sector for a in e.actors if a.role == "source"]
               for e in r.events if e.type}
    assert sectors["criticized"] == ["NGO"]
    assert sectors["protested"] == ["LAB"]


def test_a_person_is_coded_by_the_office_held_on_the_event_date(analyze_text):
    # the state actors list el-Sisi as EGY MIL 2012-2014 (defence minister), EGY GOV
    # from 2014 (president): an event the sentence dates in 2013 takes MIL
    r = analyze_text("Cairo\n\nAbdel Fattah el-Sisi ousted the elected government in 2013. "
                     "Abdel Fattah el-Sisi criticized the plan on Monday.",
                     published="2021-03-09")
    codes = {e.trigger.text: [(a.country, a.sector) for a in e.actors if a.role == "source"]
             for e in r.events if e.type}
    assert codes["ousted"] == [("EGY", "MIL")]
    assert codes["criticized"] == [("EGY", "GOV")]
    assert_offsets(r)
