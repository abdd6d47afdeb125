"""Round 39 (h-pdevb39): the fresh PolNeAR pdev people file is read as one dev set."""

from __future__ import annotations

from pathlib import Path

from wiretrace.eval import people as people_eval

REPO = Path(__file__).resolve().parents[1]


def test_the_polnear_pdev_people_file_is_read_as_one_dev_set():
    rows = people_eval.read_judgments(REPO / "docs/judgments/people-polnear-pdev.tsv")
    assert len({r["story"] for r in rows}) == 10
    assert {r["half"] for r in rows} == {"dev"}
    errors = people_eval.judged_errors(rows)
    assert sum(e["kind"] == "split" for e in errors) == 0
    assert sorted(e["merge"] for e in errors if e["kind"] == "merged") == ["pn"] * 3 + ["pp"]
