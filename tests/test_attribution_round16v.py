"""Round 16 (issue 21): verb cues.  Verbs of appointing with the one appointed for object
(`decree_verbs`), "urge", "order", "blame" with their object as content, "cite" a
document, "rule that", "discover that".  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name


def _quotes(report):
    return [(q.cue and q.cue.text, q.text) for q in report.quotes]


CUES = [
    # (sentence, cue, words in the first record's content, words in its speaker or None)
    ("The governor appointed a new harbour master on Monday.", "appointed",
     "a new harbour master", "governor"),
    ("The union urged a quick vote on the harbour levy.", "urged",
     "a quick vote on the harbour levy", None),
    ("The mayor ordered an inquiry into the port contracts.", "ordered",
     "an inquiry into the port contracts", None),
    ("The crews blamed the late storm.", "blamed", "the late storm", None),
    # a document cited is what the subject points to
    ("Okafor cited the harbour report during the debate in Lagos.", "cited",
     "the harbour report", "Okafor"),
    ("The court ruled that the harbour levy was lawful.", "ruled",
     "the harbour levy was lawful", "court"),
    ("The inspectors discovered that the quay wall was cracked.", "discovered",
     "the quay wall was cracked", None),
]


@pytest.mark.parametrize("sentence,cue,content,speaker", CUES)
def test_verb_cue_with_its_content(analyze_text, sentence, cue, content, speaker):
    report = analyze_text(sentence)
    assert_offsets(report)
    quotes = cued(report, cue)
    assert quotes and content in quotes[0].text, _quotes(report)
    if speaker is not None:
        assert speaker in (speaker_name(report, quotes[0]) or "")


def test_named_with_the_office(analyze_text):
    report = analyze_text("Mayor Okafor named her deputy to the port board last week.")
    assert_offsets(report)
    quotes = cued(report, "named")
    assert quotes and "to the port board" in " ".join(q.text for q in quotes), _quotes(report)


def test_nominated_for_an_office(analyze_text):
    report = analyze_text("The fishermen's party nominated Ana Mendes for mayor.")
    assert_offsets(report)
    quotes = cued(report, "nominated")
    assert quotes and "Ana Mendes" in " ".join(q.text for q in quotes), _quotes(report)


NO_CUES = [
    # a participle that names a noun, a passive appointment: no decree
    ("A fisherman named Tomas Berg found the net near the quay.", "named"),
    ("Lee was named director of the port authority in May.", "named"),
    # 'rule' and 'discover' without a complement
    ("The old king ruled the island for forty years.", "ruled"),
    ("The divers discovered a wreck near the harbour mouth.", "discovered"),
]


@pytest.mark.parametrize("sentence,cue", NO_CUES)
def test_the_same_verbs_are_no_cues(analyze_text, sentence, cue):
    report = analyze_text(sentence)
    assert_offsets(report)
    assert not cued(report, cue), _quotes(report)


def test_cited_a_document_as_saying_stays_a_relay(analyze_text):
    report = analyze_text('The paper cited a harbour memo as saying "the quay is unsafe."')
    assert_offsets(report)
    quotes = cued(report, "cited")
    assert not quotes or "memo" not in quotes[0].text, _quotes(report)
