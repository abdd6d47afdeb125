"""Round 36, a person's surname NER left out (issues 20 and 18; h-ner36): invented texts."""

from .conftest import assert_offsets
from .conftest import holder as _holder


def test_a_surname_opening_a_sentence_before_its_verb_is_the_person(analyze_text):
    # "Trump despises what he calls ...": the tagger reads the surname as a noun before a
    # plural and NER types nothing; the article names one Trump in full, and a finite
    # verb (a verb in -s of the dictionary) follows, so it is Brian Trump, and so is the he
    text = (
        "Ohio\n\nSenator Brian Trump spoke in Ohio on Monday. Trump despises what he "
        "calls political correctness, and he will say so."
    )
    r = analyze_text(text, published="2016-05-31")
    assert_offsets(r)
    assert _holder(r, text.index("Trump despises")) == "Brian Trump"
    assert _holder(r, text.index("he calls")) == "Brian Trump"


def test_a_surname_before_a_bare_apostrophe_is_the_person(analyze_text):
    # "Sanders' campaign called ...": the genitive of a name in -s (the apostrophe alone)
    text = (
        "Ohio\n\nSenator Brian Sanders spoke in Ohio on Monday. Sanders\u2019 campaign "
        "called the report a rush to judgment."
    )
    r = analyze_text(text, published="2016-05-31")
    assert_offsets(r)
    at = text.index("Sanders\u2019")
    assert _holder(r, at) == "Brian Sanders"
    mention = next(m for e in r.entities for m in e.mentions if m.start == at)
    assert mention.text == "Sanders"


def test_a_surname_modifying_a_noun_is_no_mention(analyze_text):
    # guard: "Trump suits were made ...": "suits" could be a verb, but a verb follows it,
    # so the two are a noun phrase (the brand), not the person and his verb
    text = (
        "Ohio\n\nSenator Brian Trump spoke in Ohio on Monday. Trump suits were made in "
        "Mexico, she said."
    )
    r = analyze_text(text, published="2016-05-31")
    assert _holder(r, text.index("Trump suits")) is None


def test_a_surname_two_people_share_is_left_alone(analyze_text):
    # guard: two Trumps named in full (as the Haftar rule: a shared surname is no one's here)
    text = (
        "Ohio\n\nSenator Brian Trump and his sister Alice Trump spoke in Ohio on Monday. "
        "Trump despises what he calls political correctness."
    )
    r = analyze_text(text, published="2016-05-31")
    assert _holder(r, text.index("Trump despises")) is None


def test_a_lowercase_word_is_never_the_name(analyze_text):
    # guard: the ordinary verb "trump", with no capital, is no mention of Brian Trump
    text = (
        "Ohio\n\nSenator Brian Trump spoke in Ohio on Monday. Voters said jobs trump "
        "everything else this year."
    )
    r = analyze_text(text, published="2016-05-31")
    assert _holder(r, text.index("trump everything")) is None
