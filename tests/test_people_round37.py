"""Round 37, people split and merged (issue 20; h-ppl37): invented texts only."""

from .conftest import holder as _holder


def test_a_heading_in_capitals_is_no_part_of_the_name_it_holds(analyze_text):
    # "PARTY CHIEF ANNA BRANDT RESIGNS": the heading's verb after the surname is cut, and
    # the name joins the surname the body writes in mixed case
    text = (
        "Morning email\n\nTOP STORIES.\n\nPARTY CHIEF ANNA BRANDT RESIGNS After months "
        "of criticism over an alleged bias, the leak finally forced Brandt to resign from "
        "her job Sunday. Mary Stone will take over."
    )
    r = analyze_text(text, published="2016-07-25")
    assert not any("RESIGNS" in e.name for e in r.entities)
    assert _holder(r, text.index("ANNA")) == _holder(r, text.index("Brandt to"))
    assert _holder(r, text.index("ANNA")) is not None


def test_a_name_in_capitals_none_of_whose_words_the_body_writes_is_left(analyze_text):
    # guard: NER's span kept where the body never writes its words
    text = (
        "Morning email\n\nTOP STORIES.\n\nSENATOR MARY ELLEN HOLLOWAY STEPS DOWN After "
        "months of criticism, the scandal forced her out on Sunday."
    )
    r = analyze_text(text, published="2016-07-25")
    assert [e.name for e in r.entities if e.type == "PERSON"] == ["MARY ELLEN HOLLOWAY"]
