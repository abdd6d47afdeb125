"""Start-up: `wiretrace analyze` on a one-sentence file, next to spaCy's own import and
model load, and `import wiretrace` (issue 23; the first part of `make bench`).  Each is a
fresh process; the median of ``--repeat`` runs (wall and CPU seconds), the commands taking
turns so that other jobs on the machine disturb them alike.  As for a user after the first
run: a cache folder of its own (the tables) and a bytecode folder of its own (Python's
compiled modules, also when PYTHONDONTWRITEBYTECODE is set), both warmed by a first run
not counted.

    .venv/bin/python benchmarks/start_bench.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5  # seconds, issue 23
SENTENCE = "Police arrested two protesters in Nairobi on Monday, the Interior Ministry said.\n"


def once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds of one run, and the CPU seconds (user + system) the process spent,
    which other jobs on the machine disturb less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from wiretrace import settings

    model = settings.get("model")
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        py = sys.executable
        # A cache folder of its own: the shared one may be rewritten meanwhile by wiretrace
        # processes of other code (other checkouts).
        env = {**os.environ, "WIRETRACE_CACHE_DIR": str(Path(tmp) / "cache"),
               "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        commands = {
            "python -c pass": [py, "-c", "pass"],
            "import wiretrace": [py, "-c", "import wiretrace"],
            f"spaCy: import + load {model}": [py, "-c", f"import spacy; spacy.load({model!r})"],
            "wiretrace analyze one.txt": [py, "-m", "wiretrace", "analyze", str(text)],
        }
        for command in commands.values():  # warm: tables cached, modules compiled
            once(command, env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(once(command, env))
    rows = {name: (statistics.median(w for w, _ in r), statistics.median(c for _, c in r))
            for name, r in runs.items()}
    print(f"{'':<48} {'wall':>7} {'CPU':>7}   (median of {args.repeat}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for name, (wall, cpu) in rows.items():
        print(f"{name:<48} {wall:6.2f}s {cpu:6.2f}s")
    spacy, analyze = list(rows.values())[2:4]
    own = [a - b for a, b in zip(analyze, spacy)]
    print(f"{'wiretrace beyond spaCy (analyze - spaCy)':<48} {own[0]:6.2f}s {own[1]:6.2f}s"
          f"   (goal for analyze: <= {GOAL:.1f} s wall)")


if __name__ == "__main__":
    main()
