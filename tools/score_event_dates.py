"""Score the dates of coded events on the judged VOA stories (issue 20).

    PYTHONPATH=src .venv/bin/python tools/score_event_dates.py \
        [--judgments docs/judgments/event-dates-voa.tsv] \
        [--stories ../shared/eval/real-news/voa-dev.jsonl] [--show dev|check|all|none] [--json]

Re-analyzes the judged stories and prints, per half, the share of coded events whose date
(basis and value) is the judged one and was judged right, with the changed, unjudged and
stale rows (src/wiretrace/eval/event_dates.py).  --show lists the wrong, changed and
unjudged events of a half (default: dev only; read the check half's list only to measure,
not to develop on).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wiretrace.eval import event_dates  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judgments", default=str(REPO / "docs/judgments/event-dates-voa.tsv"))
    parser.add_argument("--stories",
                        default=str(REPO.parent / "shared/eval/real-news/voa-dev.jsonl"))
    parser.add_argument("--show", choices=("dev", "check", "all", "none"), default="dev")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = event_dates.evaluate(args.judgments, args.stories)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k in ("dev", "check", "all")},
                         indent=2))
        return
    show = {"all": ("dev", "check"), "none": ()}.get(args.show, (args.show,))
    print(event_dates.render(result, show))


if __name__ == "__main__":
    main()
