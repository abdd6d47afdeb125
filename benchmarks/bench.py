"""Throughput and peak memory of `wiretrace analyze`, side by side with a bare spaCy
`nlp.pipe` over the same texts in the same run.

    .venv/bin/python benchmarks/bench.py [--repeat 2] [--limit N] [--json out.json]

Texts: the real pages of ../shared/eval/article-extraction (HTML, main text extracted once
with wiretrace's reader before timing) and the MEANTIME dev articles.  Each engine runs in
its own fresh process (so peak RSS is its own); the model load is timed apart from the
texts (wiretrace's load includes every table its layers read: ``pipeline.load``).  Each
run's wall time and CPU time (user + system) are measured; the best of the repeats
counts.  A third row runs bare spaCy with the matrix products wiretrace uses (numpy's
BLAS instead of BLIS: ``language.use_gemm``), so the gain from that switch and the cost
of wiretrace's own layers can be told apart.  Prints a markdown table (the one in
docs/performance.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRETRACE_SHARED", REPO.parent / "shared"))


def collect(limit: int | None) -> list[dict]:
    from wiretrace.read import ReadOk
    from wiretrace.read.files import read_inputs

    pages = sorted((SHARED / "eval" / "article-extraction" / "html").glob("*.html*"))
    articles = [r.article for r in read_inputs([str(p) for p in pages]) if isinstance(r, ReadOk)]
    try:
        from wiretrace.eval.meantime import read_document
        xmls = sorted((SHARED / "eval" / "meantime-en-dev").glob("corpus_*/*.xml"))
        articles += [read_document(p).article for p in xmls]
    except ImportError:  # the scorer is optional for the benchmark
        pass
    if limit:
        articles = articles[:limit]
    return [a.model_dump(mode="json") for a in articles]


WORKER = r"""
import json, resource, sys, time
engine, path, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = [json.loads(line) for line in open(path, encoding="utf-8")]
def cpu():
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime
t0 = time.perf_counter()
if engine.startswith("spacy"):
    import spacy
    from wiretrace import settings
    nlp = spacy.load(settings.get("model"))
    if engine == "spacy-numpy":  # the same matrix products as wiretrace, nothing else
        from wiretrace.nlp.language import use_gemm
        use_gemm(nlp, "numpy")
    t1, c1 = time.perf_counter(), cpu()
    n = sum(1 for _ in nlp.pipe((r["text"] for r in records), batch_size=batch))
else:
    from wiretrace.model import Article
    from wiretrace.pipeline import analyze_many, load
    nlp = load()
    arts = [Article.model_validate(r) for r in records]
    t1, c1 = time.perf_counter(), cpu()
    n = 0
    for item in analyze_many(arts, nlp, batch_size=batch):
        if hasattr(item, "model_dump_json"):
            item.model_dump_json()
            n += 1
t2 = time.perf_counter()
print(json.dumps({"engine": engine, "articles": n, "load_s": t1 - t0, "run_s": t2 - t1,
                  "cpu_s": cpu() - c1,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


ENGINES = {
    "spacy": "bare spaCy nlp.pipe",
    "spacy-numpy": "bare spaCy, numpy gemm",
    "wiretrace": "wiretrace analyze",
}


def run(engine: str, path: str, batch: int) -> dict:
    proc = subprocess.run([sys.executable, "-c", WORKER, engine, path, str(batch)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--json", type=Path, default=None, help="also write results here")
    args = parser.parse_args()

    records = collect(args.limit)
    words = sum(len(r["text"].split()) for r in records)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
        path = f.name
    best: dict[str, dict] = {}
    try:
        for _ in range(args.repeat):
            for engine in ENGINES:  # alternate so drift hits all alike
                res = run(engine, path, args.batch)
                if engine not in best or res["run_s"] < best[engine]["run_s"]:
                    best[engine] = res
    finally:
        os.unlink(path)

    print(f"{len(records)} articles, {words} words; best of {args.repeat}; "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; one process each, batch {args.batch}\n")
    print("| engine | articles/s | words/s | run (s) | CPU (s) | articles per CPU-s "
          "| model load (s) | peak RSS (MB) |")
    print("|---|---|---|---|---|---|---|---|")
    for engine in ENGINES:
        r = best[engine]
        print(f"| {ENGINES[engine]} "
              f"| {r['articles'] / r['run_s']:.1f} | {words / r['run_s']:.0f} "
              f"| {r['run_s']:.1f} | {r['cpu_s']:.1f} | {r['articles'] / r['cpu_s']:.2f} "
              f"| {r['load_s']:.1f} | {r['peak_rss_mb']:.0f} |")
    ratio = best["wiretrace"]["run_s"] / best["spacy"]["run_s"]
    cpu_ratio = best["wiretrace"]["cpu_s"] / best["spacy"]["cpu_s"]
    same_gemm = best["wiretrace"]["cpu_s"] / best["spacy-numpy"]["cpu_s"]
    print(f"\nwiretrace takes {ratio:.2f}x the time of bare spaCy on the same texts "
          f"({cpu_ratio:.2f}x its CPU time; {same_gemm:.2f}x the CPU time of bare spaCy "
          "with the same gemm).")
    if args.json:
        args.json.write_text(json.dumps({"articles": len(records), "words": words,
                                         "results": best, "ratio": ratio,
                                         "cpu_ratio": cpu_ratio,
                                         "cpu_ratio_same_gemm": same_gemm}, indent=2))


if __name__ == "__main__":
    main()
