"""The demo article's Report, compared with a golden file reviewed by hand
(tests/golden/REVIEW.md).  A difference fails with the first differing paths; if the
change is intended, run `make golden`, read the diff, and update REVIEW.md."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden" / "demo-wire.report.json"
# Versions of the installed software may differ within their pinned ranges; the digests
# of the code and of each data file change with every edit, whether or not the output
# does (the keys are compared: the golden file names every data file).
VOLATILE = {("producers", "spacy"), ("producers", "code")}


def _volatile(path: tuple) -> bool:
    return path in VOLATILE or (len(path) == 2 and path[0] == "producers"
                                and str(path[1]).startswith("data/"))


def demo_report():
    from wiretrace.pipeline import analyze
    from wiretrace.read.jsonl import read_lines

    lines = resources.files("wiretrace").joinpath("examples", "demo.jsonl").read_text(
        encoding="utf-8").splitlines()
    first = next(iter(read_lines(lines, "demo.jsonl")))
    return analyze(first.article)


def _diff(a, b, path=()):
    if _volatile(path):
        if (a is None) != (b is None):
            yield "/".join(map(str, path)), a, b
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            yield from _diff(a.get(key), b.get(key), (*path, key))
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            yield "/".join(map(str, path)), f"{len(a)} items", f"{len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _diff(x, y, (*path, i))
    elif a != b:
        yield "/".join(map(str, path)), a, b


def test_demo_report_matches_golden_file():
    got = json.loads(demo_report().model_dump_json())
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    differences = list(_diff(want, got))
    shown = "\n".join(f"  {p}: golden {w!r} != now {g!r}" for p, w, g in differences[:15])
    assert not differences, (
        f"{len(differences)} difference(s) from {GOLDEN.name}:\n{shown}\n"
        "If intended: make golden, review `git diff tests/golden`, update REVIEW.md.")


def test_golden_file_keeps_the_offsets_invariant():
    from wiretrace.model import Report

    from .conftest import assert_offsets

    assert_offsets(Report.model_validate_json(GOLDEN.read_text(encoding="utf-8")))
