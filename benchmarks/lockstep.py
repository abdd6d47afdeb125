"""Keep two fills of store_growth.sh side by side in step: the one that gets ahead by
``--lead`` articles or more (read from the ``--progress`` lines of each database's log)
waits between articles, through the pause file the other's queries already use, until the
other has caught up.  Without it the faster fill ends first and the slower one writes its
last articles alone on the machine, so its last 10,000 are timed under less load than its
first and its write ratio is flattered (round 21's first try: SQLite at 24 articles/s
against PostgreSQL's 19 beside it).

A pause file that this script did not make (the other run timing its queries) is never
removed here.  Usage (store_growth.sh runs it): python benchmarks/lockstep.py OUT
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

# each run pauses while the other's hold file exists (store_growth.sh: --pause-file)
PAUSES = {"sqlite": "postgresql.hold", "postgresql": "sqlite.hold"}


def stored(log: Path) -> int | None:
    """The last article count a run's log reports (None: no count yet)."""
    n = None
    if log.is_file():
        for line in log.read_text().splitlines():
            if line.startswith('{"articles"'):
                n = json.loads(line)["articles"]
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", help="store_growth.sh's OUT folder")
    ap.add_argument("--lead", type=int, default=1000)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between looks")
    args = ap.parse_args()
    out = Path(args.out)
    made: dict[str, bool] = {k: False for k in PAUSES}
    while not (out / "done").exists():
        n = {k: stored(out / f"{k}.log") for k in PAUSES}
        for k, other in (("sqlite", "postgresql"), ("postgresql", "sqlite")):
            pause = out / PAUSES[k]
            if n[k] is None or n[other] is None:
                continue
            ahead = n[k] - n[other]
            if ahead >= args.lead and not pause.exists():
                pause.touch()
                made[k] = True
                print(json.dumps({"paused": k, "at": n, "time": round(time.time())}),
                      flush=True)
            elif ahead <= 0 and made[k]:
                pause.unlink(missing_ok=True)
                made[k] = False
                print(json.dumps({"resumed": k, "at": n, "time": round(time.time())}),
                      flush=True)
            elif made[k] and not pause.exists():
                made[k] = False  # the other run's timing ended and took the file away
        time.sleep(args.every)
    for k, mine in made.items():
        if mine:
            (out / PAUSES[k]).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
