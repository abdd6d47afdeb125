"""Scale benchmark: articles/s and peak memory per worker for each engine, side by side
with bare spaCy `nlp.pipe` on the same texts in the same run.

Engines: bare spaCy (1 process); wiretrace in 1 process; wiretrace with 2 local
processes (`wiretrace ingest --workers 2`); Dask LocalCluster with 1 and 2 worker
processes (`--dask local:N`).  Models are loaded before the clock starts (each worker
analyzes a warm-up article first), so the numbers are analysis throughput.  Each engine
runs in its own Python process, one after the other.

Usage: python benchmarks/scale_bench.py [--limit N] [--json OUT]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import collect, run  # the 1-process engines

ENGINE = r"""
import json, os, resource, sys, time
engine, path, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
from wiretrace.model import Article
arts = [Article.model_validate_json(line) for line in open(path, encoding="utf-8")]
warm = arts[:1]
if engine == "processes":
    from concurrent.futures import ProcessPoolExecutor
    from wiretrace.engines import analyze_batch, _init_worker, _batches
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(None,)) as pool:
        list(pool.map(analyze_batch, [[warm[0].model_dump_json()]] * workers))
        t0 = time.perf_counter()
        n = 0
        chunks = [[a.model_dump_json() for a in c] for c in _batches(arts, 8)]
        for out in pool.map(analyze_batch, chunks):
            n += sum(1 for x in out if x[0] == "ok")
        run_s = time.perf_counter() - t0
    per_worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
else:
    from distributed import Client, LocalCluster, wait
    from wiretrace.engines import analyze_batch, _batches
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    client.run(lambda: __import__("wiretrace.engines", fromlist=["x"])._worker_nlp(None))
    t0 = time.perf_counter()
    chunks = [[a.model_dump_json() for a in c] for c in _batches(arts, 8)]
    futures = [client.submit(analyze_batch, c, pure=False) for c in chunks]
    n = sum(sum(1 for x in f.result() if x[0] == "ok") for f in futures)
    run_s = time.perf_counter() - t0
    rss = client.run(lambda: __import__("resource").getrusage(
        __import__("resource").RUSAGE_SELF).ru_maxrss / 1024)
    per_worker = max(rss.values())
    client.close(); cluster.close()
print(json.dumps({"engine": f"{engine}-{workers}", "articles": n, "run_s": run_s,
                  "peak_rss_mb_per_worker": per_worker}))
"""


def engine(kind: str, path: str, workers: int) -> dict:
    proc = subprocess.run([sys.executable, "-c", ENGINE, kind, path, str(workers)],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    records = collect(args.limit)
    words = sum(len(r["text"].split()) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "articles.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r) + "\n")
        rows = []
        spacy = run("spacy", path, 16)
        rows.append(("bare spaCy nlp.pipe, 1 process", spacy["articles"], spacy["run_s"],
                     spacy["peak_rss_mb"]))
        one = run("wiretrace", path, 16)
        rows.append(("wiretrace, 1 process", one["articles"], one["run_s"], one["peak_rss_mb"]))
        for kind, workers, label in (("processes", 2, "wiretrace, 2 local processes"),
                                     ("dask", 1, "wiretrace, Dask LocalCluster, 1 worker"),
                                     ("dask", 2, "wiretrace, Dask LocalCluster, 2 workers")):
            r = engine(kind, path, workers)
            rows.append((label, r["articles"], r["run_s"], r["peak_rss_mb_per_worker"]))
    print(f"{len(records)} articles, {words} words; {platform.processor() or platform.machine()}"
          f", {os.cpu_count()} cores, Python {platform.python_version()}\n")
    print("| engine | articles/s | speed-up vs wiretrace 1 process | peak RSS per worker (MB) |")
    print("|---|---:|---:|---:|")
    base = one["articles"] / one["run_s"]
    for label, n, secs, rss in rows:
        print(f"| {label} | {n / secs:.2f} | {n / secs / base:.2f}x | {rss:.0f} |")
    if args.json:
        args.json.write_text(json.dumps({"articles": len(records), "words": words,
                                         "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
