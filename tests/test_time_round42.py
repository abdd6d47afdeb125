"""Round 42 of the time layer (branch h-dates42, issue 20): an event noun that shares its
verb's time (the object of a verb that only realizes or receives it, or the setting of the
verb's act) takes the publication date when that verb is a present or present perfect, as
it takes the verb's date when the verb has one.  Every sentence is invented for
wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday

SAT = "2016-01-30"


@pytest.mark.parametrize(("text", "word", "tense"), [
    # the object of a realizing verb in the present perfect (make, conduct, impose)
    ("The company has made deals with several struggling firms.", "deals", "past"),
    ("The envoy has conducted several trips to the capital.", "trips", "past"),
    ("Officials have imposed a ban on the newspaper.", "ban", "past"),
    # the setting ("in") of a present perfect act, or of a present perfect copula with
    # an adjective
    ("The army has suffered heavy losses in its battle against the rebels.", "battle",
     "past"),
    ("The senator has been outspoken in her attacks on the mayor.", "attacks", "none"),
])
def test_event_noun_of_a_present_perfect_is_at_the_writing(nlp, text, word, tense):
    assert _when(nlp, text, word, tense) == ("publication", SAT)


@pytest.mark.parametrize(("text", "word", "tense"), [
    # a pluperfect, a simple past, a modal: no present to share
    ("The company had made deals with several struggling firms.", "deals", "past"),
    ("The company made deals with several struggling firms.", "deals", "past"),
    ("The company should make deals with several firms.", "deals", "future"),
    ("The army lost many men in its battle against the rebels.", "battle", "past"),
    # a verb that does not realize its object's event: the attack lies before it
    ("The mayor has condemned the attack on the embassy.", "attack", "past"),
])
def test_event_noun_without_a_present_host_stays_undated(nlp, text, word, tense):
    assert _when(nlp, text, word, tense)[0] == "unknown"


def test_a_date_of_its_own_still_wins(nlp):
    assert _when(nlp, "In 2014 the company has made deals with several firms.", "deals",
                 "past") == ("explicit", "2014")
