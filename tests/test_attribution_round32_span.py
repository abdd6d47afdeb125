"""Round 32 (issue 21, branch h-cuebound32): cue spans.  A noun or gerund cue takes in
its governing predicate when the predicate's subject is the one the noun's possessive
stands for ("stated his intention"), and when the predicate is a cue word with no record
of its own ("responded by explaining").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued_within


def _cues(report) -> list[str]:
    return [q.cue.text for q in report.quotes if q.cue]


@pytest.mark.parametrize("text,cue,noun", [
    ("Senator Joe Mendes also stated his intention to vote for the levy.",
     "stated his intention", "intention"),
    ("Senator Joe Mendes has consistently pushed his promise of free college.",
     "pushed his promise", "promise"),
    ("Sullivan responded by explaining that it was impossible to send the file.",
     "responded by explaining", "explaining"),
])
def test_round32_a_noun_cue_takes_in_its_governing_predicate(analyze_text, text, cue, noun):
    report = analyze_text(text)
    assert_offsets(report)
    found = cued_within(report, noun)
    assert found, _cues(report)
    assert any(q.cue.text == cue for q in found), [q.cue.text for q in found]


@pytest.mark.parametrize("text,cue", [
    # the possessive does not agree with the subject: someone else's intention
    ("The union leaders stated his intention to resign.", "intention"),
    ("The two men did not discuss her criticisms of the port.", "criticisms"),
])
def test_round32_a_possessive_of_someone_else_keeps_the_noun_alone(analyze_text, text, cue):
    report = analyze_text(text)
    assert cue in _cues(report), _cues(report)


# Round 32 (branch h-nounspan32): the speakerless noun cue.  A noun cue with no holder
# found takes in its governing predicate whatever that predicate's subject, as PolNeAR's
# annotators mark it (train's first half: 31 of 46 take the predicate in).
@pytest.mark.parametrize("text,cue,noun", [
    ("The new budget includes a pledge to cut the harbour levy.",
     "includes a pledge", "pledge"),
    ("The port authority has endured criticism for the delays.",
     "endured criticism", "criticism"),
])
def test_round32_a_speakerless_noun_cue_takes_in_its_predicate(analyze_text, text, cue, noun):
    report = analyze_text(text)
    assert_offsets(report)
    found = cued_within(report, noun)
    assert any(q.cue.text == cue for q in found), _cues(report)
    # only the cue span changes: the record still has no speaker
    assert all(q.speaker is None for q in found), [q.speaker for q in found]


@pytest.mark.parametrize("text,cue", [
    # no governing predicate: the noun is the subject
    ("Claims of torture were investigated by the board.", "Claims"),
    # a holder is found ("from the union") and is not the predicate's subject
    ("The report drew sharp criticism from the union.", "criticism"),
])
def test_round32_a_noun_cue_without_the_span_keeps_the_noun_alone(analyze_text, text, cue):
    report = analyze_text(text)
    assert cue in _cues(report), _cues(report)
