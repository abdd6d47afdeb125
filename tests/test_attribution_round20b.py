"""Round 20 (issue 21, branch h-cue20b): cues found by their construction, not their
word.  An "as" clause after the clause it reports ("..., as the Gazette reported"), a
reporting verb after a comma that ends the sentence and that the parser made a
conjunct ("..., said the company's chief executive"), the inverted subject of a verb
after a closing quotation mark that the parser hung on a later verb, and a digest's
byline before a colon (no speaker label).  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, assert_offsets, cued

CUED = [
    ("The crews met the mayor on Monday, as the Harbour Gazette reported on Tuesday.",
     "reported", "The crews met the mayor on Monday"),
    ("Closing the quay also carries risks, as harbour pilots point out.", "point",
     "Closing the quay also carries risks"),
    ("Invoking a closed harbour is a classic scare tactic, as Ana Lopes noted in the "
     "Gazette.", "noted", "a classic scare tactic"),
    ("Berg met the crews that day, as the Gazette reported, and he will help the mayor "
     "prepare.", "reported", "Berg met the crews that day"),
    ("In nearby Sines, the steel plant is hanging on, but it is under intense pressure "
     "from imports, said the company's chief executive, John Okafor.", "said",
     "under intense pressure from imports"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round20_cues(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content, exact=True)


def test_trailing_as_leaves_a_joined_clause_out(analyze_text):
    report = analyze_text("Berg met the crews that day, as the Gazette reported, and he "
                          "will help the mayor prepare.")
    found = cued(report, "reported")
    assert found and not any("help the mayor" in q.text for q in found)


NOT_CUED = [
    # a time, not a report: the verb's content comes after a preposition
    ("The crowd cheered as the mayor spoke.", "spoke"),
    # the "as" clause has a complement of its own: no gap, no report of the host
    ("Prices fell as the growers continued to sell at the quay.", "continued"),
    # the host is a report already: one content, one cue
    ("\"Quiet,\" the mayor demanded, as the pilot continued.", "continued"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round20_not_cues(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]


@pytest.mark.parametrize("text", [
    "''I am more skilled with my hands than with my brain,'' said Tom Reyes, half joking.",
    "''The port needs one or two big ideas,'' said Tom Reyes, who ran the quay for years "
    "yet endorsed Ana Berg in the primary.",
])
def test_inverted_subject_hung_on_a_later_verb(analyze_text, text):
    report = analyze_text(text)
    assert_offsets(report)
    direct = [q for q in report.quotes if q.kind == "direct"]
    assert direct and direct[0].cue is not None and direct[0].cue.text == "said"
    speaker = next(s for s in report.sources if s.id == direct[0].speaker)
    assert "Reyes" in speaker.name


def test_byline_before_a_colon_is_no_speaker_label(analyze_text):
    report = analyze_text("HARBOUR DIGEST\n\nPIER NEWS\u2014\"The Blue Room to close in May,\" "
                          "by Gazette's Ana Lopes: \"The Blue Room, a small club that gave an "
                          "early start to many local bands, will close.\"\n")
    assert not [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


def test_colon_after_a_name_stays_a_label(analyze_text):
    report = analyze_text("Harbour news.\n\nMore from Okafor: \"The partisanship of the town "
                          "is a starting point.\"\n")
    assert [q for q in report.quotes if q.cue is not None and q.cue.text == ":"]


@pytest.mark.parametrize("text,word", [
    # Merriam-Webster "want" 3: advice with "may" / "might", no one's wish
    ("The mayor may want to check his figures on the harbour.", "want"),
    ("Growers who buy a permit this spring might want to think twice.", "want"),
    # a participle between a possessive or determiner and its noun is an adjective
    ("Okafor won most of the convention's pledged delegates in June.", "pledged"),
])
def test_round20_no_report(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]


@pytest.mark.parametrize("text,word", [
    ("The growers want to sell at the quay.", "want"),
    ("The mayor would want a second crane at the quay.", "want"),
    ("Okafor has pledged support for the crews.", "pledged"),
])
def test_round20_still_reports(analyze_text, text, word):
    assert cued(analyze_text(text), word)


@pytest.mark.parametrize("text,word,content", [
    # a relative pronoun object stands for what is said (PolNeAR's guidelines keep the
    # pronoun, not its antecedent)
    ("The pilots complained about the fees, which the port board denies.", "denies",
     "which"),
    ("The levy stays at 10 percent, which Ms. Okafor proposed under a flat rate.",
     "proposed", "which"),
])
def test_relative_pronoun_object(analyze_text, text, word, content):
    report = analyze_text(text)
    assert_offsets(report)
    found = cued(report, word)
    assert found and any(q.text == content for q in found), [q.text for q in found]
