"""Round 43 (h-pron43): the events layer's ``antecedents.pronoun_entity`` gives a he or
she to no person of the other gender; where the person its rules find disagrees, the
nearest person named before the pronoun who agrees (CGEL ch. 17, agreement in gender;
Hobbs 1978).  Sentences written for the test."""

from __future__ import annotations

from .conftest import actor_names


def test_a_he_under_a_woman_who_reports_is_the_man_named_before(analyze_text):
    # the subject of the clause above the "he" is Ms. Ortega, who reports; the "he" is
    # Mr. Vance, the man named before
    text = ("Trade fight\n\nMr. Carl Vance met union leaders in Ohio on Monday. Ms. Rosa "
            "Ortega said he would criticize the trade plan.")
    r = analyze_text(text, published="2016-03-20")
    found = actor_names(r, text, "he would criticize")
    assert found and "Rosa Ortega" not in found
    assert "Carl Vance" in found


def test_a_he_under_a_man_who_reports_is_left_to_the_subject(analyze_text):
    # guard: the same sentences with a man reporting keep the clause subject's entity
    text = ("Trade fight\n\nMr. Carl Vance met union leaders in Ohio on Monday. Mr. Luis "
            "Ortega said he would criticize the trade plan.")
    r = analyze_text(text, published="2016-03-20")
    assert "Luis Ortega" in actor_names(r, text, "he would criticize")
