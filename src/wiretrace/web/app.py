"""The web application: the REST API under ``/api/`` and the UI pages, in one FastAPI app.

    create_app(db=..., token=..., public=False)

* Writing (``POST /api/ingest``, ``DELETE /api/articles/{id}``) needs the bearer token;
  with no token set, writing is switched off (403).
* Reading is open when ``public`` is False (the server listens on localhost only); when
  True, every request but ``/api/health``, ``/login`` and ``/static`` needs the token, as
  an ``Authorization: Bearer`` header or the cookie that ``/login`` sets.
* Every error is ``{"error": {"status", "code", "message", "details"}}``; request bodies
  over ``max_request_bytes`` get 413 before they are read whole.
"""

from __future__ import annotations

import hmac
import threading
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import settings
from ..errors import WiretraceError
from ..store import Store

HERE = Path(__file__).parent
COOKIE = "wiretrace_token"
OPEN_PATHS = ("/api/health", "/login", "/static/")
# Headers on every response: the article text is untrusted, so no inline script may run
# even if something slipped past escaping, and nothing loads from elsewhere.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
CODES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "too_large", 422: "invalid_request",
         500: "internal"}


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


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def token_matches(given: str | None, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def require_write(request: Request) -> None:
    """Dependency of the writing endpoints: the bearer token, in the header only (a cookie
    would let another site's page write through a logged-in browser)."""
    token = request.app.state.token
    if not token:
        raise ApiError(403, "writing is switched off: start the server with WIRETRACE_TOKEN set",
                       code="writing_disabled")
    if not token_matches(bearer(request), token):
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


def create_app(db: str | None = None, token: str | None = None, public: bool = False,
               nlp=None, max_request_bytes: int | None = None) -> FastAPI:
    from . import api, pages

    token = settings.get("token") if token is None else token
    if public and not token:
        raise WiretraceError("reading beyond localhost needs a token: set WIRETRACE_TOKEN")
    app = FastAPI(
        title="wiretrace",
        version=api.API_VERSION,
        summary="Who did what to whom, when, where, according to whom, and how sure.",
        openapi_url="/api/openapi.json", docs_url="/api/docs", redoc_url=None,
        responses={413: {"model": api.ErrorOut, "description": "Request body too large"}},
    )
    app.state.store = Store(db, migrate="new")  # never upgrades an existing store
    app.state.token = token or ""
    app.state.public = public
    app.state.analyze = Analyzer(nlp)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def guard(request: Request, call_next):
        path = request.url.path
        if app.state.public and not path.startswith(OPEN_PATHS):
            given = bearer(request) or request.cookies.get(COOKIE)
            if not token_matches(given, app.state.token):
                if path.startswith("/api/"):
                    response = JSONResponse(error_body(401, "unauthorized", "this server "
                                            "needs a token: 'Authorization: Bearer <token>'"),
                                            status_code=401,
                                            headers={"www-authenticate": "Bearer"})
                else:
                    response = HTMLResponse(status_code=303, headers={"location": "/login"})
                response.headers.update(SECURITY_HEADERS)
                return response
        if request.method == "GET" and not path.startswith("/api/") and any(
                not v.strip() for v in request.query_params.values()):
            # a page's filter form sends its empty fields: drop them, tidy URL
            kept = urlencode([(k, v) for k, v in request.query_params.multi_items()
                              if v.strip()])
            response = RedirectResponse(f"{path}?{kept}" if kept else path, status_code=303)
        else:
            response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    def _error(request: Request, status: int, code: str, message: str,
               details=None, headers=None):
        if not request.url.path.startswith("/api/") and status != 413:
            return pages.error_page(request, status, message)
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
        return _error(request, 500, "internal", f"{type(exc).__name__}: {exc}")

    app.add_middleware(Limits, max_bytes=max_request_bytes
                       or int(settings.get("max_request_bytes")))
    return app
