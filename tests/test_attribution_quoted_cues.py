"""Cues inside quotation marks (issue 21, round 9): what a quoted speaker reports stays
inside the quote.  Every sentence is invented for this file."""

from __future__ import annotations

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
