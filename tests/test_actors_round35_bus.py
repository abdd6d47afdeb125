"""Round 35 (h-bus35, issues 20 and 18): companies and publishers take their sector from
the head word of their name, a legal form ("Co.") or a head that PETRARCH2's actor
dictionaries give companies nearly always ("Industries", "Entertainment"), and a
publisher's name ("X Publishing") MED, as PETRARCH2's agent dictionary codes PUBLISHER and
PUBLISHING_HOUSE.  The names and sentences are invented."""

from __future__ import annotations

import pytest

from wiretrace.nlp.actors.dictionaries import _name_sector

from .conftest import assert_offsets


@pytest.mark.parametrize("name, sector", [
    ("Orvane Co.", "BUS"),  # a legal form
    ("Kessling Industries", "BUS"),
    ("Trevo Entertainment", "BUS"),
    ("Marrow Enterprises", "BUS"),
    ("Delmar Publishing", "MED"),
    ("Halvorsen Group", None),  # "group" names armed groups too: no sector from it
    ("Islamic Revolutionary Group", None),
])
def test_a_company_or_publisher_name_head_gives_its_sector(name, sector):
    assert _name_sector(name) == sector


def _codes(report, trigger, role):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.sector) for a in event.actors if a.role == role}


def test_a_publisher_and_a_company_are_coded_in_an_article(analyze_text):
    r = analyze_text("Books\n\nCritics spoke on Monday. Later, Delmar Publishing accused the "
                     "author of plagiarism. On Tuesday, Orvane Co. accused the union of lying.",
                     published="2019-05-03")
    assert_offsets(r)
    assert ("Delmar Publishing", "MED") in {(e.name, e.sector) for e in r.entities}
    assert ("Orvane Co.", "BUS") in {(e.name, e.sector) for e in r.entities}


def test_executives_of_a_company_take_its_sector(analyze_text):
    r = analyze_text("Trade\n\nOfficials met executives of Kessling Industries and Trevo "
                     "Entertainment on Monday.", published="2019-05-03")
    assert_offsets(r)
    assert ("executives", "BUS") in _codes(r, "met", "target")


@pytest.mark.parametrize("who, sector", [
    ("Jamie Quill, the president and publisher of Delmar Publishing,", "MED"),  # not GOV
    ("Peter Rook, chairman of Kessling Industries,", "BUS"),
])
def test_a_person_heading_a_company_takes_its_sector(analyze_text, who, sector):
    r = analyze_text(f"Books\n\nCritics spoke on Monday. \"We agree,\" said {who} on Tuesday.",
                     published="2019-05-03")
    assert_offsets(r)
    assert {e.sector for e in r.entities if e.type == "PERSON"} == {sector}
