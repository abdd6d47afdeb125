"""Headline cues of round 15 (issue 21): the second of two coordinated headline verbs
("X Backs Y And Denounces Z", "X Says Y, Calls Z ...") is a cue with the first verb's
subject, and the first verb's content ends before it.  Every headline is invented."""

from __future__ import annotations

from wiretrace.nlp.attribution.labels import headline_verb_cues

from .conftest import assert_offsets, cued, speaker_name


def test_a_title_case_second_verb_after_and_is_a_cue(analyze_text):
    report = analyze_text("Mayor Okafor Backs Port Plan And Denounces Union Leaders\n\n"
                          "The mayor spoke on Monday.\n")
    assert_offsets(report)
    second = cued(report, "denounces")
    assert second and "Union Leaders" in second[0].text
    assert "Okafor" in (speaker_name(report, second[0]) or "")
    first = cued(report, "backs")
    assert first and "Denounces" not in first[0].text and "Union" not in first[0].text


def test_a_title_case_second_verb_after_a_comma_is_a_cue(analyze_text):
    report = analyze_text("Ana Mendes Says Harbour Will Reopen, Praises Dock Workers\n\n"
                          "Mendes spoke in Porto.\n")
    assert_offsets(report)
    second = cued(report, "praises")
    assert second and "Dock Workers" in second[0].text
    first = cued(report, "says")
    assert first and "Harbour" in first[0].text and "Praises" not in first[0].text


def test_a_sentence_case_second_verb_after_and_is_a_cue(analyze_text):
    report = analyze_text("Mendes chides union and praises pilots at news conference\n\n"
                          "The mayor spoke on Monday.\n")
    assert_offsets(report)
    second = cued(report, "praises")
    assert second and "pilots" in second[0].text


def test_a_second_verb_needs_a_listed_first_verb(nlp):
    for line in ("Ports And Calls For Reform In Lisbon",  # no first verb
                 "Mayor Okafor Opens Port And Calls For Reform"):  # "opens" is no cue
        doc = nlp(line + "\n\nThe pilots met on Monday.")
        assert [doc[c.anchor].text for c in headline_verb_cues(doc)] == []
    doc = nlp("Mayor Okafor Praises Port And Calls For Reform\n\nThe pilots met.")
    assert "Calls" in [doc[c.anchor].text for c in headline_verb_cues(doc)]


def test_a_base_form_after_a_plural_noun_is_a_headline_cue(analyze_text):
    report = analyze_text("Dock Unions Back Port Plan In Lisbon\n\nThe unions met on Monday.\n")
    assert_offsets(report)
    found = cued(report, "back")
    assert found and "Port Plan" in found[0].text
    assert "Unions" in (speaker_name(report, found[0]) or "")


def test_a_base_form_after_a_singular_noun_is_no_headline_cue(nlp):
    doc = nlp("Mayor Okafor Support For Dock Pilots In Lisbon\n\nThe pilots met.")
    assert [doc[c.anchor].text for c in headline_verb_cues(doc)] == []
