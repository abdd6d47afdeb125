"""Round 42, people split or merged (issue 20; h-people42): invented texts only."""

import re

from .conftest import person_holding


def _holding(report, text: str, pattern: str) -> str | None:
    """The PERSON entity holding the first character of the regex ``pattern``'s match."""
    at = re.search(pattern, text).start()
    return next((e.name for e in report.entities if e.type == "PERSON" for m in e.mentions
                 if m.start <= at < m.end), None)


def test_a_he_after_a_sentence_whose_subject_is_a_woman(analyze_text):
    # the sentence before names a man who fits "He" (the subject of a relative clause)
    # and its subject is a woman: "He" is that man, not the older sentence's subject
    text = (
        "Budget\n\nThe new budget will be the first order of business, Mr. Kemper said.\n\n"
        "But Mrs. Alvarez will face the same pressure Mr. Brandt has. He noted that the "
        "plan had been criticized in every district."
    )
    r = analyze_text(text, published="2016-09-08")
    assert person_holding(r, text, "He noted") in (None, person_holding(r, text, "Brandt has"))
    assert person_holding(r, text, "He noted") != person_holding(r, text, "Kemper said")


def test_a_he_after_a_sentence_about_a_man_s_thing(analyze_text):
    # "Mr. Brandt's bet is that ...": the possessor of the subject, the one man the
    # sentence before names, is the "He" of the next, not the he subject of an older
    # sentence (which stands for Mr. Kemper)
    text = (
        "Budget\n\nThe plan will pass next year, Mr. Kemper said. He noted that the vote "
        "was close.\n\n"
        "Mr. Brandt's bet is that the rules will be hard to undo. He says that the next "
        "mayor should defend them."
    )
    r = analyze_text(text, published="2016-09-08")
    assert person_holding(r, text, "He says") in (None, person_holding(r, text, "Brandt's"))
    assert person_holding(r, text, "He says") != person_holding(r, text, "Kemper said")
    assert person_holding(r, text, "He noted") == person_holding(r, text, "Kemper said")


def test_a_he_subject_in_the_sentence_before_keeps_its_person(analyze_text):
    # the sentence before has its own "he" subjects (the speaker) and names another man
    # as an object: the later "He said" continues the speaker, not the man named
    text = (
        "Anchors\n\nTom Reyes hosted an opinion show until 2015. The difference now, he "
        "told me, is that he reads the news, which makes him seem kinder to Mr. Lang than "
        "he would be as a host.\n\nHe said he did not mention the hearings."
    )
    r = analyze_text(text, published="2016-09-19")
    assert _holding(r, text, r"He said") != person_holding(r, text, "Lang than")


def test_a_person_noun_subject_before_keeps_the_he(analyze_text):
    # the sentence before has a noun for a person as its subject ("The commentator"), the
    # one the he continues (a noun of the lexicon's person nouns or suffixes); the man
    # named in it as an object is not the he
    text = (
        "Rally\n\nDale Hobbs spoke for Ted Marsh in Ohio on Monday. The commentator has "
        "filled his speeches for Marsh with stories of the war. He has called Marsh a "
        "fighter."
    )
    r = analyze_text(text, published="2016-05-03")
    assert person_holding(r, text, "He has called") != person_holding(r, text, "Ted Marsh")
