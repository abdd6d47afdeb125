"""Round 39 (h-people39): a fronted "For <person>," names whose view or concern its
sentence gives and is the sentence's topic; a he/she of the narration in the next
sentence, which names no one before it, continues that person
(``SourceBook._viewpoint``).  Sentences written for the test."""

from __future__ import annotations

from .conftest import person_holding


def test_a_quote_after_a_viewpoint_frame_is_the_frames_person(analyze_text):
    text = ("Party feud\n\nPeter Vance wrote a long essay on the towns of the north. "
            "For Mark Olsen, Vance is defending the failures of the old party. "
            "\u201cThe towns failed the party, not the other way round,\u201d he mocks.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he mocks") == "Mark Olsen"


def test_a_topic_frame_wins_over_a_possessor_named_later(analyze_text):
    text = ("Senate race\n\nMr. Reyes spoke in Dayton on Monday, and Tom Dorn spoke in "
            "Toledo.\n\nFor Mr. Reyes, who has been called a copy of Mr. Dorn, explaining "
            "how his plan differs from Mr. Dorn's has been a struggle. While he praises "
            "their shared goals, he says he rejects the tax plan.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he says") == "Reyes"


def test_no_frame_the_subject_before(analyze_text):
    text = ("Party feud\n\nMark Olsen spoke on Tuesday. Peter Vance is defending the "
            "failures of the old party. \u201cThe towns failed the party,\u201d he said.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he said") == "Peter Vance"


def test_a_person_named_after_the_frame_is_nearer(analyze_text):
    text = ("Party feud\n\nFor Mark Olsen, the vote was a loss. Peter Vance won it "
            "easily. \u201cThe towns trusted us,\u201d he said.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he said") == "Peter Vance"
