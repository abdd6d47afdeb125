"""The command line: a thin skin over the library (analyze, info, schema, demo, eval).

Exit codes: 0 everything worked; 1 at least one input or article failed (the others were
still processed); 2 bad usage or a setting that cannot work (e.g. the model is missing).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console

from . import __version__, settings
from .errors import WiretraceError
from .model import SCHEMA_VERSION, Report, report_json_schema
from .read.files import JSONL

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="wiretrace: who did what to whom, when, where, according to whom.")
eval_app = typer.Typer(no_args_is_help=True, help="Score wiretrace against gold data.")
app.add_typer(eval_app, name="eval")

# Piped output (files, CI logs) gets wide tables instead of 80 columns.
out = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)  # one message a line, never wrapped


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _emit(reports: list[Report], fmt: Format) -> None:
    from .render import print_report

    if fmt is Format.text:
        for report in reports:
            print_report(report, out)
    elif fmt is Format.jsonl:
        for report in reports:
            sys.stdout.write(report.model_dump_json() + "\n")
    else:
        payload = [r.model_dump(mode="json") for r in reports]
        body = payload[0] if len(payload) == 1 else payload
        sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")


def run_analysis(inputs: list[str], meta: dict, db: str | None, model: str | None
                 ) -> tuple[list[Report], int]:
    """Read, analyze and (optionally) store; returns the reports and the failure count.
    Failures are printed to stderr as they happen, and recorded in the store if any."""
    from .nlp import language
    from .pipeline import AnalysisFailure, analyze_many
    from .read import ReadFailure, ReadOk
    from .read.files import read_inputs
    from .store import Store

    try:
        nlp = language.load(model)
    except WiretraceError as exc:
        _fail(exc.message)
    store = Store(db) if db else None
    failed = 0
    articles = []
    origin: dict[str, str] = {}
    for result in read_inputs(inputs, meta):
        if isinstance(result, ReadFailure):
            failed += 1
            err.print(f"[red]error:[/] {result.where}: {result.reason}", highlight=False)
            if store:
                store.record_failure(result.where, result.stage, result.reason)
        elif isinstance(result, ReadOk):
            articles.append(result.article)
            origin[result.article.id] = result.where
    reports: list[Report] = []
    batch = int(settings.get("batch_size"))
    for item in analyze_many(articles, nlp, batch_size=batch):
        if isinstance(item, AnalysisFailure):
            failed += 1
            where = origin.get(item.article_id, item.article_id)
            err.print(f"[red]error:[/] {where}: {item.reason}", highlight=False)
            if store:
                store.record_failure(where, item.stage, item.reason)
            continue
        reports.append(item)
        if store:
            store.save(item)
    return reports, failed


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl) or '-' for stdin."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text, json or jsonl."),
    published: str | None = typer.Option(None, help="Publication date, YYYY-MM-DD."),
    title: str | None = typer.Option(None, help="Headline (default: first line)."),
    outlet: str | None = typer.Option(None, help="Outlet that published the article."),
    url: str | None = typer.Option(None, help="Article URL."),
    id: str | None = typer.Option(None, "--id", help="Article id (default: text hash)."),
    db: str | None = typer.Option(None, help="Also store the reports (SQLAlchemy URL or "
                                     "SQLite path)."),
    model: str | None = typer.Option(None, help="spaCy pipeline (default: the setting)."),
) -> None:
    """Analyze articles and print their Reports."""
    meta = {"published": published, "title": title, "outlet": outlet, "url": url, "id": id}
    one_article = len(inputs) == 1 and not inputs[0].lower().endswith(JSONL)
    given = [f"--{k}" for k in ("id", "title", "url") if meta[k] is not None]
    if given and not one_article:
        _fail(f"{', '.join(given)} name one article: give a single text or HTML input "
              "(JSONL records carry their own)")
    try:
        from .read.metadata import normalize_published
        normalize_published(published, where="--published")
    except WiretraceError as exc:
        _fail(str(exc))
    reports, failed = run_analysis(inputs, meta, db, model)
    _emit(reports, fmt)
    if failed:
        raise typer.Exit(1)


@app.command()
def demo(
    db: str = typer.Option("wiretrace.db", help="SQLite file (or URL) to store the reports in."),
) -> None:
    """Analyze the bundled example articles into the store and show the first report."""
    from .render import print_report

    folder = resources.files("wiretrace").joinpath("examples")
    path = Path(str(folder.joinpath("demo.jsonl")))
    reports, failed = run_analysis([str(path)], {}, db, None)
    if reports:
        print_report(reports[0], out)
    err.print(f"stored {len(reports)} report(s) in {db}"
              + (f"; {failed} failed" if failed else ""), highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def info(fmt: Format = typer.Option(Format.text, "--format", "-f")) -> None:
    """Version, schema version, and the spaCy pipeline in use."""
    from .nlp import language

    try:
        described = language.describe(language.load())
    except WiretraceError as exc:
        _fail(exc.message)
    data = {
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "spacy_model": described["name"],
        "spacy_model_version": described["version"],
        "spacy_version": described["spacy_version"],
        "settings": {s.name: s.value() for s in settings.SETTINGS},
    }
    if fmt is Format.text:
        for key, value in data.items():
            out.print(f"{key}: {value}", highlight=False)
    else:
        sys.stdout.write(json.dumps(data, indent=2) + "\n")


@app.command()
def schema(output: Path | None = typer.Option(None, help="Write to this file.")) -> None:
    """Print the JSON Schema of a Report (generated from the model)."""
    text = json.dumps(report_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command("settings")
def show_settings(
    markdown: bool = typer.Option(False, help="As the markdown table of docs/settings.md."),
) -> None:
    """List the settings, their environment variables, defaults and current values."""
    if markdown:
        sys.stdout.write(settings.markdown())
        return
    for s in settings.SETTINGS:
        out.print(f"{s.name} ({s.env}) = {s.value()!r}  default {s.default!r}\n  {s.help}",
                  highlight=False)


@eval_app.command("meantime")
def eval_meantime(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A MEANTIME folder, e.g. ../shared/eval/meantime-en-dev"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N documents."),
    baseline: str | None = typer.Option(
        None, help="'spacy': score plain spaCy NER and every-verb-is-an-event instead."),
) -> None:
    """Score Reports against MEANTIME gold (entities, times, events, roles, cues, factuality)."""
    from .eval import meantime

    if baseline not in (None, "spacy"):
        _fail(f"unknown baseline {baseline!r} (known: spacy)")
    result = meantime.evaluate(directory, limit=limit, baseline=baseline)
    if fmt is Format.text:
        rendered = meantime.render(result)
        for table in rendered if isinstance(rendered, (list, tuple)) else [rendered]:
            out.print(table)
    else:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")


def main() -> None:
    try:
        app()
    except WiretraceError as exc:
        err.print(f"[bold red]error[/] {exc.code}: {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
