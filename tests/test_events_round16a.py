"""Issue 18, round 16: force, coercion and protest by generic actors in the forms news
writes them -- an instrument fired or thrown at someone, clashes between sides, a noun
of force with its doer before it, a siege, a generic plural opening a sentence
(nlp/events/force.py, data/force_forms.yaml; docs/quality.md "Round 16: assaults,
protests and coercion by generic actors").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str, type_: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2021-05-04")
    return [e for e in r.events if e.trigger.text == trigger and e.type == type_
            and happened(e)]


def _texts(event, role: str) -> set[str]:
    return {a.text for a in event.actors if a.role == role}


AIMED = [
    ("Riot police fired tear gas at the students outside the Velmora ministry.", "fired",
     "the students", "tear gas"),
    ("Police used water cannon on striking workers in Velmora on Friday.", "used",
     "striking workers", "water cannon"),
    ("The demonstrators hurled firebombs and bottles at riot police near the square.",
     "hurled", "riot police", "firebombs"),
]


@pytest.mark.parametrize("sentence,trigger,target,instrument", AIMED)
def test_the_party_aimed_at_is_the_target(analyze_text, sentence, trigger, target,
                                          instrument):
    found = _shown(analyze_text, sentence, trigger, "ASSAULT")
    assert found, sentence
    assert target in _texts(found[0], "target"), found[0].actors
    assert instrument not in _texts(found[0], "target"), found[0].actors


def test_a_time_is_no_target(analyze_text):
    found = _shown(analyze_text, "Police fired tear gas on Monday in the old town of Velmora.",
                   "fired", "ASSAULT")
    assert found
    assert not _texts(found[0], "target"), found[0].actors


def test_sentence_initial_generic_plural_is_an_actor(analyze_text):
    found = _shown(analyze_text, "Soldiers surrounded the presidential palace in Velmora on "
                   "Monday.", "surrounded", "ASSAULT")
    assert found
    assert [a.sector for a in found[0].actors if a.role == "source"] == ["MIL"]


@pytest.mark.parametrize("sentence,trigger", [
    ("Clashes erupted between farmers and soldiers near the Velmora border on Sunday.",
     "Clashes"),
    ("Heavy fighting broke out between army troops and rebels in the port city.",
     "fighting"),
    ("Hundreds of families fled their farms after fighting between militias and police "
     "near Velmora.", "fighting"),
])
def test_clash_sides_are_sources_and_targets(analyze_text, sentence, trigger):
    found = _shown(analyze_text, sentence, trigger, "ASSAULT")
    assert found, sentence
    sources, targets = _texts(found[0], "source"), _texts(found[0], "target")
    assert len(sources) == 2 and sources == targets, found[0].actors


def test_police_siege_is_coercion_by_the_police(analyze_text):
    found = _shown(analyze_text, "The police siege of the Velmora campus ended on Friday "
                   "after twelve days.", "siege", "COERCE")
    assert found
    assert [a.sector for a in found[0].actors if a.role == "source"] == ["COP"]


def test_police_raid_has_the_police_as_doer(analyze_text):
    found = _shown(analyze_text, "A police raid on the offices of the Velmora Herald "
                   "angered the editors on Tuesday.", "raid", "ASSAULT")
    assert found
    assert [a.sector for a in found[0].actors if a.role == "source"] == ["COP"]


def test_one_side_named_is_no_clash_of_two(analyze_text):
    r = analyze_text("News\n\nClashes erupted in the Velmora city center on Sunday.",
                     published="2021-05-04")
    assert not [e for e in r.events if e.trigger.text == "Clashes" and e.type]


def test_fire_exchanged_is_force_by_both_sides(analyze_text):
    found = _shown(analyze_text, "Rebels exchanged gunfire with government troops near the "
                   "Velmora bridge on Sunday.", "exchanged", "ASSAULT")
    assert found
    sources, targets = _texts(found[0], "source"), _texts(found[0], "target")
    assert sources == targets == {"Rebels", "government troops"}, found[0].actors


@pytest.mark.parametrize("sentence", [
    "The two ministers exchanged gifts with the Velmora envoys.",
    "Senator Hal Brisco exchanged fire with Governor Ann Mallory in the debate.",
    "Senator Hal Brisco traded shots with Governor Ann Mallory over the budget.",
])
def test_gifts_and_words_exchanged_are_no_force(analyze_text, sentence):
    r = analyze_text("News\n\n" + sentence, published="2021-05-04")
    assert not [e for e in r.events if e.type == "ASSAULT"]


def test_fired_on_a_party_with_no_object(analyze_text):
    found = _shown(analyze_text, "Soldiers fired on protesters outside the Velmora "
                   "parliament.", "fired", "ASSAULT")
    assert found
    assert _texts(found[0], "target") == {"protesters"}, found[0].actors


def test_cracked_down_on_a_party(analyze_text):
    found = _shown(analyze_text, "Security forces cracked down on students in Velmora on "
                   "Friday.", "cracked", "COERCE")
    assert found
    assert _texts(found[0], "target") == {"students"}, found[0].actors

