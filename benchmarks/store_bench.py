"""Store benchmark: the write rate into SQLite and PostgreSQL as a store grows, and the
p50/p95 of every listed CLI query and API endpoint on it, with their EXPLAIN plans.

The corpus (`--corpus news`, the default; `news_corpus.py`) grows like real news: distinct
stories made from the public-domain VOA stories of `../shared/eval/real-news/` (read at run
time) with their own dates, people and wording, a quarter of them wire stories that other
outlets re-publish (copies) and later articles cite.  Without `../shared` the benchmark
says so and stops (exit 0).  `--dates drawn` (the default) draws each story's date
from the same 25 years, so a big store holds more stories a week than a small one;
`--dates advancing` moves the stories' dates forward as the corpus goes on, the same
number a week at any size, as an archive that grows with the news does (the same
stories otherwise).  `--corpus variants` is the earlier corpus (the 240 bench
articles, then near-copies of them moved by whole days), kept to compare with old numbers.

For each database (a SQLite file; a PostgreSQL database, fresh unless `--db` names one):
1. the store is filled to `--size` articles, timing store writes only: the write rate per
   `--every` articles (default 10,000; every `--progress` articles to stderr);
2. each CLI query (`wiretrace.store.queries`, what the CLI prints) is timed `--repeat`
   times (p50, p95 in ms), with parameters read from the store: the actor named in most
   articles, the busiest year;
3. `wiretrace serve` is started on the store and each API endpoint and page is asked
   `--repeat` times over HTTP (`api_bench.py`);
4. with `--plans DIR`, every SQL statement each CLI query runs is written with its plan
   (SQLite `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN ANALYZE`) to DIR/<database>.md.

Usage: python benchmarks/store_bench.py [--size 10000] [--only sqlite|postgresql]
       python benchmarks/store_bench.py --db FILE-or-postgresql://URL --size N [--plans DIR]
`--db` builds (or goes on filling, or only queries when it holds `--size`) one store that
stays.  Prints a table per database, then one JSON object (also to `--json FILE`);
docs/performance.md gives the numbers and the machine.  Two fills side by side (one per
database) can keep out of each other's query timings: `--hold-file F` on one and
`--pause-file F` on the other make the second wait between articles while the first times.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

OUTLETS = ["Harbour Times", "Desert Post", "Valley Herald", "Coastal Ledger", "River Journal",
           "Northern Observer", "City Courier", "Plains Gazette"]
SEARCH = "security sanctions"  # two words the VOA seeds use often


def variant(report, k: int):
    """The earlier corpus: a near-copy of a real article, moved by ``k`` days."""
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
    """p50 and p95 of the wall time, and of this process's CPU time (a SQLite query's
    whole cost; on a busy machine the wall time says more about the others)."""
    times, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    times.sort()
    cpus.sort()

    def p95(xs):
        return round(xs[min(len(xs) - 1, int(0.95 * len(xs)))], 1)

    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": p95(times),
            "cpu_p50_ms": round(statistics.median(cpus), 1), "cpu_p95_ms": p95(cpus)}


def parameters(store) -> dict:
    """What the queries ask for, read from the store: the actor named in most articles,
    the year with most dated events, an article, a cluster of several origins."""
    from sqlalchemy import func, select

    from wiretrace.store import queries as q
    from wiretrace.store import schema as t

    top = q.actors(store, limit=1)
    months = q.event_months(store)
    years: dict[str, int] = {}
    for m in months:
        years[m["month"][:4]] = years.get(m["month"][:4], 0) + m["events"]
    with store.engine.connect() as conn:
        article = conn.execute(select(t.articles.c.id).order_by(
            t.articles.c.published.desc()).limit(1)).scalar()
        cluster = conn.execute(select(t.event_clusters.c.id).where(
            t.event_clusters.c.origins >= 2).order_by(t.event_clusters.c.id).limit(1)).scalar()
        if cluster is None:
            cluster = conn.execute(select(func.min(t.event_clusters.c.id))).scalar()
    return {"actor": top[0]["name"] if top else "Gaddafi",
            "actor_id": top[0]["actor_id"] if top else 1,
            "year": max(years, key=years.get) if years else "2008",
            "article": article, "cluster": cluster or 1}


def cli_queries(store, p: dict) -> dict:
    """The listed CLI queries, each a function of no arguments."""
    from wiretrace.store import queries as q

    year = p["year"]
    happened = q.EventFilter(coded=True, occurred=True, sort="-date")
    return {
        f"events --actor '{p['actor']}' --limit 100":
            lambda: q.events(store, q.EventFilter(actor=p["actor"], limit=100)),
        "events --type CONSULT --limit 100":
            lambda: q.events(store, q.EventFilter(type="CONSULT", limit=100)),
        f"events --since {year}-01-01 --until {year}-12-31 --limit 100":
            lambda: q.events(store, q.EventFilter(since=f"{year}-01-01",
                                                  until=f"{year}-12-31", limit=100)),
        "events --min-origins 3 --limit 100":
            lambda: q.events(store, q.EventFilter(min_origins=3, limit=100)),
        f"actor '{p['actor']}' (profile, 200-event timeline, 50 counterparts)":
            lambda: q.actor(store, p["actor"], partners=50),  # the CLI's defaults
        "actors (the list, 50)": lambda: q.actors(store, limit=50),
        "sources": lambda: q.sources(store),
        "events per month": lambda: q.event_months(store),
        f"search '{SEARCH}'": lambda: q.search(store, SEARCH),
        "an article's Report": lambda: store.report(p["article"]),
        "a cluster": lambda: q.cluster(store, p["cluster"]),
        # the three reads of the page /events in its default view (coded events that
        # happened, newest first): its list, its monthly chart, its map
        "page /events: the list (51 newest)": lambda: q.events(store, replace(happened,
                                                                              limit=51)),
        "page /events: events per month": lambda: q.event_months(store, happened),
        "page /events: places": lambda: q.event_places(store, happened),
    }


def queries(store, repeat: int, p: dict | None = None) -> dict:
    p = p or parameters(store)
    return {name: timed(fn, repeat) for name, fn in cli_queries(store, p).items()}


def plans(store, p: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every SQL statement each CLI query runs, with the database's plan for it."""
    from sqlalchemy import event

    seen: list[tuple[str, object]] = []

    def record(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "SET LOCAL")):
            seen.append((statement, params))

    out = []
    for name, fn in cli_queries(store, p).items():
        seen.clear()
        event.listen(store.engine, "before_cursor_execute", record)
        try:
            fn()
        finally:
            event.remove(store.engine, "before_cursor_execute", record)
        found = []
        raw = store.engine.raw_connection()
        try:
            cur = raw.cursor()
            for statement, params in list(seen):
                if statement.lstrip().upper().startswith("SET LOCAL"):
                    cur.execute(statement)  # a setting the query runs under: in force
                    found.append((statement, "(a setting for the statements after it)"))
                    continue
                elif store.dialect == "sqlite":
                    cur.execute("EXPLAIN QUERY PLAN " + statement, params)
                    plan = "\n".join(f"{'  ' * 0}{r[3]}" for r in cur.fetchall())
                else:
                    cur.execute("EXPLAIN (ANALYZE, COSTS OFF) " + statement, params)
                    plan = "\n".join(r[0] for r in cur.fetchall())
                found.append((statement, plan))
            raw.rollback()
        finally:
            raw.close()
        out.append((name, found))
    return out


def write_plans(path: Path, kind: str, size: int, found) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# EXPLAIN plans: {kind}, {size:,} articles", "",
             "Written by `benchmarks/store_bench.py --plans` (see docs/performance.md): every "
             "SQL statement each listed CLI query runs, and the plan the database chose for "
             "it on the benchmark store" + (" (`EXPLAIN ANALYZE`, costs off)."
                                            if kind == "postgresql" else
                                            " (`EXPLAIN QUERY PLAN`)."), ""]
    for name, statements in found:
        lines += [f"## {name}", ""]
        for statement, plan in statements:
            lines += ["```sql", " ".join(statement.split()), "```", "", "```", plan, "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


class Feed:
    """The articles to store, one after another: the news corpus or the variants."""

    def __init__(self, kind: str, nlp, limit: int | None = None, dates: str = "drawn") -> None:
        from wiretrace.pipeline import analyze_many

        self.kind = kind
        t0 = time.perf_counter()
        if kind == "news":
            import news_corpus

            reports, citing = news_corpus.analyze_seeds(nlp)
            self.corpus = news_corpus.Corpus(reports, citing, dates=dates)
        else:
            from bench import collect

            from wiretrace.model import Article

            articles = [Article.model_validate(a) for a in collect(limit)]
            self.reports = [r for r in analyze_many(articles, nlp) if hasattr(r, "events")]
            self.k, self.i = 0, 0
        self.nlp_seconds = round(time.perf_counter() - t0, 1)

    def skip(self, n: int) -> None:
        """Pass over the next ``n`` articles (those a store filled before holds)."""
        if self.kind == "news":
            self.corpus.skip(n)
            return
        for _ in range(n):
            self.next()

    def next(self):
        if self.kind == "news":
            return self.corpus.next()
        if self.k == 0:  # the real articles first, then rounds of variants
            r = self.reports[self.i]
        else:
            r = variant(self.reports[self.i], self.k)
        self.i += 1
        if self.i == len(self.reports):
            self.i, self.k = 0, self.k + 1
        return r


def server_cpu(store) -> float | None:
    """The CPU seconds the PostgreSQL server processes serving this database have used (a
    server on this machine, whose /proc this process reads), else None: on a busy machine
    wall time says more about the others than about the store, and the client's CPU holds
    only its own share of a PostgreSQL write."""
    if store.dialect != "postgresql":
        return None
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pids = [r[0] for r in conn.execute(text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"))]
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def wait_while(pause_files) -> None:
    """Wait, a tenth of a second at a time, while one of ``pause_files`` (paths, or None)
    exists: another run is timing, is behind (benchmarks/lockstep.py) or has its turn
    (benchmarks/alternate.py)."""
    while any(os.path.exists(f) for f in pause_files or ()):
        time.sleep(0.1)


def fill(store, reports, size: int, progress: int = 0, every: int = 10000,
         pause_files=None) -> dict:
    """Fill ``store`` to ``size`` articles from ``reports`` (a Feed, or a list of Reports
    for the variants).  Only store writes are timed: the rate per ``every`` articles.
    While one of ``pause_files`` exists the fill waits between two articles,
    outside the timed writes (so that another store's queries can be timed on a machine
    left quiet, or another fill can catch up)."""
    feed = reports if isinstance(reports, Feed) else None
    if feed is None:
        feed = Feed.__new__(Feed)
        feed.kind, feed.reports, feed.k, feed.i = "variants", list(reports), 0, 0
    n = start = store.count("articles")
    feed.skip(n)  # a store filled before: the feed goes on where it stopped
    t_write = cpu = 0.0
    t0 = time.perf_counter()
    windows, last_n, last_w, last_c = [], n, 0.0, 0.0
    server0 = last_s = server_cpu(store)
    while n < size:
        report = feed.next()
        wait_while(pause_files)
        w0, c0 = time.perf_counter(), time.process_time()
        stored = store.save(report)
        t_write += time.perf_counter() - w0
        cpu += time.process_time() - c0
        if not stored:
            continue
        n += 1
        if progress and n % progress == 0:
            server = server_cpu(store) if server0 is not None else None
            print(json.dumps({"articles": n, "write_seconds": round(t_write, 1),
                              "write_cpu_seconds": round(cpu, 1),
                              **({"server_cpu_seconds": round(server - server0, 1)}
                                 if server is not None else {}),
                              "wall_seconds": round(time.perf_counter() - t0, 1)}),
                  file=sys.stderr, flush=True)
        if every and n % every == 0:
            server = server_cpu(store) if server0 is not None else None
            windows.append({"articles": n,
                            "articles_per_s": round((n - last_n) / (t_write - last_w), 1),
                            "cpu_ms_per_article": round((cpu - last_c) * 1000 / (n - last_n),
                                                        1),
                            **({"server_cpu_ms_per_article": round(
                                (server - last_s) * 1000 / (n - last_n), 1)}
                               if server is not None and last_s is not None else {})})
            last_n, last_w, last_c, last_s = n, t_write, cpu, server
    return {"articles": n, "added": n - start, "write_seconds": round(t_write, 1),
            # this process's CPU time in the writes (SQLite's whole cost; on PostgreSQL the
            # server's share is not in it): steadier than wall time on a busy machine
            "write_cpu_seconds": round(cpu, 1),
            "wall_seconds": round(time.perf_counter() - t0, 1),
            "articles_per_s": round((n - start) / t_write, 1) if t_write else None,
            "per_window": windows,
            **({"made": dict(feed.corpus.made)} if feed.kind == "news" else {})}


def api(url: str, p: dict, repeat: int) -> dict:
    """Each API endpoint and page of `wiretrace serve` on the store, over HTTP."""
    import httpx
    from api_bench import requests, serve
    from api_bench import timed as timed_http

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = serve(url, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            return {f"{m} {u}": timed_http(client, m, u, repeat, **kw)
                    for m, u, kw in requests(client, actor=p["actor_id"],
                                             actor_name=p["actor"], words=SEARCH,
                                             year=p["year"], article=p["article"],
                                             cluster=p["cluster"])}
    finally:
        proc.terminate()
        proc.wait(10)


def bench_store(url: str, feed, size: int, repeat: int, progress: int = 0,
                every: int = 10000, plans_dir: str | None = None,
                with_api: bool = True, pause_files=None,
                hold_file: str | None = None, fill_only: bool = False) -> dict:
    from wiretrace.store import Store

    store = Store(url)
    result: dict = {}
    if store.count("articles") < size and feed is not None:
        result["fill"] = fill(store, feed, size, progress, every, pause_files)
        store.after_bulk_load(result["fill"]["added"])
    result["counts"] = {t: store.count(t) for t in ("articles", "events", "actors",
                                                    "event_clusters")}
    with store.engine.connect() as conn:
        from sqlalchemy import func, select

        from wiretrace.store import schema as t

        result["counts"]["copies"] = conn.execute(select(func.count()).select_from(
            t.articles).where(t.articles.c.copy_of.is_not(None))).scalar()
        result["counts"]["clusters_of_2_origins_or_more"] = conn.execute(
            select(func.count()).select_from(t.event_clusters)
            .where(t.event_clusters.c.origins >= 2)).scalar()
    if fill_only:
        store.engine.dispose()
        return result
    if hold_file:  # another fill given it as --pause-file waits while this one's queries run
        Path(hold_file).touch()
        time.sleep(5)  # that fill ends the article it is writing
    try:
        p = parameters(store)
        result["parameters"] = p
        result["queries"] = queries(store, repeat, p)
        kind = store.dialect
        if plans_dir:
            write_plans(Path(plans_dir) / f"{kind}.md", kind, result["counts"]["articles"],
                        plans(store, p))
        store.engine.dispose()
        if with_api:
            result["api"] = api(url, p, repeat)
    finally:
        if hold_file:
            Path(hold_file).unlink(missing_ok=True)
    return result


def table(kind: str, result: dict) -> str:
    lines = [f"## {kind}: {result['counts']['articles']:,} articles", ""]
    fill_ = result.get("fill")
    if fill_:
        lines += [f"write rate (store writes only): {fill_['articles_per_s']} articles/s over "
                  f"{fill_['added']:,} articles ({fill_['write_seconds']} s)", "",
                  "| articles stored | articles/s in the last window | client CPU ms per article "
                  "| server CPU ms per article |",
                  "|---:|---:|---:|---:|"]
        lines += [f"| {w['articles']:,} | {w['articles_per_s']} | {w['cpu_ms_per_article']} | "
                  f"{w.get('server_cpu_ms_per_article', '–')} |" for w in fill_["per_window"]]
        lines.append("")
    if "queries" not in result:  # --fill-only
        return "\n".join(lines) + "\n"
    lines += ["| query | p50 ms | p95 ms | CPU p50 / p95 ms (CLI queries) |",
              "|---|---:|---:|---:|"]
    for name, t in {**result["queries"], **result.get("api", {})}.items():
        cpu = f"{t['cpu_p50_ms']} / {t['cpu_p95_ms']}" if "cpu_p50_ms" in t else "–"
        lines.append(f"| `{name}` | {t['p50_ms']} | {t['p95_ms']} | {cpu} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    import news_corpus  # standard library only; its seeds are read when a feed is made

    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    ap.add_argument("--corpus", choices=("news", "variants"), default="news")
    ap.add_argument("--dates", choices=news_corpus.DATES, default="drawn",
                    help="the news corpus's story dates (see above)")
    ap.add_argument("--postgres", default=os.environ.get(
        "WIRETRACE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432"))
    ap.add_argument("--db", default=None,
                    help="store to build or reuse, kept: a SQLite file or a postgresql:// URL "
                         "of an existing database")
    ap.add_argument("--progress", type=int, default=0,
                    help="log count and seconds to stderr every N articles")
    ap.add_argument("--every", type=int, default=10000, help="write rate per N articles")
    ap.add_argument("--plans", default=None, help="write EXPLAIN plans to DIR/<database>.md")
    ap.add_argument("--no-api", action="store_true", help="time the CLI queries only")
    ap.add_argument("--fill-only", action="store_true",
                    help="fill and count, time no query (a paired fresh store)")
    ap.add_argument("--json", default=None, help="write the result to FILE too")
    ap.add_argument("--pause-file", action="append", default=None,
                    help="while FILE exists, the fill waits between articles (not timed); "
                         "may be given more than once")
    ap.add_argument("--hold-file", default=None,
                    help="FILE exists while this run times its queries (another run's "
                         "--pause-file, so that the machine is quiet for them)")
    args = ap.parse_args()
    if args.corpus == "news":
        why = news_corpus.available()
        if why:
            print(f"store benchmark skipped: {why}")
            return
    out = {"machine": {"python": platform.python_version(), "cpu": platform.processor()
                       or platform.machine(), "cores": os.cpu_count()},
           "corpus": args.corpus, "dates": args.dates, "size": args.size}
    targets = []
    if args.db:
        targets.append(("postgresql" if args.db.startswith("postgres") else "sqlite", args.db))
    else:
        tmp = tempfile.TemporaryDirectory()
        if args.only != "postgresql":
            targets.append(("sqlite", str(Path(tmp.name) / "bench.db")))
        if args.only != "sqlite" and args.postgres != "skip":
            targets.append(("postgresql", None))
    feed_needed = True
    if args.db:
        from wiretrace.store import Store

        store = Store(args.db)
        feed_needed = store.count("articles") < args.size
        store.engine.dispose()
    nlp = None
    if feed_needed:
        from wiretrace.nlp import language

        nlp = language.load()
    for kind, url in targets:
        feed = Feed(args.corpus, nlp, args.limit, args.dates) if feed_needed else None
        if feed is not None:
            out["seed_analysis_seconds"] = feed.nlp_seconds
        if url is None:  # a fresh PostgreSQL database, dropped afterwards
            import sqlalchemy

            name = f"wiretrace_bench_{uuid.uuid4().hex[:8]}"
            admin = sqlalchemy.create_engine(args.postgres.replace(
                "postgresql://", "postgresql+psycopg://") + "/postgres",
                isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
            try:
                out[kind] = bench_store(f"{args.postgres}/{name}", feed, args.size,
                                        args.repeat, args.progress, args.every, args.plans,
                                        not args.no_api, args.pause_file,
                                        args.hold_file, args.fill_only)
            finally:
                with admin.connect() as conn:
                    conn.execute(sqlalchemy.text(
                        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            out[kind] = bench_store(url, feed, args.size, args.repeat, args.progress,
                                    args.every, args.plans, not args.no_api, args.pause_file,
                                    args.hold_file, args.fill_only)
            if kind == "sqlite":
                out[kind]["file_bytes"] = sum(p.stat().st_size for p in Path(url).parent.glob(
                    Path(url).name + "*"))
        print(table(kind, out[kind]), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
