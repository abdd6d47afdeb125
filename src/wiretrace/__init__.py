"""wiretrace: who did what to whom, when, where — according to whom, and how sure.

As a library (docs/python.md)::

    import wiretrace

    report = wiretrace.analyze(text, published="2024-03-11", outlet="Nile Wire")
    for event in report.events:
        print(event.type, event.trigger.text, event.time.value)
    for result in wiretrace.analyze_many(wiretrace.read_many("news/")):
        ...                                   # a Report, or an AnalysisFailure in its place
    events = wiretrace.event_frame(wiretrace.analyze_many(wiretrace.read_many("news/")))
                                              # a pandas DataFrame, one row per event

    store = wiretrace.Store("sqlite:///events.db")   # SQLite or PostgreSQL
    store.save(report)
    wiretrace.ingest("news/", store)                 # read, analyze, store: a folder
    events = store.event_frame(type="PROTEST")       # stored events, with their clusters
    wiretrace.ingest("news/", store, engine=wiretrace.ProcessPool(4))

The names in ``__all__`` are the public surface and stay stable within a major version;
everything else (``wiretrace.nlp``, ``wiretrace.pipeline``...) may change.  ``import
wiretrace`` is light: spaCy, pydantic and SQLAlchemy are imported when a name that needs
them is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# name -> the module that defines it (imported on first use: PEP 562)
_EXPORTS = {
    "load": "wiretrace.api",
    "analyze": "wiretrace.api",
    "analyze_many": "wiretrace.api",
    "read_many": "wiretrace.api",
    "event_rows": "wiretrace.frame",
    "event_frame": "wiretrace.frame",
    "EVENT_COLUMNS": "wiretrace.frame",
    "Store": "wiretrace.store",
    "InProcess": "wiretrace.engines",
    "ProcessPool": "wiretrace.engines",
    "Dask": "wiretrace.engines",
    "Report": "wiretrace.model",
    "Article": "wiretrace.model",
    "Entity": "wiretrace.model",
    "Event": "wiretrace.model",
    "Source": "wiretrace.model",
    "Quote": "wiretrace.model",
    "TimeExpr": "wiretrace.model",
    "SCHEMA_VERSION": "wiretrace.model",
    "report_json_schema": "wiretrace.model",
    "ReadFailure": "wiretrace.read",
    "AnalysisFailure": "wiretrace.errors",
    "WiretraceError": "wiretrace.errors",
    "InputError": "wiretrace.errors",
    "ModelError": "wiretrace.errors",
    "AnalysisError": "wiretrace.errors",
    "StoreError": "wiretrace.errors",
    "DependencyError": "wiretrace.errors",
}

__all__ = [
    "__version__",
    # analysis
    "load", "analyze", "analyze_many", "read", "read_many",
    # events as a table: dicts, or a pandas DataFrame (the extra wiretrace[pandas])
    "event_rows", "event_frame", "EVENT_COLUMNS",
    # the store, and reading -> analysing -> storing with an engine
    "Store", "ingest", "InProcess", "ProcessPool", "Dask",
    # records (model.py) and the Report's JSON Schema
    "Report", "Article", "Entity", "Event", "Source", "Quote", "TimeExpr",
    "SCHEMA_VERSION", "report_json_schema",
    # failures in a stream, errors raised
    "ReadFailure", "AnalysisFailure",
    "WiretraceError", "InputError", "ModelError", "AnalysisError", "StoreError",
    "DependencyError",
]

if TYPE_CHECKING:
    from . import ingest, read
    from .api import analyze, analyze_many, load, read_many
    from .engines import Dask, InProcess, ProcessPool
    from .errors import (
        AnalysisError,
        AnalysisFailure,
        DependencyError,
        InputError,
        ModelError,
        StoreError,
        WiretraceError,
    )
    from .frame import EVENT_COLUMNS, event_frame, event_rows
    from .model import (
        SCHEMA_VERSION,
        Article,
        Entity,
        Event,
        Quote,
        Report,
        Source,
        TimeExpr,
        report_json_schema,
    )
    from .read import ReadFailure
    from .store import Store


def __getattr__(name: str):
    if name in ("read", "ingest"):
        # Callable modules: wiretrace.read(path_or_text) -> Article (wiretrace.api.read),
        # wiretrace.ingest(inputs, store) -> the job (wiretrace.ingest.ingest); the
        # modules' own names (wiretrace.read.text, wiretrace.ingest.Ingest) stay importable.
        return importlib.import_module(f"wiretrace.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'wiretrace' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
