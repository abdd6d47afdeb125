"""Round 19 (issue 21): attribution cues.  Objects of speech verbs that are the message
("talked politics", "confirmed a few of his claims"), "as" predicates of verbs of
regarding that the parser makes a clause ("view her as vastly more prepared"), an
evaluative adverb ("viewed him favorably"), "self-described" and its kin, "liken",
judgment verbs ("rebuffed", "reviled") and work titles ("an ad titled 'Unifier'").
Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, assert_offsets, cued_within

CUED = [
    ("Ana Mendes talked up her candidacy at the quay.", "talked", "her candidacy"),
    ("The harbour paper confirmed a few of his claims.", "confirmed", "a few of his claims"),
    ("Mr. Okafor sees Ms. Mendes as captured by a hard-line philosophy.", "sees",
     "as captured"),
    ("Voters still view Ms. Mendes as vastly more prepared for the job.", "view",
     "as vastly more prepared"),
    ("Thirty-nine percent of all growers viewed him favorably in the January poll.",
     "viewed", "him favorably"),
    ("The levy was backed by Tomas Berg, a self-described democratic socialist.",
     "self-described", "democratic socialist"),
    ("Berg is a self-proclaimed champion of the fishing crews.", "self-proclaimed",
     "champion"),
    ("The mayor likened the harbour levy to a toll on the poor.", "likened", "harbour levy"),
    ("The council rebuffed the union's offer on Tuesday.", "rebuffed", "the union's offer"),
    ("The union released a radio spot titled \"Who Pays?\" on Monday.", "titled",
     "Who Pays?"),
    ("Titled \"A Harbour Christmas,\" the short video pans around the quay.", "titled",
     "A Harbour Christmas"),
    # review of round 19: an apostrophe inside the title does not close it, and a
    # hyphen other than "-" joins "self" to its participle
    ("The union released a radio spot titled \u201cThe Mayor\u2019s Toll\u201d on Monday.",
     "titled", "The Mayor\u2019s Toll\u201d"),
    ("The levy was backed by Tomas Berg, a self\u2011described democratic socialist.",
     "self\u2011described", "democratic socialist"),
    # two apostrophes as quotation marks (the NYT archive's style)
    ("The union released a radio spot titled ''The Mayor's Toll'' on Monday.", "titled",
     "The Mayor's Toll''"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round19_cues(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content)


def test_self_described_speaker(analyze_text):
    report = analyze_text("The levy was backed by Tomas Berg, a self-described democratic "
                          "socialist.")
    found = cued_within(report, "self-described")
    sources = {s.id: s for s in report.sources}
    assert found and found[0].speaker and "Berg" in sources[found[0].speaker].name


NOT_CUED = [
    # an "as" clause with its own subject is a time or a reason, not a predicate
    ("A crash would see big price declines as growers decide to sell.", "see"),
    # used as a plain name, a self-description is no record
    ("The self-described socialist said he would win the harbour vote.", "self-described"),
    # "entitled to" is a right, no title
    ("The harbour was entitled to a new crane.", "entitled"),
    # "signal" is left out: things signal
    ("The vote may signal an opening for the dockers.", "signal"),
    # review of round 19: a title whose quotation mark never closes is no title
    ("The union released a radio spot titled \"Who Pays for the quay and the crane "
     "and the new road to the market.", "titled"),
    # nothing after the participle
    ("The union's new radio spot is titled", "titled"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round19_not_cued(analyze_text, text, word):
    report = analyze_text(text)
    assert_offsets(report)
    assert not cued_within(report, word)
