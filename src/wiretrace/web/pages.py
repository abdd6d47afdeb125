"""The UI: server-rendered pages (Jinja2, autoescaped) over the same store queries as the
API.  Clicking an event trigger on an article page opens its panel through a URL fragment
(``#event-ev3``, CSS ``:target``), so the pages need no script to work; the one small
script only marks the chosen trigger."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Annotated, Literal
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ..model import Event, Report
from ..render import BASIS, country_name
from ..store import queries
from ..store.export import CSV_COLUMNS
from ..timex import human
from . import charts, highlight
from .api import MAX_ID, EventQuery, Offset, article_rows, store_of
from .app import (
    COOKIE,
    HERE,
    SESSION_SECONDS,
    ApiError,
    new_session,
    token_matches,
    too_many,
    wrong_token,
)
from .models import PLOVER

router = APIRouter(include_in_schema=False)
# autoescape everywhere, whatever a template's name: article text is untrusted
templates = Jinja2Templates(env=jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True))
PAGE = 50
OUTLETS = 200  # outlets listed on the sources page
PARTNERS = 100  # counterparts listed on an actor's page, the most shared first
DOT_SEGMENTS = (".", "..")  # a browser resolves these however they are escaped


def article_href(article_id: str, prefix: str = "/articles") -> str | None:
    """A link to an article (or, with ``prefix="/api/articles"``, its Report) that stays
    in its route whatever the id holds: the id is one escaped path segment ('/' too).  The
    ids "." and ".." go in the query of the article page; their Report has no link."""
    if article_id in DOT_SEGMENTS:
        return f"/articles?id={quote(article_id, safe='')}" if prefix == "/articles" else None
    return f"{prefix}/{quote(article_id, safe='')}"


def web_link(url: str | None) -> str | None:
    """An article's address as a link only when it is http(s) with a host: never
    javascript:, data:, a scheme-relative //host or anything else."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


# an event's figures as the panel and the cluster page name them (Event.magnitude)
FIGURE_WORDS = {"dead": "killed", "injured": "injured", "arrested": "arrested",
                "size": "taking part"}
QUAD_WORDS = {"verbal_cooperation": "verbal cooperation",
              "material_cooperation": "material cooperation",
              "verbal_conflict": "verbal conflict", "material_conflict": "material conflict"}


def figure_text(figure) -> str:
    """A figure (an Event.magnitude field, as a model or a dict) as news writes it: "at
    least 9", "about 200", "20-30", "up to 50", "12"."""
    f = figure if isinstance(figure, dict) else figure.model_dump()
    number, low, high = f.get("number"), f.get("low"), f.get("high")
    qualifier = f.get("qualifier")
    if qualifier == "at_least":
        return f"at least {number if number is not None else low}"
    if qualifier == "at_most":
        return f"up to {number if number is not None else high}"
    if qualifier == "about" and number is not None:
        return f"about {number}"
    if number is not None:
        return str(number)
    if low is not None and high is not None:
        return f"{low}\u2013{high}"
    return f"at least {low}" if low is not None else f"up to {high}"


templates.env.filters["figure"] = figure_text
templates.env.filters["article_href"] = article_href
templates.env.filters["web_link"] = web_link
templates.env.filters["when"] = human  # TIMEX3 values as dates a reader writes
templates.env.filters["country"] = country_name  # "LBY" -> "Libya"


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
                  offset: Offset = 0,
                  id: Annotated[str | None, Query(max_length=200)] = None):
    if id is not None:  # the article whose id no path can hold ("." and "..")
        return article_page(request, id)
    rows = article_rows(store_of(request), q, PAGE + 1, offset)
    for row in rows:  # the store marks hits [like this]: escaped text, real highlights
        if row.get("snippet"):
            row["snippet"] = highlight.snippet_html(row["snippet"], q)
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


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
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
                  entities=report.entities, basis=BASIS, figure_words=FIGURE_WORDS,
                  quad_words=QUAD_WORDS)


SHOW = {"happened": "coded events that happened", "coded": "all coded events",
        "all": "every event mention"}
Show = Annotated[Literal["happened", "coded", "all"],
                 Query(description="happened (default): coded, positive, certain or probable, "
                                   "not future; coded: any PLOVER type; all: every mention")]
Sort = Annotated[str, Query(pattern=r"^-?(" + "|".join(queries.SORTS) + r")$",
                            description="a column, '-' first for descending")]
CSV_ROWS = 100_000  # a download holds at most this many events


def view_filter(query: EventQuery, show: str, sort: str, limit: int | None = None,
                offset: int = 0) -> queries.EventFilter:
    """The page's filter: the API's, narrowed to what ``show`` asks for, sorted."""
    return dataclasses.replace(query.filter(limit, offset),
                               coded=True if show != "all" else None,
                               occurred=True if show == "happened" else None, sort=sort)


def _view_args(query: EventQuery, show: str, sort: str) -> dict:
    args = {k: v for k, v in query.args.items() if v is not None}
    if show != "happened":
        args["show"] = show
    if sort != "-date":
        args["sort"] = sort
    return args


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, query: Annotated[EventQuery, Depends()],
                offset: Offset = 0, show: Show = "happened", sort: Sort = "-date"):
    """Newest first, coded events that happened by default; every column sorts."""
    store = store_of(request)
    wanted = view_filter(query, show, sort)
    rows = queries.events(store, dataclasses.replace(wanted, limit=PAGE + 1, offset=offset))
    chart = Markup(charts.event_timeline(queries.event_months(store, wanted)))
    world = Markup(charts.world_map(queries.event_places(store, wanted),
                                    country_name=country_name))
    args = _view_args(query, show, sort)
    filters = {k: v for k, v in args.items() if k != "sort"}  # what a sort link keeps
    return render(request, "events.html", rows=rows[:PAGE], more=len(rows) > PAGE,
                  offset=offset, page=PAGE, args=args, filters=filters, chart=chart,
                  world=world, types=list(PLOVER), show=show, shows=SHOW, sort=sort)


@router.get("/events.csv")
def events_csv(request: Request, query: Annotated[EventQuery, Depends()],
               show: Show = "happened", sort: Sort = "-date"):
    """The events of the page's filter as CSV (the columns of ``wiretrace export
    --format csv``), at most CSV_ROWS of them.  A cell that a spreadsheet would run as a
    formula (=, +, -, @ first) gets a "'" before it."""
    rows = queries.events(store_of(request), view_filter(query, show, sort, CSV_ROWS))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    from .. import __version__

    for row in rows:
        writer.writerow({**{k: _csv_cell(row.get(k)) for k in CSV_COLUMNS},
                         "wiretrace_version": __version__})
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": 'attachment; filename="wiretrace-events.csv"'})


@router.get("/events.json")
def events_json(request: Request, query: Annotated[EventQuery, Depends()],
                show: Show = "happened", sort: Sort = "-date"):
    """The events of the page's filter as a JSON array (at most CSV_ROWS)."""
    rows = queries.events(store_of(request), view_filter(query, show, sort, CSV_ROWS))
    return Response(json.dumps(rows, ensure_ascii=False), media_type="application/json",
                    headers={"Content-Disposition":
                             'attachment; filename="wiretrace-events.json"'})


def _csv_cell(value):
    if isinstance(value, list):
        value = " | ".join(map(str, value))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                offset: Offset = 0):
    rows = queries.actors(store_of(request), name=q, limit=PAGE + 1, offset=offset)
    return render(request, "actors.html", rows=rows[:PAGE], more=len(rows) > PAGE, q=q or "",
                  offset=offset, page=PAGE)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: int, offset: Offset = 0):
    if not 1 <= actor_id <= MAX_ID:
        raise ApiError(404, f"no actor {actor_id}")
    store = store_of(request)
    # the most shared counterparts (the page listed all: 235 KB for the actor named most
    # in 67,285 articles); the network draws the first 24
    profile = queries.actor_profile(store, actor_id, timeline=0, partners=PARTNERS)
    if profile is None:
        raise ApiError(404, f"no actor {actor_id}")
    # the timeline a page at a time; the chart from the kept counts per year and role
    rows = queries.actor_timeline(store, actor_id, limit=PAGE + 1, offset=offset)
    profile["timeline"] = rows[:PAGE]
    return render(request, "actor.html", actor=profile, more=len(rows) > PAGE,
                  offset=offset, page=PAGE, partners=PARTNERS,
                  timeline_chart=Markup(charts.actor_timeline(profile["years"])),
                  network=Markup(charts.network(profile["name"], profile["counterparts"])),
                  tone=charts.tone)


@router.get("/clusters/{cluster_id}", response_class=HTMLResponse)
def cluster_page(request: Request, cluster_id: int):
    found = queries.cluster(store_of(request), cluster_id) if 1 <= cluster_id <= MAX_ID \
        else None
    if found is None:
        raise ApiError(404, f"no event cluster {cluster_id}")
    return render(request, "cluster.html", cluster=found,
                  outlets=fold_outlets([{"outlet": m.get("outlet")}
                                        for m in found["mention_list"]]),
                  figure_words=FIGURE_WORDS)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request):
    store = store_of(request)
    # the outlets most copied and cited (the page listed every outlet), case spellings folded
    return render(request, "sources.html",
                  outlets=fold_outlets(queries.sources(store, limit=OUTLETS)),
                  sources=queries.named_sources(store, limit=200))


def fold_outlets(rows: list[dict]) -> list[dict]:
    """Outlet rows whose names differ only in case ("COASTAL HERALD", "Coastal Herald")
    as one: counts added, named as most of its articles spell it."""
    merged: dict[str, dict] = {}
    spellings: dict[str, dict[str, int]] = {}
    for row in rows:
        name = " ".join((row.get("outlet") or "").split())
        if not name:
            continue
        key = name.casefold()
        seen = merged.setdefault(key, {k: 0 for k, v in row.items() if isinstance(v, int)})
        for k, v in row.items():
            if isinstance(v, int) and not isinstance(v, bool):
                seen[k] = seen.get(k, 0) + v
        count = row.get("articles", 1) if isinstance(row.get("articles"), int) else 1
        spellings.setdefault(key, {})
        spellings[key][name] = spellings[key].get(name, 0) + count
    out = []
    for key, row in merged.items():
        names = spellings[key]
        best = max(names, key=lambda n: (n != n.lower(), names[n], n != n.upper(), n))
        best = best.title() if best == best.lower() else best  # "coastal herald", a key
        out.append({**row, "outlet": best, "spellings": sorted(names)})
    return out


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request):
    return render(request, "login.html", failed=False)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: Annotated[str, Form(max_length=500)]):
    """Sets a signed session cookie (never the token): HttpOnly, SameSite=Strict, Secure
    over https.  Wrong tokens from one address are counted: past five a minute, 429."""
    blocked = too_many(request)
    if blocked:
        return _blocked(request, blocked)
    if not request.app.state.token or not token_matches(token, request.app.state.token):
        wrong_token(request)
        return render(request, "login.html", status=401, failed=True)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, new_session(request.app.state.token), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


def _blocked(request: Request, blocked: ApiError) -> HTMLResponse:
    response = error_page(request, 429, blocked.message)
    response.headers.update(blocked.headers or {})
    return response
