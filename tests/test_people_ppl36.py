"""Round 36, people merged by a pronoun (issue 20; h-ppl36): invented texts only."""

from wiretrace.nlp.attribution.sources import _verb_form

from .conftest import holder as _holder


def test_a_name_the_parse_did_not_make_the_subject_keeps_the_sentence_s_he(analyze_text):
    # "Last week, Trump hosted Bakir ...": the parse reads "Trump hosted" as a modifier of
    # the object ("trump" is also a word); the name before the finite verb is still the
    # clause's subject (SVO), so the "he" of "for what he called" is Trump's
    text = (
        "Talks\n\nPresident Emre Bakir of Turkey has a warm tie with President Donald "
        "Trump. Last week, Trump hosted Bakir in the White House for what he called a "
        "\u201chistoric visit.\u201d"
    )
    r = analyze_text(text, published="2019-11-20")
    assert _holder(r, text.index("he called")) == "Donald Trump"


def test_a_verb_in_s_is_told_from_a_plural_noun_by_the_dictionary():
    # "Trump despises what ...", tagged a plural noun, is a verb of WordNet's index;
    # "Trump supporters" is no verb
    assert _verb_form("despises") and _verb_form("assails") and _verb_form("predicts")
    assert not _verb_form("supporters") and not _verb_form("advisers")


def test_a_name_before_its_noun_is_no_subject(analyze_text):
    # guard: "Haley supporters believe he can win" leaves the sentence to the rules before
    text = (
        "Florida\n\nDonald Haley spoke in Tampa on Monday. Senator Mark Ruiz said the race "
        "was close. Haley supporters believe he can win the state, Ruiz said."
    )
    r = analyze_text(text, published="2016-05-31")
    assert _holder(r, text.index("he can")) in (None, "Donald Haley")
