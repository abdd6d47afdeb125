"""Round 45 (issue 21, branch h-cuefp45): a verb of saying in the infinitive of a negated
"authorized" ("because they were not authorized to discuss the talks") is the reason a
newswire gives for a source's anonymity: a permission the source lacks, no statement,
refusal or intention (PolNeAR's guidelines: "simply not doing something" is no
attribution).  The anonymous speaker's own "said" stays a cue, and so does a verb of
saying after a permission that is granted.  Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import cued, cued_within

NOT_CUED = [
    ("Two port officials, who spoke on condition of anonymity because they were not "
     "authorized to discuss the talks, said the ferry line would close.", "discuss"),
    ("A harbour official who was not authorized to discuss the inquiry publicly said the "
     "crews had been warned twice.", "discuss"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round45_not_authorized_to_say_is_no_cue(analyze_text, text, word):
    report = analyze_text(text)
    assert not cued(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]
    assert cued(report, "said"), [(q.cue.text, q.text) for q in report.quotes if q.cue]


CUED = [
    ("The harbour master was allowed to discuss the inquiry with the dockers' union.",
     "discuss"),
    ("Mayor Ruth Okafor did not discuss the ferry budget with the council.", "discuss"),
]
# (the second is a negated act of saying, a cue with its "did not": PolNeAR's "They did
# not disclose the identities of the organizations")


@pytest.mark.parametrize("text,word", CUED)
def test_round45_other_saying_stays_cue(analyze_text, text, word):
    report = analyze_text(text)
    assert cued_within(report, word), [(q.cue.text, q.text) for q in report.quotes if q.cue]
