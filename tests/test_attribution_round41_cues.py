"""Round 41 (issue 21, branch h-cue41): two cue classes from PolNeAR's guidelines and
a dictionary sense, each measured on the first half of PolNeAR's train split
(docs/quality.md, round 41):

* a verb of obligation with a legal text for subject (`obligation_verbs` in cues.yaml:
  "The harbour rules require pilots to ..."): the text is the source, what it requires
  the content;
* "look" with a to-infinitive (`infinitive_intentions`: "The council is looking to close
  the pier"): an intention cue, as "want to" or "seek to".

"document" as an evidence verb was measured and left out (it lowered the second half).

Every sentence is invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.words import lexicon

from .conftest import assert_cued, cued, speaker_name


def test_round41_rules_require_is_a_record_with_the_rules_for_source(analyze_text):
    report = analyze_text("The harbour rules require pilots to report every collision "
                          "within a day.")
    assert_cued(report, "require", "pilots to report every collision", exact=True)
    quote = cued(report, "require")[0]
    assert "rules" in (speaker_name(report, quote) or "").lower()


def test_round41_law_prohibits_in_a_relative_clause(analyze_text):
    report = analyze_text("Okafor praised the port law, which prohibits night fishing "
                          "in the bay.")
    assert_cued(report, "prohibits", "night fishing", exact=True)


def test_round41_passive_required_names_no_text_and_is_no_record(analyze_text):
    report = analyze_text("Pilots were required to report every collision.")
    assert not cued(report, "required"), [(q.cue.text, q.text) for q in report.quotes
                                          if q.cue]


def test_round41_a_subject_that_is_no_legal_text_is_no_record(analyze_text):
    report = analyze_text("The job requires patience and a steady hand.")
    assert not cued(report, "requires"), [(q.cue.text, q.text) for q in report.quotes
                                          if q.cue]


def test_round41_looking_to_with_an_infinitive_is_an_intention(analyze_text):
    report = analyze_text("The council is looking to close the pier before the winter.")
    assert_cued(report, "looking", "close the pier", exact=True)


def test_round41_look_without_an_infinitive_is_no_cue(analyze_text):
    report = analyze_text("The council looked at the pier on Tuesday, and the pier "
                          "looks old.")
    assert not cued(report, "looked") and not cued(report, "looks"), [
        (q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round41_lists_are_read_from_the_data_file():
    lex = lexicon()
    assert lex.obligation_verbs == {"require", "mandate", "prohibit", "forbid"}
    assert {"law", "rule", "bill", "regulation"} <= lex.obligation_texts
    assert lex.infinitive_intentions == {"look"}
    assert lex.verbs.get("document") is None  # measured and left out
