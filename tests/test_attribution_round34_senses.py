"""Round 34 (issue 21, branch h-cue34): "enjoy" with an object of having ("enjoyed a
20-point lead", "enjoys a reputation", "enjoy access") is Merriam-Webster's sense 1 (to
have for one's use, benefit, or lot): no one's attitude, no cue.  Taking pleasure in
something (sense 2) stays a stance.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

NOT_CUED = [
    ("Mayor Ruth Okafor has enjoyed a 20-point lead in the harbour polls since May.",
     "enjoyed"),
    ("The mayor enjoyed a cordial relationship with the dockers' union for years.",
     "enjoyed"),
    ("The dockers enjoy a strong majority on the port council.", "enjoy"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round34_enjoy_of_having_is_no_cue(analyze_text, text, word):
    report = analyze_text(text)
    found = cued(report, word)
    assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_round34_enjoy_of_pleasure_stays_a_stance(analyze_text):
    assert_cued(analyze_text("Mayor Ruth Okafor enjoys the harbour festival every year."),
                "enjoys", "the harbour festival", exact=True)


def test_round34_enjoy_support_stays(analyze_text):
    # support is someone's stance, whoever enjoys it (round 31's support received)
    assert_cued(analyze_text("Okafor enjoys 48 percent support in the harbour district."),
                "enjoys", "48 percent support", exact=True)
