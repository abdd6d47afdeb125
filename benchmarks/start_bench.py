"""Start-up: `wiretrace analyze` on a one-sentence file, next to spaCy's own import and
model load, and `import wiretrace` (issue 23; the first part of `make bench`).  Each is a
fresh process, best of ``--repeat`` runs (wall and CPU seconds), with a cache folder of
its own made warm by a first run, as it is for a user after the first analysis.

    .venv/bin/python benchmarks/start_bench.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.5  # seconds, issue 23
SENTENCE = "Police arrested two protesters in Nairobi on Monday, the Interior Ministry said.\n"


def best(command: list[str], repeat: int) -> tuple[float, float]:
    """The fastest of ``repeat`` runs: its wall seconds and the CPU seconds (user + system)
    the process spent, which other jobs on the machine disturb less."""
    runs = []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append((wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from wiretrace import settings

    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        py = sys.executable
        # A cache folder of its own, warmed by one run not counted: the shared one may be
        # rewritten meanwhile by wiretrace processes of other code (other checkouts).
        os.environ["WIRETRACE_CACHE_DIR"] = str(Path(tmp) / "cache")
        subprocess.run([py, "-m", "wiretrace", "analyze", str(text)], check=True,
                       stdout=subprocess.DEVNULL)
        rows = [
            ("python -c pass", best([py, "-c", "pass"], args.repeat)),
            ("import wiretrace", best([py, "-c", "import wiretrace"], args.repeat)),
            ("spaCy: import + load " + settings.get("model"),
             best([py, "-c", f"import spacy; spacy.load({settings.get('model')!r})"],
                  args.repeat)),
            ("wiretrace analyze one.txt",
             best([py, "-m", "wiretrace", "analyze", str(text)], args.repeat)),
        ]
    print(f"{'':<48} {'wall':>7} {'CPU':>7}   (best of {args.repeat}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for name, (wall, cpu) in rows:
        print(f"{name:<48} {wall:6.2f}s {cpu:6.2f}s")
    own = [a - b for a, b in zip(rows[3][1], rows[2][1])]
    print(f"{'wiretrace beyond spaCy (analyze - spaCy)':<48} {own[0]:6.2f}s {own[1]:6.2f}s"
          f"   (goal for analyze: <= {GOAL:.1f} s wall)")


if __name__ == "__main__":
    main()
