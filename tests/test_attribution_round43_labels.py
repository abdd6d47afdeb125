"""Round 43 (issue 21, branch h-cuefn43): a sentence-case headline's speaker label ("Okafor
camp: ...", "Gazette editorial: ..."): AP's and Politico's headlines write a label's
common nouns in lower case; the label counts when it opens with a capital and ends with a
noun that can be a source.  "camp" (Merriam-Webster 2a, a group promoting a position or
person), "newspaper" and "editorial" (PolNeAR's guidelines: anything that can store or
relay language can be a source) join the source nouns.

Measured and left out (docs/quality.md, round 43): a tweet's closing dash before its
author's name, colons after a clause with no speech word, bracketed credits.

Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, speaker_name

BODY = "\n\nThe harbour reopened on Monday after a long strike by the crews."


def _colon_quotes(report):
    return [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


@pytest.mark.parametrize("headline,speaker,content", [
    ("Okafor camp: Port levy threatens jobs in the harbour.", "camp", "Port levy threatens"),
    ("Gazette editorial: The levy is a mistake for the town.", "editorial", "levy is a mistake"),
    ("Newspaper: Harbour chief used a private email account.", "Newspaper", "private email"),
])
def test_round43_sentence_case_headline_label(analyze_text, headline, speaker, content):
    report = analyze_text(headline + BODY)
    assert_offsets(report)
    found = _colon_quotes(report)
    assert found, [(q.cue.text, q.text) for q in report.quotes if q.cue]
    assert any(content in q.text for q in found)
    assert speaker in (speaker_name(report, found[0]) or "")


@pytest.mark.parametrize("headline", [
    "The latest: Port reopens after the strike.",      # no source noun ends the label
    "Port strike: crews return to the docks.",          # "strike" is no source
])
def test_round43_other_sentence_case_colons_stay_unlabelled(analyze_text, headline):
    report = analyze_text(headline + BODY)
    assert not _colon_quotes(report)


def test_round43_lower_case_label_only_in_the_headline(analyze_text):
    report = analyze_text("Harbour news.\n\nOkafor camp: the levy threatens jobs in the "
                          "harbour.\n\nThe crews met on Monday.")
    assert not _colon_quotes(report)
