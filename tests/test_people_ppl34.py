"""Round 34 (h-ppl34), one person one actor (issue 20): the PolNeAR dev8 people file is
read; invented texts only."""

from __future__ import annotations

from pathlib import Path

from wiretrace.eval import people as people_eval

from .conftest import holder as _holder

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev8_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-polnear-dev8.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 6
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn"] + ["pp"] * 5


def test_a_speakers_he_continues_a_surname_the_tagger_read_as_a_verb(analyze_text):
    # "Trump himself was delighted": the tagger makes the surname the verb "to trump";
    # the quote's "he" is still the subject of the sentence before, not the adviser
    text = (
        "Campaign\n\nDonald Trump hired Paul Manafort in March. Manafort cautioned against "
        "the tweet. The tweet went out. Trump himself was delighted by the resulting "
        "controversy. \u201cThe people who were offended were people we wanted to offend,"
        "\u201d he later said."
    )
    r = analyze_text(text, published="2016-08-17")
    assert _holder(r, text.index("he later")) == "Donald Trump"


def test_a_wifes_given_name_joins_her_full_name_with_the_familys_surname(analyze_text):
    text = (
        "Founders\n\nThe group's president, Dan Ross, tweeted on Tuesday. Ross was "
        "referring to Tom Hale and his wife, Nora, the group's founders. Tom Hale, who was "
        "a press secretary, died in 2014. Nora Hale died last year."
    )
    r = analyze_text(text, published="2016-01-05")
    assert _holder(r, text.index("Nora,")) == _holder(r, text.index("Nora Hale")) == "Nora Hale"
    assert _holder(r, text.index("Tom Hale")) == "Tom Hale"


def test_a_given_name_in_a_list_of_children_joins_no_later_namesake(analyze_text):
    # guard: "children" names no one's surname, so "Bill" is not the Bill Clinton of a
    # later sentence
    text = (
        "Obituary\n\nJerome Siegel married Ruth Siegel in 1970. Ruth's children, Michael, "
        "Stephen and Bill, became part of his family. He once met Bill Clinton in Boston."
    )
    r = analyze_text(text, published="2016-04-01")
    assert _holder(r, text.index("Bill,")) != "Bill Clinton"
