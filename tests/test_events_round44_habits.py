"""A habit told with an adverb of usual occurrence is no event in any tense (issue 18, round
44, h-notevent44; Quirk et al. 1985, 8.64-8.66; U6 of docs/judgments/CONVENTIONS.md):
"generally backed", "had historically rejected", "has typically criticized" sum acts
over a period.  An act with no such adverb, or with an adverb of a series of acts ("has consistently
urged", an ongoing campaign U6 keeps), stays.
Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Holm generally backed the governor during his years in the legislature.",
     "backed"),
    ("Brazil had historically rejected such proposals from Argentina.", "rejected"),
    ("Senator Maria Holm has typically criticized President Okafor over the budget.",
     "criticized"),
])
def test_habit_adverb_in_any_tense_is_no_event(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Holm backed the governor on Tuesday.", "backed"),
    ("Brazil rejected the proposal from Argentina on Monday.", "rejected"),
    ("Senator Maria Holm criticized President Okafor over the budget on Monday.",
     "criticized"),
    ("Senator Maria Holm has consistently urged President Okafor to release the budget.",
     "urged"),
])
def test_one_act_stays(text, trigger):
    assert [s for s in shown(text) if s[0] == trigger]
