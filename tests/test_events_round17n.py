"""Issue 18, round 17 (precision on PolNeAR news, h-evn17): a news database's abstract
between its "ABSTRACT." and "FULL TEXT." labels is a summary, not body, for events; the
labels are boilerplate; the lead the abstract restates stays body (docs/quality.md "Round
17: precision on PolNeAR dev2").  Invented sentences."""

from __future__ import annotations

from wiretrace.clean import clean
from wiretrace.read.text import from_text
from wiretrace.render import happened

ABSTRACT_COPY = (
    "Harbor fight splits the council\n\n"
    "ABSTRACT.\n\n"
    "Mayor Linden accused the port authority of hiding the dredging costs.\n\n"
    "FULL TEXT.\n\n"
    "Mayor Linden accused the port authority of hiding the dredging costs.\n\n"
    "The authority said on Tuesday that the figures were public.\n"
)


def test_abstract_marked():
    article = clean(from_text(ABSTRACT_COPY, id="a"))
    text = article.text
    removed = [(text[r.start:r.end], r.reason) for r in article.removed]
    assert ("ABSTRACT.", "boilerplate") in removed
    assert ("FULL TEXT.", "boilerplate") in removed
    lo, hi = article.meta["summary"]
    assert text[lo:hi].startswith("Mayor Linden accused")
    # the lead the abstract restates is no duplicate paragraph
    assert not any(r.reason == "duplicate" for r in article.removed)


def test_no_abstract_without_labels():
    article = clean(from_text(ABSTRACT_COPY.replace("FULL TEXT.", "Full story below"), id="a"))
    assert "summary" not in article.meta


def test_events_only_in_full_text(analyze_text):
    r = analyze_text(ABSTRACT_COPY, published="2016-03-02")
    starts = [e.trigger.start for e in r.events if e.trigger.text == "accused" and happened(e)]
    body = ABSTRACT_COPY.index("accused", ABSTRACT_COPY.index("FULL TEXT."))
    assert starts == [body]
