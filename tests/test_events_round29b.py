"""Issue 18, round 29 (h-ev29b): a request or an accusation in a free participle after a
statement sent or released ("sent a letter ..., urging"), and a verb of asking that
governs what is asked ("..., asking them to ..."). Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_a_letter_sent_then_a_free_participle_of_request(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Maria Lopez sent a long letter to the committee on "
                    "Monday, urging it to drop the inquiry.", "urging")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "source") == ["Maria Lopez"]


def test_a_text_message_sent_then_asking_someone_to_act(analyze_text):
    [ev] = shown_at(analyze_text, "Governor Hal Brandt sent a text message to his donors, "
                    "asking them to stay home.", "asking")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "source") == ["Hal Brandt"]


def test_a_verb_of_saying_then_asking_someone_to_act(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz spoke for an hour on Monday, asking her "
                    "supporters not to stage protests.", "asking")
    assert ev.type == "REQUEST" and role_texts(ev, "source") == ["Ana Ruiz"]


def test_a_statement_released_then_condemning_keeps_its_author(analyze_text):
    # guard: the participle attached to the statement noun or after it reads the same
    [ev] = shown_at(analyze_text, "The Kenyan government released a statement on Tuesday, "
                    "condemning the raid on the embassy.", "condemning")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "source") == ["The Kenyan government"]


def test_a_package_sent_is_no_statement(analyze_text):
    # guard: a thing sent makes no statement, so the participle gets no speaker
    assert shown_at(analyze_text, "Governor Hal Brandt sent a package to his donors, asking "
                    "them to stay home.", "asking") == []


def test_asking_about_something_is_no_request(analyze_text):
    # guard: 'ask' governing nothing to do is a question, not a request
    assert shown_at(analyze_text, "Senator Ana Ruiz sent a letter to the agency, asking about "
                    "the delays.", "asking") == []
