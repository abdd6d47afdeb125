"""Round 34 (h-ppl34), one person one actor (issue 20): the PolNeAR dev8 people file is
read; invented texts only."""

from __future__ import annotations

from pathlib import Path

from wiretrace.eval import people as people_eval

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_dev8_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-polnear-dev8.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 6
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn"] + ["pp"] * 5
