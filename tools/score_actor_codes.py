"""Score the country and sector of coded actors on the judged VOA stories (issue 20).

    PYTHONPATH=src .venv/bin/python tools/score_actor_codes.py \
        [--judgments docs/judgments/actor-codes-voa-after.tsv] \
        [--stories ../shared/eval/real-news/voa-dev.jsonl] [--as-read] [--rows] \
        [--show dev|check|all|none] [--json]

Re-analyzes the judged stories and prints, per half, the share of coded actors whose
country and sector were judged right, counted over those whose code is the judged one,
with the changed, unjudged and stale rows (src/wiretrace/eval/actor_codes.py).  --show
lists the wrong, changed and unjudged actors of a half (default: dev only; read the check
half's list only to measure, not to develop on).  --as-read analyzes each record as
`wiretrace analyze` reads it (web and PolNeAR stories: no title line, their own outlet, a
record's half field wins); --rows prints the unjudged actors of the halves --show names
as rows to judge.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from wiretrace.eval import actor_codes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judgments",
                        default=str(REPO / "docs/judgments/actor-codes-voa-after.tsv"))
    parser.add_argument("--stories",
                        default=str(REPO.parent / "shared/eval/real-news/voa-dev.jsonl"))
    parser.add_argument("--as-read", action="store_true",
                        help="analyze each record as `wiretrace analyze` reads it (its text, "
                             "date and outlet; its own half field wins): the web and PolNeAR "
                             "stories files (actor-codes-web-dev.tsv, "
                             "actor-codes-polnear-dev2.tsv)")
    parser.add_argument("--rows", action="store_true",
                        help="print the unjudged actors of the halves --show names as "
                             "judgment rows to fill in")
    parser.add_argument("--show", choices=("dev", "check", "all", "none"), default="dev")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = actor_codes.evaluate(args.judgments, args.stories, args.as_read)
    show = {"all": ("dev", "check"), "none": ()}.get(args.show, (args.show,))
    if args.rows:
        for line in actor_codes.unjudged_rows(result, show):
            print(line)
        return
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k in ("dev", "check", "all")},
                         indent=2))
        return
    print(actor_codes.render(result, show))


if __name__ == "__main__":
    main()
