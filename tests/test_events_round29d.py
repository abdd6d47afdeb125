"""Issue 18, round 29 (h-ev29d): missing actors. A plural noun for people that PETRARCH2's
agent dictionary codes alone ("lawyers" JUD, "economists" EDU) is a group actor of its
own, with its country from its place or the article; a singular role noun, people of no
sector or of the general public, and representatives stay as they were.  Invented
sentences."""

from __future__ import annotations

from .conftest import events_at, role_texts, shown_at


def _source(ev):
    return [(a.country, a.sector) for a in ev.actors if a.role == "source"]


def test_plural_lawyers_are_a_group_that_acts(analyze_text):
    [ev] = shown_at(analyze_text, "In Nairobi, the lawyers condemned the police raid on the "
                    "newspaper on Monday.", "condemned")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["the lawyers"]
    assert _source(ev) == [("KEN", "JUD")]


def test_plural_economists_take_their_sector_from_the_dictionary(analyze_text):
    [ev] = shown_at(analyze_text, "Left-leaning economists sharply criticized the Kenyan central "
                    "bank on Monday.", "criticized")
    assert ev.type == "ACCUSE"
    assert _source(ev)[0][1] == "EDU"


def test_a_possessed_plural_role_noun_is_the_group(analyze_text):
    [ev] = shown_at(analyze_text, "A Kenyan court removed the deputy governor in Nairobi last "
                    "week. Okemwa's lawyers filed 12 court cases against the ouster.", "filed")
    assert ev.type == "ACCUSE"
    assert _source(ev)[0][1] == "JUD"


def test_a_singular_role_noun_alone_is_still_no_actor(analyze_text):
    assert not shown_at(analyze_text, "In Nairobi, the lawyer condemned the police raid on the "
                        "newspaper on Monday.", "condemned")


def test_passengers_are_no_group_that_acts(analyze_text):
    assert not shown_at(analyze_text, "At the Nairobi airport, passengers struggled with the "
                        "new forms on Monday.", "struggled")


def test_representatives_of_countries_are_read_as_before(analyze_text):
    assert not shown_at(analyze_text, "Robert Wood spoke to reporters in New York, surrounded "
                        "by representatives of nearly 50 countries.", "surrounded")


def test_a_conjoined_passive_takes_the_shared_subject_as_its_target(analyze_text):
    # "left ... and were then attacked": the subject undergoes the passive verb
    [ev] = shown_at(analyze_text, "Three soldiers left the base near Lamu and were then "
                    "attacked by gunmen.", "attacked")
    assert ev.type == "ASSAULT"
    assert role_texts(ev, "source") == ["gunmen"]
    assert role_texts(ev, "target") == ["Three soldiers"]


def test_a_conjoined_passive_subject_is_no_source(analyze_text):
    evs = events_at(analyze_text, "Opposition leader Kizza Besigye returned to Kampala and was "
                    "arrested by police on Monday.", "arrested")
    assert evs and all("Kizza Besigye" not in role_texts(e, "source") for e in evs)
    assert any("Kizza Besigye" in role_texts(e, "target") for e in evs)


def test_a_conjoined_active_verb_keeps_the_shared_subject_as_source(analyze_text):
    [ev] = shown_at(analyze_text, "Police in Kampala surrounded the building and arrested "
                    "three opposition activists.", "arrested")
    assert role_texts(ev, "source") == ["Police"]
