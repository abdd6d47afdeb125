"""Round 42 (issue 21, branch h-cuefn42): phrasal verbs of speech and stance with their
object (`phrasal_cues` in cues.yaml; Merriam-Webster "call out", to criticize publicly;
"fire back", to respond quickly and sharply; "walk back", to retract; "zero in on", to
focus attention on).  A phrasal entry takes the place of its verb's cue when that cue
found no content of its own ("fired back at the mayor": before, the retort verb's
contentless cue kept the phrasal cue out).

Measured and left out (docs/quality.md, round 42): "known as" after a noun as a cue of
naming, and "share" as a verb of telling with its message object.

Every sentence is invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.words import lexicon

from .conftest import assert_cued, cued, speaker_name


def _cues(report):
    return [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round42_calls_out_with_its_object(analyze_text):
    report = analyze_text("The senator often calls out harbour companies by name.")
    assert_cued(report, "calls out", "harbour companies", exact=True)
    quote = cued(report, "calls out")[0]
    assert "senator" in (speaker_name(report, quote) or "").lower()


def test_round42_fired_back_at_with_its_object(analyze_text):
    report = analyze_text("Okafor fired back at Mendes over the levy on Tuesday.")
    assert_cued(report, "fired back at", "Mendes", exact=True)


def test_round42_fired_back_after_a_quote_keeps_the_quote(analyze_text):
    report = analyze_text('"Not so," Okafor fired back.')
    assert_cued(report, "fired back", "Not so")


def test_round42_walked_back_the_comments(analyze_text):
    report = analyze_text("A council spokesman later walked back the comments on the "
                          "levy.")
    assert_cued(report, "walked back", "the comments", exact=False)


def test_round42_zeroed_in_on(analyze_text):
    report = analyze_text("The crews have zeroed in on the pier's safety record.")
    assert_cued(report, "zeroed in on", "the pier's safety record", exact=True)


def test_round42_walking_back_to_a_place_is_no_record(analyze_text):
    report = analyze_text("The crews walked back to the pier after the storm.")
    assert not cued(report, "walked back"), _cues(report)
    assert not cued(report, "walked"), _cues(report)


def test_round42_entries_are_read_from_the_data_file():
    lex = lexicon()
    assert ("out", "", frozenset(), "stance") in {
        (p, o, frozenset(ps), c) for p, o, ps, c in lex.phrasal["call"]}
    assert any(p == "back" and "at" in ps for p, _, ps, _ in lex.phrasal["fire"])
    assert lex.naming_participles == {"call", "know"}  # "known as": measured, left out
    assert lex.verbs.get("share") is None  # "share": measured, left out
