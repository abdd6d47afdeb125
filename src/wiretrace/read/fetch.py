"""Fetching an article page, only when the user asks (``--fetch``): a timeout, a user
agent that names wiretrace, and robots.txt respected.  Never used by the tests (no network
at run time unless asked)."""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from functools import lru_cache
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult

USER_AGENT = f"wiretrace/{__version__} (+https://wiretrace.invalid/bot)"
TIMEOUT = 20.0
MAX_BYTES = 5_000_000


@lru_cache(maxsize=512)
def _robots(origin: str) -> urllib.robotparser.RobotFileParser | None:
    rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
    try:
        req = urllib.request.Request(origin + "/robots.txt", headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            rp.parse(resp.read(200_000).decode("utf-8", "replace").splitlines())
    except (urllib.error.URLError, OSError, ValueError):
        return None  # no robots.txt reachable: allowed, as crawlers treat a 404
    return rp


def allowed(url: str) -> bool:
    parts = urlsplit(url)
    rp = _robots(f"{parts.scheme}://{parts.netloc}")
    return rp is None or rp.can_fetch(USER_AGENT, url)


def fetch_article(url: str, where: str, **meta) -> ReadResult:
    from .html import from_html

    if urlsplit(url).scheme not in ("http", "https"):
        return ReadFailure(where, f"not an http(s) URL: {url}")
    if not allowed(url):
        return ReadFailure(where, f"robots.txt disallows {url}")
    try:
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            body = resp.read(MAX_BYTES)
            charset = resp.headers.get_content_charset() or "utf-8"
        return ReadOk(where, from_html(body.decode(charset, "replace"), url=url, where=where,
                                       **{k: v for k, v in meta.items() if v}))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return ReadFailure(where, f"cannot fetch {url} ({exc})")
    except InputError as exc:
        return ReadFailure(where, exc.message)


def read_feed_urls(lines: list[str], name: str) -> list[tuple[str, str]]:
    """(where, url) for each feed URL listed in a file, one per line ('#' comments)."""
    out = []
    for n, line in enumerate(lines, start=1):
        url = line.strip()
        if url and not url.startswith("#"):
            out.append((f"{name}:{n}", url))
    return out


def fetch_text(url: str) -> str:
    if not allowed(url):
        raise InputError(f"robots.txt disallows {url}", where=url)
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return resp.read(MAX_BYTES).decode(resp.headers.get_content_charset() or "utf-8",
                                           "replace")
