"""Cues inside quotation marks (issue 21, round 9): what a quoted speaker reports stays
inside the quote.  Every sentence is invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.quotes import find_marked

from .conftest import assert_offsets


def test_content_of_a_cue_inside_a_quote_stops_at_the_closing_mark(analyze_text):
    report = analyze_text('"The growers who sell at the quay understand that," Ana Mendes '
                          "told reporters on Monday.")
    assert_offsets(report)
    quoted = [q for q in report.quotes if q.cue is not None and q.cue.text == "understand"]
    for q in quoted:
        assert "Mendes" not in q.text and "told" not in q.text, q.text
    told = [q for q in report.quotes if q.cue is not None and q.cue.text == "told"]
    assert any("growers" in q.text and q.kind == "direct" for q in told)


def _quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_marked(text)]


def test_a_straight_apostrophe_closes_a_curly_single_quote_before_the_double_mark():
    text = ("\u201cHe always whispered in my ear, \u2018You are the Queen,'\u201d she said. "
            "\u201cHe was kind.\u201d")
    assert _quoted(text) == ["He always whispered in my ear, \u2018You are the Queen,'",
                             "You are the Queen", "He was kind."]


def test_a_wrong_way_apostrophe_before_digits_opens_no_quote():
    text = ("\u201cLike Germany in the \u201820s,\u201d Ana Mendes said. "
            "\u201cIt drove prices up.\u201d")
    assert _quoted(text) == ["Like Germany in the \u201820s", "It drove prices up."]


def test_a_straight_apostrophe_in_or_after_a_word_closes_nothing():
    text = "He said \u2018the growers' quay is closed\u2019 on Monday, and didn't say more."
    assert _quoted(text) == ["the growers' quay is closed"]
