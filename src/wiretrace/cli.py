"""The command line: a thin skin over the library (analyze, info, schema, demo, eval).

Exit codes: 0 everything worked; 1 at least one input or article failed (the others were
still processed); 2 bad usage or a setting that cannot work (e.g. the model is missing).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import Enum
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console

from . import __version__, settings
from .errors import WiretraceError
from .model import SCHEMA_VERSION, Report, report_json_schema
from .read.files import JSONL

# a crash's traceback shows no local variables: they can hold a store URL's password
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
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
    markdown = "markdown"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _check_half(half: str | None, halves: tuple[str, ...]) -> None:
    """Fail on a ``--half`` that is none of ``halves``."""
    if half not in (None, *halves):
        _fail(f"unknown half {half!r} (known: {', '.join(halves)})")


class _Emitter:
    """Writes Reports as they come, so a batch never waits for (or holds) all of them.
    ``json`` prints one object for one article and an array for several."""

    def __init__(self, fmt: Format, all_events: bool = False) -> None:
        self.fmt = fmt
        self.all_events = all_events
        self.count = 0
        self._first: Report | None = None

    def __call__(self, report: Report) -> None:
        from .render import print_report

        self.count += 1
        if self.fmt is Format.text:  # wrapped to the terminal (80 columns, or $COLUMNS, piped)
            print_report(report, all_events=self.all_events)
        elif self.fmt is Format.markdown:  # for pasting; articles apart by a rule
            from .render import report_markdown

            sys.stdout.write(("\n---\n\n" if self.count > 1 else "")
                             + report_markdown(report, all_events=self.all_events))
        elif self.fmt is Format.jsonl:
            sys.stdout.write(report.model_dump_json() + "\n")
            sys.stdout.flush()
        elif self.count == 1:
            self._first = report  # one object or an array: the second report decides
        else:
            if self._first is not None:
                sys.stdout.write("[\n" + self._json(self._first))
                self._first = None
            sys.stdout.write(",\n" + self._json(report))

    @staticmethod
    def _json(report: Report) -> str:
        return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2)

    def close(self) -> None:
        if self.fmt is not Format.json:
            return
        if self._first is not None:
            sys.stdout.write(self._json(self._first) + "\n")
        elif self.count == 0:
            sys.stdout.write("[]\n")
        else:
            sys.stdout.write("\n]\n")


def run_analysis(inputs: list[str], meta: dict, db: str | None, model: str | None,
                 emit: Callable[[Report], None]):
    """Read, analyze, store (with ``db``) and emit each report as it is made, streaming:
    memory stays flat however many articles come (the library's ingest path, reading the
    inputs as given and re-analysing stored articles).  Failures are printed to stderr as
    they happen and recorded in the store.  The job's ``stats``: analyzed, failed..."""
    from .engines import InProcess
    from .ingest import Ingest

    engine = InProcess(model=model, prepare=False)  # tables on first use: a quick start
    try:
        engine.load()
    except WiretraceError as exc:
        _fail(exc.message)
    store = None
    if db:
        from .store import Store  # SQLAlchemy, Alembic, datasketch: only with --db

        store = Store(db)

    def repaired(where: str, article) -> None:
        count = article.meta.get("repaired_characters")
        if count:
            err.print(f"note: {where}: {count} lone surrogate(s) or NUL(s) replaced with "
                      "U+FFFD", highlight=False)

    job = Ingest(store, engine=engine, skip_stored=False)
    job.run(inputs, meta, on_failure=print_failure, expand=False, on_report=emit,
            on_read=repaired)
    return job


def print_failure(where: str, reason: str) -> None:
    err.print(f"[red]error:[/] {where}: {reason}", highlight=False)


def use_actor_files(paths: list[Path]) -> None:
    """--actors: the files go into the `actors` setting (worker processes inherit it) and
    are read once now, so a broken file stops the run before any article is analyzed."""
    if not paths:
        return
    import os

    from .nlp.actors import dictionaries as actor_files

    joined = os.pathsep.join(str(p) for p in paths)
    try:
        actor_files.read_user(joined)
    except WiretraceError as exc:
        _fail(str(exc))
    os.environ["WIRETRACE_ACTORS"] = joined


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
    actors: list[Path] = typer.Option([], "--actors", exists=True, dir_okay=False,
                                      help="Your actor dictionary (YAML, docs/actors.md); "
                                           "may be given more than once."),
    all_events: bool = typer.Option(False, "--all-events", "--all",
                                    help="Readable report: also list uncoded event mentions "
                                         "and coded events that did not happen."),
) -> None:
    """Analyze articles and print their Reports (text: the coded events that happened
    first, then entities, times, sources and quotes)."""
    use_actor_files(actors)
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
    emitter = _Emitter(fmt, all_events)
    job = run_analysis(inputs, meta, db, model, emitter)
    emitter.close()
    if job.stats["failed"]:
        raise typer.Exit(1)


@app.command()
def demo(
    db: str = typer.Option("wiretrace.db", help="SQLite file (or URL) to store the reports in."),
) -> None:
    """Analyze the bundled example articles into the store and show the first report."""
    from .render import print_report

    folder = resources.files("wiretrace").joinpath("examples")
    path = Path(str(folder.joinpath("demo.jsonl")))
    shown: list[Report] = []
    job = run_analysis([str(path)], {}, db, None,
                       lambda report: shown.append(report) if not shown else None)
    if shown:
        print_report(shown[0])
    from .store.urls import hide_password

    s = job.stats
    err.print(f"stored {s['analyzed']} report(s) in {hide_password(db)}"
              + (f"; {s['failed']} failed" if s["failed"] else ""), highlight=False)
    if s["failed"]:
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
        "settings": {s.name: s.shown() for s in settings.SETTINGS},
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
        out.print(f"{s.name} ({s.env}) = {s.shown()!r}  default {s.default!r}\n  {s.help}",
                  highlight=False)


@eval_app.command("meantime")
def eval_meantime(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A MEANTIME folder, e.g. ../shared/eval/meantime-en-dev"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N documents."),
    baseline: str | None = typer.Option(
        None, help="'spacy': score plain spaCy NER and every-verb-is-an-event instead."),
    errors: bool = typer.Option(False, help="Also list each wrong time value, spurious and "
                                            "missed time expression (corpus_airbus only)."),
) -> None:
    """Score Reports against MEANTIME gold (entities, times, events, roles, cues, factuality)."""
    from .eval import meantime

    if baseline not in (None, "spacy"):
        _fail(f"unknown baseline {baseline!r} (known: spacy)")
    result = meantime.evaluate(directory, limit=limit, baseline=baseline, errors=errors)
    if fmt is Format.text:
        rendered = meantime.render(result)
        for table in rendered if isinstance(rendered, (list, tuple)) else [rendered]:
            out.print(table)
        for line in meantime.error_lines(result):
            out.print(line, markup=False, highlight=False)
    else:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")


@eval_app.command("plover")
def eval_plover(
    path: Path = typer.Argument(..., exists=True, dir_okay=False,
                                help="PLOVER gold records, e.g. "
                                     "../shared/eval/plover-gsr-dev/records.json"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N records."),
    sentences: bool = typer.Option(False, help="Also list every sentence with what was coded."),
    which: str | None = typer.Option(None, "--half", help="dev (the first half of the "
                                     "records, for development) or check (the rest)."),
) -> None:
    """Score PLOVER event coding (category, source and target country) against gold
    records."""
    from .eval import plover

    result = plover.evaluate(path, limit=limit, which=which)
    if fmt is not Format.text:
        if not sentences:
            result = {k: v for k, v in result.items() if k != "sentences"}
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    out.print(plover.render(result), highlight=False)
    if sentences:
        for row in result["sentences"]:
            mark = "ok  " if row["gold"] in row["coded"] else "MISS"
            seen = " ".join(f"{role} {'/'.join(v['gold']) or '-'}>{'/'.join(v['coded']) or '-'}"
                            for role, v in row["countries"].items())
            out.print(f"{mark} {row['gold']:<9} coded {','.join(row['coded']) or '-'} | "
                      f"{' '.join(row['triggers'])} | {seen} | {row['text']}", highlight=False)


@eval_app.command("challenge")
def eval_challenge(
    path: Path | None = typer.Argument(None, exists=True, dir_okay=False,
                                       help="Challenge rows (default: "
                                            "tests/data/challenge_events.tsv)"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    which: str | None = typer.Option(None, "--half", help="dev or check (default: both)."),
    rows: bool = typer.Option(False, help="Also list every row with what was shown "
                              "(read the check half's rows only to measure)."),
) -> None:
    """Score the invented challenge set: events in hard forms coded right, non-events not
    shown as having happened (issue 18)."""
    from .eval import challenge

    result = challenge.evaluate(path or challenge.DEFAULT, which=which)
    if fmt is not Format.text:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    out.print(challenge.render(result, rows=rows), highlight=False, markup=False)


@eval_app.command("places")
def eval_places(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A MEANTIME folder, e.g. ../shared/eval/meantime-en-dev"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Read only the first N documents."),
    sample: int = typer.Option(0, help="Also list N resolutions drawn at random (seeded), "
                                       "to check by hand."),
    seed: int = typer.Option(8, help="Seed of the sample."),
) -> None:
    """How many GPE/LOC/FAC mentions get a gazetteer place (there is no gold for places:
    coverage, not accuracy; docs/places.md)."""
    from .eval import places as places_eval

    result = places_eval.evaluate(directory, limit=limit, sample=sample, seed=seed)
    _print_result(result, fmt, places_eval.render)


from . import cli_store  # noqa: E402, F401  (registers the store commands on app)


@eval_app.command("crossdoc")
def eval_crossdoc(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A MEANTIME folder, e.g. ../shared/eval/meantime-en-dev"),
    db: str | None = typer.Option(None, help="Store to ingest into (default: a temporary "
                                             "SQLite file)."),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N documents."),
) -> None:
    """Score cross-article actors and event clusters against MEANTIME's cross-document
    instances (B-cubed)."""
    from .eval import crossdoc

    result = crossdoc.evaluate(directory, db=db, limit=limit)
    if fmt is not Format.text:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
        return
    out.print(f"MEANTIME cross-document linking, {result['documents']} documents (B-cubed "
              "over gold mentions matched to wiretrace mentions)", highlight=False)
    for kind in ("entities", "events"):
        r, base = result[kind], result["baselines"][f"{kind}_all_apart"]
        out.print(f"  {kind}: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
                  f"over {r['mentions']} of {r['gold_mentions']} gold mentions "
                  f"({r['gold_instances']} instances); every mention apart: F1 "
                  f"{base['f1']:.3f}", highlight=False)


@eval_app.command("polnear")
def eval_polnear(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A PolNeAR split folder (text/ and attributions/), "
                                          "e.g. PolNeAR/data/dev"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N articles."),
    baseline: str | None = typer.Option(
        None, help="'verbs': score naive reporting-verb rules instead (cue = the verb, "
                   "source = its subject, content = its clausal complement)."),
    half: str | None = typer.Option(
        None, help="'first' or 'second': score only that half of the split's articles in "
                   "name order (the first n // 2, or the rest; before --limit)."),
) -> None:
    """Score attributions (cue, content, source) against PolNeAR (docs/quality.md)."""
    from .eval import polnear

    if baseline not in (None, *polnear.BASELINES):
        _fail(f"unknown baseline {baseline!r} (known: {', '.join(polnear.BASELINES)})")
    _check_half(half, polnear.HALVES)
    result = polnear.evaluate(directory, limit=limit, baseline=baseline, half=half)
    _print_result(result, fmt, polnear.render)


@eval_app.command("timeml")
def eval_timeml(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="A folder of TimeML .tml files (searched "
                                          "recursively), e.g. TBAQ-cleaned"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
    limit: int | None = typer.Option(None, help="Score only the first N files."),
    half: str | None = typer.Option(
        None, help="'first' or 'second': score only that half of the files in name order "
                   "(taken in turns: first the even positions; before --limit)."),
    errors: bool = typer.Option(False, help="Also list each wrong value, spurious and "
                                            "missed expression (with --half first only)."),
) -> None:
    """Score time expressions (TIMEX3 span, type, value) against TimeML files such as
    TimeBank and AQUAINT, read in place (docs/quality.md)."""
    from .eval import timeml

    _check_half(half, timeml.HALVES)
    if errors and half != "first":
        _fail("--errors lists the first half only: add --half first")
    result = timeml.evaluate(directory, limit=limit, half=half, errors=errors)
    _print_result(result, fmt, timeml.render, markup=False)


@eval_app.command("magnitude")
def eval_magnitude(
    judgments: Path = typer.Argument(..., exists=True, dir_okay=False,
                                     help="Figures judged by hand, e.g. "
                                          "docs/judgments/magnitude-voa.tsv"),
    stories: Path = typer.Option(..., "--stories", exists=True, dir_okay=False,
                                 help="The stories judged (JSONL), e.g. "
                                      "../shared/eval/real-news/voa-dev.jsonl"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
) -> None:
    """Score casualty, arrest and crowd figures (dead, injured, arrested, size) on both
    halves of the stories (docs/magnitude.md)."""
    from .eval import magnitude as magnitude_eval

    result = magnitude_eval.evaluate(judgments, stories)
    _print_result(result, fmt, magnitude_eval.render, markup=False)


@eval_app.command("people")
def eval_people(
    judgments: Path = typer.Argument(..., exists=True, dir_okay=False,
                                     help="People judged by hand, e.g. "
                                          "docs/judgments/people-voa.tsv"),
    stories: Path = typer.Option(..., "--stories", exists=True, dir_okay=False,
                                 help="The stories judged (JSONL), e.g. "
                                      "../shared/eval/real-news/voa-dev.jsonl"),
    show: str = typer.Option("dev", "--show", help="List the errors and candidates of "
                             "dev, check, all or none (read check only to measure)"),
    as_read: bool = typer.Option(False, "--as-read", help="Analyze each record as "
                                 "`wiretrace analyze` reads it (its own text, date, outlet "
                                 "and half field): PolNeAR and web stories files"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
) -> None:
    """Look again for the people split or merged by hand judgment, per half, and list new
    candidate splits and merges to read (docs/actors.md)."""
    from .eval import people

    result = people.evaluate(judgments, stories, as_read)
    halves = {"all": ("dev", "check"), "none": ()}.get(show, (show,))
    _print_result(result, fmt, lambda r: people.render(r, halves), markup=False)


@eval_app.command("extraction")
def eval_extraction(
    directory: Path = typer.Argument(..., exists=True, file_okay=False,
                                     help="The article-extraction benchmark folder (html/ "
                                          "and ground-truth.json), e.g. "
                                          "../shared/eval/article-extraction"),
    half: str | None = typer.Option(
        None, "--half", help="'first' (to develop on) or 'second' (to check): that half of "
                             "the pages in file-name order. The 10 pages of the web check "
                             "set (wiretrace.eval.web_pages.pick, which tools/web_stories.py "
                             "uses) are left out of both."),
    limit: int | None = typer.Option(None, help="Score only the first N pages."),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
) -> None:
    """Score the body read from HTML against the benchmark's ground truth (precision,
    recall, F1 of 4-token shingles, as the benchmark counts) and the cleaner's marks
    (ground-truth characters marked, other characters left unmarked); docs/quality.md."""
    from .eval import extraction

    _check_half(half, extraction.HALVES)
    result = extraction.evaluate(directory, half=half, limit=limit)
    if fmt is Format.text:
        sys.stdout.write(extraction.render(result) + "\n")
    else:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")


@eval_app.command("events-judged")
def eval_events_judged(
    judgments: list[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                           help="Events judged by hand, e.g. "
                                                "docs/judgments/events-voa-dev.tsv"),
    stories: Path = typer.Option(..., "--stories", exists=True, dir_okay=False,
                                 help="The stories judged (JSONL), e.g. "
                                      "../shared/eval/real-news/voa-dev.jsonl"),
    fmt: Format = typer.Option(Format.text, "--format", "-f"),
) -> None:
    """Score the coded events shown as having happened against verdicts judged by hand:
    precision, hand recall and the events left to judge, per half (docs/quality.md)."""
    from .eval import judged_events

    result = judged_events.evaluate(judgments, stories)
    if fmt is Format.text:  # plain: the unjudged rows keep their tabs, to paste as rows
        sys.stdout.write(judged_events.render(result) + "\n")
    else:
        sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")


def _print_result(result: dict, fmt: Format, render, markup: bool = True) -> None:
    """An eval command's result: its rendered tables, or the dict as JSON."""
    if fmt is Format.text:
        out.print(render(result), highlight=False, markup=markup)
    else:
        sys.stdout.write(json.dumps(result, indent=2, default=str) + "\n")


def main() -> None:
    try:
        app()
    except WiretraceError as exc:
        err.print(f"[bold red]error[/] {exc.code}: {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
