"""Store commands: ingest, failures, events, actor, sources, search, cluster, export.

They work on the store named by ``--db`` (a SQLite path or a SQLAlchemy URL such as
``postgresql://postgres@127.0.0.1:5432/news``), else the ``db`` setting (``WIRETRACE_DB``).
"""

from __future__ import annotations

import csv
import json
import sys
import time
from enum import Enum
from pathlib import Path

import typer
from rich.table import Table

from . import cache, settings
from .cli import _fail, app, err, out, use_actor_files
from .cli import print_failure as _print_failure
from .errors import WiretraceError

DB_HELP = "Store: a SQLite file path or a SQLAlchemy URL (default: the db setting)."


class Listing(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _store(db: str | None, write: bool = False):
    """The store for a command.  A reading command (write=False) changes nothing: a store
    that is missing, empty, or at another schema revision is an error (exit 2) saying
    what to run.  A writing command (ingest, load) creates a new store at the head
    revision, but never migrates an existing one: that is `wiretrace migrate`'s."""
    from .store import Store

    try:
        return Store(db, migrate="new" if write else False)
    except WiretraceError as exc:
        _fail(str(exc))


def _count_articles(paths: list[str]) -> int | None:
    """How many articles the inputs hold (one per text/HTML file, one per JSONL line),
    counted by streaming over them; None when stdin is among them."""
    from .read.files import JSONL, expand_inputs

    n = 0
    for path in expand_inputs(paths):
        if path == "-":
            return None
        p = Path(path)
        if p.name.lower().endswith(JSONL) and not p.name.endswith(".gz"):
            try:
                with p.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(None, help="Files, folders, globs ('news/**/*.jsonl') "
                                                  "or '-' (stdin)."),
    db: str | None = typer.Option(None, help=DB_HELP),
    outlet: str | None = typer.Option(None, help="Outlet of text/HTML inputs."),
    published: str | None = typer.Option(None, help="Publication date of text/HTML inputs."),
    retry_failed: bool = typer.Option(False, "--retry-failed",
                                      help="Analyze again the failures on record."),
    count: bool = typer.Option(True, help="Count the inputs first, for the ETA."),
    fetch: bool = typer.Option(False, help="For feeds: download each entry's page (timeout, "
                                           "user agent, robots.txt) instead of its summary."),
    feed_urls: Path | None = typer.Option(None, help="A file of feed URLs, one per line, "
                                                     "to download and read."),
    workers: int | None = typer.Option(None, help="Processes on this machine (default: the "
                                                      "workers setting; 0 = one per core)."),
    dask: str | None = typer.Option(None, help="Run on a Dask cluster: tcp://HOST:8786, or "
                                               "local:N for a LocalCluster of N processes."),
    out: Path | None = typer.Option(None, help="With --dask and no shared database: write "
                                               "partitioned Report files here "
                                               "(then `wiretrace load`)."),
    model: str | None = typer.Option(None, help="spaCy pipeline (default: the setting)."),
    actors: list[Path] = typer.Option([], "--actors", exists=True, dir_okay=False,
                                      help="Your actor dictionary (YAML, docs/actors.md); "
                                           "may be given more than once."),
) -> None:
    """Analyze articles into the store: one transaction per article, articles already stored
    (same id or same text) skipped, failures recorded and the batch goes on."""
    use_actor_files(actors)
    from .engines import Dask, InProcess, ProcessPool
    from .ingest import Ingest

    if not inputs and not retry_failed and not feed_urls:
        _fail("give inputs to ingest, --feed-urls, or --retry-failed")
    if dask:
        engine = Dask(dask, out=out, model=model)
        if out is None and db is None and "://" not in settings.get("db"):
            err.print("note: workers write to the SQLite file directly; use --out DIR on a "
                      "multi-machine cluster", highlight=False)
    else:
        n = workers if workers is not None else int(settings.get("workers"))
        pool = ProcessPool(n, model=model)
        engine = pool if pool.workers > 1 else InProcess(model=model)
    # Dask writing partition files: no store (`wiretrace load` brings them in)
    store = _store(db, write=True) if not (dask and out is not None) else None
    shown = str(out) if store is None else store.shown_url
    job = Ingest(store, model=model, engine=engine)
    started = time.perf_counter()
    total = _count_articles(inputs) if inputs and count and not dask else None
    from rich.progress import (  # here: every command would import it (30 ms)
        BarColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = [TextColumn("ingest"), BarColumn(), TaskProgressColumn(),
               TextColumn("{task.completed}/{task.total} articles"),
               TextColumn("{task.fields[rate]:.1f}/s"), TimeElapsedColumn(),
               TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, console=err, transient=True,
                  disable=not err.is_terminal or bool(dask)) as progress:
        task = progress.add_task("ingest", total=total, rate=0.0)
        partitions = 0

        def tick(n: int = 1) -> None:
            nonlocal partitions
            s = job.stats
            if dask:  # a line per finished partition, on a terminal
                if s["partitions"] != partitions and err.is_terminal:
                    partitions = s["partitions"]
                    err.print(f"partitions {partitions}: stored {s['stored']}, written "
                              f"{s['written']}, failed {s['failed']}", highlight=False)
                return
            done = s["stored"] + s["skipped"] + s["failed"]
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, rate=rate)

        try:
            if retry_failed and store is not None:
                job.retry_failed(on_article=tick, on_failure=_print_failure)
            if inputs:
                meta = {"outlet": outlet, "published": published}
                job.run(inputs, meta, on_article=tick, on_failure=_print_failure, fetch=fetch)
            if feed_urls:
                job.run_feed_urls(str(feed_urls), on_article=tick, on_failure=_print_failure,
                                  fetch=fetch)
        except WiretraceError as exc:
            _fail(str(exc))
    s = job.stats
    elapsed = time.perf_counter() - started
    if store is not None:
        store.after_bulk_load(s["stored"])
    if dask:
        err.print(f"dask {dask}: {s['partitions']} partition(s) "
                  f"({s['partitions_skipped']} already written), stored {s['stored']}, "
                  f"written {s['written']}, skipped {s['skipped']}, failed "
                  f"{s['failed']} in {elapsed:.1f} s -> {shown}", highlight=False)
    else:
        rate = s["stored"] / elapsed if elapsed else 0.0
        err.print(f"stored {s['stored']}, skipped {s['skipped']} already stored, failed "
                  f"{s['failed']}" + (f", retried {s['retried']}" if retry_failed else "")
                  + f" in {elapsed:.1f} s ({rate:.2f} articles/s) -> {shown}",
                  highlight=False)
    if job.skipped_records:
        err.print("records with no article: " + ", ".join(
            f"{n} {reason}" for reason, n in job.skipped_records.most_common()), highlight=False)
    if s["failed"]:
        raise typer.Exit(1)


@app.command()
def migrate(db: str | None = typer.Option(None, help=DB_HELP)) -> None:
    """Create the store, or bring its schema to this wiretrace's revision (named Alembic
    migrations; back the store up first).  Says the revision before and after.  Only this
    command (and ingest, load, demo on a new store) changes a store's schema."""
    from .store import upgrade
    from .store.urls import hide_password

    try:
        before, after = upgrade(db)
    except WiretraceError as exc:
        _fail(str(exc))
    shown = hide_password(db or settings.get("db"))
    if before == after:
        err.print(f"store {shown} is at revision {after}: nothing to do", highlight=False)
    else:
        err.print(f"store {shown}: revision {before or '(new store)'} -> {after}",
                  highlight=False)


@app.command()
def load(
    folder: Path = typer.Argument(..., exists=True, file_okay=False,
                                  help="Partition files written by `ingest --dask --out`."),
    db: str | None = typer.Option(None, help=DB_HELP),
) -> None:
    """Bring Reports written by a Dask run (`ingest --dask ... --out DIR`) into the store."""
    from .engines import load_partitions

    store = _store(db, write=True)
    stats = load_partitions(folder, store)
    store.after_bulk_load(stats["stored"])
    err.print(f"loaded {stats['files']} file(s): stored {stats['stored']}, skipped "
              f"{stats['skipped']} already stored, failed {stats['failed']}", highlight=False)


@app.command()
def failures(
    db: str | None = typer.Option(None, help=DB_HELP),
    fmt: Listing = typer.Option(Listing.table, "--format", "-f"),
) -> None:
    """Articles that could not be read or analyzed, with the stage and reason
    (`wiretrace ingest --retry-failed` tries them again)."""
    rows = [{k: r[k] for k in ("id", "input", "article_id", "stage", "reason", "created_at")}
            for r in _store(db).open_failures()]
    _emit(rows, fmt, ("id", "input", "stage", "reason", "created_at"))


@app.command()
def events(
    actor: str | None = typer.Option(None, help="An actor's name (any spelling or alias)."),
    type: str | None = typer.Option(None, "--type", help="PLOVER category, e.g. CONSULT."),
    country: str | None = typer.Option(None, help="ISO 3166-1 alpha-3 of the event's place."),
    since: str | None = typer.Option(None, help="Events whose days reach this day or later "
                                                "(YYYY[-MM[-DD]]; a week, quarter or season "
                                                "by its days)."),
    until: str | None = typer.Option(None, help="Events whose days reach this day or earlier "
                                                "(YYYY-MM: its last day)."),
    min_origins: int | None = typer.Option(None, help="Only clusters with at least N "
                                                      "independent origins."),
    min_dead: int | None = typer.Option(None, min=0, help="Only events reporting at least N "
                                        "killed (a range or 'dozens': its lower bound)."),
    limit: int | None = typer.Option(None, help="At most N events."),
    db: str | None = typer.Option(None, help=DB_HELP),
    fmt: Listing = typer.Option(Listing.table, "--format", "-f"),
) -> None:
    """Event mentions in the store, with their cluster's corroboration."""
    from .store import queries

    f = queries.EventFilter(actor=actor, type=type, country=country, since=since, until=until,
                            min_origins=min_origins, min_dead=min_dead, limit=limit)
    try:
        rows = queries.events(_store(db), f)
    except WiretraceError as exc:
        _fail(str(exc))
    _emit(rows, fmt, ("when", "type", "source", "target", "trigger", "country", "certainty",
                      "attribution", "cluster_id", "mentions", "articles", "outlets",
                      "origins"), columns=queries.EVENT_COLUMNS)


@app.command("actor")
def actor_cmd(
    name: str = typer.Argument(..., help="A name, any spelling (Qaddafi = Gaddafi)."),
    timeline: int = typer.Option(200, help="At most N events in the timeline."),
    counterparts: int = typer.Option(50, min=0,
                                     help="At most N counterparts, the most shared first."),
    db: str | None = typer.Option(None, help=DB_HELP),
    fmt: Listing = typer.Option(Listing.table, "--format", "-f"),
) -> None:
    """An actor's profile: aliases, timeline of events, counterparts."""
    from .store import queries

    profiles = queries.actor(_store(db), name, timeline=timeline, partners=counterparts)
    if not profiles:
        _fail(f"no actor named {name!r} in the store", code=1)
    if fmt is not Listing.table:
        sys.stdout.write(json.dumps(profiles, indent=2, ensure_ascii=False) + "\n")
        return
    for p in profiles:
        out.print(f"[bold]{p['name']}[/] (actor {p['actor_id']}, {p['type']}, "
                  f"country {p['country'] or '?'}, sector {p['sector'] or '?'}) in "
                  f"{p['articles']} article(s), {p['events']} event(s)", highlight=False)
        out.print("aliases: " + ", ".join(f"{a['alias']} ({a['articles']})"
                                           for a in p["aliases"]), highlight=False)
        _emit(p["timeline"], Listing.table, ("date", "type", "trigger", "roles", "article_id",
                                             "cluster_id"), title="timeline")
        _emit(p["counterparts"], Listing.table, ("name", "events", "types"),
              title="counterparts")


@app.command("sources")
def sources_cmd(
    db: str | None = typer.Option(None, help=DB_HELP),
    fmt: Listing = typer.Option(Listing.table, "--format", "-f"),
) -> None:
    """Outlets: articles they published, and how often other articles copy or cite them."""
    from .store import queries

    _emit(queries.sources(_store(db)), fmt,
          ("outlet", "articles", "copied_by_articles", "cited_by_articles",
           "cited_event_mentions"))


@app.command()
def search(
    words: str = typer.Argument(..., help="Words to find in article titles and texts."),
    limit: int = typer.Option(20, help="At most N articles."),
    db: str | None = typer.Option(None, help=DB_HELP),
    fmt: Listing = typer.Option(Listing.table, "--format", "-f"),
) -> None:
    """Full-text search over the stored articles."""
    from .store import queries

    _emit(queries.search(_store(db), words, limit), fmt,
          ("id", "published", "outlet", "title", "snippet"))


@app.command("cluster")
def cluster_cmd(
    cluster_id: int = typer.Argument(...),
    db: str | None = typer.Option(None, help=DB_HELP),
) -> None:
    """One event cluster: mentions, articles, outlets and independent origins, with every
    mention's article, outlet, sentence and origin, and the story's spread: who reported
    first, who copied whom (with the share), who cited whom, and the independent roots."""
    from .store import queries

    found = queries.cluster(_store(db), cluster_id)
    if found is None:
        _fail(f"no cluster {cluster_id}", code=1)
    sys.stdout.write(json.dumps(found, indent=2, ensure_ascii=False) + "\n")


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"
    graphml = "graphml"


@app.command()
def export(
    output: Path = typer.Argument(..., help="File to write."),
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="jsonl, csv, plover, graphml."),
    db: str | None = typer.Option(None, help=DB_HELP),
) -> None:
    """Export the store: Reports with actor and cluster ids (jsonl), one row per event (csv),
    PLOVER records (plover), the actor network (graphml)."""
    from .store import export as exports

    store = _store(db)
    writer = {"jsonl": exports.jsonl, "csv": exports.flat_csv, "plover": exports.plover,
              "graphml": exports.graphml}[fmt.value]
    with output.open("w", encoding="utf-8", newline="") as fh:
        n = writer(store, fh)
    err.print(f"wrote {n} record(s) to {output}", highlight=False)


def _emit(rows: list[dict], fmt: Listing, shown: tuple[str, ...],
          columns: tuple[str, ...] | None = None, title: str | None = None) -> None:
    if fmt is Listing.json:
        sys.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
        return
    if fmt is Listing.csv:
        fields = list(columns or (rows[0].keys() if rows else shown))
        w = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in fields})
        return
    table = Table(title=title, show_lines=False)
    for col in shown:
        table.add_column(col)
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in shown])
    out.print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)



LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the REST API (/api/) and the web UI (/) over a store.  Writing needs
    WIRETRACE_TOKEN; beyond localhost, reading needs it too (docs/api.md)."""
    import uvicorn

    from .web import create_app

    public = host not in LOOPBACK
    if public and not settings.get("token"):
        _fail(f"listening on {host} lets other machines read the store: set WIRETRACE_TOKEN "
              "first (reading will then need it), or listen on 127.0.0.1")
    # serving reads: a missing store, or one at another schema revision, stops here
    # with what to run, before the app is made (which would create a missing one)
    _store(db).engine.dispose()
    application = create_app(db, public=public, host=host)
    cache.settle()  # the app's modules and tables: full collections skip them
    err.print(f"wiretrace serving {application.state.store.shown_url} on "
              f"http://{host}:{port}/ (API at /api/, spec at /api/openapi.json"
              f"{'; reading needs the token' if public else ''}"
              f"{'' if settings.get('token') else '; writing off: no WIRETRACE_TOKEN'})",
              highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def openapi(output: Path | None = typer.Option(None, help="Write to this file.")) -> None:
    """Print the REST API's OpenAPI spec (committed as docs/openapi.json)."""
    import tempfile

    from .web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        spec = create_app(str(Path(tmp) / "empty.db")).openapi()
    text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
