"""Round 39 of the time layer (branch h-date39, issue 20): an act within an occasion that a
verb of taking part names ("attended the 2005 wedding"), and a part of a dated occasion by a
verb of inclusion ("a speech that included ... vowing").  TimeML IS_INCLUDED: the act
happens within the occasion and takes its date.  Every sentence is invented for wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "value"), [
    # a verb of taking part has an occasion for its object or complement by its meaning
    ("While a senator, she and her husband attended the mayor's 2005 wedding to his second "
     "wife.", "attended", "2005"),
    ("The two governors ultimately acquiesced in the bank's December increase, giving the "
     "chair a unanimous vote.", "acquiesced", "2015-12"),
    ("Thousands of people voted in the 2012 election in the capital.", "voted", "2012"),
    ("The delegation boycotted Monday's vote on the budget.", "boycotted", "2016-01-25"),
    # a part of an occasion the sentence dates, by a verb of inclusion
    ("Monday at Central College in Dayton, the front-runner addressed the students in a "
     "long speech that included the candidate vowing to protect the faith.", "vowing",
     "2016-01-25"),
])
def test_dated_by_the_occasion_it_is_within(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word", "tense"), [
    # guards: a verb that does not take part in the occasion it names is not dated by it
    # ("condemned Monday's attack" dates the attack, round 36); an undated occasion gives
    # its part nothing
    ("The senator condemned Monday's attack on the base.", "condemned", "past"),
    ("The mayor criticized the 2005 wedding of his rival.", "criticized", "past"),
    ("The report included a call to end the war.", "call", "none"),
])
def test_not_dated_without_taking_part(nlp, text, word, tense):
    assert _when(nlp, text, word, tense)[0] == "unknown"
