"""Round 38 (h-role38) of the actor codes (issue 20: an actor's role on the event's date):
a role the sentence itself predicates of a person for the time of the event, in a
temporal clause ("When she was a federal prosecutor, X ..."), a verbless one ("While a
senator, X ...", "As governor, X ..."), or a copular clause whose "when" clause tells the
event ("X was a member of Congress when she was wounded").  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, trigger, actor", [
    # a "when" clause with a copula and a role noun: the person held it when acting
    ("When she was a federal prosecutor, Maria Delgado criticized the bank in Chicago.",
     "criticized", ("Maria Delgado", "USA", "JUD")),
    # ... and for an event in a clause under the matrix clause
    ("When she was a federal prosecutor, Maria Delgado refused to meet the bank after "
     "she criticized its chief in Chicago.", "criticized", ("she", "USA", "JUD")),
    # a verbless "while" clause before the subject
    ("While a senator from Ohio, Tom Oakley criticized the bank in Chicago.",
     "criticized", ("Tom Oakley", "USA", "LEG")),
    # a fronted "as" adjunct
    ("As governor, Tom Oakley criticized the Chinese government in Columbus, Ohio.",
     "criticized", ("Tom Oakley", "USA", "GOV")),
])
def test_a_role_the_sentence_gives_for_the_event_s_time(analyze_text, text, trigger,
                                                        actor):
    r = analyze_text(text, published="2016-05-01", outlet="The New York Times")
    assert actor in _actors(r, trigger)
    assert_offsets(r)


def test_a_copular_role_whose_when_clause_tells_the_event(analyze_text):
    r = analyze_text("Tom Oakley criticized the Chinese government on Monday. Oakley was "
                     "a member of Congress when he was attacked in Ohio in 2005.",
                     published="2016-05-01", outlet="The New York Times")
    assert {sector for text, _, sector in _actors(r, "attacked", "target")
            if text == "he"} == {"LEG"}


@pytest.mark.parametrize("text, trigger, actor", [
    # a former role gives no sector for the time
    ("When she was a former prosecutor, Maria Delgado criticized the bank in Chicago.",
     "criticized", ("Maria Delgado", "USA", None)),
    # the clause's subject is another person: not the actor's role
    ("When Jane Roe was a federal prosecutor, Maria Delgado criticized the bank in Chicago.",
     "criticized", ("Maria Delgado", "USA", None)),
    # "as" after the verb is left (it may predicate of the object: "treated her as ...")
    ("Tom Oakley criticized the bank as a senator in Chicago.",
     "criticized", ("Tom Oakley", "USA", None)),
    # a kind of person is no office held for a time
    ("As a woman, Maria Delgado criticized the bank in Chicago.",
     "criticized", ("Maria Delgado", "USA", None)),
    # the clause's "she" cannot stand for a man (lead, after h-rev38): not his role
    ("When she was a federal prosecutor, Tom Oakley criticized the bank in Chicago.",
     "criticized", ("Tom Oakley", "USA", None)),
])
def test_no_role_for_the_time_stays_without(analyze_text, text, trigger, actor):
    r = analyze_text(text, published="2016-05-01", outlet="The New York Times")
    assert actor in _actors(r, trigger)


def test_the_former_holder_of_an_elite_s_office_stays_an_elite(analyze_text):
    # "the former president" after a name the dictionary codes ELI (a past head of
    # state): "former" keeps the elite's code (CAMEO: former government officials)
    r = analyze_text("Former President Bill Clinton had trouble joining a club in New York. "
                     "On Monday, Donald Trump said he welcomed the former president to a "
                     "golf club in New York.", published="2015-12-31",
                     outlet="The New York Times")
    assert ("the former president", "USA", "ELI") in _actors(r, "welcomed", "target")
