"""Two PAIRED fills of store_growth.sh side by side (``SIDE=1 PAIRED=1``): the first whose
big store logs ``--from`` articles, where its paired part is about to begin, holds the
machine until that fill ends (``<database>.end``): meanwhile the other waits between
articles on a file of its own (``<database>.wait``, one of its fills' ``--pause-file``s).
The paired part (benchmarks/alternate.py) and the query timings at the full size then run
with no other fill beside them, and the waiting fill goes on when the holder has ended.

Without it one paired part could run beside the other fill, whose load would slow the
big store's last 10,000 and the fresh store's first 10,000 alike, but not by the same
amount from one turn to the next; rounds 25 and 26 made the same arrangement by hand
(a watcher script and ``PAUSE=``).  The query timings at ``FIRST`` articles keep their own
files (``<database>.hold``, which the other run waits on), as with ``SIDE=1`` alone.

Counts come from the ``--progress`` lines of each database's log; a log holds the count of
the ``FIRST`` run, then of the full one, so ``--from`` must lie above ``FIRST``.  The
script stops when ``done`` exists.
Usage (store_growth.sh runs it): python benchmarks/pairing.py OUT --from 89500
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from lockstep import KINDS, stored, watch

HOLDER = "paired.holder"  # the database whose paired part has the machine


def step(out: Path, start: int) -> list[dict]:
    """One look: take or release the machine, make or remove the wait files; what
    changed."""
    holder_file = out / HOLDER
    holder = holder_file.read_text().strip() if holder_file.exists() else None
    changes: list[dict] = []
    if holder is not None and (out / f"{holder}.end").exists():
        holder_file.unlink()
        changes.append({"released": holder, "time": round(time.time())})
        holder = None
    if holder is None:
        for k in KINDS:
            n = stored(out / f"{k}.log")
            if n is not None and n >= start and not (out / f"{k}.end").exists():
                holder_file.write_text(k)
                changes.append({"holds": k, "at": n, "time": round(time.time())})
                holder = k
                break
    for k in KINDS:
        wait = out / f"{k}.wait"
        if holder is not None and k != holder and not (out / f"{k}.end").exists():
            if not wait.exists():
                wait.touch()
                changes.append({"waits": k, "time": round(time.time())})
        elif wait.exists():
            wait.unlink()
            changes.append({"goes on": k, "time": round(time.time())})
    return changes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", help="store_growth.sh's OUT folder")
    ap.add_argument("--from", dest="start", type=int, required=True,
                    help="the big store's count at which its fill takes the machine")
    ap.add_argument("--every", type=float, default=2.0, help="seconds between looks")
    args = ap.parse_args()
    out = Path(args.out)
    watch(out, lambda: step(out, args.start), args.every,
          [*(f"{k}.wait" for k in KINDS), HOLDER])


if __name__ == "__main__":
    main()
