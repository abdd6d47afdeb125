"""Stances and beliefs are no events that happened (issue 18, round 35, h-fp35): a coded
verb in its stative reading (a private verb of cognition with a clause or an adjectival
passive with 'of'; a support verb with a gerund-participial complement or a noun of
mental content as object), the events of the clause of a non-factive verb of belief or
insinuation, and an infinitive of purpose set off by a comma.  Their mention stays, with
the assertion 'stance', 'believed' or 'purpose'.  Sentences written for the test."""
import pytest

from .conftest import events_at, shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Brandt did support the idea of a national registry on Thursday.", "support"),
    ("Representative Holm said that he favored imposing heavy tariffs on Peru.", "favored"),
    ("Representative Holm said that he favored imposing heavy tariffs on Peru.", "tariffs"),
    ("Professor Lane is still persuaded of the benefits that open trade brings.",
     "persuaded"),
    ("Officials in Goma believe the militia has attacked two villages.", "attacked"),
    ("The ministry kept the prices high, to postpone the elections.", "postpone"),
])
def test_stance_or_belief_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


def test_kept_with_its_assertion(analyze_text):
    ev = events_at(analyze_text, "Senator Brandt did support the idea of a national "
                   "registry on Thursday.", "support")
    assert ev and ev[0].type == "SUPPORT" and ev[0].factuality.assertion == "stance"
    ev = events_at(analyze_text, "Officials in Goma believe the militia has attacked two "
                   "villages.", "attacked")
    assert ev and ev[0].factuality.assertion == "believed"


@pytest.mark.parametrize(("text", "expected"), [
    # a presupposed fact inside a belief sentence is the writer's
    ("Mr. Leenders said he believed that most workers back Senator Okafor, despite the "
     "fact that the union endorsed Governor Brandt last summer.", ("endorsed", "SUPPORT")),
    # support given to a party, and a rejection, are acts
    ("Senator Brandt endorsed Governor Okafor on Thursday.", ("endorsed", "SUPPORT")),
    ("Russian troops attacked two villages in Donetsk, officials said.",
     ("attacked", "ASSAULT")),
    # a persuaded party is an act of persuasion, not a state of conviction
    ("Germany persuaded Turkey to reopen the border.", ("persuaded", "SUPPORT")),
])
def test_acts_stay(text, expected):
    assert [s for s in shown(text) if s[:2] == expected]
