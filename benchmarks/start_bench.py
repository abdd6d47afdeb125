"""Start-up: `wiretrace analyze` on a one-sentence file, next to spaCy's own import and
model load, and `import wiretrace` (issue 23).  Each is a fresh process, best of
``--repeat`` runs (wall seconds); the cache folder is warm after the first run, as it is
for a user after the first analysis.

    .venv/bin/python benchmarks/start_bench.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "Police arrested two protesters in Nairobi on Monday, the Interior Ministry said.\n"


def best(command: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from wiretrace import settings

    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "one.txt"
        text.write_text(SENTENCE, encoding="utf-8")
        py = sys.executable
        rows = [
            ("python -c pass", best([py, "-c", "pass"], args.repeat)),
            ("import wiretrace", best([py, "-c", "import wiretrace"], args.repeat)),
            ("spaCy: import + load " + settings.get("model"),
             best([py, "-c", f"import spacy; spacy.load({settings.get('model')!r})"],
                  args.repeat)),
            ("wiretrace analyze one.txt",
             best([py, "-m", "wiretrace", "analyze", str(text)], args.repeat)),
        ]
    for name, seconds in rows:
        print(f"{name:<48} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
