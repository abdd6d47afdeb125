"""Round 36 (h-sector36) of the actor codes (issue 20): a faith named as such has its
religion code and no country; "Pastor" as a title before a name is CHR; the web dev
stories' own outlets have their country, so an uncoded compatriot takes it.  Invented
sentences."""

from __future__ import annotations

import pytest

from wiretrace.outlets import normalize, outlets

from .conftest import assert_offsets

TEXT = ("Ohio race\n\nMaria Delgado accused Governor Mike DeWine of lying to Ohio voters on "
        "Tuesday in Columbus, Ohio. Ohio voters will choose a new governor in November, and "
        "Ohio's Republicans hope to keep the office, she said.")


def _actors(report, trigger, role=None):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.text, a.country, a.sector, a.code_basis) for a in event.actors
            if role is None or a.role == role}


@pytest.mark.parametrize("text, trigger, faith, code", [
    ("Senator Ted Cruz of Texas vowed on Monday to protect Christianity in the United "
     "States.", "vowed", "Christianity", "CHR"),  # was USA CHR from the article
    ("Senator Ted Cruz of Texas criticized Islam in a speech in Iowa.", "criticized",
     "Islam", "MUS"),  # was uncoded
    ("Senator Ted Cruz of Texas praised Judaism in a speech in Iowa.", "praised",
     "Judaism", "JEW"),
])
def test_a_faith_has_its_religion_code_and_no_country(analyze_text, text, trigger, faith,
                                                       code):
    r = analyze_text(text, published="2016-05-01", outlet="The New York Times")
    assert (faith, None, code, "entity") in _actors(r, trigger, "target")
    assert_offsets(r)


def test_a_faith_s_people_keep_the_country(analyze_text):
    r = analyze_text("Christians in Iowa criticized Senator Ted Cruz on Monday.",
                     published="2016-05-01", outlet="The New York Times")
    assert ("Christians", "USA", "CHR", "place") in _actors(r, "criticized", "source")


def test_pastor_as_a_title_is_a_christian_minister(analyze_text):
    r = analyze_text("Pastor John Smith of Marion Avenue Baptist Church criticized Senator "
                     "Ted Cruz on Monday. Mr. Smith later praised Senator Marco Rubio.",
                     published="2016-01-12", outlet="The New York Times")
    assert ("John Smith", "USA", "CHR", "article") in _actors(r, "criticized", "source")
    assert ("Smith", "USA", "CHR", "article") in _actors(r, "praised", "source")
    assert_offsets(r)


@pytest.mark.parametrize("outlet, country", [
    ("National Review", "USA"), ("Washington Examiner", "USA"), ("The Detroit News", "USA"),
    ("Houston Chronicle", "USA"), ("PolitiFact", "USA"), ("Snopes.com", "USA"),
    ("DH News Service", "IND"),
])
def test_web_outlets_have_their_country(outlet, country):
    assert outlets().countries[outlets().canonical[normalize(outlet)]] == country


def test_an_uncoded_person_in_a_national_review_story_takes_usa(analyze_text):
    r = analyze_text(TEXT, published="2022-05-03", outlet="National Review")
    assert ("Maria Delgado", "USA", None, "article") in _actors(r, "accused", "source")


def test_the_paradigm_is_no_outlet_name():
    # a common word, left out as Time and Sun (data/outlets.yaml)
    assert normalize("The Paradigm") not in outlets().canonical


def test_dems_is_the_democratic_party(analyze_text):
    # the clipped plural (Merriam-Webster "Dem": Democrat), an alias in actors_wiretrace.yaml
    r = analyze_text("The Dems attacked Senator Ted Cruz on Monday.", published="2019-11-19")
    assert ("Dems", "USA", "PTY", "entity") in _actors(r, "attacked", "source")


@pytest.mark.parametrize("title, name, code", [
    ("Democratic presidential front-runner", "Hillary Clinton", "PTY"),  # was GOV
    ("Republican front-runner", "Jeb Bush", "PTY"),  # was ELI (his dictionary row)
    ("Democratic presidential frontrunner", "Hillary Clinton", "PTY"),  # as before
])
def test_a_hyphenated_candidacy_noun_is_a_party_s_candidacy(analyze_text, title, name,
                                                            code):
    """Round 36 (lead): the tokenizer splits "front-runner" at its hyphen, so the candidacy
    noun (generic_actors.yaml: candidacy) was read as 'runner' and the title's
    "presidential" gave GOV; the noun is now read on its parts joined."""
    r = analyze_text(f"{title} {name} criticized Senator Ted Cruz on Tuesday in Iowa.",
                     published="2016-04-20", outlet="The New York Times")
    assert (name, "USA", code, "entity") in _actors(r, "criticized", "source")
    assert_offsets(r)
