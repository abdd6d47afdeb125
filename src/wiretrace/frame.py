"""Events as a table: one flat row per event, from Reports in memory or from the store,
as dicts (:func:`event_rows`, for ``csv`` or JSON) or as a pandas DataFrame with typed
columns (:func:`event_frame`, :meth:`wiretrace.Store.event_frame`).  docs/python.md,
"A table of events", documents every column.

pandas is optional (the extra ``wiretrace[pandas]``): it is imported only by the
DataFrame functions, which raise :class:`wiretrace.DependencyError` without it.  Nothing
here imports spaCy: a frame of a store costs no language model.

Both sources give the same columns in the same order, built from the Report by the same
code: a stored event's row is made from its article's stored Report (any 1.x version,
up-converted), with the store's cross-article cluster counts added; those five columns
are empty for Reports that were never stored, since clusters are made in the store."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, get_args

from .errors import AnalysisFailure, DependencyError, WiretraceError
from .model import (
    Assertion,
    Certainty,
    Event,
    Polarity,
    Quad,
    Report,
    Source,
    SourceKind,
    Tense,
    TimeBasis,
)

if TYPE_CHECKING:
    import pandas

    from .store import Store

__all__ = ["EVENT_COLUMNS", "SHOW", "event_rows", "event_frame", "store_event_rows"]

# Which events a table holds, as the web UI's views: "happened" (the default: coded,
# positive, certain or probable, not future, asserted or claimed: render.happened),
# "coded" (every event with a PLOVER type), "all" (every event mention).
SHOW = ("happened", "coded", "all")

# The columns, in order, with their pandas dtype (nullable kinds: a missing value is
# <NA> or NaT, never "" or a sentinel).  In event_rows' dicts a "datetime64[s]" value is
# an ISO day (YYYY-MM-DD), a "category" value a str, and a missing one None.
EVENT_COLUMNS: dict[str, str] = {
    "article_id": "string", "event_id": "string",
    "published": "datetime64[s]", "outlet": "string", "url": "string", "title": "string",
    "trigger": "string", "trigger_start": "Int64", "trigger_end": "Int64",
    "lemma": "string",
    "type": "category", "mode": "string", "cameo": "string", "quad": "category",
    "score": "Float64", "happened": "boolean",
    "polarity": "category", "certainty": "category", "tense": "category",
    "assertion": "category",
    "source": "string", "source_country": "string", "source_sector": "string",
    "target": "string", "target_country": "string", "target_sector": "string",
    "recipient_country": "string",
    "date": "string", "date_first": "datetime64[s]", "date_last": "datetime64[s]",
    "date_basis": "category",
    "place": "string", "place_country": "string", "lat": "Float64", "lon": "Float64",
    "according_to": "string", "according_to_kind": "category",
    "dead": "Int64", "injured": "Int64", "arrested": "Int64", "size": "Int64",
    "cluster_id": "Int64", "mentions": "Int64", "articles": "Int64", "outlets": "Int64",
    "origins": "Int64",
    "sentence_start": "Int64", "sentence_end": "Int64", "sentence": "string",
}

# the store's cross-article counts: empty for Reports that were never stored
CLUSTER_COLUMNS = ("cluster_id", "mentions", "articles", "outlets", "origins")


def _categories() -> dict[str, list[str]]:
    """Each category column's whole value set (the model's closed sets), so that frames
    made apart have the same dtype and concatenate as categories."""
    from .model import plover_categories

    return {"type": plover_categories(), "quad": list(get_args(Quad)),
            "polarity": list(get_args(Polarity)), "certainty": list(get_args(Certainty)),
            "tense": list(get_args(Tense)), "assertion": list(get_args(Assertion)),
            "date_basis": list(get_args(TimeBasis)),
            "according_to_kind": list(get_args(SourceKind))}


def _shown(show: str):
    """The test of an event for ``show``."""
    from .render import happened

    if show == "happened":
        return happened
    if show == "coded":
        return lambda ev: bool(ev.type)
    if show == "all":
        return lambda ev: True
    raise WiretraceError(f"show must be one of {', '.join(SHOW)}, not {show!r}")


def event_rows(reports: Report | Iterable[Report | AnalysisFailure], *,
               show: str = "happened") -> list[dict[str, Any]]:
    """One flat dict per event of ``reports`` (a Report, or any iterable of Reports, such
    as :func:`wiretrace.analyze_many`'s stream: failures are skipped), with the columns of
    :data:`EVENT_COLUMNS` in that order, for ``csv.DictWriter`` or JSON; dates are ISO
    days (``YYYY-MM-DD``), a missing value None.

    ``show``: ``"happened"`` (default: the events the article reports as having happened,
    as the text report and the web UI show them), ``"coded"`` (every event with a PLOVER
    type) or ``"all"`` (every event mention).  The cluster columns are None: clusters are
    made across articles by the store (:meth:`wiretrace.Store.event_rows`)."""
    keep = _shown(show)
    if isinstance(reports, Report):
        reports = [reports]
    rows: list[dict[str, Any]] = []
    for report in reports:
        if isinstance(report, Report):
            rows += _rows(report, [ev for ev in report.events if keep(ev)])
    return rows


def event_frame(reports: Report | Iterable[Report | AnalysisFailure], *,
                show: str = "happened") -> pandas.DataFrame:
    """:func:`event_rows` as a pandas DataFrame, one row per event, each column of its
    :data:`EVENT_COLUMNS` dtype: dates ``datetime64[s]``, counts ``Int64``, closed value
    sets ``category`` (with every value of the set as a category), text ``string``.
    Raises :class:`wiretrace.DependencyError` when pandas is not installed
    (``pip install 'wiretrace[pandas]'``)."""
    pd = _pandas()
    return frame_of(event_rows(reports, show=show), pd)


def frame_of(rows: list[dict[str, Any]], pd=None) -> pandas.DataFrame:
    """Rows of :func:`event_rows` (or :func:`store_event_rows`) as a typed DataFrame."""
    pd = pd or _pandas()
    frame = pd.DataFrame.from_records(rows, columns=list(EVENT_COLUMNS))
    dtypes: dict[str, Any] = dict(EVENT_COLUMNS)
    for column, known in _categories().items():
        # a value outside the set (a report written by another version) is kept as a
        # category of its own, never turned into a missing value
        extra = sorted(set(frame[column].dropna()) - set(known))
        dtypes[column] = pd.CategoricalDtype(known + extra)
    return frame.astype(dtypes)


def _pandas():
    try:
        import pandas
    except ImportError as exc:
        raise DependencyError(
            f"a DataFrame of events needs pandas, which is not installed ({exc}): "
            "pip install 'wiretrace[pandas]' (or pandas); without it, wiretrace.event_rows "
            "gives the same table as dicts") from None
    return pandas


def store_event_rows(store: Store, *, show: str = "happened", **filters: Any
                     ) -> list[dict[str, Any]]:
    """One flat dict per stored event mention the filters find, in their order (the
    ``events`` command's: by date unless ``sort`` says otherwise), with the store's
    cluster counts.  ``filters``: those of ``wiretrace events`` and the API
    (:class:`wiretrace.store.queries.EventFilter`): ``actor``, ``type``, ``country``,
    ``since``, ``until``, ``min_origins``, ``min_dead``, ``certainty``, ``polarity``,
    ``actor_id``, ``limit``, ``offset``, ``sort``.  Each row is made from its article's
    stored Report, read once per article."""
    import dataclasses

    from sqlalchemy import select

    from .errors import StoreError
    from .store import queries
    from .store import schema as t

    _shown(show)
    names = {f.name for f in dataclasses.fields(queries.EventFilter)} - {"coded", "occurred"}
    unknown = sorted(set(filters) - names)
    if unknown:
        raise WiretraceError(f"no event filter named {', '.join(unknown)}: the filters are "
                             f"{', '.join(sorted(names))}")
    f = queries.EventFilter(**filters, coded=True if show != "all" else None,
                            occurred=True if show == "happened" else None)
    refs = queries.event_refs(store, f)
    article_ids = list(dict.fromkeys(r["article_id"] for r in refs))
    wanted: dict[str, set[str]] = {}
    for r in refs:
        wanted.setdefault(r["article_id"], set()).add(r["event_id"])
    made: dict[tuple[str, str], dict[str, Any]] = {}
    chunk = 500  # reports parsed and let go together
    with store.engine.connect() as conn:
        for n in range(0, len(article_ids), chunk):
            ids = article_ids[n:n + chunk]
            for article_id, report_json in conn.execute(
                    select(t.reports.c.article_id, t.reports.c.report_json)
                    .where(t.reports.c.article_id.in_(ids))):
                report = Report.read(report_json)  # any 1.x: up-converted
                events = [ev for ev in report.events if ev.id in wanted[article_id]]
                for ev, row in zip(events, _rows(report, events)):
                    made[article_id, ev.id] = row
    rows = []
    for r in refs:
        row = made.get((r["article_id"], r["event_id"]))
        if row is None:
            raise StoreError(f"event {r['event_id']} of article {r['article_id']} is in the "
                             "store's events but not in the article's stored Report")
        rows.append({**row, **{k: r[k] for k in CLUSTER_COLUMNS}})
    return rows


def _rows(report: Report, events: list[Event]) -> list[dict[str, Any]]:
    """The rows of ``events`` of ``report``."""
    names = {e.id: e.name for e in report.entities}
    sources = {s.id: s for s in report.sources}
    return [_row(report, ev, names, sources) for ev in events]


def _row(report: Report, ev: Event, names: dict[str, str], sources: dict[str, Source]
         ) -> dict[str, Any]:
    """The row of one event of ``report``: every column of EVENT_COLUMNS, in order."""
    from .render import happened

    article, text = report.article, report.article.text
    roles: dict[str, list] = {"source": [], "target": []}
    for actor in ev.actors:
        if actor.role in roles:
            roles[actor.role].append(actor)
    claimant = next((sources[s] for s in ev.attribution if s in sources), None)
    loc, magnitude = ev.location, ev.magnitude
    row = {
        "article_id": article.id, "event_id": ev.id,
        "published": article.published[:10] if article.published else None,
        "outlet": article.outlet, "url": article.url, "title": article.title,
        "trigger": ev.trigger.text, "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end, "lemma": ev.lemma,
        "type": ev.type, "mode": ev.mode, "cameo": ev.cameo, "quad": ev.quad,
        "score": ev.score, "happened": happened(ev),
        "polarity": ev.factuality.polarity, "certainty": ev.factuality.certainty,
        "tense": ev.factuality.tense, "assertion": ev.factuality.assertion,
    }
    for role, actors in roles.items():
        row[role] = _names(actors, names)
        row[f"{role}_country"] = _one(a.country for a in actors)
        row[f"{role}_sector"] = _one(a.sector for a in actors)
    row.update({
        "recipient_country": ev.recipient.country if ev.recipient else None,
        "date": ev.time.value, "date_first": ev.time.first, "date_last": ev.time.last,
        "date_basis": ev.time.basis,
        "place": loc.name if loc else None, "place_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "according_to": claimant.name if claimant else None,
        "according_to_kind": claimant.kind if claimant else None,
        **{field: (figure.value if (figure := getattr(magnitude, field, None)) else None)
           for field in ("dead", "injured", "arrested", "size")},
        **dict.fromkeys(CLUSTER_COLUMNS),
        "sentence_start": ev.sentence.start, "sentence_end": ev.sentence.end,
        "sentence": text[ev.sentence.start:ev.sentence.end],
    })
    return row


def _names(actors: list, names: dict[str, str]) -> str | None:
    """The role's actors: each entity's name (else the words), ``"; "`` between them."""
    shown = dict.fromkeys(names.get(a.entity_id or "") or " ".join(a.text.split())
                          for a in actors)
    return "; ".join(shown) or None


def _one(codes: Iterable[str | None]) -> str | None:
    """The one code of a role's actors (None when none has one or they differ)."""
    found = set(codes) - {None}
    return found.pop() if len(found) == 1 else None
