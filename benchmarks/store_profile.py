"""Where a store write's cost goes: fill a store from saved Reports and count, per window
of articles, this process's CPU, the PostgreSQL server's CPU, and the SQL statements (and
round trips) the writes run; optionally under cProfile; and a checksum of the stored rows,
to show that two versions of the code store the same rows.

    python benchmarks/store_profile.py make /tmp/reports.pkl --size 2000 [--skip 100000]
    python benchmarks/store_profile.py fill /tmp/reports.pkl --db /tmp/a.db --every 500 \
        [--cprofile /tmp/a.prof] [--top-statements 15]
    python benchmarks/store_profile.py checksum --db /tmp/a.db

`make` analyzes the news corpus's seeds once (store_bench.py's Feed) and pickles the first
``--size`` Reports, so every fill stores the same articles without the NLP.  `fill` times
only ``Store.save``.  `checksum` prints each table's row count and an MD5 of its rows,
ordered, leaving out the columns that hold the time of writing (``analyzed_at`` and the
like) and the version string in ``producers``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CLOCK_COLUMNS = {"analyzed_at", "created_at", "updated_at", "resolved_at", "first_seen",
                 "last_seen", "producers"}


def make(path: str, size: int, skip: int = 0) -> None:
    from store_bench import Feed

    from wiretrace.nlp import language

    feed = Feed("news", language.load())
    feed.skip(skip)  # the articles a filled store already holds, passed over unmade
    reports = [feed.next() for _ in range(size)]
    with open(path, "wb") as fh:
        pickle.dump(reports, fh)
    print(f"{len(reports)} reports -> {path} (seeds analyzed in {feed.nlp_seconds} s)")


def _shape(statement: str) -> str:
    s = re.sub(r"\s+", " ", statement).strip()
    s = re.sub(r"\(\s*(%\(\w+\)s|\?|:\w+)(\s*,\s*(%\(\w+\)s|\?|:\w+))*\s*\)", "(…)", s)
    s = re.sub(r"(\(…\)\s*,\s*)+\(…\)", "(…)", s)
    s = re.sub(r"__\[POSTCOMPILE_\w+\]", "…", s)
    return s[:160]


def fill(path: str, url: str, every: int, prof: str | None, top: int,
         limit: int | None = None, count: bool = True, clock: str = "wall") -> None:
    from sqlalchemy import event
    from store_bench import server_cpu

    from wiretrace.store import Store

    with open(path, "rb") as fh:
        reports = pickle.load(fh)[:limit]
    store = Store(url)
    counts = {"statements": 0, "executemany": 0}
    shapes: Counter = Counter()
    times: Counter = Counter()
    started: list[float] = []

    def before(conn, cursor, statement, params, context, executemany):
        counts["statements"] += 1
        counts["executemany"] += bool(executemany)
        shapes[_shape(statement)] += 1
        started.append(time.perf_counter())

    def after(conn, cursor, statement, params, context, executemany):
        times[_shape(statement)] += time.perf_counter() - started.pop()

    if count:
        event.listen(store.engine, "before_cursor_execute", before)
        event.listen(store.engine, "after_cursor_execute", after)

    # cProfile's default clock is wall time (a statement's wait for the server counts);
    # --profile-clock cpu times this process's CPU only
    timer = time.process_time if clock == "cpu" else time.perf_counter
    profiler = cProfile.Profile(timer) if prof else None
    cpu = wall = 0.0
    n = last_n = 0
    last = {"cpu": 0.0, "wall": 0.0, "statements": 0, "executemany": 0}
    server0 = last_s = server_cpu(store)
    windows = []
    for report in reports:
        w0, c0 = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        stored = store.save(report)
        if profiler:
            profiler.disable()
        wall += time.perf_counter() - w0
        cpu += time.process_time() - c0
        n += bool(stored)
        if n % every == 0 and n != last_n:
            server = server_cpu(store) if server0 is not None else None
            k = n - last_n
            row = {"articles": n,
                   "cpu_ms": round((cpu - last["cpu"]) * 1000 / k, 1),
                   "wall_ms": round((wall - last["wall"]) * 1000 / k, 1),
                   "statements": round((counts["statements"] - last["statements"]) / k, 1),
                   "executemany": round((counts["executemany"] - last["executemany"]) / k, 1)}
            if server is not None and last_s is not None:
                row["server_cpu_ms"] = round((server - last_s) * 1000 / k, 1)
            print(json.dumps(row), flush=True)
            if profiler:
                profiler.dump_stats(prof)
            windows.append(row)
            last = {"cpu": cpu, "wall": wall, **counts}
            last_n, last_s = n, server
    print(json.dumps({"articles": n, "cpu_ms_per_article": round(cpu * 1000 / max(n, 1), 1),
                      "statements_per_article": round(counts["statements"] / max(n, 1), 1)}))
    print("statements (count per article, ms per article of wall time in the driver):")
    for shape, c in shapes.most_common(top):
        print(f"  {c / max(n, 1):6.2f}  {times[shape] * 1000 / max(n, 1):7.2f} ms  {shape}")
    if profiler:
        profiler.dump_stats(prof)
    store.engine.dispose()


def checksum(url: str) -> None:
    from sqlalchemy import inspect, text

    from wiretrace.store import Store

    store = Store(url, migrate=False)
    with store.engine.connect() as conn:
        names = sorted(n for n in inspect(conn).get_table_names()
                       if not n.startswith(("articles_fts", "sqlite_", "alembic")))
        for name in names:
            cols = [c["name"] for c in inspect(conn).get_columns(name)
                    if c["name"] not in CLOCK_COLUMNS]
            quoted = ", ".join(f'"{c}"' for c in cols)
            h = hashlib.md5()
            n = 0
            rows = sorted(tuple(repr(v) for v in r) for r in conn.execute(
                text(f'SELECT {quoted} FROM "{name}"')))
            for r in rows:
                h.update("\x1f".join(r).encode())
                h.update(b"\x1e")
                n += 1
            print(f"{name:28s} {n:9d} {h.hexdigest()}")
    store.engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("path")
    m.add_argument("--size", type=int, default=2000)
    m.add_argument("--skip", type=int, default=0,
                   help="pass over the first N articles (those of a store already filled)")
    f = sub.add_parser("fill")
    f.add_argument("path")
    f.add_argument("--db", required=True)
    f.add_argument("--every", type=int, default=500)
    f.add_argument("--limit", type=int, default=None, help="store only the first N")
    f.add_argument("--cprofile", default=None)
    f.add_argument("--profile-clock", choices=["wall", "cpu"], default="wall",
                   help="cProfile's clock: wall time (default) or this process's CPU time")
    f.add_argument("--top-statements", type=int, default=15)
    f.add_argument("--no-count", action="store_true",
                   help="no statement counting (its listeners cost CPU): for CPU ms only")
    c = sub.add_parser("checksum")
    c.add_argument("--db", required=True)
    args = ap.parse_args()
    if args.cmd == "make":
        make(args.path, args.size, args.skip)
    elif args.cmd == "fill":
        fill(args.path, args.db, args.every, args.cprofile, args.top_statements, args.limit,
             not args.no_count, args.profile_clock)
    else:
        checksum(args.db)


if __name__ == "__main__":
    main()
