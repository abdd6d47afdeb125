"""The REST API (``/api/...``): thin over ``store.queries``, so it answers what the CLI
prints.  Lists are pages: ``limit`` (1..500) and ``offset``, with ``next_offset`` null on
the last page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from ..errors import WiretraceError
from ..model import SCHEMA_VERSION, Report
from ..store import queries
from .app import ApiError, require_write
from .models import (
    DATE_PATTERN,
    ActorPage,
    ActorProfile,
    ArticleIn,
    ArticlePage,
    Certainty,
    ClusterOut,
    Counterpart,
    DeleteOut,
    ErrorOut,
    EventPage,
    Health,
    IngestOut,
    MonthCount,
    PloverType,
    Polarity,
    SourcesOut,
    TimelinePage,
)

API_VERSION = "1.0.0"
MAX_ID = 2**31 - 1  # integer ids fit a PostgreSQL integer
ERRORS = {422: {"model": ErrorOut, "description": "Invalid request"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "No such record"}, **ERRORS}
BUSY = {503: {"model": ErrorOut, "description": "Analysis queue full or analysis too slow "
                                                "(Retry-After)"}}
WRITE = {401: {"model": ErrorOut, "description": "Missing or wrong token"},
         429: {"model": ErrorOut, "description": "Too many wrong tokens from this address "
                                                "(Retry-After)"},
         403: {"model": ErrorOut, "description": "Writing is switched off (no token set)"},
         **ERRORS}

router = APIRouter(prefix="/api", responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1..500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
ActorId = Annotated[int, Path(ge=1, le=MAX_ID)]
ArticleId = Annotated[str, Path(min_length=1, max_length=200,
                                description="Any stored id, '/' included")]


def _page(rows: list[dict], limit: int, offset: int) -> dict:
    """A page from ``limit + 1`` fetched rows: the extra row only says a next page exists."""
    more = len(rows) > limit
    return {"items": rows[:limit], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


def store_of(request: Request):
    return request.app.state.store


def article_rows(store, q: str | None, limit: int, offset: int) -> list[dict]:
    """Up to ``limit`` articles from ``offset``: full-text search results for ``q``, best
    first, else the newest."""
    if q and q.strip():
        return queries.search(store, q, limit=offset + limit)[offset:]
    return queries.articles(store, limit=limit, offset=offset)


@router.get("/health", response_model=Health, tags=["meta"])
def health(request: Request) -> dict:
    """Liveness and what this server holds (open even when reading needs a token)."""
    return {"status": "ok", "articles": queries.totals(store_of(request))["articles"],
            "schema_version": SCHEMA_VERSION, "writable": bool(request.app.state.token)}


@router.get("/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0,
                  q: Annotated[str | None, Query(max_length=500,
                                                 description="Words to search for")] = None
                  ) -> dict:
    """Stored articles, newest first; with ``q``, full-text search results, best first."""
    return _page(article_rows(store_of(request), q, limit + 1, offset), limit, offset)


@router.get("/articles/{article_id:path}", response_model=Report, responses=NOT_FOUND,
            tags=["articles"])
def get_article(request: Request, article_id: ArticleId) -> Report:
    """One article with its whole Report (schema: docs/format.md)."""
    report = store_of(request).report(article_id)
    if report is None:
        raise ApiError(404, f"no article {article_id!r}")
    return report


@router.delete("/articles/{article_id:path}", response_model=DeleteOut, tags=["articles"],
               dependencies=[Depends(require_write)], responses={**WRITE, **NOT_FOUND})
def delete_article(request: Request, article_id: ArticleId) -> dict:
    """Remove an article and everything extracted from it (needs the token)."""
    if not store_of(request).delete(article_id):
        raise ApiError(404, f"no article {article_id!r}")
    return {"article_id": article_id, "deleted": True}


class EventQuery:
    """The event filters, as in ``wiretrace events``."""

    def __init__(
        self,
        actor: Annotated[str | None, Query(max_length=200, description="Actor name or alias")]
        = None,
        actor_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
        type: Annotated[PloverType | None, Query(description="PLOVER category")] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$",
                                             description="ISO 3166-1 alpha-3 of the place")]
        = None,
        since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
        until: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
        certainty: Certainty | None = None,
        polarity: Polarity | None = None,
        min_origins: Annotated[int | None, Query(ge=1, le=100_000,
                                                 description="Independent origins at least")]
        = None,
        min_dead: Annotated[int | None, Query(ge=0, le=100_000_000, description="Reported "
                                              "killed at least (a range: its lower bound)")]
        = None,
    ) -> None:
        self.args = dict(actor=actor or None, actor_id=actor_id, type=type, country=country,
                         since=since, until=until, certainty=certainty, polarity=polarity,
                         min_origins=min_origins, min_dead=min_dead)

    def filter(self, limit: int | None = None, offset: int = 0) -> queries.EventFilter:
        return queries.EventFilter(**self.args, limit=limit, offset=offset)


@router.get("/events", response_model=EventPage, tags=["events"])
def list_events(request: Request, query: Annotated[EventQuery, Depends()],
                limit: Limit = 50, offset: Offset = 0) -> dict:
    """Event mentions by date, filtered as ``wiretrace events`` filters them."""
    rows = queries.events(store_of(request), query.filter(limit + 1, offset))
    return _page(rows, limit, offset)


@router.get("/events/months", response_model=list[MonthCount], tags=["events"])
def event_months(request: Request, query: Annotated[EventQuery, Depends()]) -> list[dict]:
    """How many events the filters find per month (year-only dates under their year)."""
    return queries.event_months(store_of(request), query.filter())


@router.get("/clusters/{cluster_id}", response_model=ClusterOut, responses=NOT_FOUND,
            tags=["events"])
def get_cluster(request: Request, cluster_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict:
    """One event across articles: every mention, and how many independent origins."""
    found = queries.cluster(store_of(request), cluster_id)
    if found is None:
        raise ApiError(404, f"no event cluster {cluster_id}")
    return found


@router.get("/actors", response_model=ActorPage, tags=["actors"])
def list_actors(request: Request, limit: Limit = 50, offset: Offset = 0,
                q: Annotated[str | None, Query(max_length=200,
                                               description="Part of a name or alias")] = None
                ) -> dict:
    """Actors named in most articles first."""
    rows = queries.actors(store_of(request), name=q, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset)


def _profile(request: Request, actor_id: int, timeline: int = 200,
             partners: int | None = 0) -> dict:
    found = queries.actor_profile(store_of(request), actor_id, timeline=timeline,
                                  partners=partners)
    if found is None:
        raise ApiError(404, f"no actor {actor_id}")
    return found


@router.get("/actors/{actor_id}", response_model=ActorProfile, responses=NOT_FOUND,
            tags=["actors"])
def get_actor(request: Request, actor_id: ActorId,
              timeline: Annotated[int, Query(ge=0, le=500)] = 100,
              counterparts: Annotated[int, Query(ge=0, le=500, description=(
                  "At most N counterparts, the most shared first (all: "
                  "/actors/{id}/counterparts a page at a time)"))] = 50) -> dict:
    """An actor's profile: aliases, articles, counts per type and month, its newest events,
    counterparts."""
    return _profile(request, actor_id, timeline, counterparts)


@router.get("/actors/{actor_id}/timeline", response_model=TimelinePage, responses=NOT_FOUND,
            tags=["actors"])
def get_actor_timeline(request: Request, actor_id: ActorId, limit: Limit = 50,
                       offset: Offset = 0) -> dict:
    """An actor's event mentions, newest first, with the roles it plays (source, target,
    ...)."""
    _profile(request, actor_id, timeline=0, partners=0)
    rows = queries.actor_timeline(store_of(request), actor_id, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset)


@router.get("/actors/{actor_id}/counterparts", response_model=list[Counterpart],
            responses=NOT_FOUND, tags=["actors"])
def get_counterparts(request: Request, actor_id: ActorId, limit: Limit = 100,
                     offset: Offset = 0) -> list[dict]:
    """Who this actor deals with: shared event mentions, by PLOVER category; the most
    shared first, a page of them."""
    _profile(request, actor_id, timeline=0, partners=0)
    return queries.counterparts(store_of(request), actor_id, limit=limit, offset=offset)


@router.get("/sources", response_model=SourcesOut, tags=["sources"])
def get_sources(request: Request, limit: Limit = 100, offset: Offset = 0,
                outlets: Annotated[int, Query(ge=0, le=10_000, description=(
                    "At most N outlets, those most copied and cited first"))] = 100) -> dict:
    """Outlets (published, copied by others, cited by others) and named sources (``limit``
    and ``offset`` page the named sources)."""
    store = store_of(request)
    return {"outlets": queries.sources(store, limit=outlets),
            "sources": queries.named_sources(store, limit=limit, offset=offset)}


def _too_long(request: Request, length: int) -> None:
    limit = request.app.state.max_article_chars
    if length > limit:
        raise ApiError(413, f"the article text is {length:,} characters; this server "
                       f"analyzes at most {limit:,} (max_article_chars)")


def _article(request: Request, body: ArticleIn):
    """The article of a request, refused (413) when its text is longer than this server
    analyzes: a long article would hold the one analysis worker for minutes."""
    from ..read.html import from_html
    from ..read.text import from_text

    meta = dict(id=body.id, title=body.title, published=body.published, outlet=body.outlet,
                url=body.url, where="request")
    if body.html is not None:
        article = from_html(body.html, **meta)
    else:
        _too_long(request, len(body.text))
        article = from_text(body.text, **meta)
    _too_long(request, len(article.text))
    return article


@router.post("/analyze", response_model=Report, tags=["analysis"], responses=BUSY)
async def analyze(request: Request, body: ArticleIn) -> Report:
    """Analyze text or HTML and return its Report without storing anything.  Analyses run
    one at a time: a full queue or one over the time limit answers 503 with Retry-After."""
    article = _article(request, body)
    return await request.app.state.analysis.run(request.app.state.analyze, article)


@router.post("/ingest", response_model=IngestOut, tags=["analysis"],
             dependencies=[Depends(require_write)], responses={**WRITE, **BUSY})
async def ingest(request: Request, body: ArticleIn) -> dict:
    """Analyze and store an article (needs the token).  An article that cannot be
    analyzed is recorded in the store's failures (``wiretrace failures``) and answered
    with 422; one already stored answers ``stored: false``."""
    store = store_of(request)
    article = _article(request, body)
    if store.has(article.id, article.text_hash):
        return {"article_id": article.id, "stored": False}
    try:
        report = await request.app.state.analysis.run(request.app.state.analyze, article)
    except WiretraceError as exc:
        store.record_failure("api:ingest", getattr(exc, "stage", None) or "analyze", str(exc),
                             article_json=article.model_dump_json(), article_id=article.id)
        raise ApiError(422, f"{exc} (recorded; retry with 'wiretrace ingest --retry-failed')",
                       code="analysis_failed") from exc
    stored = await run_in_threadpool(store.save, report)
    return {"article_id": article.id, "stored": stored}
