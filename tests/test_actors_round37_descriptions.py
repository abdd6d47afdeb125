"""Epithets: a definite description of one named person refers to that person when the
article's own words about the person bear it out, and only one person fits
(nlp/actors/epithets.py; docs/actors.md, "Definite descriptions").  Invented sentences."""

from __future__ import annotations


def _event(report, trigger):
    found = [e for e in report.events if e.trigger.text == trigger]
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in report.events]}"
    return found[0]


def _source_ids(event):
    return {a.entity_id for a in event.actors if a.role == "source"}


def _person(report, name):
    return next(e for e in report.entities if e.name == name)


def test_a_state_and_party_epithet_is_the_senator_with_that_label(analyze_text):
    r = analyze_text("Budget\n\nSen. Walter Brennan (R-Ky.) spoke to reporters on Monday. "
                     "President Maria Lopez met union leaders in Ohio.\n\nIn a statement, "
                     "the Kentucky Republican criticized the budget plan on Tuesday.",
                     published="2016-01-05")
    criticized = _event(r, "criticized")
    assert _person(r, "Walter Brennan").id in _source_ids(criticized)


def test_a_title_epithet_needs_the_title_in_the_article(analyze_text):
    r = analyze_text("Race\n\nSen. Walter Brennan of Vermont held a rally in Iowa on "
                     "Sunday. Voters cheered.\n\nThe Vermont senator criticized the "
                     "trade deal on Monday.", published="2016-01-05")
    criticized = _event(r, "criticized")
    assert _person(r, "Walter Brennan").id in _source_ids(criticized)


def test_a_bare_role_noun_is_the_one_person_named(analyze_text):
    r = analyze_text("Rally\n\nDonald Hale held a rally in Iowa on Sunday. Hundreds of "
                     "voters came.\n\nThe businessman criticized the trade deal.",
                     published="2016-01-05")
    criticized = _event(r, "criticized")
    assert _person(r, "Donald Hale").id in _source_ids(criticized)


def test_two_people_who_fit_leave_the_epithet_unresolved(analyze_text):
    r = analyze_text("Debate\n\nDonald Hale and Walter Brennan met in Iowa on Sunday. "
                     "Hundreds of voters came.\n\nThe businessman criticized the trade "
                     "deal.", published="2016-01-05")
    criticized = [e for e in r.events if e.trigger.text == "criticized"]
    ids = {_person(r, "Donald Hale").id, _person(r, "Walter Brennan").id}
    assert not any(_source_ids(e) & ids for e in criticized)


def test_a_state_the_article_gives_another_person_is_no_fit(analyze_text):
    r = analyze_text("Budget\n\nSen. Walter Brennan (R-Texas) spoke on Monday. Sen. Ann "
                     "Cole (R-Ky.) spoke on Tuesday.\n\nThe Kentucky Republican criticized "
                     "the budget plan.", published="2016-01-05")
    criticized = _event(r, "criticized")
    ids = _source_ids(criticized)
    assert _person(r, "Ann Cole").id in ids
    assert _person(r, "Walter Brennan").id not in ids


def test_a_predicate_role_is_no_reference(analyze_text):
    r = analyze_text("Race\n\nDonald Hale held a rally in Iowa on Sunday. Voters say he "
                     "is the candidate who criticized the trade deal.",
                     published="2016-01-05")
    criticized = [e for e in r.events if e.trigger.text == "criticized"]
    hale = _person(r, "Donald Hale").id
    assert not any(a.entity_id == hale and a.text == "the candidate"
                   for e in criticized for a in e.actors)
