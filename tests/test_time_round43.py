"""Round 43 of the time layer (branch h-dates43, issue 20): a to-infinitive complement of a
positive implicative or of a raising verb of appearance is realized at its verb's time
(Karttunen 1971; Quirk et al. 1985 16.49), and so is the purpose of an act with an object,
so it takes the verb's calendar date when it has none of its own.  Every sentence is
invented for wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "value"), [
    ("Last week the chief in a long interview appeared to blame the workers for the losses.",
     "blame", "2016-W03"),
    ("On Monday the clerk remembered to file the papers with the court.", "file",
     "2016-01-25"),
    ("In March the governor seemed to endorse the plan.", "endorse", "2015-03"),
    ("Last year the rebels managed to seize the airport.", "seize", "2015"),
    # a purpose done by the act (the converse of event_times._purpose_time)
    ("On Monday the senator used the speech to attack the mayor.", "attack", "2016-01-25"),
])
def test_realized_complement_takes_its_verbs_date(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word"), [
    # a negative implicative: the complement did not happen
    ("On Monday the mayor refused to sign the budget.", "sign"),
    # a verb of intention or agreement: the complement lies later, if at all
    ("On Monday the mayor agreed to sign the budget.", "sign"),
    ("Last week the army vowed to attack the town.", "attack"),
    # a perfect infinitive lies before the appearing
    ("Last week the chief appeared to have blamed the workers.", "blamed"),
    # a verb that hands the infinitive to its object; a negated act
    ("Iran's leader urged Iran on Monday to release the sailors.", "release"),
    ("On Monday the senator did not use the speech to attack the mayor.", "attack"),
    # no date on the verb
    ("The chief appeared to blame the workers for the losses.", "blame"),
])
def test_other_complements_stay_undated(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] == "unknown"
