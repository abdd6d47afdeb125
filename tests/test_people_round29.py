"""Round 29 (issue 20, one person one actor): a "he said" does not continue a subject of
an earlier sentence's relative or noun clause, nor skip back fewer sentences for the
paragraph breaks between; a bare surname continues the namesake the text just switched
to; a formal title the actor dictionaries write before one namesake's full name.
Invented texts."""

from __future__ import annotations

from wiretrace import names
from wiretrace.nlp.actors import people

from .conftest import assert_offsets


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start),
                None)


def test_a_he_said_skips_a_subject_in_a_relative_clause_across_paragraphs(analyze_text):
    text = ("Tour\n\nMr. Reed said on Monday that the pact would hold.\n\n"
            "He added that voters were angry because of Mr. Cole's remarks, which have "
            "included the claim that Governor Tom Hale was the cause of the crisis.\n\n"
            "\"This man has no shame,\" he said.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert _holder(r, text.index(" he said") + 1) == "Reed"


def test_a_he_said_still_continues_a_main_clause_subject(analyze_text):
    # guard: the subject of the sentence's main clause is the center, as before
    text = ("Tour\n\nMr. Reed spoke on Monday.\n\nGovernor Tom Hale said the claim that "
            "taxes would rise was false.\n\n\"This is absurd,\" he said.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert _holder(r, text.index(" he said") + 1) == "Tom Hale"


def test_a_bare_surname_continues_the_namesake_the_text_switched_to(analyze_text):
    text = ("Praise in Dover\n\nCarl Mendez brought his older brother, Paul Mendez, "
            "to a rally in Dover on Monday. \"He is a good man,\" the former mayor said. "
            "Mr. Mendez also praised his younger brother's courage. Later, Mr. Lee "
            "mocked Mr. Mendez for his record as mayor.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    mocked = text.index("Mendez for his record")
    assert _holder(r, mocked) == "Paul Mendez"


def test_a_bare_surname_after_a_full_name_again_is_not_continued(analyze_text):
    # guard: once the other namesake is named in full, the switch no longer holds
    text = ("Praise in Dover\n\nCarl Mendez brought his older brother, Paul Mendez, "
            "to a rally in Dover on Monday. Mr. Mendez also praised his younger brother's "
            "courage. Carl Mendez thanked the crowd. Mr. Mendez then left for Ohio.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert _holder(r, text.index("Mendez then left")) == "Carl Mendez"


def test_a_title_the_dictionaries_give_one_namesake(analyze_text):
    # PETRARCH2 lists "president george w. bush"; the invented brother "Neil Bush" has no
    # such entry, and the headline names him
    text = ("Neil Bush in Dover\n\nNeil Bush spoke in Dover on Monday with George W. Bush "
            "beside him. Voters cheered. Mr. Lee criticized President Bush's record.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert _holder(r, text.index("Bush's record")) == "George W. Bush"
    titles = people._dictionary_titles()
    assert "president" in titles.get(names.name_key("George W. Bush", person=True), frozenset())


def test_an_imperative_verb_run_into_a_known_surname_is_not_the_name(analyze_text):
    text = ("Numbers\n\nMary Reed won Ohio on Tuesday with 40 percent. Tom Cole took 30 "
            "percent. Combine Reed and Cole's Ohio numbers from Tuesday night, and they still "
            "fall short.")
    r = analyze_text(text, published="2016-03-16")
    assert_offsets(r)
    assert _holder(r, text.index("Reed and Cole's")) == "Mary Reed"


def test_a_verb_like_given_name_of_a_subject_stays(analyze_text):
    # guard: the name is a subject (set off by a comma), so "Grant" is a given name
    text = ("Talks\n\nSenator Mary Reed spoke on Monday. Grant Reed, her son, said on "
            "Tuesday that the talks went well.")
    r = analyze_text(text, published="2016-03-16")
    assert_offsets(r)
    assert _holder(r, text.index("Grant Reed")) == "Grant Reed"
