"""Round 34, pronouns given to the wrong person, by construction (issue 20): invented
texts only."""


def _holder(report, start: int) -> str | None:
    """The name of the entity with a mention starting at ``start``."""
    return next((e.name for e in report.entities for m in e.mentions if m.start == start), None)


def test_a_he_after_a_persons_thing_as_subject_is_the_possessor(analyze_text):
    text = (
        "Iowa\n\nGordon Pike, a pastor in Ames, said on Sunday that the volunteers would "
        "stay. Mr. Whitcombe's success with the churches reflects how he has argued that "
        "faith matters since he announced in March that he would run."
    )
    r = analyze_text(text, published="2016-01-12")
    assert _holder(r, text.index("Whitcombe")) is not None
    assert _holder(r, text.index("he has")) == _holder(r, text.index("Whitcombe"))


def test_her_after_a_persons_thing_as_passive_subject_is_the_possessor(analyze_text):
    text = (
        "Berlin\n\n''They are all the same thing,'' said Rolf Brink, an analyst in London. "
        "Ms. Vandermeer's standing has been dented by her decision to open the borders, "
        "she said on Tuesday."
    )
    r = analyze_text(text, published="2016-03-23")
    assert _holder(r, text.index("her decision")) != "Rolf Brink"


def test_a_persons_own_subject_still_wins_over_a_possessor(analyze_text):
    # guard: a person named as the subject of the pronoun's clause is taken first
    text = (
        "Race\n\nMr. Whitcombe's campaign has been quiet. Gordon Pike said on Sunday that "
        "he believes the volunteers will stay."
    )
    r = analyze_text(text, published="2016-01-12")
    assert _holder(r, text.index("he believes")) == "Gordon Pike"


def test_a_he_in_a_clause_of_a_person_is_not_the_subjects_possessor(analyze_text):
    # guard: the relative clause is about the official it modifies
    text = (
        "Speech\n\nMr. Whitcombe's words may have stung the former governor, who spent his "
        "speech at the school where he said that he first heard the news."
    )
    r = analyze_text(text, published="2016-02-17")
    assert _holder(r, text.index("he said")) != "Whitcombe"
