"""Round 35, people split or merged (issue 20; h-ppl35): invented texts only."""

from .conftest import holder as _holder


def test_a_clitic_begins_no_name(analyze_text):
    # "Here\u2019s Clinton": NER runs the contraction's 's into the name; a clitic leans
    # on the word before it (CGEL ch. 18), so the mention is "Clinton", Bill Clinton's
    text = (
        "Markets\n\nBill Clinton signed the trade bill in 1993. Critics said the bill "
        "hurt factory towns.\nHere\u2019s Clinton in December 1992: \u201cOur new direction "
        "must rest on trade.\u201d The speech was long."
    )
    r = analyze_text(text, published="2016-03-23")
    at = text.index("Clinton in December")
    assert _holder(r, at) == "Bill Clinton"


def test_a_quotation_mark_glued_to_the_speaker_s_name(analyze_text):
    # 'paranoia,\u201dClinton said': the tokenizer leaves one token; the quotation mark
    # ends the quotation, so the name starts after it
    text = (
        "Campaign\n\nHillary Clinton spoke in Ohio on Friday. \u201cHe traffics in "
        "prejudice and paranoia,\u201dClinton said. \u201cIt is not who we are.\u201d"
    )
    r = analyze_text(text, published="2016-02-26")
    assert _holder(r, text.index("Clinton said")) == "Hillary Clinton"


def test_a_given_name_alone_is_not_a_variant_of_another_s_surname(analyze_text):
    # "Arne" folds to the consonants of "Warren" (r, n); the article names Arne Lindqvist,
    # so the lone "Arne" is his given name, not Karen Warren's surname
    text = (
        "Schools\n\nSenator Karen Warren has fought the loan companies for years. "
        "\u201cThe only way to end poverty is education,\u201d former Education "
        "Secretary Arne Lindqvist told reporters in 2012. Great job, Arne.\nThe debt "
        "has grown since then."
    )
    r = analyze_text(text, published="2016-03-23")
    lone = text.index("Arne.")
    assert _holder(r, lone) != "Karen Warren"
    assert _holder(r, lone) == "Arne Lindqvist"


def test_two_coordinated_names_are_two_people(analyze_text):
    # "George Bush and George W. Bush": conjuncts of one coordination name different
    # people (CGEL ch. 15), so the name without the middle initial is not the son's
    text = (
        "Party\n\nThe party of Prescott Bush, George Bush and George W. Bush is now the "
        "party of a businessman. George W. Bush stayed silent on Sunday."
    )
    r = analyze_text(text, published="2016-02-22")
    father = text.index("George Bush")
    assert _holder(r, father) is not None
    assert _holder(r, father) != "George W. Bush"


def test_the_full_name_after_the_middle_initial_joins_when_not_coordinated(analyze_text):
    # guard: "Donald J. Trump ... Donald Trump" (no coordination) stay one person
    text = (
        "Race\n\nDonald J. Trump won the primary on Saturday. Voters said Donald Trump "
        "spoke for them, and Mr. Trump thanked them."
    )
    r = analyze_text(text, published="2016-02-22")
    assert _holder(r, text.index("Donald Trump")) == "Donald J. Trump"


def test_a_name_at_the_end_of_an_event_span_is_the_person(analyze_text):
    # "Liar-of the Year Marcus Whitfield": NER types the epithet and the name one EVENT;
    # the words before the given name are a description, the name the person's
    text = (
        "Checks\n\nIf voters choose to not believe Liar-of the Year Marcus Whitfield, the "
        "fact-checkers will award four Pinocchios. Whitfield said so on Friday."
    )
    r = analyze_text(text, published="2015-11-17")
    named = text.index("Marcus Whitfield")
    assert _holder(r, named) == "Marcus Whitfield"
    assert _holder(r, text.index("Whitfield said")) == "Marcus Whitfield"
