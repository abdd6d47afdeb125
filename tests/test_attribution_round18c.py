"""Round 18 (h-cue18) cues: "focus on", "ignore" and "boo"; a second
report coordinated with the first one's complement; a quote introduced by a colon after
its speaker's name; a no-break space read as a space.  Every sentence is invented for
this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name


def _quotes(report):
    return [(q.cue and q.cue.text, q.text) for q in report.quotes]


@pytest.mark.parametrize("sentence,cue,content", [
    ("The mayor focused on the harbour levy at the meeting.", "focused", "the harbour levy"),
    ("The new advertisement focuses on the dredging plan.", "focuses", "the dredging plan"),
    ("The mayor ignored the dockworkers' complaints.", "ignored", "complaints"),
    ("Dockworkers booed the mayor's speech on Friday.", "booed", "speech"),
])
def test_new_verb_cues(analyze_text, sentence, cue, content):
    report = analyze_text(sentence)
    assert_offsets(report)
    quotes = cued(report, cue)
    assert quotes and content in quotes[0].text, _quotes(report)


@pytest.mark.parametrize("sentence,cue", [
    # a participle that modifies a noun, or "focus" with an object of its own
    ("The port ran an advertisement focused on the dredging plan.", "focused"),
    ("The governor has focused resources on the northern ports.", "focused"),
])
def test_focus_only_as_a_verb_of_its_own(analyze_text, sentence, cue):
    report = analyze_text(sentence)
    assert_offsets(report)
    assert not cued(report, cue), _quotes(report)


def test_a_second_report_is_not_part_of_the_first(analyze_text):
    report = analyze_text("The mayor says she respects the union and calls its leader "
                          "a careful negotiator.")
    assert_offsets(report)
    says = cued(report, "says")
    assert says and "respects the union" in says[0].text, _quotes(report)
    assert "calls" not in says[0].text and "negotiator" not in says[0].text, _quotes(report)
    calls = cued(report, "calls")
    assert calls and "mayor" in (speaker_name(report, calls[0]) or ""), _quotes(report)


def test_a_second_report_has_the_reporting_verbs_speaker(analyze_text):
    report = analyze_text("The mayor said the levy was unfair to the crews, and accused "
                          "the council of ignoring the harbour.")
    assert_offsets(report)
    accused = cued(report, "accused")
    assert accused and "mayor" in (speaker_name(report, accused[0]) or ""), _quotes(report)


def test_a_coordinated_verb_with_its_own_subject_stays_in_the_content(analyze_text):
    report = analyze_text("The mayor said the union rejected the offer and the council "
                          "criticized the union.")
    assert_offsets(report)
    said = cued(report, "said")
    assert said and "the council criticized the union" in said[0].text, _quotes(report)


@pytest.mark.parametrize("text,speaker", [
    ("The survey has its critics. More from the harbour report: \u201cMost crews "
     "expect the levy to rise next year.\u201d", "report"),
    ("The levy divided the town. Here is Ana Mendes of the dockworkers' union: "
     "\u201cWe will not pay a levy we never voted for.\u201d", "Ana Mendes"),
])
def test_a_colon_introduces_a_quote_after_its_speaker(analyze_text, text, speaker):
    report = analyze_text(text)
    assert_offsets(report)
    quotes = cued(report, ":")
    assert quotes, _quotes(report)
    assert speaker.lower() in (speaker_name(report, quotes[0]) or "").lower(), _quotes(report)


def test_a_colon_after_the_writers_own_clause_is_no_cue(analyze_text):
    report = analyze_text("There is a threat many people make but few keep: \u201cIf the "
                          "levy passes, I am moving away!\u201d")
    assert_offsets(report)
    assert not cued(report, ":"), _quotes(report)


def test_a_no_break_space_does_not_split_the_parse(analyze_text):
    text = "The crane driver was hurt in the storm, the\u00a0Harbour Times\u00a0reports."
    report = analyze_text(text)
    assert_offsets(report)
    quotes = cued(report, "reports")
    assert quotes and "crane driver" in quotes[0].text, _quotes(report)
    assert "Harbour Times" in (speaker_name(report, quotes[0]) or ""), _quotes(report)


def test_masked_text_reads_odd_spaces_as_spaces():
    from wiretrace.nlp.context import masked_text
    from wiretrace.read.text import from_text

    article = from_text("Port\u00a0reopens\u202fon Monday.\nMore\u2009later.")
    masked = masked_text(article)
    assert len(masked) == len(article.text)
    assert masked == "Port reopens on Monday.\nMore later."
