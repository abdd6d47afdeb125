"""One attack named by a singular noun with its place and no doer named is coded
ASSAULT with no actors (issue 18, round 43, h-evrecall43; coder._placed_attack): "a
shooting at a Denver school", "the assault on Paris", "Friday's Munich mall shooting" are
specific acts of violence the text asserts, as the passive verb "was shot" already was.
Plural and placeless nouns, wars and conflicts (periods, CONVENTIONS U8) and a noun that
only classes another act ("ranks as the deadliest shooting") stay uncoded.  Sentences
written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("The shooting at a Denver school left two students dead.", "shooting"),
    ("The assault on Paris has changed the presidential race.", "assault"),
    ("This follows Friday's Munich mall shooting.", "shooting"),
])
def test_placed_attack_shown(text, trigger):
    assert (trigger, "ASSAULT", "", "") in shown(text, "source", "target")


@pytest.mark.parametrize(("text", "trigger"), [
    # plural, placeless: attacks in general, aggregates
    ("Terror attacks in Europe have risen sharply.", "attacks"),
    ("The shooting left two students dead.", "shooting"),
    # a war is a period, not one act
    ("'But I was against the war in Iraq,' the senator said.", "war"),
    # a noun that classes another act
    ("The Denver attack now ranks as the deadliest mass shooting in Colorado history.",
     "shooting"),
])
def test_no_placed_attack(text, trigger):
    assert trigger not in [s[0] for s in shown(text)], text


@pytest.mark.parametrize(("text", "trigger"), [
    # the frame of a clause whose doer it names: the clause's own act, not a second one
    ("Gunmen killed four villagers in an attack in Kaduna on Monday.", "attack"),
    # a headline over a body: it names in brief the act the lead tells with its parties
    ("Attack in Kaduna\n\nGunmen killed four villagers at a market in Kaduna on Monday, "
     "police said.", "Attack"),
])
def test_no_second_doerless_attack(text, trigger):
    assert trigger not in [s[0] for s in shown(text)], text


def test_an_attack_framing_a_passive_is_coded():
    # "were killed in an attack": the clause names no doer, so the attack is coded alone
    found = shown("Four villagers were killed in an attack in Kaduna on Monday.",
                  "source", "target")
    assert ("attack", "ASSAULT", "", "") in found, found
