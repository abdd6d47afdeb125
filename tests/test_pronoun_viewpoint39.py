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


def test_a_he_who_added_after_a_long_quote_is_its_speaker(analyze_text):
    # '"...," he added': a verb of continuation, the speaker the narration last named,
    # past a person named in the narration after the speaker and a paragraph of quote
    text = ("Budget talks\n\nMayor Tom Park spoke to reporters on Monday.\n\n\u201cThe city "
            "cannot pay for this,\u201d Park said, warning that it could hurt the governor, "
            "Paul Hale. \u201cWe have asked twice. We asked again last week. Nobody "
            "answered.\u201d\n\n\u201cWe will keep asking until we get an answer,\u201d he "
            "added.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "he added") == "Tom Park"


def test_added_by_the_other_gender_is_not_the_last_speaker(analyze_text):
    text = ("Budget talks\n\n\u201cThe city cannot pay,\u201d Tom Park said on Monday. "
            "Anna Lee, the treasurer, disagreed.\n\n\u201cWe can pay if we wait,\u201d she "
            "added.")
    r = analyze_text(text, published="2016-03-20")
    assert person_holding(r, text, "she added") != "Tom Park"
