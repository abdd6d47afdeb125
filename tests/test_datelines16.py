"""Round 16 (branch h-wdl16): a wire dateline opening a story whose headline was taken off
into the title is marked (clean/cleaner.py, data/clean.yaml `dateline`), and a marked
stretch is never part of an event actor (nlp/events/roles.py).  docs/quality.md "Round 16:
datelines and page clutter".  Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import assert_offsets
from wiretrace.clean import clean
from wiretrace.read.text import from_text
from wiretrace.render import happened


def _marked(text: str) -> list[tuple[str, str]]:
    a = clean(from_text(text))
    return [(r.reason, a.text[r.start:r.end]) for r in a.removed]


OPENINGS = [
    ("LUMORA, Veltania (AP) — The foreign minister said on Monday that talks would resume.\n"
     "Diplomats met again on Tuesday.", "LUMORA, Veltania (AP) —", "Associated Press"),
    ("KESTRA (Reuters) - Rescuers searched the rubble on Friday.\nThe mayor thanked them.",
     "KESTRA (Reuters) -", "Reuters"),
    ("Port Ilyan (Example News)Investors stayed cautious on Monday.\nShares fell.",
     "Port Ilyan (Example News)", "Example News"),
    ("Springfield – Several hundred nurses marched to the capitol on Tuesday.\n"
     "They asked for more staff.", "Springfield –", None),
]


@pytest.mark.parametrize("text,dateline,wire", OPENINGS)
def test_a_first_line_under_a_dateline_is_no_headline(text, dateline, wire):
    a = clean(from_text(text))
    assert [(r.reason, a.text[r.start:r.end]) for r in a.removed] == [("dateline", dateline)]
    if wire:
        assert [c.name for c in a.credits if c.kind == "wire"] == [wire]


def test_a_headline_stays_body_and_the_title_case_dateline_needs_the_first_paragraph():
    # a headline line (no final period) is no paragraph under a dateline
    assert _marked("WASHINGTON — Talks stall again\nThe council met on Monday.") == []
    # a title-case place and a dash is a dateline on the first paragraph only
    text = ("Council votes on harbour\nThe council met on Monday.\n"
            "Springfield – The city answered on Tuesday.")
    assert _marked(text) == []
    assert _marked("Council votes on harbour\nSpringfield – The city answered on Tuesday.") \
        == [("dateline", "Springfield –")]


@pytest.mark.parametrize("opening", [
    "DORVAL, Veltania (AP) — The defense minister of Veltania on Wednesday accused Rostland "
    "of threatening its fishing boats.",
    "Dorval – The defense minister of Veltania on Wednesday accused Rostland of threatening "
    "its fishing boats.",
])
def test_a_dateline_is_never_an_actor(analyze_text, opening):
    r = analyze_text(opening + "\nRostland denied it.", published="2021-05-04")
    found = [e for e in r.events if e.trigger.text == "accused" and happened(e)]
    assert found, [(e.trigger.text, e.type) for e in r.events]
    sources = [a for e in found for a in e.actors if a.role == "source"]
    assert sources and all("Dorval" not in a.text and "DORVAL" not in a.text
                           and a.start >= opening.index("The") for a in sources), sources
    assert_offsets(r)
