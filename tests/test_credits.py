"""Credits as provenance (issue 22): datelines with an agency, sign-offs, bylines that are
wires, contributors lines, "via"/"h/t" courtesies and "This story originated in" become
``article.credits``, each pointing at the name in the text and at the marked stretch it
was read from.  The examples are written for these tests, except the VOA stories (public
domain, ``../shared/eval/real-news/voa-dev.jsonl``), named by id."""

from __future__ import annotations

import json

import pytest

from tests.conftest import shared_path
from wiretrace.clean import clean, wire_name
from wiretrace.read.jsonl import article_from_record
from wiretrace.read.text import from_text

CASES = [
    ("Talks end\n\nWASHINGTON (AP) — The talks ended on Monday.",
     [("Associated Press", "wire", "AP", "WASHINGTON (AP) —")]),
    ("Talks end\n\nWashington (AFP) – The talks ended on Monday.",
     [("Agence France-Presse", "wire", "AFP", "Washington (AFP) –")]),
    ("Talks end\n\nTRIPOLI, Nov 20 (Reuters) - The talks ended.\n\n(Reporting by Ahmed "
     "Elumami in Tripoli; Editing by Toby Chopra)",
     [("Reuters", "wire", "Reuters", "TRIPOLI, Nov 20 (Reuters) -"),
      ("Ahmed Elumami", "contributor", "Ahmed Elumami", None),
      ("Toby Chopra", "contributor", "Toby Chopra", None)]),
    ("Talks end\n\nThe talks ended on Monday.\n\n— AFP",
     [("Agence France-Presse", "wire", "AFP", "— AFP")]),
    ("Talks end\n\nThe talks ended on Monday. They may resume. (Reuters)",
     [("Reuters", "wire", "Reuters", "(Reuters)")]),
    ("Talks end\n\nThe talks ended on Monday. They may resume. (Nile Wire)",
     [("Nile Wire", "wire", "Nile Wire", "(Nile Wire)")]),
    ("Talks end\n\nBy ASSOCIATED PRESS\n\nThe talks ended on Monday.",
     [("Associated Press", "wire", "ASSOCIATED PRESS", "By ASSOCIATED PRESS")]),
    ("Talks end\n\nBy JANE DOE, Associated Press\n\nThe talks ended on Monday.",
     [("Associated Press", "wire", "Associated Press", "By JANE DOE, Associated Press")]),
    ("Talks end\n\nThe talks ended on Monday.\n\nAdditional reporting by John Roe",
     [("John Roe", "contributor", "John Roe", "Additional reporting by John Roe")]),
    ("Talks end\n\nThe talks ended on Monday.\n\nJane Roe and Reuters contributed to this "
     "report.", [("Jane Roe", "contributor", "Jane Roe", None),
                 ("Reuters", "contributor", "Reuters", None)]),
    ("Talks end\n\nThe talks ended on Monday.\n\nThis story originated in VOA's Somali "
     "Service.", [("VOA's Somali Service", "originated", "VOA's Somali Service", None)]),
    ("Talks end\n\nThe talks ended on Monday.\n\nVia Reuters\n\nh/t The Guardian",
     [("Reuters", "courtesy", "Reuters", "Via Reuters"),
      ("The Guardian", "courtesy", "The Guardian", "h/t The Guardian")]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0][1] + "-" + c[1][0][0]
                                                      for c in CASES])
def test_credits_name_who_the_copy_comes_from(text, expected):
    article = clean(from_text(text))
    got = [(c.name, c.kind, c.text) for c in article.credits]
    assert got == [e[:3] for e in expected]
    for credit, (_, _, _, line) in zip(article.credits, expected):
        assert article.text[credit.start:credit.end] == credit.text
        if line is not None:
            assert article.text[credit.line.start:credit.line.end] == line
        # the credit's stretch is not body text
        assert any(r.start <= credit.line.start and credit.line.end <= r.end
                   for r in article.removed)


def test_a_body_sentence_naming_an_agency_is_no_credit():
    article = clean(from_text("Talks end\n\nThe talks ended, Reuters reported. Officials "
                              "met via video link with the UN (UN). Rising prices "
                              "contributed to the unrest."))
    assert article.credits == [] and article.removed == []


def test_wire_names_fold_to_one_agency():
    assert wire_name("AP") == wire_name("The Associated Press") == "Associated Press"
    assert wire_name("ap") is None and wire_name("Jane Doe") is None
    assert wire_name("AFP") == "Agence France-Presse"


# VOA stories (one paragraph each) whose last sentences credit a contributor or the
# service the story originated in
VOA = {
    "6181235": [("Ham Ji-ha", "contributor")],
    "6204681": [("Adrianna Zhang", "contributor"), ("VOA's Mandarin Service", "originated")],
    "8008152": [("VOA's Somali Service", "originated")],
    "8010476": [("VOA's Mandarin Service", "contributor")],
    "6180015": [],  # no credit: the story ends in a body sentence
}


def test_real_stories_credit_their_contributors():
    path = shared_path("eval", "real-news", "voa-dev.jsonl")
    records = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8")
                                       .splitlines())}
    for story, expected in VOA.items():
        article = clean(article_from_record(records[story], story))
        assert [(c.name, c.kind) for c in article.credits] == expected, story
        for credit in article.credits:
            assert article.text[credit.start:credit.end] == credit.text
            # only the closing sentence is marked; the story before it stays body
            assert credit.line.start > 0 and credit.line.end == len(article.text.rstrip())
