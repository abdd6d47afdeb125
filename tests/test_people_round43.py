"""Round 43, people merged (issue 20; h-people43): invented texts only."""

from .conftest import person_holding

_QUESTIONS = (
    "Mr. Dorsey told parents to list what they buy each week. Would you rather pay for a "
    "school or for dinners out? Would you rather save or spend? Which costs add up? What "
    "could go first?\n\n"
)


def test_a_he_is_not_an_adjective_the_tagger_typed_person(analyze_text):
    # "Stingy? He doesn't think so": the one-word question the tagger typed PERSON is no
    # person (no title, no second name word, never a subject), so the "he said" is not
    # its mention; it goes on to the man named before
    for word in ("Stingy", "Cruel"):
        text = ("Savings\n\n" + _QUESTIONS + f"{word}? He doesn't think so. ''Most parents "
                "wish they had saved more,'' he said.")
        r = analyze_text(text, published="2016-09-24")
        held = person_holding(r, text, "he said")
        assert held != person_holding(r, text, word), word
        assert held in (None, person_holding(r, text, "Dorsey told"))


def test_a_one_word_name_that_is_a_subject_still_takes_the_he(analyze_text):
    # a one-word name the article makes a subject ("Vance spoke") is a person's, so the
    # mention of it in the sentence before still takes the "he said" (guard)
    text = ("Farms\n\nVance spoke to farmers on Monday. Would you rather pay for a school "
            "or for dinners out? Would you rather save or spend? Which costs add up? What "
            "could go first?\n\nThe crowd cheered for Vance. ''We will win,'' he said.")
    r = analyze_text(text, published="2016-09-24")
    assert person_holding(r, text, "he said") == person_holding(r, text, "Vance spoke")
