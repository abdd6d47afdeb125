"""PolNeAR articles as a JSONL stories file for ``wiretrace eval events-judged``.

PolNeAR (https://github.com/networkdynamics/polnear) has no license for redistribution, so
its texts never enter this repository: this tool writes them to a file outside it (under
/tmp), in the format of ``../shared/eval/real-news/voa-dev.jsonl`` (id, title, text,
published, outlet, plus ``half``, ``source_file`` and ``body_offset``).

Which articles: with ``--half dev`` (the default) those of the FIRST half of a split
folder as ``wiretrace eval polnear --half first`` defines it
(``wiretrace.eval.polnear.split_files``: the articles in name order, the first
``n // 2``), with ``--half check`` those of the SECOND half (the rest); then by a fixed
rule, positions ``start, start + step, ...`` of that half (``--count`` of them).  The
default (start 17, step 35, count 12) is the set judged in
``docs/judgments/events-polnear-train.tsv``: over the 420 first-half articles of
``data/train`` it takes 3 Breitbart, 4 HuffPost, 3 New York Times and 2 Politico pieces.
``--half check --step 52 --count 8`` is the check set of
``docs/judgments/events-polnear-check.tsv`` (second half: 1 Politico, 3 USA Today, 2
Washington Post, 2 Western Journal).  ``--start 34 --step 35 --count 10`` is the second dev
set of ``docs/judgments/events-polnear-dev2.tsv`` (first half, positions 34 + 35k: 3
Breitbart, 3 HuffPost, 4 New York Times; none of the train-12 set's positions 17 + 35k).

Each text file's first line is its headline: it becomes ``title`` and the body starts
after the blank lines that follow (``body_offset`` = where the body starts in the file,
so a judged offset + body_offset is the offset in the PolNeAR file).  ``half`` (default
``dev``) is the half the judgment files give these stories (events-judged reads it).

    python tools/polnear_stories.py /tmp/polnear/data/train -o /tmp/polnear-train-12.jsonl
    python tools/polnear_stories.py /tmp/polnear/data/train -o /tmp/polnear-check-8.jsonl \
        --half check --step 52 --count 8
    python tools/polnear_stories.py /tmp/polnear/data/train -o /tmp/polnear-dev2-10.jsonl \
        --start 34 --step 35 --count 10
    python tools/polnear_stories.py /tmp/polnear/data/train -o /tmp/polnear-dev7-10.jsonl \
        --start 30 --step 35 --count 10

``--start 30 --step 35 --count 10`` is the seventh dev set of
``docs/judgments/events-polnear-dev7.tsv`` (first half, positions 30 + 35k: 3 Breitbart, 3
HuffPost, 4 New York Times; none of the positions of the other sets).
``--start 351 --step 7 --count 10`` is the thirteenth dev set of
``docs/judgments/events-polnear-dev13.tsv`` (round 39: first half, positions 351 + 7k: 2 New
York Times, 8 Politico; past every position S + 35k, k < 10, of dev2-dev12 and not one of
train-12's 17 + 35k).  ``/tmp/polnear/data/dev --start 2 --step 4 --count 10`` is the set of
``docs/judgments/events-polnear-pdev.tsv`` (round 39, for the next round's unseen check:
PolNeAR's DEV split, first half, positions 2 + 4k: 3 Breitbart, 3 HuffPost, 3 New York Times,
1 Politico; no event file had used the dev split).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wiretrace.errors import InputError
from wiretrace.eval.judged_events import write_stories
from wiretrace.eval.polnear import split_files


def pick(directory: str, start: int = 17, step: int = 35, count: int = 12,
         half: str = "dev") -> list[Path]:
    """The text files chosen: positions start, start+step, ... of the first half (``half``
    "dev") or of the second ("check")."""
    files = [text for text, _ann in split_files(
        directory, half="first" if half == "dev" else "second")]
    chosen = files[start::step][:count]
    if len(chosen) < count:
        raise SystemExit(f"only {len(chosen)} articles at positions {start}+{step}k "
                         f"of {len(files)}")
    return chosen


# PolNeAR's file names begin with a publisher code (its README, "News Publishers", lists
# the seven US publishers and their codes); the story carries the outlet's name as
# data/outlets.yaml writes it, so the outlet's country reaches the actor layer as it does
# for any other article.
OUTLET_NAMES = {
    "breitbart": "Breitbart News", "huff-post": "HuffPost", "nyt": "The New York Times",
    "politico": "Politico", "usa-today": "USA Today", "wash-post": "The Washington Post",
    "west-journal": "The Western Journal",  # "Western Journalism" in 2016
}


def story(path: Path, half: str = "dev") -> dict:
    raw = path.read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    body = rest.lstrip("\n")
    offset = len(raw) - len(body)
    name = path.stem
    parts = name.split("_")
    return {"id": name, "title": first.strip(), "text": body,
            "published": parts[1] if len(parts) > 1 else None,
            "outlet": OUTLET_NAMES.get(parts[0], parts[0]),
            "half": half, "source_file": path.name, "body_offset": offset}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", help="a PolNeAR split folder (text/ and attributions/)")
    ap.add_argument("-o", "--output", required=True, help="the JSONL file to write (not in "
                    "the repository: PolNeAR has no license)")
    ap.add_argument("--start", type=int, default=17)
    ap.add_argument("--step", type=int, default=35)
    ap.add_argument("--count", type=int, default=12)
    ap.add_argument("--half", default="dev", choices=("dev", "check"))
    args = ap.parse_args(argv)
    rows = [story(p, args.half) for p in pick(args.directory, args.start, args.step,
                                             args.count, args.half)]
    try:
        write_stories(rows, args.output, Path(__file__).resolve().parents[1], "PolNeAR texts")
    except InputError as exc:
        raise SystemExit(str(exc)) from None
    for row in rows:
        print(row["id"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
