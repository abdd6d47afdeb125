"""Keep two fills of store_growth.sh side by side in step: a fill that has logged the next
thousand articles (``--lead``) before the other waits between articles, on a file of its
own (``<database>.lockstep``, one of its ``--pause-file``s), until the other has caught
up.  Without it the faster fill ends first and the slower one writes its last articles
alone on the machine, so its last 10,000 are timed under less load than its first and its
write ratio is flattered (round 21's first try: SQLite at 24 articles/s against
PostgreSQL's 19 beside it).

Counts come from the ``--progress`` lines of each database's log (every 1,000 articles).
Nobody waits on a fill that has ended (``<database>.end``, written by store_growth.sh
whether the run succeeded or not), and the script stops when ``done`` exists.
Usage (store_growth.sh runs it): python benchmarks/lockstep.py OUT
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

KINDS = ("sqlite", "postgresql")


def stored(log: Path, tail: int = 4096) -> int | None:
    """The last article count a run's log reports (None: no count yet), read from the
    log's last ``tail`` bytes (a look several times a second stays cheap)."""
    try:
        with open(log, "rb") as fh:
            fh.seek(max(0, fh.seek(0, 2) - tail))
            lines = fh.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        if line.startswith('{"articles"'):
            try:
                return json.loads(line)["articles"]
            except (ValueError, KeyError):
                pass  # a line still being written
    return None


def step(out: Path, lead: int) -> list[dict]:
    """One look: make or remove each fill's lockstep file; what changed."""
    n = {k: stored(out / f"{k}.log") for k in KINDS}
    changes = []
    for k, other in zip(KINDS, reversed(KINDS)):
        pause = out / f"{k}.lockstep"
        ahead = (n[k] is not None and n[other] is not None and n[k] - n[other] >= lead
                 and not (out / f"{other}.end").exists())
        if ahead and not pause.exists():
            pause.touch()
            changes.append({"paused": k, "at": n, "time": round(time.time())})
        elif not ahead and pause.exists():
            pause.unlink()
            changes.append({"resumed": k, "at": n, "time": round(time.time())})
    return changes


def watch(out: Path, look, every: float, files: list[str]) -> None:
    """Call ``look()`` every ``every`` seconds, printing each change it reports as a JSON
    line, until ``done`` exists in ``out``; then remove ``files`` (names in ``out``)."""
    try:
        while not (out / "done").exists():
            for change in look():
                print(json.dumps(change), flush=True)
            time.sleep(every)
    finally:
        for name in files:
            (out / name).unlink(missing_ok=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", help="store_growth.sh's OUT folder")
    ap.add_argument("--lead", type=int, default=1000)
    ap.add_argument("--every", type=float, default=2.0, help="seconds between looks")
    args = ap.parse_args()
    out = Path(args.out)
    watch(out, lambda: step(out, args.lead), args.every, [f"{k}.lockstep" for k in KINDS])


if __name__ == "__main__":
    main()
