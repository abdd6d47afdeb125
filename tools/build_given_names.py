"""Writes src/wiretrace/data/given_names.tsv, the given-name gender prior of
``names.given_name_gender``, from the US Social Security Administration's national
baby-name counts ("Beyond the Top 1000 Names", national data: one file ``yobYYYY.txt``
a year of birth, lines ``Name,F|M,count``; a work of the US government, public domain;
https://www.ssa.gov/oact/babynames/limits.html).

    python tools/build_given_names.py SOURCE [--first 1900] [--last 2005]
        [--min-count 200] [--min-share 0.95] [--out PATH]

SOURCE is a folder of ``yobYYYY.txt`` files (or one holding them under ``names/``), or
a git repository that holds them under ``names/`` at HEAD (read with ``git show``; a
mirror of aramshiva/babies).  A name is kept where the births of the years counted
reach ``--min-count`` and one sex has at least ``--min-share`` of them; its row is the
name, that sex (F or M) and its share, rounded down to two decimals.

The defaults and why: the years of birth of the people news names today (a politician
of 2015 born 1900-1990; 2005 for the young people of later news); 200 births so that a
name rare in the US, where the counts say little, is left out (Ivanka, 57 births); 0.95
so that names the US gives both sexes (Jan 0.73, Kim 0.84, Leslie 0.70, Kelly 0.85) say
nothing, while Hillary (0.955) and Jean (0.956) still do.  Nothing is fetched at run
time."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wiretrace" / "data" / "given_names.tsv"
SOURCE_URL = "https://www.ssa.gov/oact/babynames/limits.html"
_YOB = re.compile(r"^yob(\d{4})\.txt$")


def _read_years(source: Path, first: int, last: int) -> dict[int, str]:
    """The text of each year's file in ``first..last`` that the source holds."""
    for folder in (source, source / "names"):
        if folder.is_dir() and any(_YOB.match(p.name) for p in folder.iterdir()):
            out = {}
            for path in folder.iterdir():
                found = _YOB.match(path.name)
                if found and first <= int(found.group(1)) <= last:
                    out[int(found.group(1))] = path.read_text(encoding="utf-8")
            return out
    listing = subprocess.run(["git", "-C", str(source), "ls-tree", "--name-only",
                              "HEAD", "names/"], capture_output=True, text=True, check=True)
    out = {}
    for line in listing.stdout.splitlines():
        found = _YOB.match(line.rsplit("/", 1)[-1])
        if found and first <= int(found.group(1)) <= last:
            out[int(found.group(1))] = subprocess.run(
                ["git", "-C", str(source), "show", f"HEAD:{line}"],
                capture_output=True, text=True, check=True).stdout
    return out


def counts(texts: dict[int, str]) -> dict[str, dict[str, int]]:
    """Name -> sex -> births over the years given."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: {"F": 0, "M": 0})
    for text in texts.values():
        for line in text.splitlines():
            parts = line.strip().split(",")
            if len(parts) != 3 or parts[1] not in ("F", "M"):
                continue
            out[parts[0]][parts[1]] += int(parts[2])
    return out


def rows(births: dict[str, dict[str, int]], min_count: int,
         min_share: float) -> list[tuple[str, str, str]]:
    """(name, sex, share) of the names kept, sorted by name."""
    out = []
    for name, by_sex in births.items():
        total = by_sex["F"] + by_sex["M"]
        sex = "F" if by_sex["F"] >= by_sex["M"] else "M"
        share = by_sex[sex] / total if total else 0.0
        if total >= min_count and share >= min_share and by_sex["F"] != by_sex["M"]:
            out.append((name, sex, f"{int(share * 100) / 100:.2f}"))
    return sorted(out)


def header(first: int, last: int, min_count: int, min_share: float, years: int) -> str:
    return f"""# Given names and the sex most of their bearers were registered with at birth: the
# weakest gender evidence of people.py (names.given_name_gender), used only where the
# article gives none (no pronoun, courtesy title or noun of kin).
# Source: US Social Security Administration, national baby-name counts (names of Social
#   Security card applications by year of birth; {SOURCE_URL}).
#   A work of the US government: public domain (17 U.S.C. 105).
# Built by: python tools/build_given_names.py <folder of yobYYYY.txt or git mirror>
#   --first {first} --last {last} --min-count {min_count} --min-share {min_share}
#   ({years} years of birth read); do not edit by hand.
# Kept: names with at least {min_count} births in {first}-{last} and one sex with at least
#   {min_share:.2f} of them; share is that sex's, rounded down to two decimals.
name\tsex\tshare
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--first", type=int, default=1900)
    parser.add_argument("--last", type=int, default=2005)
    parser.add_argument("--min-count", type=int, default=200)
    parser.add_argument("--min-share", type=float, default=0.95)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    texts = _read_years(args.source, args.first, args.last)
    if not texts:
        print(f"no yobYYYY.txt files for {args.first}-{args.last} in {args.source}",
              file=sys.stderr)
        return 1
    kept = rows(counts(texts), args.min_count, args.min_share)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(header(args.first, args.last, args.min_count, args.min_share, len(texts)))
        out.writelines(f"{name}\t{sex}\t{share}\n" for name, sex, share in kept)
    print(f"{len(kept)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
