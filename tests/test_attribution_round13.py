"""Cues of round 13 (issue 21): verbs of retort with their particle ("shot back", "fired
back", "hit back"; Merriam-Webster), "read" as a verb of wording beside a quotation
("the banner read ..."; Merriam-Webster), and a naming participle that says who names
("known to everyone as ...", "called ... by sailors").  Every sentence is invented for
this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def test_shot_back_with_a_that_clause_is_one_cue(analyze_text):
    report = analyze_text(
        "The harbour master shot back that the union had never paid for the new quay."
    )
    assert_offsets(report)
    texts = [q.text for q in cued(report, "shot back")]
    assert any("the union had never paid for the new quay" in t for t in texts), texts


def test_fired_back_after_a_quote_cues_it(analyze_text):
    report = analyze_text('"We will not move the nets," the union leader fired back.')
    assert_offsets(report)
    assert any("We will not move the nets" in q.text for q in cued(report, "fired back"))


def test_back_without_a_speaking_subject_is_no_cue(analyze_text):
    report = analyze_text(
        "Harbour fees shot back up in March. The guards fired back when the boat was hit."
    )
    assert_offsets(report)
    assert cued(report, "shot back") == [] and cued(report, "fired back") == []


def test_a_banner_reads_its_quoted_words(analyze_text):
    report = analyze_text('Dockers marched to the quay. One banner read "No port tax for Porto."')
    assert_offsets(report)
    quotes = cued(report, "read")
    assert any("No port tax for Porto" in q.text for q in quotes), quotes
    assert any(speaker_name(report, q) and "banner" in speaker_name(report, q) for q in quotes)


def test_a_quote_before_read_one_sign(analyze_text):
    report = analyze_text('"Save the old pier," read one sign held up at the quay.')
    assert_offsets(report)
    assert any("Save the old pier" in q.text for q in cued(report, "read"))


def test_a_person_reading_is_no_cue(analyze_text):
    report = analyze_text(
        "Ana Mendes read a statement to the harbour council on Monday. "
        'Tomas Berg read "The Old Man and the Sea" on the ferry.'
    )
    assert_offsets(report)
    assert cued(report, "read") == []


def test_a_naming_participle_with_its_namers_is_a_cue(analyze_text):
    report = analyze_text(
        "The harbour master, known to everyone in the port as Big Ana, opened the market."
    )
    assert_offsets(report)
    quotes = cued(report, "known")
    assert any("Big Ana" in q.text for q in quotes), quotes
    assert any(speaker_name(report, q) and "everyone" in speaker_name(report, q) for q in quotes)


def test_a_naming_participle_alone_stays_no_cue(analyze_text):
    report = analyze_text(
        "The strait, known as the Narrows, is closed. A group called Fish First met."
    )
    assert_offsets(report)
    assert cued(report, "known") == [] and cued(report, "called") == []


def test_phrasal_cues_take_what_they_are_about(analyze_text):
    report = analyze_text(
        "The harbour master shrugged off the criticism from the dockers' union. "
        "Okafor took issue with the council's forecast of falling catches. "
        "The foreign ministry of Porto weighed in on the ruling against the ferry company."
    )
    assert_offsets(report)
    assert any("the criticism from the dockers' union" in q.text
               for q in cued(report, "shrugged off"))
    assert any("forecast of falling catches" in q.text for q in cued(report, "took issue with"))
    assert any("the ruling against the ferry company" in q.text
               for q in cued(report, "weighed in on"))


def test_phrasal_verbs_without_their_object_are_no_cue(analyze_text):
    report = analyze_text(
        "The council will decide before the voters weigh in. Prices took off in March."
    )
    assert_offsets(report)
    assert not [q for q in report.quotes if q.cue is not None and (
        q.cue.text.lower().startswith(("weigh", "took")))]


def test_railed_against_and_touched_on_take_their_object(analyze_text):
    report = analyze_text(
        "The harbour master railed against the new port tax at a rally in Porto. "
        "In the interview, Okafor also touched on the idea of a second quay."
    )
    assert_offsets(report)
    assert any("the new port tax" in q.text for q in cued(report, "railed against"))
    assert any("the idea of a second quay" in q.text for q in cued(report, "touched on"))
