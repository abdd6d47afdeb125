"""Round 38 (issue 20, one person one actor): a given name's gender, from US birth counts,
as the weakest evidence for telling namesakes apart ("Mrs. Clinton" is Hillary, not the
Bill named first); tools/build_given_names.py on an invented folder of yob files.
Invented texts and counts only."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from wiretrace import names

from .conftest import assert_offsets, holder


def _people(report) -> dict[str, list[str]]:
    text = report.article.text
    return {e.name: [text[m.start:m.end] for m in e.mentions]
            for e in report.entities if e.type == "PERSON"}


def test_given_name_gender():
    assert names.given_name_gender("Hillary") == "female"
    assert names.given_name_gender("Bill") == "male"
    assert names.given_name_gender("José") == "male"  # folded to the counts' "Jose"
    for word in ("Kim", "Leslie", "J.", "Jean-Yves", "Barack", "mayor"):
        assert names.given_name_gender(word) is None, word


def test_a_courtesy_title_goes_to_the_namesake_of_its_gender(analyze_text):
    text = ("Bridge opens in Dunford\n\nGerald Whitcombe, the mayor of Dunford, opened the "
            "new bridge on Monday. Margaret Whitcombe, a member of the city council, also "
            "attended the ceremony. Mrs. Whitcombe praised the engineers who built it. "
            "Mr. Whitcombe thanked the workers.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert holder(r, text.index("Whitcombe praised")) == "Margaret Whitcombe"
    assert holder(r, text.index("Whitcombe thanked")) == "Gerald Whitcombe"


def test_salience_among_the_namesakes_of_the_titles_gender(analyze_text):
    # two women and a man named first: "Mrs." goes to the woman named in full more often
    text = ("Bridge opens in Dunford\n\nGerald Whitcombe, the mayor of Dunford, opened the "
            "new bridge on Monday. Margaret Whitcombe, a member of the city council, also "
            "attended. Gerald Whitcombe cut the ribbon, and Margaret Whitcombe gave a short "
            "speech. Mrs. Whitcombe praised the engineers. Ruth Whitcombe, a teacher, "
            "watched from the crowd.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert holder(r, text.index("Whitcombe praised")) == "Margaret Whitcombe"


def test_a_pronoun_outweighs_the_given_name(analyze_text):
    # "Evelyn" is mostly a woman's name in the US counts; "he" says this one is a man
    text = ("Rally in Lyon\n\nEvelyn Morel said he would run for mayor. Claire Morel also "
            "spoke at the rally on Sunday. Mr. Morel thanked the crowd.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert holder(r, text.index("Morel thanked")) == "Evelyn Morel"


def test_given_names_of_either_sex_leave_the_namesakes_open(analyze_text):
    # "Kim" and "Leslie" say no gender: as before round 38, the titles place nobody
    text = ("Bridge opens in Dunford\n\nKim Whitcombe, the mayor of Dunford, opened the "
            "new bridge on Monday. Leslie Whitcombe, a member of the city council, also "
            "attended the ceremony. Mrs. Whitcombe praised the engineers who built it. "
            "Mr. Whitcombe thanked the workers.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    people = _people(r)
    assert people.get("Kim Whitcombe") == ["Kim Whitcombe"]
    assert people.get("Leslie Whitcombe") == ["Leslie Whitcombe"]


def _tool():
    path = Path(__file__).resolve().parents[1] / "tools" / "build_given_names.py"
    spec = importlib.util.spec_from_file_location("build_given_names", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_given_names_on_invented_counts(tmp_path):
    years = tmp_path / "names"
    years.mkdir()
    (years / "yob1950.txt").write_text("Alda,F,150\nBoran,M,300\nCasi,F,100\nCasi,M,100\n"
                                       "Dreel,F,96\nDreel,M,4\n")
    (years / "yob1951.txt").write_text("Alda,F,60\nDreel,F,100\nEmo,M,10\n")
    (years / "yob1890.txt").write_text("Emo,M,5000\n")  # before --first: not counted
    out = tmp_path / "given.tsv"
    assert _tool().main([str(tmp_path), "--first", "1900", "--last", "2005",
                         "--min-count", "200", "--min-share", "0.95", "--out", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("# ") and "public domain" in text and "--min-count 200" in text
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    # Alda 210 births all F; Boran 300 M; Casi half and half; Dreel 196 F of 200 (0.98);
    # Emo only 10 births counted
    assert rows == [["name", "sex", "share"], ["Alda", "F", "1.00"], ["Boran", "M", "1.00"],
                    ["Dreel", "F", "0.98"]]


def test_a_courtesy_title_no_candidate_fits_stays_open(analyze_text):
    # both namesakes are men by their given names: "Ms. Whitcombe" is someone not named
    # in full, neither the man named before it (step 5) nor the one named after
    text = ("Tour\n\nGerald Whitcombe spoke in Dover on Monday. Mr. Whitcombe said the plan "
            "would work. Ms. Whitcombe's speech drew cheers. Later, Henry Whitcombe, a "
            "member of the council, answered questions.")
    r = analyze_text(text, published="2016-08-17")
    assert_offsets(r)
    assert holder(r, text.index("Whitcombe's speech")) not in (
        "Gerald Whitcombe", "Henry Whitcombe")
    assert holder(r, text.index("Whitcombe said")) == "Gerald Whitcombe"
