"""Round 40 (issue 21, branch h-cue40): a speech verb of the cue lexicon that the cue
finders take as a cue with no content of their own, outside every record, is a record
when its lemma is one of data/free_cues.yaml's ``contentless_speech_lemmas`` (argue,
note, plead, recall; chosen by a rule declared before the second half's counts, see
docs/quality.md, round 40): the verb is the cue, what free.free_content finds the
content.  Every sentence is invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.free import contentless_lemmas

from .conftest import assert_cued, cued, speaker_name


def test_round40_argue_with_an_aside_is_a_record(analyze_text):
    report = analyze_text("Supporters of the levy would argue - and Okafor presumably "
                          "believes - that the port needs it.")
    assert_cued(report, "argue", "the port needs it", exact=True)


def test_round40_pleaded_guilty_is_a_record(analyze_text):
    report = analyze_text("In 2012, Okafor pleaded guilty to taking bribes from the "
                          "harbour board.")
    assert_cued(report, "pleaded", "guilty", exact=True)
    assert speaker_name(report, cued(report, "pleaded")[0]) == "Okafor"


def test_round40_note_after_an_adverb_is_a_record(analyze_text):
    report = analyze_text("The panel is right to note, however, that the levy is small.")
    assert_cued(report, "note", "the levy is small", exact=True)


def test_round40_unlisted_speech_verb_stays_without_record(analyze_text):
    report = analyze_text("Mendes spoke at the harbour on Tuesday.")
    assert not cued(report, "spoke"), [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round40_cells_are_read_from_the_data_file():
    assert contentless_lemmas() == {"argue", "note", "plead", "recall"}
