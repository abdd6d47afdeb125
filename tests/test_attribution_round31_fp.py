"""Round 31 (issue 21, branch h-cuefp31): cue boundaries.  A noun or gerund cue takes
in the predicate that governs it when the predicate's subject is the cue's speaker and
the predicate is no cue itself ("made several comments", "began by saying").  Every
sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued_within


@pytest.mark.parametrize("text,cue,noun", [
    ("The mayor began by saying that the pier was safe.", "began by saying", "saying"),
    ("Mendes made several comments about the pier.", "made several comments", "comments"),
])
def test_round31_a_noun_cue_takes_in_its_governing_predicate(analyze_text, text, cue, noun):
    report = analyze_text(text)
    assert_offsets(report)
    found = cued_within(report, noun)
    assert found, [q.cue.text for q in report.quotes if q.cue]
    assert any(q.cue.text == cue for q in found), [q.cue.text for q in found]


def test_round31_a_speakerless_noun_cue_takes_in_its_predicate(analyze_text):
    # Round 31 kept the cue "claims" here (the inquiry does not make the claims).
    # Round 32 (branch h-nounspan32) turned it around: a noun cue with no holder found
    # takes in its governing predicate whatever its subject, PolNeAR's convention
    # (train's first half: the annotators' cue takes in the predicate 31 times, the
    # noun alone 15).  The claims still have no speaker.
    report = analyze_text("The inquiry looked into claims of torture at the prison.")
    assert_offsets(report)
    found = cued_within(report, "claims")
    assert any(q.cue.text == "looked into claims" for q in found), [
        q.cue.text for q in report.quotes if q.cue]
    assert all(q.speaker is None for q in found), [q.speaker for q in found]


def test_round31_a_governing_cue_keeps_its_own_span(analyze_text):
    # "criticized" is a cue of its own: the noun's record does not take it in
    report = analyze_text("Mendes criticized the mayor's claim that the pier was safe.")
    assert not any(q.cue.text.startswith("criticized ") for q in report.quotes if q.cue), [
        q.cue.text for q in report.quotes if q.cue]
