"""Round 32, one person one actor (issue 20): invented texts only."""

from pathlib import Path

from wiretrace.eval import people

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev6_file_is_read_as_one_dev_set():
    rows = people.read_judgments(REPO / "docs/judgments/people-polnear-dev6.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people.judged_errors(rows)
    assert all(e["offsets"] for e in errors)
    assert sum(e["kind"] == "split" for e in errors) == 6
    assert [e["merge"] for e in errors if e["kind"] == "merged"] == ["pp"] * 8


def _holder(report, text: str, words: str, skip: int = 0) -> str | None:
    """The name of the PERSON entity with a mention covering the first character of
    ``words`` (after ``skip`` characters)."""
    at = text.index(words) + skip
    return next((e.name for e in report.entities if e.type == "PERSON" for m in e.mentions
                 if m.start <= at < m.end), None)


def test_a_given_name_once_is_the_one_person_named_in_full_before_it(analyze_text):
    text = (
        "Endorsement\n\nSenator Walter Brandt won the endorsement of Senator Gus Pickering "
        "on Sunday. \"The best choice is Walter Brandt, and I'm going to help Walter in "
        "every way I can,\" Pickering told reporters. Later, Pickering thanked the late "
        "Walter Kessler for his work on the bill."
    )
    r = analyze_text(text, published="2016-03-20")
    assert _holder(r, text, "help Walter", skip=5) == "Walter Brandt"


def test_a_given_name_once_stays_open_between_two_people_named_before(analyze_text):
    # guard: both named in full before it, nothing tells them apart
    text = (
        "Bill\n\nWalter Brandt and Walter Kessler met in Ohio on Monday. Pickering said "
        "the bill would pass. \"Walter will sign it,\" Pickering said."
    )
    r = analyze_text(text, published="2016-03-20")
    # a PERSON of its own (a mention that no entity covers would pass "not in" unseen)
    holder = _holder(r, text, "Walter will")
    assert holder is not None and holder not in ("Walter Brandt", "Walter Kessler")


def test_a_courtesy_title_goes_to_the_wife_named_in_apposition(analyze_text):
    text = (
        "Books on Lutz\n\nA new book about Harold Lutz is out. The book is an account of "
        "Mr. Lutz's business. Its biggest claim came from his first wife, Greta Lutz, in "
        "a deposition. Mr. Lutz denied it. The book included a statement from Ms. Lutz, "
        "inserted in the flyleaf. Mr. Lutz never sued."
    )
    r = analyze_text(text, published="2016-07-05")
    assert _holder(r, text, "Ms. Lutz", skip=4) == "Greta Lutz"
    assert _holder(r, text, "Mr. Lutz never", skip=4) == "Harold Lutz"


def test_a_surname_first_given_to_one_person_stays_his_after_his_father_is_named(
        analyze_text):
    text = (
        "Iowa\n\nSenator Walter Brandt of Ohio spoke in Iowa on Sunday. Pastor Joe Dunn "
        "plans to recruit volunteers for Mr. Brandt. Mr. Brandt has deployed his pastor "
        "father, Rafael Brandt, as a surrogate. Mr. Brandt is poised to benefit from the "
        "evangelicals. Mr. Dunn met Rafael Brandt at church. Mr. Brandt won the "
        "endorsement of the leader."
    )
    r = analyze_text(text, published="2016-01-12")
    assert _holder(r, text, "Mr. Brandt is poised", skip=4) == "Walter Brandt"
    assert _holder(r, text, "Mr. Brandt won", skip=4) == "Walter Brandt"
    assert _holder(r, text, "Rafael Brandt at") == "Rafael Brandt"


def test_first_reference_holds_not_where_the_surname_takes_both_courtesy_titles(
        analyze_text):
    # guard: the father is named only by his given name beside the mother's full name
    text = (
        "Parents\n\nThe parents, Omar and Layla Haddad, criticized Walter Brandt on "
        "Sunday. Mr. Haddad said Mr. Brandt had shown disrespect. Ms. Haddad said she "
        "had not spoken. She wrote about her son, Karim Haddad, who died in Iraq. Mr. "
        "Haddad has asked leaders to speak."
    )
    r = analyze_text(text, published="2016-08-01")
    for words in ("Mr. Haddad said", "Mr. Haddad has"):
        holder = _holder(r, text, words, skip=4)
        assert holder is not None and holder not in ("Layla Haddad", "Karim Haddad"), words
