"""Round 41 (issue 21, branch h-noun41): nouns of judgment, feeling, wish and belief from
FrameNet 1.7 frames (`data/held_nouns.yaml`, `nlp/attribution/held.py`) are cues only with
a named holder (a possessor or a "by" / "from" phrase naming people) and a complement
(a that-clause, a wish's to-infinitive, or its group's preposition).  The Statement /
Communication_response group was measured and left out (docs/quality.md, round 41).

Every sentence is invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.held import held_nouns

from .conftest import assert_cued, cued, cued_within, speaker_name


def _cues(report):
    return [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round41_a_critique_with_its_holder_is_a_stance(analyze_text):
    report = analyze_text("Senator Okafor sharpened her critique of the harbour levy on "
                          "Tuesday.")
    assert_cued(report, "critique", "the harbour levy")
    quote = cued_within(report, "critique")[0]
    assert "Okafor" in (speaker_name(report, quote) or "")


def test_round41_a_feeling_with_its_holder_is_a_record(analyze_text):
    report = analyze_text("The dockers' wariness about the new port contract grew over "
                          "the summer.")
    assert_cued(report, "wariness", "the new port contract")


def test_round41_no_holder_no_record(analyze_text):
    report = analyze_text("A critique of the harbour levy appeared in the weekly paper.")
    assert not cued(report, "critique"), _cues(report)


def test_round41_a_first_or_second_person_holder_is_no_record(analyze_text):
    report = analyze_text("My passion for sailing began at the harbour club.")
    assert not cued(report, "passion"), _cues(report)
    report = analyze_text("He told the mayor: you renewed your love of the harbour.")
    assert not cued(report, "love"), _cues(report)


def test_round41_groups_read_from_the_data_file():
    groups = {group for group, _, _ in held_nouns().values()}
    assert "statement" not in groups  # measured and left out
    assert held_nouns()["critique"][1] == "stance"
    assert held_nouns()["wariness"][1] == "cognitive"
