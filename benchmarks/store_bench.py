"""Store benchmark: ingest rate into SQLite and PostgreSQL, and query times on a store of
many articles.

1. The real articles of `bench.py` (extraction-benchmark pages and MEANTIME dev) are
   analyzed once; the time of that is the NLP share of an ingest.
2. Each store (a SQLite file; a fresh PostgreSQL database) receives those Reports: the
   store's own articles/s (linking, clusters, MinHash, full-text index) and the ingest
   rate it gives with the NLP share added.
3. The store is filled to `--size` articles with variants of the real ones: each variant
   gets its own id, a unique closing line (so its text is new; offsets stay valid), a
   publication date moved by whole days, and another outlet name.  Then each query of the
   CLI and API is timed `--repeat` times: p50 and p95 in milliseconds.

Usage: python benchmarks/store_bench.py [--size 10000] [--limit N] [--postgres URL]
       python benchmarks/store_bench.py --size 100000 --db FILE [--progress 5000]
`--db FILE` builds (or reuses, and goes on filling) one SQLite file (or PostgreSQL database,
`--db postgresql://...`) that stays, so that `api_bench.py --db FILE` can time the API on
the same store; a file that already holds
`--size` articles is only queried (no analysis).  `--progress N` writes a line to stderr
every N articles stored: the count, the seconds so far, and the rate of the last N.
Prints one JSON object; docs/performance.md gives the numbers and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import collect

OUTLETS = ["Harbour Times", "Desert Post", "Valley Herald", "Coastal Ledger", "River Journal",
           "Northern Observer", "City Courier", "Plains Gazette"]


def variant(report, k: int):
    from wiretrace.model import Article

    a = report.article
    text = a.text + f"\nEdition note {k}: filed by desk {k % 97}.\n"
    published = a.published
    if published:
        published = (date.fromisoformat(published[:10]) + timedelta(days=k % 365)).isoformat()
    article = a.model_copy(update={"id": f"{a.id}-v{k}", "text": text,
                                   "text_hash": Article.hash_text(text),
                                   "published": published,
                                   "outlet": OUTLETS[k % len(OUTLETS)]})
    return report.model_copy(update={"article": article})


def timed(fn, repeat: int) -> dict:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def queries(store, repeat: int) -> dict:
    from wiretrace.store import queries as q

    return {
        "events --actor Gaddafi": timed(lambda: q.events(store, q.EventFilter(actor="Gaddafi")),
                                        repeat),
        "events --type CONSULT --limit 100": timed(
            lambda: q.events(store, q.EventFilter(type="CONSULT", limit=100)), repeat),
        "events --since 2008-01-01 --until 2008-12-31 --limit 100": timed(
            lambda: q.events(store, q.EventFilter(since="2008-01-01", until="2008-12-31",
                                                  limit=100)), repeat),
        "events --min-origins 3 --limit 100": timed(
            lambda: q.events(store, q.EventFilter(min_origins=3, limit=100)), repeat),
        "actor Apple": timed(lambda: q.actor(store, "Apple"), repeat),
        "search 'Boeing tanker'": timed(lambda: q.search(store, "Boeing tanker"), repeat),
        "sources": timed(lambda: q.sources(store), max(3, repeat // 10)),
    }


def fill(store, reports, size: int, progress: int = 0) -> dict:
    t0 = time.perf_counter()
    n = start = store.count("articles")
    # a store filled before goes on where it stopped: rounds 1..k of variants are in it
    k = max(0, (n - len(reports)) // len(reports))
    last_n, last_t = n, t0
    while n < size:
        k += 1
        for r in reports:
            if n >= size:
                break
            if store.save(variant(r, k)):
                n += 1
                if progress and n % progress == 0:
                    now = time.perf_counter()
                    print(json.dumps({"articles": n, "seconds": round(now - t0, 1),
                                      "rate": round((n - last_n) / (now - last_t), 1)}),
                          file=sys.stderr, flush=True)
                    last_n, last_t = n, now
    return {"articles": n, "added": n - start, "seconds": round(time.perf_counter() - t0, 1)}


def bench_store(url: str, reports, nlp_seconds: float, size: int, repeat: int,
                progress: int = 0) -> dict:
    from wiretrace.store import Store

    store = Store(url)
    result = {}
    if store.count("articles") == 0:
        t0 = time.perf_counter()
        for r in reports:
            store.save(r)
        write = time.perf_counter() - t0
        result = {
            "store_only_articles_per_s": round(len(reports) / write, 1),
            "ingest_articles_per_s": round(len(reports) / (write + nlp_seconds), 2),
        }
    elif reports:
        result["reused"] = store.count("articles")
    if reports:
        result["fill"] = fill(store, reports, size, progress)
    result["counts"] = {t: store.count(t) for t in ("articles", "events", "actors",
                                                    "event_clusters")}
    result["queries"] = queries(store, repeat)
    store.engine.dispose()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    ap.add_argument("--postgres", default=os.environ.get(
        "WIRETRACE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432"))
    ap.add_argument("--db", default=None,
                    help="store to build or reuse, kept: a SQLite file or a postgresql:// URL "
                         "of an existing database")
    ap.add_argument("--progress", type=int, default=0,
                    help="log count and rate to stderr every N articles")
    args = ap.parse_args()
    if args.db:
        main_db(args)
        return

    from wiretrace.model import Article
    from wiretrace.nlp import language
    from wiretrace.pipeline import analyze_many

    articles = [Article.model_validate(a) for a in collect(args.limit)]
    nlp = language.load()
    t0 = time.perf_counter()
    reports = [r for r in analyze_many(articles, nlp) if hasattr(r, "events")]
    nlp_seconds = time.perf_counter() - t0
    out = {"machine": {"python": platform.python_version(), "cpu": platform.processor()
                       or platform.machine(), "cores": os.cpu_count()},
           "articles": len(reports), "nlp_seconds": round(nlp_seconds, 1),
           "nlp_articles_per_s": round(len(reports) / nlp_seconds, 2)}
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "postgresql":
            out["sqlite"] = bench_store(str(Path(tmp) / "bench.db"), reports, nlp_seconds,
                                        args.size, args.repeat, args.progress)
    if args.postgres != "skip" and args.only != "sqlite":
        import sqlalchemy

        name = f"wiretrace_bench_{uuid.uuid4().hex[:8]}"
        admin = sqlalchemy.create_engine(args.postgres.replace(
            "postgresql://", "postgresql+psycopg://") + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
        try:
            out["postgresql"] = bench_store(f"{args.postgres}/{name}", reports, nlp_seconds,
                                            args.size, args.repeat, args.progress)
        finally:
            with admin.connect() as conn:
                conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    print(json.dumps(out, indent=2))


def main_db(args) -> None:
    """One kept SQLite file: fill it to --size (analyzing the real articles only when it
    has fewer), then time the queries on it."""
    from wiretrace.store import Store

    out = {"machine": {"python": platform.python_version(), "cpu": platform.processor()
                       or platform.machine(), "cores": os.cpu_count()}, "db": args.db}
    store = Store(args.db)
    have = store.count("articles")
    store.engine.dispose()
    reports, nlp_seconds = [], 0.0
    if have < args.size:
        from wiretrace.model import Article
        from wiretrace.nlp import language
        from wiretrace.pipeline import analyze_many

        articles = [Article.model_validate(a) for a in collect(args.limit)]
        nlp = language.load()
        t0 = time.perf_counter()
        reports = [r for r in analyze_many(articles, nlp) if hasattr(r, "events")]
        nlp_seconds = time.perf_counter() - t0
        out.update(articles=len(reports), nlp_seconds=round(nlp_seconds, 1))
    kind = "postgresql" if args.db.startswith("postgres") else "sqlite"
    out[kind] = bench_store(args.db, reports, nlp_seconds, args.size, args.repeat,
                            args.progress)
    if kind == "sqlite":
        out["file_bytes"] = sum(p.stat().st_size for p in Path(args.db).parent.glob(
            Path(args.db).name + "*"))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
