"""Noun and headline cues of round 14 (issue 21): nouns of request with their "for"
object ("calls for a recount"; FrameNet's Request), "chants of ..." (Merriam-Webster),
light verbs with their noun ("made the case that ...", "showed no sign of ...", "took a swipe at ..."; Merriam-Webster), nouns
of taking sides after a copula ("is a supporter of ..."; FrameNet's Taking_sides), the
possessive pronouns as holders, a sentence-case headline verb tagged a noun, and a
headline label that names whom the speaker addressed ("Okafor to dockers: ...").  Every
sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def test_plea_for_a_for_to_clause(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. Okafor made a plea for the "
        "council to drop the levy.")
    assert_offsets(report)
    pleas = cued(report, "made a plea")  # round 31: the light verb joins the cue
    assert pleas and pleas[0].text == "the council to drop the levy", [q.text for q in pleas]
    assert speaker_name(report, pleas[0]) is not None


def test_possessive_holds_a_call_for(analyze_text):
    report = analyze_text(
        "John Smith spoke in Ohio on Monday. His call for a recount angered the council.")
    assert_offsets(report)
    calls = cued(report, "call")
    assert calls and calls[0].text == "a recount"
    assert speaker_name(report, calls[0]) == "John Smith"


def test_chants_of_a_slogan(analyze_text):
    report = analyze_text(
        "The fishermen said they were tired. But their chants of 'Fish first' went on.")
    assert_offsets(report)
    chants = cued(report, "chants")
    assert chants and "Fish first" in chants[0].text
    assert speaker_name(report, chants[0]) == "fishermen"


def test_questions_about_are_no_cue(analyze_text):
    # tried and taken out: "questions about" added as many false cues as true ones on
    # the second half and dev (docs/quality.md, round 14)
    report = analyze_text(
        "The leaked memo raised new questions about whether the mayor knew of the deal.")
    assert_offsets(report)
    assert not cued(report, "questions")


def test_made_the_case_that(analyze_text):
    report = analyze_text("Ana Mendes made the case that the port needs a new crane.")
    assert_offsets(report)
    cases = cued(report, "made the case")  # round 31: with its light verb
    assert cases and cases[0].text == "that the port needs a new crane"


def test_showed_no_sign_and_took_a_swipe(analyze_text):
    report = analyze_text(
        "The mayor showed no sign of backing down. Okafor took a swipe at the council.")
    assert_offsets(report)
    assert any(q.text.startswith("backing down") for q in cued(report, "showed no sign"))
    assert any(q.text == "the council" for q in cued(report, "took a swipe"))


def test_supporter_after_a_copula_leaves_the_aside_out(analyze_text):
    report = analyze_text(
        "The senator is a fierce supporter of the levy, which passed in May.")
    assert_offsets(report)
    supporters = cued(report, "supporter")
    assert supporters and supporters[0].text == "the levy"


def test_supporter_as_subject_is_no_cue(analyze_text):
    report = analyze_text("A supporter of the levy waved a flag outside the hall.")
    assert_offsets(report)
    assert not cued(report, "supporter")


def test_sentence_case_headline_verb(analyze_text):
    report = analyze_text(
        "Mayor demands inquiry into port deal\n\nThe mayor of the harbour town spoke on "
        "Tuesday.")
    assert_offsets(report)
    demands = cued(report, "demands")
    assert demands and demands[0].text.startswith("inquiry into port deal")


def test_sentence_case_noun_after_a_verb_is_no_cue(analyze_text):
    report = analyze_text(
        "Officials held port talks with the union\n\nThe talks ended on Tuesday.")
    assert_offsets(report)
    assert not cued(report, "talks")


def test_headline_label_with_an_addressee(analyze_text):
    report = analyze_text(
        "Okafor to Port Workers: The Levy Will Go\n\nRuth Okafor spoke on Monday.")
    assert_offsets(report)
    labels = cued(report, ":")
    assert labels and labels[0].text == "The Levy Will Go"
