"""Round 45, a short or pet form of a given name (issue 20; h-people45): invented texts
only."""

from wiretrace import names


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start), None)


def test_the_table_reads_forms_both_ways():
    f = names.fold
    assert names.hypocorism(f("Joe"), f("Joseph"))
    assert names.hypocorism(f("Joseph"), f("Joe"))
    assert names.hypocorism(f("Larry"), f("Laurence"))
    assert not names.hypocorism(f("Joseph"), f("Joseph"))
    assert not names.hypocorism(f("Joseph"), f("Laurence"))
    # a lone given name takes only a shorter form of a named person's given name
    assert names.short_form(f("Dan"), f("Daniel"))
    assert not names.short_form(f("Daniel"), f("Dan"))


def test_a_full_name_with_a_short_given_name_is_the_person(analyze_text):
    # "Sandra Paxton" and, in a caption, "Sandy Paxton": one woman, and the bare
    # surname after both is hers, not an open third entity
    text = (
        "Voters\n\nSandra Paxton, 78, arrived at her polling place in the afternoon. "
        "Paxton said she was voting for the senator. Tom Barker stood beside her.\n\n"
        "Tom Barker and Sandy Paxton stand in front of the polling place.\n\n"
        "Paxton laughed when asked about the race."
    )
    r = analyze_text(text, published="2016-02-12")
    full = _holder(r, text.index("Sandra Paxton"))
    assert full == "Sandra Paxton"
    assert _holder(r, text.index("Sandy Paxton")) == full
    assert _holder(r, text.index("Paxton laughed")) == full


def test_a_short_given_name_alone_is_the_one_named_in_full_before(analyze_text):
    # "Laurence H. Quint ... 'I love Larry,' he said": the familiar form of the given
    # name of the one person named in full before it
    text = (
        "Rules\n\nAnother critic, Laurence H. Quint, likened the rules to a fire. "
        "Mr. Quint was a mentor to the governor. The governor dismissed the criticism. "
        "\"You know, I love Larry,\" he said, \"but Larry is wrong on this.\""
    )
    r = analyze_text(text, published="2016-09-08")
    full = _holder(r, text.index("Laurence H. Quint"))
    assert full == "Laurence H. Quint"
    assert _holder(r, text.index("Larry,")) == full


def test_two_forms_of_one_given_name_in_a_coordination_are_two_people(analyze_text):
    # guard: coordinated noun phrases name different referents
    text = (
        "Family\n\nJoseph Kettler and Joe Kettler opened the shop in 1990. "
        "The shop closed on Monday."
    )
    r = analyze_text(text, published="2016-09-08")
    assert _holder(r, text.index("Joseph Kettler")) != _holder(r, text.index("Joe Kettler"))


def test_a_fuller_given_name_alone_is_not_the_one_named_with_its_short_form(analyze_text):
    # guard: "Dan Kessel ... Mark Hollis's son, Daniel": Daniel is no form of Dan
    text = (
        "Guns\n\nDan Kessel, president of the group, spoke as the governor arrived. "
        "Kessel said the law would help.\n\nMark Hollis's son, Daniel, was one of the "
        "students killed at the school. Hollis now leads a program."
    )
    r = analyze_text(text, published="2016-01-05")
    assert _holder(r, text.index("Daniel")) != _holder(r, text.index("Dan Kessel"))
