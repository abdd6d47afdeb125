"""Round 31 (issue 21, branch h-content31): contents that run on past the phrase the
verb governs first.  An object content takes the verb's "for" / "over" / "as" /
"about" phrase after it, a second "that" clause coordinated on the reporting verb joins
the content, and a medial reporting clause ("A, advisers say, to B") leaves the words
after its comma to the content.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, assert_offsets, cued_within


@pytest.mark.parametrize("text,cue,content", [
    ("The mayor mocked Mendes for closing the pier in winter.", "mocked",
     "Mendes for closing the pier"),
    ("The growers blasted the council on Monday over its levy on fish.", "blasted",
     "the council on Monday over its levy"),
    ("Mendes dismissed the whole dispute as a storm in a teacup.", "dismissed",
     "the whole dispute as a storm"),
])
def test_round31_an_object_content_runs_on_to_its_phrase(analyze_text, text, cue, content):
    assert_cued(analyze_text(text), cue, content)


def test_round31_a_second_that_clause_joins_the_content(analyze_text):
    report = analyze_text("Mendes said the pier needs new pilings, but that the council "
                          "would not pay for them.")
    assert_cued(report, "said", "would not pay for them")


def test_round31_a_medial_reporting_clause_leaves_the_rest_to_the_content(analyze_text):
    report = analyze_text("The council has no plans, its members say, to close the pier "
                          "before the summer.")
    assert_offsets(report)
    found = cued_within(report, "say")
    assert found, [q.cue.text for q in report.quotes if q.cue]
    texts = " | ".join(q.text for q in found)
    assert "to close the pier" in texts, texts


def test_round31_a_phrase_of_the_reporting_act_stays_out(analyze_text):
    report = analyze_text("The levy will pass, two officials said, on condition of "
                          "anonymity.")
    assert_offsets(report)
    found = cued_within(report, "said")
    assert found, [q.cue.text for q in report.quotes if q.cue]
    assert not any("anonymity" in q.text for q in found), [q.text for q in found]


def test_round31_the_in_phrase_runs_on_but_not_a_time(analyze_text):
    assert_cued(analyze_text("The growers opposed a similar levy in the harbour towns."),
                "opposed", "a similar levy in the harbour towns")
    report = analyze_text("The union endorsed Mendes in December.")
    found = cued_within(report, "endorsed")
    assert found, [q.cue.text for q in report.quotes if q.cue]
    assert not any("December" in q.text for q in found), [q.text for q in found]
