"""Issue 18, round 30 (h-coord30): coordinated verbs of force that share the object of
the last verb (right node raising; Quirk et al. 1985, 13.x; CGEL ch. 15). Invented
sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_the_first_of_two_arrest_verbs_takes_the_shared_object(analyze_text):
    [ev] = shown_at(
        analyze_text,
        "Police in Oslo detained and questioned four Danish opposition activists on Monday.",
        "detained",
    )
    assert ev.type == "COERCE"
    assert role_texts(ev, "source") == ["Police"]
    assert any("activists" in t for t in role_texts(ev, "target"))


def test_three_coordinated_verbs_share_the_object_of_the_last(analyze_text):
    [ev] = shown_at(
        analyze_text, "Soldiers arrested, beat and later released two Kenyan reporters.", "arrested"
    )
    assert any("reporters" in t for t in role_texts(ev, "target"))


def test_a_verb_with_its_own_object_keeps_it(analyze_text):
    # guard: "arrested the mayor and charged his deputy" has two objects
    [ev] = shown_at(
        analyze_text, "Prosecutors arrested the mayor and charged his deputy.", "arrested"
    )
    assert not any("deputy" in t for t in role_texts(ev, "target"))


def test_an_intransitive_verb_before_the_coordinator_takes_no_object(analyze_text):
    # guard: "arrived in the town" has its own phrase before "and"
    evs = shown_at(analyze_text, "Troops arrived in the capital and arrested the mayor.", "arrived")
    assert all(not any("mayor" in t for t in role_texts(e, "target")) for e in evs)


def test_a_second_verb_with_its_own_subject_shares_nothing(analyze_text):
    # guard: two clauses ("police attacked and the crowd burned X")
    evs = shown_at(
        analyze_text, "Police attacked and the crowd burned the police station.", "attacked"
    )
    assert all(not any("station" in t for t in role_texts(e, "target")) for e in evs)
