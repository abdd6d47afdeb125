"""Round 39 (issue 21, branch h-cue39): a free lexicon verb, a verb of the cue lexicon
the cue finders leave with no record in a sentence where no record has its cue, is a
record of its own when its lemma is one of data/free_cues.yaml's cells ("say",
"attack", "expect", "assure" anywhere; "talk" in a main clause): the verb is the cue,
its object, clausal complement or the object of a preposition of topic the content,
its subject the source.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from wiretrace.nlp.attribution.free import free_lemmas

from .conftest import assert_cued, cued, speaker_name


def test_round39_free_attack_is_a_record(analyze_text):
    report = analyze_text("Mendes attacked the harbour board over the levy.")
    assert_cued(report, "attacked", "the harbour board", exact=True)
    assert speaker_name(report, cued(report, "attacked")[0]) == "Mendes"


def test_round39_free_assure_passive_is_a_record(analyze_text):
    report = analyze_text("The crews were assured of a pay rise by the board.")
    assert_cued(report, "assured", "a pay rise", exact=True)


def test_round39_topic_preposition_left_out_of_content(analyze_text):
    report = analyze_text("Okafor said little about the levy on Tuesday.")
    found = cued(report, "said")
    assert found
    assert not any(q.text.startswith("about") or "Tuesday" in q.text for q in found)


NOT_CUED = [
    # the sentence holds a record of ours ("said that it was dead")
    ("Okafor talked to the crews about the levy, and Mendes said that it was dead.",
     "talked"),
    # a lexicon verb whose lemma is no cell ("defend" fell on the second half)
    ("Mendes defended the harbour against the storm.", "defended"),
    # a closed question: no one's report
    ("It is unclear whether Mendes attacked the harbour board.", "attacked"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round39_no_free_record(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round39_cells_are_read_from_the_data_file():
    anywhere, main = free_lemmas()
    assert {"say", "attack", "expect", "assure"} <= anywhere
    assert "talk" in main and "talk" not in anywhere
