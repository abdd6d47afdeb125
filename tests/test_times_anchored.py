"""Anchored durations as the NewsReader guidelines write them (NWR-2014-2, sec. 6.5;
``anchored_durations`` in data/timex.yaml; docs/time.md, "Anchored durations"): "two
years ago" is a DURATION over its words and the DATE it refers to is kept in
``anchored``; an event takes the DATE; each scorer compares what its corpus writes on the
words.  Invented sentences."""

from __future__ import annotations

from wiretrace.dates.words import lexicon
from wiretrace.eval.meantime import from_report
from wiretrace.eval.timeml import evaluate
from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text


def _report(nlp, body: str, published: str | None = "2021-11-20"):
    return analyze(from_text(f"Harbour news\n\n{body}", id="t", published=published), nlp)


def _time(report, words: str):
    return next(t for t in report.times if t.text == words)


def test_the_convention_is_data():
    assert lexicon().data["anchored_durations"] == ["ago"]


def test_ago_is_a_duration_anchored_on_its_date(nlp):
    report = _report(nlp, "The navy closed the old harbour two years ago, officials said.")
    t = _time(report, "two years ago")
    assert (t.value, t.type, t.anchored, t.rule) == ("P2Y", "DURATION", "2019", "ago")
    assert (t.first, t.last) == ("2019-01-01", "2019-12-31")  # the days of the DATE
    closed = next(e for e in report.events if e.time.time_id == t.id)
    assert (closed.time.value, closed.time.basis) == ("2019", "explicit")


def test_vague_and_forward_anchored_durations(nlp):
    t = _time(_report(nlp, "The ferry line stopped running years ago."), "years ago")
    assert (t.value, t.type, t.anchored) == ("PXY", "DURATION", "PAST_REF")
    t = _time(_report(nlp, "The new pier opens a week from now."), "a week from now")
    assert (t.value, t.anchored) == ("P1W", "2021-W47")
    t = _time(_report(nlp, "The pier closed two weeks ago.", published=None),
              "two weeks ago")
    assert (t.value, t.anchored) == ("P2W", "PAST_REF")  # no publication date: no day


def test_other_counted_expressions_keep_their_date(nlp):
    report = _report(nlp, "The pier was damaged in March 2015. Three months later it reopened.")
    t = _time(report, "Three months later")
    assert (t.value, t.type, t.anchored) == ("2015-06", "DATE", None)


def test_meantime_reads_the_duration_and_timeml_the_date(nlp, tmp_path):
    report = _report(nlp, "The navy closed the old harbour two years ago, officials said.")
    assert [v for *_, v, ty in from_report(report).times] == ["P2Y"]
    tml = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>ago</DOCID>\n<DCT><TIMEX3 tid="t0" '
           'type="DATE" value="2021-11-20" functionInDocument="CREATION_TIME">20211120'
           '</TIMEX3></DCT>\n<TEXT>\nThe navy closed the old harbour <TIMEX3 tid="t1" '
           'type="DATE" value="2019">two years ago</TIMEX3>, officials said.\n</TEXT>\n'
           '</TimeML>\n')
    (tmp_path / "ago.tml").write_text(tml)
    value = evaluate(tmp_path, nlp=nlp)["times"]["value"]
    assert (value["tp"], value["fp"], value["fn"]) == (1, 0, 0)


def test_the_page_names_an_anchored_duration_with_its_date(nlp):
    """The article page's highlight says what "two years ago" refers to, not the
    duration alone (round 39 review: its title was "time P2Y" where it had said 2019)."""
    from wiretrace.web.highlight import pieces

    report = _report(nlp, "The navy closed the old harbour two years ago, officials said.")
    piece = next(p for p in pieces(report) if p.text == "two years ago")
    assert "time P2Y (2019)" in piece.title.split("; ")
