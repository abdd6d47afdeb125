"""Headline speaker labels of round 32 (issue 21): a label's content is the whole rest
of its line, the words after the quote it opens with too ("Okafor: 'No Deal' If the Port
Stays Shut"), so a cue inside that rest is part of the label's content.  Every headline
is invented."""

from __future__ import annotations

from wiretrace.nlp.attribution.labels import label_rest
from wiretrace.nlp.attribution.record import Cue

from .conftest import assert_offsets


def _contents(report, cue_text):
    return [q for q in report.quotes if q.cue is not None and q.cue.text == cue_text]


def test_a_headline_label_takes_the_words_after_its_quote(analyze_text):
    report = analyze_text("Ana Mendes: \u2018Not A Bad Plan\u2019 To Ask Pilots For A Bigger "
                          "Port\n\nMendes spoke in Porto on Monday.\n")
    assert_offsets(report)
    quotes = _contents(report, ":")
    assert quotes
    said = " ".join(q.text for q in quotes)
    assert "Not A Bad Plan" in said and "Bigger Port" in said


def test_a_label_whose_quote_ends_the_line_keeps_the_quote(analyze_text):
    report = analyze_text("Ana Mendes: \u2018The Port Will Reopen In May.\u2019\n\n"
                          "Mendes spoke in Porto on Monday.\n")
    assert_offsets(report)
    quotes = _contents(report, ":")
    assert quotes and all("Port Will Reopen" in q.text for q in quotes)


def test_label_rest_only_for_a_first_line_colon(nlp):
    doc = nlp("The pilots met.\nAna Mendes: \u2018No Deal\u2019 If The Port Stays Shut\n")
    colon = next(t.i for t in doc if t.text == ":")
    cue = Cue(tokens=[colon], cls="speech", anchor=colon, speaker=colon - 1,
              content=list(range(colon + 1, len(doc) - 1)))
    assert label_rest(doc, cue, []) == []  # not the headline
    doc = nlp("Ana Mendes: \u2018No Deal\u2019 If The Port Stays Shut\n\nThe pilots met.")
    colon = next(t.i for t in doc if t.text == ":")
    line = [t.i for t in doc if t.i > colon and "\n" not in t.text and t.idx < doc.text.index("\n")]
    quote = (doc.text.index("\u2018") + 1, doc.text.index("\u2019"))
    cue = Cue(tokens=[colon], cls="speech", anchor=colon, speaker=colon - 1, content=line)
    assert " ".join(doc[i].text for i in label_rest(doc, cue, [quote])) == "If The Port Stays Shut"
