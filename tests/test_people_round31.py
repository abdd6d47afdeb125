"""Round 31, one person one actor (issue 20): invented texts only."""

from pathlib import Path

from wiretrace.eval import people

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev5_file_is_read_as_one_dev_set():
    rows = people.read_judgments(REPO / "docs/judgments/people-polnear-dev5.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people.judged_errors(rows)
    assert all(e["offsets"] for e in errors)
    assert sum(e["kind"] == "split" for e in errors) == 2
    assert [e["merge"] for e in errors if e["kind"] == "merged"] == ["pp"]


def _holder(report, text: str, words: str, skip: int = 0) -> tuple[str, str] | None:
    """The name and type of the entity with a mention covering the first character of
    ``words`` (after ``skip`` characters)."""
    at = text.index(words) + skip
    return next(((e.name, e.type) for e in report.entities for m in e.mentions
                 if m.start <= at < m.end), None)


def test_a_genitive_run_into_the_noun_after_it_is_the_person_named(analyze_text):
    text = (
        "Ads\n\nThe campaign of Walter Brandt will air a new ad on Monday. Walter Brandt "
        "spoke in Ohio. The narrator says that in \u201cWalter Brandt\u2019s America, "
        "working families get tax relief.\u201d"
    )
    r = analyze_text(text, published="2016-08-29")
    assert _holder(r, text, "Walter Brandt\u2019s") == ("Walter Brandt", "PERSON")


def test_a_genitive_typed_with_a_left_quotation_mark_is_the_person(analyze_text):
    text = (
        "Visit\n\nWalter Brandt said on Monday he would visit London. \u201cThe PM has "
        "made his views on Walter Brandt\u2018s comments very clear,\u201d the spokesman said."
    )
    r = analyze_text(text, published="2016-05-16")
    assert _holder(r, text, "Walter Brandt\u2018s") == ("Walter Brandt", "PERSON")


def test_a_place_s_surname_typed_org_is_the_person_named_in_full(analyze_text):
    text = (
        "Mayors\n\nHillary Clinton spoke in Boston with Mayor Marty Curley by her side on "
        "Sunday. \"We will see,\" she said.\n\nUntil recently, Boston\u2019s Curley was a "
        "coveted hold out among the mayors. The face of the city backed her."
    )
    r = analyze_text(text, published="2016-01-05")
    assert _holder(r, text, "Boston\u2019s Curley", skip=9) == ("Marty Curley", "PERSON")


def test_a_thing_named_for_nobody_in_the_article_keeps_its_genitive(analyze_text):
    # guard: "David's Sling" names no David of the article
    text = (
        "Defense\n\nIsrael tested David\u2019s Sling on Monday, the army said. David Cohen, "
        "a spokesman, said the test went well."
    )
    r = analyze_text(text, published="2016-06-02")
    assert _holder(r, text, "David\u2019s Sling") != ("David Cohen", "PERSON")


def test_she_said_continues_the_subject_of_a_main_verb_s_adjunct_clause(analyze_text):
    text = (
        "Primary\n\nWalter Brandt defeated Nora Vance in Delaware on Tuesday. Brandt held a "
        "rally Saturday while Vance hosted a get out the vote event Monday \u2014 during "
        "which she gave a shout out to Vice President Carl Dunn.\n\n\u201cI want to "
        "mention someone who is not here, and that is Vice President Carl Dunn,\u201d "
        "she said."
    )
    r = analyze_text(text, published="2016-04-27")
    assert _holder(r, text, "she said") == ("Nora Vance", "PERSON")


def test_a_surname_after_a_name_closed_by_iii_is_that_person(analyze_text):
    text = (
        "Books\n\nHarry Hurt III had hoped to republish his book this year. When Mr. Hurt "
        "asked the publisher, it declined. Mr. Hurt is eager to get the book out."
    )
    r = analyze_text(text, published="2016-07-05")
    assert _holder(r, text, "Hurt asked") == ("Harry Hurt III", "PERSON")



def test_an_adjunct_inside_a_complement_still_gives_way_to_the_speaker(analyze_text):
    # guard: the adjunct of a reported clause is part of the report's unit
    text = (
        "Deal\n\nThe network signed Walter Brandt on Monday. Mr. Nevins said he pursued "
        "it only because Mr. Lynch agreed. ''It was a good deal for us,'' he said."
    )
    r = analyze_text(text, published="2016-01-30")
    assert _holder(r, text, "he said") == ("Nevins", "PERSON")
