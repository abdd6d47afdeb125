"""Nominal events in hard forms (issue 18, round 43, h-hard43): the noun "praise" is the
act of praising (CAMEO 051 "praise or endorse", PLOVER SUPPORT), the counterpart of
"criticism" (111); and the 'on' phrase of a noun of force names its target also when it
is a place or property named by the party that holds it ("an attack on rebel camps"), as
the verb's object does (PLOVER 3.16; data/plover_verbs.yaml imposed_on held_places), but
not an act or quality a possessor names, nor a thing no party holds.  Sentences written
for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Okafor's praise of Governor Brandt surprised the delegates.",
     ("praise", "SUPPORT", "Okafor", "Brandt")),
    ("Ottawa's praise of the Chilean election board was reported on Monday.",
     ("praise", "SUPPORT", "Ottawa", "the Chilean election board")),
])
def test_praise_noun_is_support(text, expected):
    assert expected in shown(text, "source", "target")


@pytest.mark.parametrize("text", [
    "Senator Okafor had no praise for Governor Brandt.",
    "Governor Brandt had nothing but praise for the new stadium.",
])
def test_praise_noun_not_shown_without_act(text):
    assert not [s for s in shown(text) if s[0] == "praise"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan army's attack on militant camps near the border killed 12 people.",
     ("attack", "ASSAULT", "The Kenyan army", "militant camps")),
    ("The Chadian air force carried out strikes on rebel bases near Lake Fitri.",
     ("strikes", "ASSAULT", "The Chadian air force", "rebel bases")),
    ("Malian forces launched an assault on jihadist bases outside Gao.",
     ("assault", "ASSAULT", "Malian forces", "jihadist bases")),
])
def test_force_noun_on_held_place(text, expected):
    assert expected in shown(text, "source", "target")


@pytest.mark.parametrize(("text", "trigger"), [
    # a possessor names whose act or quality is attacked
    ("The senator's attack on the governor's decision drew a rebuke.", "attack"),
    # a thing no party holds
    ("The army's attack on remote hilltops lasted two days.", "attack"),
])
def test_force_noun_on_other_things_keeps_no_target(text, trigger):
    assert all(s[2] == "" for s in shown(text, "target") if s[0] == trigger)
