"""Round 40 (h-people40), one person one actor (issue 20): namesakes of different sexes
told apart by the gender their own sentence gives a bare surname, a courtesy title or a
pronoun the surname's clause binds (``people._Facts.said``, ``bound.pronoun_sex``), and
first reference among the namesakes a courtesy title fits.  Invented texts only."""

from .conftest import holder as _holder

FAMILY = ("Pension fund\n\nMargaret Hale announced her campaign on Monday. Her husband, "
          "Robert Hale, will stay on the fund's board. ")


def test_a_courtesy_title_goes_to_the_namesake_named_before_that_it_fits(analyze_text):
    # "Mrs. Hale" after the husband is named in full, before a woman of the name is
    text = FAMILY + ("Mrs. Hale said the fund would stop taking gifts. Anna Hale, a "
                     "council member, said she would join the board in May. Mrs. Hale "
                     "said she was proud.")
    r = analyze_text(text, published="2016-07-25")
    wife = _holder(r, text.index("Margaret"))
    assert wife is not None
    assert _holder(r, text.index("Mrs. Hale said the fund") + 5) == wife
    # after the other woman is named in full: the one the surname so became the short name of
    assert _holder(r, text.index("Mrs. Hale said she") + 5) == wife
    assert _holder(r, text.index("Anna")) != wife


def test_a_pronoun_the_surname_clause_binds_gives_its_gender(analyze_text):
    # "back Hale because she would be the first woman": the wife, not the husband
    text = FAMILY + ("Robert Hale said the plan was sound. Many voters may back Hale "
                     "because she would be the first woman in the seat.")
    r = analyze_text(text, published="2016-07-25")
    wife = _holder(r, text.index("Margaret"))
    assert _holder(r, text.index("Hale because")) == wife


def test_a_pronoun_of_reported_speech_gives_no_gender(analyze_text):
    # guard: "Hale said he would" - a complement clause's he may be a third party
    text = FAMILY + ("Robert Hale said the plan was sound. Tom Dorn met the couple on "
                     "Friday. Asked about the vote, Hale said he would wait.")
    r = analyze_text(text, published="2016-07-25")
    before = _holder(r, text.index("Hale said he"))
    assert before != _holder(r, text.index("Robert")) or before is None
