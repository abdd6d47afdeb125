"""Time a store's last 10,000 writes against a fresh store's first 10,000, taking turns.

Run apart, hours apart, the first and the last 10,000 of a fill can meet a different
machine: on a shared virtual machine the speed of the same code drifts by a fifth from
one hour to the next (round 22: client and server CPU per article rose and fell together,
1,000 articles at a time).  ``PAIRED=1 sh benchmarks/store_growth.sh`` therefore also
fills a fresh store of the same database to 10,000 while the big store writes its last
10,000, and this script makes the two take turns: the big store writes alone until it
holds ``--from`` articles; from then on each writes ``--turn`` articles while the other
waits between articles (on its ``<name>.turn`` file, one of its ``--pause-file``s, outside
the timed writes).  Both rates then come from the same minutes of the same machine, one
process at a time.

Counts come from the ``--progress`` lines of ``<name>.log`` (every 100 articles for both
fills).  A fill that holds its size (``--big-size``, ``--fresh-size``) or has ended
(``<name>.end``) is waited on by nobody; the script stops when ``done`` exists.
Usage (store_growth.sh runs it):
    python benchmarks/alternate.py OUT BIG FRESH --from 90000 --big-size 100000 \\
        --fresh-size 10000 --turn 100
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from lockstep import stored


@dataclass
class Turns:
    """Whose turn it is: ``runner`` (a name, or None before the turns start) and the count
    it had when its turn began."""

    out: Path
    big: str
    fresh: str
    start: int
    big_size: int
    fresh_size: int
    turn: int = 100
    runner: str | None = None
    mark: int = 0
    counts: dict = field(default_factory=dict)

    def _done(self, name: str) -> bool:
        size = self.big_size if name == self.big else self.fresh_size
        n = self.counts.get(name)
        return (self.out / f"{name}.end").exists() or (n is not None and n >= size)

    def _waits(self, name: str, wait: bool) -> dict | None:
        path = self.out / f"{name}.turn"
        if wait and not path.exists():
            path.touch()
            return {"waits": name, "at": dict(self.counts), "time": round(time.time())}
        if not wait and path.exists():
            path.unlink()
            return {"runs": name, "at": dict(self.counts), "time": round(time.time())}
        return None

    def step(self) -> list[dict]:
        """One look at the two logs: make or remove each fill's turn file; what changed."""
        self.counts = {k: stored(self.out / f"{k}.log") for k in (self.big, self.fresh)}
        n = {k: v or 0 for k, v in self.counts.items()}
        if self._done(self.big) or self._done(self.fresh):
            wait = {self.big: False, self.fresh: False}  # nobody waits on a finished fill
        elif n[self.big] < self.start:
            wait = {self.big: False, self.fresh: True}
        else:
            if self.runner is None:  # the turns start with the fresh store's
                self.runner, self.mark = self.fresh, n[self.fresh]
            elif n[self.runner] - self.mark >= self.turn:
                self.runner = self.big if self.runner == self.fresh else self.fresh
                self.mark = n[self.runner]
            wait = {self.big: self.runner != self.big, self.fresh: self.runner != self.fresh}
        # the one to wait stops first, then the other goes on
        order = sorted(wait, key=lambda k: not wait[k])
        return [c for c in (self._waits(k, wait[k]) for k in order) if c]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", help="store_growth.sh's OUT folder")
    ap.add_argument("big", help="the big store's name (its log: OUT/BIG.log)")
    ap.add_argument("fresh", help="the fresh store's name (its log: OUT/FRESH.log)")
    ap.add_argument("--from", dest="start", type=int, required=True,
                    help="the big store's count at which the turns start")
    ap.add_argument("--big-size", type=int, required=True)
    ap.add_argument("--fresh-size", type=int, required=True)
    ap.add_argument("--turn", type=int, default=100, help="articles a turn")
    ap.add_argument("--every", type=float, default=0.1, help="seconds between looks")
    args = ap.parse_args()
    turns = Turns(Path(args.out), args.big, args.fresh, args.start, args.big_size,
                  args.fresh_size, args.turn)
    try:
        while not (turns.out / "done").exists():
            for change in turns.step():
                print(json.dumps(change), flush=True)
            time.sleep(args.every)
    finally:
        for name in (args.big, args.fresh):
            (turns.out / f"{name}.turn").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
