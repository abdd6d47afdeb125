"""The UI: server-rendered pages (Jinja2, autoescaped) over the same store queries as the
API.  Clicking an event trigger on an article page opens its panel through a URL fragment
(``#event-ev3``, CSS ``:target``), so the pages need no script to work; the one small
script only marks the chosen trigger."""

from __future__ import annotations

from typing import Annotated

import jinja2
from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..model import Event, Report
from ..store import queries
from . import charts, highlight
from .api import MAX_ID, EventQuery, article_rows, store_of
from .app import COOKIE, HERE, ApiError, token_matches
from .models import PLOVER

router = APIRouter(include_in_schema=False)
# autoescape everywhere, whatever a template's name: article text is untrusted
templates = Jinja2Templates(env=jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True))
PAGE = 50


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = store_of(request)
    return render(request, "home.html", counts=queries.totals(store),
                  recent=queries.articles(store, limit=15),
                  actors=queries.actors(store, limit=15))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, q: Annotated[str | None, Query(max_length=500)] = None,
                  offset: Annotated[int, Query(ge=0)] = 0):
    rows = article_rows(store_of(request), q, PAGE + 1, offset)
    return render(request, "articles.html", rows=rows[:PAGE], q=q or "", offset=offset,
                  more=len(rows) > PAGE, page=PAGE)


def source_chain(report: Report, event: Event) -> list[dict]:
    """Who asserts the event, from the article outwards: the article (its outlet), then
    each relaying source, ending at the nearest one."""
    by_id = {s.id: s for s in report.sources}
    chain = [{"kind": "article", "name": report.article.outlet or "this article"}]
    for source_id in reversed(event.attribution):
        s = by_id.get(source_id)
        if s is not None:
            chain.append({"kind": s.kind, "name": s.name, "doubted": s.doubted,
                          "stances": [st.kind for st in s.stances]})
    return chain


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    report = store_of(request).report(article_id)
    if report is None:
        raise ApiError(404, f"no article {article_id!r}")
    entities = {e.id: e for e in report.entities}
    times = {t.id: t for t in report.times}
    panels = []
    for ev in report.events:
        panels.append({
            "event": ev,
            "actors": [{"role": a.role, "text": a.text,
                        "entity": entities.get(a.entity_id) if a.entity_id else None}
                       for a in ev.actors],
            "time": times.get(ev.time.time_id) if ev.time.time_id else None,
            "sentence": report.article.text[ev.sentence.start:ev.sentence.end],
            "chain": source_chain(report, ev),
        })
    sources = {s.id: s for s in report.sources}
    return render(request, "article.html", report=report, article=report.article,
                  pieces=highlight.pieces(report), panels=panels, sources=sources,
                  entities=report.entities)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, query: Annotated[EventQuery, Depends()],
                offset: Annotated[int, Query(ge=0)] = 0):
    store = store_of(request)
    rows = queries.events(store, query.filter(PAGE + 1, offset))
    chart = Markup(charts.event_timeline(queries.event_months(store, query.filter())))
    args = {k: v for k, v in query.args.items() if v is not None}
    return render(request, "events.html", rows=rows[:PAGE], more=len(rows) > PAGE,
                  offset=offset, page=PAGE, args=args, chart=chart,
                  types=list(PLOVER))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                offset: Annotated[int, Query(ge=0)] = 0):
    rows = queries.actors(store_of(request), name=q, limit=PAGE + 1, offset=offset)
    return render(request, "actors.html", rows=rows[:PAGE], more=len(rows) > PAGE, q=q or "",
                  offset=offset, page=PAGE)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: int):
    if not 1 <= actor_id <= MAX_ID:
        raise ApiError(404, f"no actor {actor_id}")
    profile = queries.actor_profile(store_of(request), actor_id, timeline=500)
    if profile is None:
        raise ApiError(404, f"no actor {actor_id}")
    return render(request, "actor.html", actor=profile,
                  timeline_chart=Markup(charts.actor_timeline(profile["timeline"])),
                  network=Markup(charts.network(profile["name"], profile["counterparts"])),
                  tone=charts.tone)


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: int):
    found = queries.cluster(store_of(request), cluster_id) if 1 <= cluster_id <= MAX_ID \
        else None
    if found is None:
        raise ApiError(404, f"no event cluster {cluster_id}")
    return render(request, "cluster.html", cluster=found)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request):
    store = store_of(request)
    return render(request, "sources.html", outlets=queries.sources(store),
                  sources=queries.named_sources(store, limit=200))


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request):
    return render(request, "login.html", failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form(max_length=500)]):
    if not request.app.state.token or not token_matches(token, request.app.state.token):
        return render(request, "login.html", status=401, failed=True)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
    return response
