"""Regenerate the golden Report of the bundled demo article (tests/golden/).

    .venv/bin/python tools/update_golden.py     (or: make golden)

Then read `git diff tests/golden` line by line before committing: the golden file is a
hand-reviewed statement of what wiretrace says about the demo article, and every change to
it must be a change you would defend (tests/golden/REVIEW.md records the review).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from test_golden import GOLDEN, demo_report  # noqa: E402


def main() -> None:
    data = json.loads(demo_report().model_dump_json())
    GOLDEN.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(REPO)}")


if __name__ == "__main__":
    main()
