"""The web application: the REST API under ``/api/`` and the UI pages, in one FastAPI app.

    create_app(db=..., token=..., public=False)

* Writing (``POST /api/ingest``, ``DELETE /api/articles/{id}``) needs the bearer token;
  with no token set, writing is switched off (403).
* Reading is open when ``public`` is False (the server listens on localhost only); when
  True, every request but ``/api/health``, ``/login`` and ``/static`` needs the token, as
  an ``Authorization: Bearer`` header or the cookie that ``/login`` sets.
* Every error is ``{"error": {"status", "code", "message", "details"}}``; request bodies
  over ``max_request_bytes`` get 413 before they are read whole.
* Requests naming a Host other than localhost, the served host and ``allowed_hosts`` get
  400 (DNS rebinding); wrong tokens from one address are counted and, past
  ``MAX_FAILURES`` a minute, answered 429; the login cookie holds a signed session, never
  the token; analyses run one at a time behind a bounded queue with a time limit (503).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import math
import re
import secrets
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import settings
from ..errors import WiretraceError
from ..store import Store

HERE = Path(__file__).parent
COOKIE = "wiretrace_session"
SESSION_SECONDS = 7 * 24 * 3600
MIN_TOKEN = 16
MAX_FAILURES = 5  # wrong tokens from one address per FAILURE_WINDOW seconds, then 429
FAILURE_WINDOW = 60.0
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
ANY_ADDRESS = ("", "0.0.0.0", "::")
OPEN_PATHS = ("/api/health", "/login", "/static/")
DOCS_PATHS = ("/api/docs", "/api/redoc")
log = logging.getLogger("wiretrace.web")
# Headers on every response: the article text is untrusted, so no inline script may run
# even if something slipped past escaping, and nothing loads from elsewhere.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
# The API docs (Swagger UI, ReDoc: files shipped by fastapi-offline, served from here) set
# styles from script and ReDoc searches in a worker; scripts still come from 'self' only.
DOCS_HEADERS = {
    **SECURITY_HEADERS,
    "content-security-policy": "default-src 'self'; script-src 'self'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                               "worker-src 'self' blob:; object-src 'none'; "
                               "base-uri 'none'; frame-ancestors 'none'",
}
CODES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "too_large", 422: "invalid_request",
         429: "too_many_attempts", 500: "internal", 503: "busy"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None,
                 details: list[dict] | None = None, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details
        self.headers = headers


def error_body(status: int, code: str, message: str, details: list[dict] | None = None) -> dict:
    return {"error": {"status": status, "code": code, "message": message, "details": details}}


class Limits:
    """ASGI middleware: refuse bodies over ``max_bytes`` (413), by the declared length or,
    for chunked bodies, while reading them."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            return await self._refuse(send)
        messages, size = [], 0
        if scope["method"] in ("POST", "PUT", "PATCH"):
            while True:
                message = await receive()
                messages.append(message)
                size += len(message.get("body", b""))
                if size > self.max_bytes:
                    return await self._refuse(send)
                if message["type"] != "http.request" or not message.get("more_body"):
                    break

        async def replay():
            return messages.pop(0) if messages else await receive()

        return await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        response = JSONResponse(
            error_body(413, "too_large", f"request body over {self.max_bytes} bytes"),
            status_code=413, headers=SECURITY_HEADERS)
        await response({"type": "http"}, None, send)


class HostCheck:
    """ASGI middleware: answer only requests whose Host header names an allowed host
    (``allowed`` None: any), so that a page on another site cannot reach this server
    through a DNS name it rebinds to 127.0.0.1.  Like Starlette's TrustedHostMiddleware,
    with the one error shape and the security headers."""

    def __init__(self, app, allowed: list[str] | None) -> None:
        self.app = app
        self.allowed = None if allowed is None else [h.lower() for h in allowed]

    def allows(self, header: str | None) -> bool:
        if self.allowed is None:
            return True
        if not header:
            return False
        header = header.strip().lower()
        if header.startswith("["):  # [::1]:8000
            host = header[1:header.find("]")] if "]" in header else ""
        else:
            host = header.rsplit(":", 1)[0] if header.count(":") == 1 else header
        return bool(host) and any(host == h or (h.startswith("*.") and host.endswith(h[1:]))
                                  for h in self.allowed)

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if self.allows(host):
            return await self.app(scope, receive, send)
        response = JSONResponse(error_body(400, "invalid_host", "this server does not answer "
                                           "to that Host (see WIRETRACE_ALLOWED_HOSTS)"),
                                status_code=400, headers=SECURITY_HEADERS)
        await response(scope, receive, send)


def hosts_to_answer(hosts: list[str] | None, host: str | None,
                    public: bool) -> list[str] | None:
    """The Host names to answer to: localhost's, the served ``host`` and ``hosts`` (else the
    ``allowed_hosts`` setting); None (any) for a server beyond localhost that was told of
    no name, where the token guards every request."""
    if hosts is None:
        hosts = [h.strip() for h in settings.get("allowed_hosts").split(",") if h.strip()]
    served = (host or "").strip("[]")
    if public and not hosts and served in ANY_ADDRESS:
        return None
    return [*LOOPBACK_HOSTS, *([served] if served not in ANY_ADDRESS else []), *hosts]


def check_token(token: str) -> None:
    """A token that could be guessed, or one no header can carry, stops the start."""
    if not token:
        return
    if len(token) < MIN_TOKEN:
        raise WiretraceError(f"WIRETRACE_TOKEN is {len(token)} characters: use a token of at "
                             f"least {MIN_TOKEN} (e.g. python -c 'import secrets; "
                             "print(secrets.token_urlsafe(32))')")
    if not re.fullmatch(r"[!-~]+", token):
        raise WiretraceError("WIRETRACE_TOKEN may hold printable ASCII characters only, no "
                             "spaces (it travels in an 'Authorization: Bearer' header)")


def bearer(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, read strictly: one space,
    no other whitespace.  None without the header; "" when it is malformed."""
    header = request.headers.get("authorization")
    if header is None:
        return None
    match = re.fullmatch(r"([A-Za-z]+) ([!-~]+)", header)
    return match.group(2) if match and match.group(1).lower() == "bearer" else ""


def token_matches(given: str | None, token: str) -> bool:
    return bool(given) and bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _session_key(token: str) -> bytes:
    return hmac.new(token.encode(), b"wiretrace session cookie v1", hashlib.sha256).digest()


def new_session(token: str) -> str:
    """A login cookie's value: issue time and a random id, signed with a key derived from
    the token (a new token ends every session; the cookie never holds the token)."""
    body = f"{int(time.time())}.{secrets.token_urlsafe(16)}"
    sig = hmac.new(_session_key(token), body.encode(), hashlib.sha256).hexdigest()
    return f"{body}.{sig}"


def session_valid(value: str | None, token: str) -> bool:
    if not value or not token or value.count(".") != 2:
        return False
    body, _, sig = value.rpartition(".")
    want = hmac.new(_session_key(token), body.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig.encode(), want.encode()):
        return False
    issued = body.split(".")[0]
    return issued.isdigit() and -60 < time.time() - int(issued) < SESSION_SECONDS


class Failures:
    """Wrong tokens per client address: past ``limit`` in ``window`` seconds the address
    is answered 429 until the oldest counted failure is ``window`` old."""

    def __init__(self, limit: int = MAX_FAILURES, window: float = FAILURE_WINDOW) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, who: str, now: float) -> deque:
        times = self._seen.get(who)
        if times is None:
            if len(self._seen) > 10_000:  # forget quiet addresses
                self._seen = {k: v for k, v in self._seen.items()
                              if v and now - v[-1] < self.window}
            times = self._seen[who] = deque()
        while times and now - times[0] >= self.window:
            times.popleft()
        return times

    def retry_after(self, who: str) -> int:
        """Seconds to wait, 0 when this address may try."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(who, now)
            if len(times) < self.limit:
                return 0
            return max(1, math.ceil(self.window - (now - times[0])))

    def fail(self, who: str) -> None:
        with self._lock:
            self._recent(who, time.monotonic()).append(time.monotonic())


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def too_many(request: Request) -> ApiError | None:
    wait = request.app.state.failures.retry_after(client_of(request))
    if not wait:
        return None
    return ApiError(429, f"too many wrong tokens from this address: try again in {wait} s",
                    headers={"retry-after": str(wait)})


def wrong_token(request: Request) -> None:
    request.app.state.failures.fail(client_of(request))


def require_write(request: Request) -> None:
    """Dependency of the writing endpoints: the bearer token, in the header only (a cookie
    would let another site's page write through a logged-in browser)."""
    token = request.app.state.token
    if not token:
        raise ApiError(403, "writing is switched off: start the server with WIRETRACE_TOKEN set",
                       code="writing_disabled")
    blocked = too_many(request)
    if blocked:
        raise blocked
    given = bearer(request)
    if not token_matches(given, token):
        if given is not None:
            wrong_token(request)
        raise ApiError(401, "this needs 'Authorization: Bearer <WIRETRACE_TOKEN>'",
                       headers={"www-authenticate": "Bearer"})


class Analyzer:
    """The spaCy pipeline, loaded on first use and used by one request at a time."""

    def __init__(self, nlp=None) -> None:
        self._nlp = nlp
        self._lock = threading.Lock()

    def __call__(self, article):
        from ..nlp import language
        from ..pipeline import analyze

        with self._lock:
            if self._nlp is None:
                self._nlp = language.load()
            return analyze(article, self._nlp)


class AnalysisQueue:
    """Analyses of API requests, run one at a time on one thread: at most ``waiting`` wait
    behind the running one (more get 503 busy), and a request waits ``timeout`` seconds
    at most (then 503 analysis_timeout; an analysis already started still finishes, one
    still waiting is dropped)."""

    def __init__(self, timeout: float, waiting: int) -> None:
        self.timeout, self.waiting = timeout, waiting
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._jobs = 0  # running and waiting

    def _retry(self) -> dict:
        return {"retry-after": str(max(1, math.ceil(self.timeout / 2)))}

    def _done(self, _future) -> None:
        with self._lock:
            self._jobs -= 1

    async def run(self, fn, *args):
        with self._lock:
            if self._jobs > self.waiting:
                raise ApiError(503, f"the server is busy: {self._jobs} analyses are running "
                               "or waiting; try again later", code="busy",
                               headers=self._retry())
            self._jobs += 1
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="wiretrace-analysis")
        try:
            future = self._executor.submit(fn, *args)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except asyncio.TimeoutError:
            future.cancel()  # dropped if it had not started
            raise ApiError(503, f"the analysis took more than {self.timeout:g} s (the "
                           "analyze_timeout setting); try again later or send a shorter "
                           "article", code="analysis_timeout", headers=self._retry()) from None


def create_app(db: str | None = None, token: str | None = None, public: bool = False,
               nlp=None, max_request_bytes: int | None = None,
               allowed_hosts: list[str] | None = None, host: str | None = None,
               max_article_chars: int | None = None, analyze_timeout: float | None = None,
               analyze_queue: int | None = None) -> FastAPI:
    """The application.  ``host``: the address the server listens on (answered to as a
    Host besides localhost's); ``allowed_hosts``: other Host names (default: the
    ``allowed_hosts`` setting); the other limits default to their settings."""
    import fastapi_offline

    from . import api, pages

    token = settings.get("token") if token is None else token
    check_token(token)
    if public and not token:
        raise WiretraceError("reading beyond localhost needs a token: set WIRETRACE_TOKEN")
    app = FastAPI(
        title="wiretrace",
        version=api.API_VERSION,
        summary="Who did what to whom, when, where, according to whom, and how sure.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
        responses={413: {"model": api.ErrorOut, "description": "Request body too large"}},
    )
    app.state.store = Store(db, migrate="new")  # never upgrades an existing store
    app.state.token = token or ""
    app.state.public = public
    app.state.analyze = Analyzer(nlp)
    app.state.max_article_chars = int(max_article_chars or settings.get("max_article_chars"))
    app.state.analysis = AnalysisQueue(
        float(analyze_timeout or settings.get("analyze_timeout")),
        int(settings.get("analyze_queue") if analyze_queue is None else analyze_queue))
    app.state.failures = Failures()
    app.include_router(api.router)
    app.include_router(pages.router)
    # Swagger UI and ReDoc from the files fastapi-offline ships: nothing from a CDN
    app.mount("/static/docs", StaticFiles(
        directory=Path(fastapi_offline.__file__).parent / "static"), name="docs-static")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.get("/api/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(SWAGGER_PAGE)

    @app.get("/api/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/api/openapi.json", title="wiretrace API",
                              redoc_js_url="/static/docs/redoc.standalone.js",
                              redoc_favicon_url="/static/favicon.svg",
                              with_google_fonts=False)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        path = request.url.path
        headers = DOCS_HEADERS if path in DOCS_PATHS else SECURITY_HEADERS
        if app.state.public and not path.startswith(OPEN_PATHS):
            given = bearer(request)
            if not (token_matches(given, app.state.token)
                    or (given is None
                        and session_valid(request.cookies.get(COOKIE), app.state.token))):
                blocked = too_many(request)
                if given is not None and not blocked:
                    wrong_token(request)
                if blocked and path.startswith("/api/"):
                    response = JSONResponse(error_body(429, blocked.code, blocked.message),
                                            status_code=429, headers=blocked.headers)
                elif path.startswith("/api/"):
                    response = JSONResponse(error_body(401, "unauthorized", "this server "
                                            "needs a token: 'Authorization: Bearer <token>'"),
                                            status_code=401,
                                            headers={"www-authenticate": "Bearer"})
                else:
                    response = HTMLResponse(status_code=303, headers={"location": "/login"})
                response.headers.update(SECURITY_HEADERS)
                return response
            blocked = too_many(request) if given is not None else None
            if blocked:  # even the right token waits out a run of wrong ones
                response = JSONResponse(error_body(429, blocked.code, blocked.message),
                                        status_code=429, headers=blocked.headers)
                response.headers.update(SECURITY_HEADERS)
                return response
        if request.method == "GET" and not path.startswith("/api/") and any(
                not v.strip() for v in request.query_params.values()):
            # a page's filter form sends its empty fields: drop them, tidy URL
            kept = urlencode([(k, v) for k, v in request.query_params.multi_items()
                              if v.strip()])
            local = local_path(request)
            response = RedirectResponse(f"{local}?{kept}" if kept else local, status_code=303)
        else:
            response = await call_next(request)
        response.headers.update(headers)
        return response

    def _error(request: Request, status: int, code: str, message: str,
               details=None, headers=None):
        if not request.url.path.startswith("/api/") and status != 413:
            response = pages.error_page(request, status, message)
            response.headers.update(headers or {})
            return response
        return JSONResponse(error_body(status, code, message, details), status_code=status,
                            headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(request, exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, CODES.get(exc.status_code, "error"),
                      str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        details = [{"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")),
                    "type": str(e.get("type", ""))} for e in exc.errors()]
        return _error(request, 422, "invalid_request", "the request is not valid", details)

    @app.exception_handler(WiretraceError)
    async def wiretrace_error(request: Request, exc: WiretraceError):
        return _error(request, 422, exc.code, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        # Starlette answers this one outside every middleware: the headers are set here,
        # and what went wrong is logged, never sent
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(request, 500, "internal", "internal server error (logged on the "
                      "server)", headers=SECURITY_HEADERS)

    app.add_middleware(Limits, max_bytes=max_request_bytes
                       or int(settings.get("max_request_bytes")))
    app.add_middleware(HostCheck, allowed=hosts_to_answer(allowed_hosts, host, public))
    return app


def local_path(request: Request) -> str:
    """The request's path as sent (still percent-encoded), never naming another host:
    leading slashes and backslashes collapse to one slash."""
    raw = request.scope.get("raw_path") or request.url.path.encode()
    path = raw.split(b"?", 1)[0].decode("latin-1")
    return "/" + path.lstrip("/\\")


SWAGGER_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>wiretrace API</title>
<link rel="stylesheet" href="/static/docs/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"></head>
<body><div id="swagger-ui"></div>
<script src="/static/docs/swagger-ui-bundle.js"></script>
<script src="/static/swagger-init.js"></script>
</body></html>
"""
