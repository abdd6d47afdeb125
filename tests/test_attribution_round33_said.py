"""Round 33 (issue 21, branch h-cuesaid33): a direct quote introduced by a cue of its own
keeps that cue when its speaker is not resolved and the quote goes on with the speaker
of the quote before it; only a quote with no cue takes the earlier quote's cue.  Every
sentence is invented for this file."""

from __future__ import annotations


def _cue_of(report, opening: str) -> str | None:
    text = report.article.text
    quote = next(q for q in report.quotes if q.kind == "direct" and q.text.startswith(opening))
    return text[quote.cue.start:quote.cue.end] if quote.cue is not None else None


def test_a_quote_with_its_own_cue_keeps_it_after_another_quote(analyze_text):
    report = analyze_text("“Many of the crews have lived on the quay for years,” added "
                          "another harbour pilot. A third said, “Reyes is in a five-way race "
                          "with Berg and Mendes” for the second seat.")
    assert _cue_of(report, "Many") == "added"
    assert _cue_of(report, "Reyes") == "said"


def test_a_quote_with_no_cue_goes_on_with_the_cue_before_it(analyze_text):
    report = analyze_text("“The pier needs new pilings,” Ana Mendes said. “We cannot wait "
                          "another winter.”")
    assert _cue_of(report, "The pier") == "said"
    assert _cue_of(report, "We cannot") == "said"
