"""Round 35 (h-act35) of the actor codes (issue 20): a former role in a candidate's
campaign is still the party's (PTY): a campaign's people stay of the party that ran it
(the judged files code a former campaign's chief strategist PTY, AP2; PETRARCH2
PARTY_MEMBER PTY), unlike a former state office (ELI).  A role of another time ("then")
or still to come gives none.  Invented sentences."""

from __future__ import annotations

from pathlib import Path

from wiretrace.eval import people as people_eval

from .conftest import assert_offsets

REPO = Path(__file__).resolve().parents[1]


def _entity(report, name):
    return next((e for e in report.entities if e.name == name), None)


def test_a_former_campaign_manager_is_of_the_party(analyze_text):
    r = analyze_text("Books\n\nEven Tomas Quill, Mr. Trump's former campaign manager, was "
                     "shopping a book about the campaign.", published="2016-07-05")
    assert_offsets(r)
    quill = _entity(r, "Tomas Quill")
    assert quill is not None and (quill.country, quill.sector) == ("USA", "PTY"), quill
    r = analyze_text("Race\n\nHis former campaign manager, Ned Aldous, sued the newspaper.",
                     published="2016-05-01")
    aldous = _entity(r, "Ned Aldous")
    assert aldous is not None and aldous.sector == "PTY", aldous


def test_a_former_state_office_and_a_then_campaign_role_are_not(analyze_text):
    r = analyze_text("Race\n\nA former senator, Ola Brandt, criticized the plan on Monday.",
                     published="2016-05-01")
    brandt = _entity(r, "Ola Brandt")
    assert brandt is None or brandt.sector != "PTY", brandt
    r = analyze_text("Drive\n\nThe former military campaign director, Colonel Ivo Marek, "
                     "attacked the rebels.", published="2016-05-01")
    marek = _entity(r, "Ivo Marek")
    assert marek is None or marek.sector != "PTY", marek


def test_the_polnear_dev9_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-polnear-dev9.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 3
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pp"] * 5
