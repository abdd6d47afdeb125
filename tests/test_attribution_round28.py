"""Round 28 (issue 21, branch h-cue28): a relative pronoun object of a verb of taking
sides is what the side is taken on ("the levy, which Okafor once supported"), as round
20 made it for verbs of saying, claiming and denying; a sense that reports nothing is
read through the pronoun to the noun it stands for ("Labor Day, which Americans
celebrate").  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued, speaker_name

CUED = [
    # CGEL ch. 12: the relative pronoun stands for the gap of the verb's object
    ("The council raised the harbour levy, which Okafor once supported, by a third.",
     "supported", "which"),
    ("The crews backed Mendes, a candidate who many party members strongly oppose.",
     "oppose", "who"),
    ("Reyes, the senator whom even other senators dislike, won the vote.", "dislike",
     "whom"),
    ("The levy is one that many economists in both parties applaud.", "applaud", "that"),
    ("The port signed the treaty, which the mayor vehemently opposed.", "opposed", "which"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round28_stance_relative_objects(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content, exact=True)


def test_the_relative_clause_subject_holds_the_stance(analyze_text):
    report = analyze_text("The port signed the treaty, which the mayor vehemently opposed.")
    found = cued(report, "opposed")
    assert found and speaker_name(report, found[0]) is not None
    assert "mayor" in speaker_name(report, found[0]).lower()


def test_the_antecedent_is_not_the_content(analyze_text):
    # PolNeAR's guidelines keep the pronoun and leave its antecedent out
    report = analyze_text("The port signed the treaty, which the mayor vehemently opposed.")
    assert not any("treaty" in q.text for q in cued(report, "opposed"))


NOT_CUED = [
    # an occasion marked with festivities is an act (Merriam-Webster "celebrate" 2, 4),
    # through the pronoun as with a plain object
    ("This year, Labor Day, which Americans celebrate in September, falls early.",
     "celebrate"),
    # a relative pronoun subject is round 16's rule, not this one; a stance verb with
    # no object and no pronoun object stays without a record
    ("The plan the dockers proposed failed, and the crews that cheered went home.",
     "cheered"),
    # the rule is for taking sides: what one seeks or wants is left as it was
    ("He knows the job that his wife is seeking at the port.", "seeking"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round28_not_cues(analyze_text, text, word):
    report = analyze_text(text)
    found = cued(report, word)
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_a_stance_on_a_ruling_through_the_pronoun_stays(analyze_text):
    # "celebrated the ruling" is the stance sense (Merriam-Webster 3)
    assert_cued(analyze_text("It was a ruling which the dockers celebrated."), "celebrated",
                "which", exact=True)
