"""Issue 18, round 16 (non-events by argument type and by assertion): a subject that is no
actor (a market, a currency, a price, an amount), a verb of force or support whose only
undergoers are such things (nonactor_nouns.yaml), a negative subject ("Neither X nor Y
vetoed", "No official met"; hedges.yaml), and habitual or generic statements
(event_readings.yaml frequency_adverbs) are not shown as events that happened
(docs/quality.md "Round 16: non-events by argument type").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    return [e for e in r.events if e.trigger.text == trigger and happened(e)]


NO_EVENT = [
    # a subject that is no actor: a market, an index, a currency, a measure, an amount
    ("Brazilian stocks beat forecasts on Tuesday after Brasilia cut rates.", "beat"),
    ("Strong Canadian data supported the loonie on Friday.", "supported"),
    ("India's Sensex beat analysts' forecasts on Monday.", "beat"),
    ("Mexico's peso hit its weakest level in a year against the dollar.", "hit"),
    ("The Czech koruna hit a three-month high against the euro on Friday.", "hit"),
    # a verb of force or support whose only undergoers are no actors
    ("Peru fought the coronavirus with strict lockdowns in Lima.", "fought"),
    ("Ghana's central bank supported the cedi with $2 billion in sales.", "supported"),
    # a quality of an actor, an expletive 'it': no actor undergoes the act
    ("Senator Kellerman underscored his strength among Ohio farmers.", "underscored"),
    ("The mayor of Leeds resigned after it was revealed in April that his deputy had "
     "taken bribes.", "revealed"),
    # a negative quantifier on the subject negates the clause
    ("Neither Ecuador nor Bolivia vetoed the resolution on Monday.", "vetoed"),
    ("No Peruvian official met Lula in Brasilia.", "met"),
    ("Not a single Nordic government recognized the new junta.", "recognized"),
    ("Neither the Bolivian minister nor anyone in her office has requested Chile's "
     "backing.", "requested"),
    # a habit of a verbal act, a general truth about a kind
    ("Bolivia regularly condemns Chilean visits to the border region.", "condemns"),
    ("Governments often accuse journalists of spying.", "accuse"),
    # a judgement on a kind of act, no one accused
    ("Every attack on civilians is a war crime, the United Nations said.", "said"),
]


@pytest.mark.parametrize("sentence,trigger", NO_EVENT)
def test_not_shown(analyze_text, sentence, trigger):
    assert not _shown(analyze_text, sentence, trigger), sentence


EVENTS = [
    # actors acting on actors, their property or their economy
    ("The Ugandan army fought the rebels near Gulu on Sunday.", "fought"),
    ("Russia supported the Syrian army with air strikes.", "supported"),
    ("Police arrested a number of protesters in Lagos on Monday.", "arrested"),
    ("The United States imposed sanctions on the Iranian economy in 2015.", "sanctions"),
    ("Russian jets attacked a crowded market in Aleppo on Friday.", "attacked"),
    # a named subject (a habitual material act, "The Taliban regularly attack ...", was
    # kept here until round 36: U6 of docs/judgments/CONVENTIONS.md makes it no event,
    # tests/test_events_round36_habitual.py)
    ("Ecuador vetoed the resolution on Monday.", "vetoed"),
    ("The United Nations said the attack on civilians in Goma was a war crime.", "said"),
]


@pytest.mark.parametrize("sentence,trigger", EVENTS)
def test_still_shown(analyze_text, sentence, trigger):
    assert _shown(analyze_text, sentence, trigger), sentence
