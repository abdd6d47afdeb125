"""Round 35 of the time layer (branch h-date35, issue 20): a present in a conditional,
temporal or concessive clause is not the time of writing; an implicative verb shares its
complement's date.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.nlp import times

from .test_times import _annotated, _trigger

SAT = date(2016, 1, 30)  # a Saturday


def _when(nlp, text, word, tense, anchor=SAT):
    ctx = _annotated(nlp, text, anchor)
    et = times.event_time(ctx, _trigger(ctx, word), tense)
    return et.basis, et.value


@pytest.mark.parametrize(("text", "word"), [
    # the simple present of a conditional, temporal or concessive clause refers to a future
    # or any time (Huddleston and Pullum 2002 ch. 3; Quirk et al. 1985 4.18)
    ("The council will meet again if the union rejects the offer.", "rejects"),
    ("Officials will sign the treaty when the two states reach an agreement.", "reach"),
    ("The plan looks bad for when and if the member states strike a deal.", "strike"),
    ("The mayor says the city will fight back no matter what action the governor takes.",
     "takes"),
    ("The court will decide the case once the ministry answers the complaint.", "answers"),
])
def test_present_of_a_non_present_clause_is_not_publication(nlp, text, word):
    assert _when(nlp, text, word, "present")[0] == "unknown"


@pytest.mark.parametrize(("text", "word"), [
    # guards: a reason clause and a main clause stand at the time of writing; a modal of
    # ability alone does not deny the act
    ("The union strikes because the company cuts wages.", "cuts"),
    ("The governor says he supports the plan and backs the mayor.", "backs"),
    ("At rallies, the governor can catch the anger of the crowd.", "catch"),
])
def test_asserted_present_keeps_publication(nlp, text, word):
    assert _when(nlp, text, word, "present") == ("publication", "2016-01-30")


@pytest.mark.parametrize(("text", "word", "value"), [
    # Karttunen 1971: an implicative verb and its infinitive share their time reference
    ("The senator declined to criticize the governor on Sunday.", "declined", "2016-01-24"),
    ("The mayor refused to meet the protesters on Friday.", "refused", "2016-01-29"),
    ("The candidate failed to win the primary in 2014.", "failed", "2014"),
])
def test_implicative_verb_takes_its_complement_date(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word"), [
    # guards: a verb of wanting or planning may aim at another time; an implicative's
    # complement dated after the publication is no date of the (past) verb
    ("The candidate wanted to win the primary in 2014.", "wanted"),
    ("The mayor refused to meet the protesters next month.", "refused"),
])
def test_non_implicative_or_future_complement_gives_no_date(nlp, text, word):
    assert _when(nlp, text, word, "past")[0] != "explicit"
