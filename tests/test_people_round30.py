"""Round 30, one person one actor (issue 20): invented texts only."""

from pathlib import Path

from wiretrace.eval import people

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev4_file_is_read_as_one_dev_set():
    rows = people.read_judgments(REPO / "docs/judgments/people-polnear-dev4.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people.judged_errors(rows)
    assert all(e["offsets"] for e in errors)
    assert sum(e["kind"] == "split" for e in errors) == 5
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn", "pp", "pp"]
