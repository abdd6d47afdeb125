"""Issue 18, round 39 (h-generic39): generic actors.  A plural noun for people that
PETRARCH2's agent dictionary codes as a word of its own ("rioters" RIOTER OPP, "peasants"
PEASANT AGR, "mercenaries" MERCENARY UAF, "firefighters" FIREFIGHTER GOV) is a group that
acts, as "lawyers" and "villagers" are (generic_actors.yaml: plural_people); its country
comes from its phrase, the event's place or the article.  A singular stays one person and
no actor; people of the general public stay unplaced.  Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def _source(ev):
    return [(a.country, a.sector) for a in ev.actors if a.role == "source"]


def test_plural_rioters_are_a_group_with_the_events_place(analyze_text):
    # the country from the event's place (before: no actor, so no event shown)
    [ev] = shown_at(analyze_text, "Rioters torched two banks in Nairobi, Kenya, on Monday.",
                    "torched")
    assert ev.type == "ASSAULT"
    assert role_texts(ev, "source") == ["Rioters"]
    assert _source(ev) == [("KEN", "OPP")]


def test_plural_mercenaries_take_their_sector_from_the_dictionary(analyze_text):
    [ev] = shown_at(analyze_text, "Mercenaries attacked an army checkpoint near Tripoli, "
                    "Libya, on Tuesday.", "attacked")
    assert ev.type == "ASSAULT"
    assert _source(ev)[0] == ("LBY", "UAF")


def test_plural_firefighters_are_a_group_of_the_state(analyze_text):
    [ev] = shown_at(analyze_text, "Firefighters rescued dozens of residents in Athens, "
                    "Greece, on Sunday.", "rescued")
    assert _source(ev)[0] == ("GRC", "GOV")


def test_plural_fishermen_protest_as_a_group(analyze_text):
    [ev] = shown_at(analyze_text, "Fishermen protested against foreign trawlers in Dakar, "
                    "Senegal.", "protested")
    assert ev.type == "PROTEST"
    assert _source(ev) == [("SEN", "AGR")]


def test_a_singular_rioter_is_still_no_actor(analyze_text):
    found = shown_at(analyze_text, "In Nairobi, a rioter condemned the police raid on the "
                     "market on Monday.", "condemned")
    assert all(not role_texts(ev, "source") for ev in found)
