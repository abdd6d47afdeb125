"""API benchmark: p50/p95 latency of the main endpoints and pages of `wiretrace serve` on
a store of many articles, over real HTTP on loopback (server and client in separate
processes).

The store is filled as in `store_bench.py` (the real bench articles, then dated variants
of them up to `--size`); `--db PATH` keeps it, and a later run with the same path reuses
it.  Each request is made `--repeat` times after one warm-up call.

Usage: python benchmarks/api_bench.py [--size 10000] [--db PATH] [--repeat 30]
Prints one JSON object; docs/performance.md gives the numbers and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import collect
from store_bench import fill


def build(db: str, size: int, limit: int | None) -> dict:
    from wiretrace.model import Article
    from wiretrace.nlp import language
    from wiretrace.pipeline import analyze_many
    from wiretrace.store import Store

    store = Store(db)
    if store.count("articles") >= size:
        return {"reused": True, "articles": store.count("articles")}
    nlp = language.load()
    articles = [Article.model_validate(a) for a in collect(limit)]
    reports = [r for r in analyze_many(articles, nlp) if hasattr(r, "events")]
    for r in reports:
        store.save(r)
    return {"reused": False, **fill(store, reports, size)}


def serve(db: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "WIRETRACE_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "wiretrace", "serve", "--db", db,
                             "--port", str(port)], env=env)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health").status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start")


def timed(client, method: str, url: str, repeat: int, **kw) -> dict:
    r = client.request(method, url, **kw)  # warm-up (and the check that it works)
    r.raise_for_status()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        client.request(method, url, **kw).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
            "bytes": len(r.content)}


def requests(client, actor: int | None = None, actor_name: str = "Apple",
             words: str = "Boeing tanker", year: str = "2008", article: str | None = None,
             cluster: int | None = None) -> list[tuple[str, str, dict]]:
    """The requests to time; ids not given are taken from the store through the API."""
    from urllib.parse import quote_plus

    if article is None:
        article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
    if actor is None:
        actor = client.get("/api/actors", params={"limit": 1}).json()["items"][0]["actor_id"]
    if cluster is None:
        event = client.get("/api/events", params={"min_origins": 2, "limit": 1}).json()["items"]
        cluster = event[0]["cluster_id"] if event else 1
    text = ("Egyptian and Libyan ministers met in Cairo on Monday to discuss security on the "
            "border, officials said. The talks were the first since March.")
    return [
        ("GET", "/api/health", {}),
        ("GET", "/api/articles?limit=50", {}),
        ("GET", f"/api/articles?q={quote_plus(words)}&limit=20", {}),
        ("GET", f"/api/articles/{article}", {}),
        ("GET", "/api/events?limit=50", {}),
        ("GET", "/api/events?type=CONSULT&limit=50", {}),
        ("GET", f"/api/events?actor={quote_plus(actor_name)}&limit=50", {}),
        ("GET", f"/api/events?since={year}-01-01&until={year}-12-31&limit=50", {}),
        ("GET", "/api/events?min_origins=3&limit=50", {}),
        ("GET", "/api/events/months", {}),
        ("GET", f"/api/clusters/{cluster}", {}),
        ("GET", "/api/actors?limit=50", {}),
        ("GET", f"/api/actors/{actor}", {}),
        ("GET", f"/api/actors/{actor}/timeline?limit=50", {}),
        ("GET", f"/api/actors/{actor}/counterparts", {}),
        ("GET", "/api/sources", {}),
        ("POST", "/api/analyze", {"json": {"text": text}}),
        ("GET", "/", {}),
        ("GET", f"/articles/{article}", {}),
        ("GET", "/events", {}),
        ("GET", f"/actors/{actor}", {}),
        ("GET", "/sources", {}),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--db", default=None,
                    help="store to build or reuse: a SQLite file or a postgresql:// URL")
    args = ap.parse_args()
    import httpx

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "api.db")
        out = {"machine": {"python": platform.python_version(), "cpu": platform.processor()
                           or platform.machine(), "cores": os.cpu_count()},
               "store": build(db, args.size, args.limit)}
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        proc = serve(db, port)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
                out["counts"] = client.get("/api/health").json()
                out["latency"] = {f"{m} {u}": timed(client, m, u, args.repeat, **kw)
                                  for m, u, kw in requests(client)}
        finally:
            proc.terminate()
            proc.wait(10)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
