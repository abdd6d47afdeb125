"""Roles checked against the type (issue 18, round 44, h-wrongact44): the source of a
verb of force is an actor, never an act that names no doer (PLOVER manual ch. 2;
docs/judgments/CONVENTIONS.md U12: "the 2004 bombing" is no source, and an empty source is
right where the sentence names no doer).  The event stays, with no source rather than a
wrong one; an act whose phrase names its doer keeps it.  Sentences written for the test."""
from .conftest import shown


def test_act_without_doer_is_no_source():
    text = ("Investigators said a series of coordinated attacks that killed 40 people in "
            "Lusaka in May had been planned for months.")
    assert ("killed", "ASSAULT", "", "40 people") in shown(text, "source", "target")


def test_act_that_names_its_doer_keeps_it():
    text = "A Zambian police operation killed four gunmen near Lusaka on Monday."
    found = shown(text, "source")
    assert ("killed", "ASSAULT", "A Zambian police operation") in found


def test_particle_with_object_is_a_preposition():
    """The parser may hang 'on' of "called on X to" as a particle with X as its object: a
    particle takes no object (CGEL 4.6.1), so X is the one asked, not the object of what
    X is asked to do."""
    text = ("In June, the Ohio senator called on fellow Republicans to unendorse Brandt "
            "after the governor said that a judge was unfit.")
    assert ("called", "REQUEST", "Republicans") in shown(text, "target")
