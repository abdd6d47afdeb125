"""Round 37 (h-role37) of the actor codes (issue 20: "an actor's role holds on the
article's date"): a state office the text gives a person whose every office the project's
supplement dates has ended is the past term, not the office now (ELI); a former holder of
a state body's office is ELI, as a former title before a name is; an event dated before
every office a dictionary lists began takes none of them.  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector, a.code_basis) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, published, actor", [
    # secretary of state to 2013, senator to 2009: the titles name past terms
    ("Secretary Clinton criticized Senator Ted Cruz on Monday in Iowa.", "2016-05-01",
     ("Clinton", "USA", "ELI", "entity")),
    ("Senator Hillary Clinton criticized Senator Ted Cruz on Monday.", "2016-08-01",
     ("Hillary Clinton", "USA", "ELI", "entity")),
    # governor of Florida to 2007
    ("Governor Jeb Bush criticized Senator Ted Cruz on Monday in Iowa.", "2016-01-10",
     ("Jeb Bush", "USA", "ELI", "entity")),
])
def test_a_state_title_of_an_ended_term_is_no_office_now(analyze_text, text, published,
                                                          actor):
    r = analyze_text(text, published=published, outlet="The New York Times")
    assert actor in _actors(r, "criticized", "source")
    assert_offsets(r)


@pytest.mark.parametrize("text, published, actor", [
    # the office held on the article's date: the title stands
    ("Governor Jeb Bush criticized Senator Ted Cruz on Monday in Iowa.", "2005-01-10",
     ("Jeb Bush", "USA", "GOV", "entity")),
    # a candidacy is held now: PTY, not a past office
    ("Democratic nominee Hillary Clinton criticized Senator Ted Cruz on Monday.",
     "2016-08-01", ("Hillary Clinton", "USA", "PTY", "entity")),
])
def test_a_title_held_now_stands(analyze_text, text, published, actor):
    r = analyze_text(text, published=published, outlet="The New York Times")
    assert actor in _actors(r, "criticized", "source")


@pytest.mark.parametrize("text, actor", [
    ("A former Fed governor criticized Senator Ted Cruz on Monday.",
     ("A former Fed governor", "USA", "ELI", "entity")),
    ("A former Pentagon official criticized Senator Ted Cruz on Monday.",
     ("A former Pentagon official", "USA", "ELI", "entity")),
])
def test_a_former_holder_of_a_state_body_s_office_is_an_elite(analyze_text, text, actor):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    assert actor in _actors(r, "criticized", "source")
    assert_offsets(r)


def test_a_body_s_people_now_and_a_former_armed_group_s_keep_the_body_s_code(analyze_text):
    r = analyze_text("A Pentagon official criticized Senator Ted Cruz on Monday.",
                     published="2016-08-01", outlet="The New York Times")
    assert ("A Pentagon official", "USA", "MIL", "entity") in _actors(r, "criticized",
                                                                       "source")
    r = analyze_text("A former Hamas commander criticized Israel on Monday.",
                     published="2016-08-01")
    assert ("A former Hamas commander", "PSE", "REB", "entity") in _actors(r, "criticized",
                                                                            "source")


def test_an_event_before_every_office_began_takes_none(analyze_text):
    r = analyze_text("Senator John McCain was captured by North Vietnam in 1967, he "
                     "recalled on Monday.", published="2016-08-01",
                     outlet="The New York Times")
    assert ("John McCain", "USA", None, "entity") in _actors(r, "captured", "target")
    assert_offsets(r)


def test_an_event_in_an_office_takes_it(analyze_text):
    r = analyze_text("In 2005, Hillary Clinton attended a wedding in Florida.",
                     published="2016-02-26", outlet="The New York Times")
    assert ("Hillary Clinton", "USA", "LEG", "entity") in _actors(r, "attended", "source")


@pytest.mark.parametrize("published, sector", [("2025-06-01", "GOV"), ("2020-06-01", "ELI")])
def test_an_office_the_supplement_lists_later_holds_on_its_dates(analyze_text, published,
                                                                  sector):
    # the supplement lists every office of its dated people (tenure.careers): governor of
    # Arkansas to 2007, ambassador to Israel from April 2025
    r = analyze_text("Ambassador Mike Huckabee criticized Senator Ted Cruz on Monday.",
                     published=published)
    assert ("Mike Huckabee", "USA", sector, "entity") in _actors(r, "criticized", "source")
