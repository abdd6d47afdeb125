"""Round 33, one person one actor (issue 20): the PolNeAR dev7 people file is read; a
person's full first reference typed ORG; the NYT archive's two-apostrophe quotation marks.
Invented texts only."""

from __future__ import annotations

from pathlib import Path

from wiretrace.eval import people as people_eval
from wiretrace.nlp.actors import antecedents

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev7_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-polnear-dev7.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 5
    assert [e["merge"] for e in errors if e["kind"] == "merged"] == ["pp"] * 4


def test_a_full_name_typed_org_before_a_doctors_title_is_the_person(typed_org):
    text = ("Trade\n\nPorter Brell experienced the change firsthand. Dr. Brell lost his "
            "seat in 2010.")
    assert typed_org(text, "Porter Brell", "Brell")


def test_a_full_name_typed_org_before_the_surname_alone_is_the_person(typed_org):
    text = ("Inquiry\n\nThe deputy prosecutor, Eva-Lise Morsund, spoke on Tuesday. Morsund "
            "explained that the evidence had weakened.")
    assert typed_org(text, "Eva-Lise Morsund", "Morsund")


def test_an_organization_no_title_or_surname_points_at_stays(typed_org):
    # guard: a surname written before the ORG is no second reference to it
    text = ("Trade\n\nBrell spoke first. Porter Brell, the shipping firm, opened a yard "
            "in 2010.")
    assert not typed_org(text, "Porter Brell", "Brell")


def test_two_apostrophes_open_and_close_a_quote(nlp):
    text = "Vote\n\n''Mr. Vance will lose,'' Ms. Lowe said. Mr. Vance spoke later."
    doc = nlp(text)
    inside = next(t for t in doc if t.text == "lose")
    outside = next(t for t in doc if t.text == "spoke")
    assert antecedents.quoted(inside, doubled=True)
    assert not antecedents.quoted(outside, doubled=True)
    assert not antecedents.quoted(inside)  # the events layer reads quotes without them
