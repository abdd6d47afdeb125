"""RSS and Atom feeds (feedparser): each entry is an article with its outlet (the feed's
title), URL, date and summary.  The summary is what the feed carries; the page itself is
fetched only when asked (``fetch=True``, see :mod:`wiretrace.read.fetch`)."""

from __future__ import annotations

import calendar
import html as html_lib
import io
import re
from collections.abc import Iterator
from datetime import datetime, timezone

from ..errors import InputError
from ..model import repair_text
from . import ReadFailure, ReadOk, ReadResult
from .text import from_text

FEED = (".rss", ".atom", ".rss.gz", ".atom.gz")
TAG = re.compile(r"<[^>]+>")


CHARREF = re.compile(r"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});")


def _charref(match: re.Match[str]) -> str:
    """A character reference to no character (NUL, a lone surrogate, past U+10FFFF),
    which feedparser fails on, as U+FFFD; any other as written."""
    ref = match.group(1)
    code = int(ref[1:], 16) if ref[0] in "xX" else int(ref)
    return "&#xFFFD;" if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF \
        else match.group(0)


def looks_like_feed(content: str) -> bool:
    head = content.lstrip()[:500].lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head) or head.startswith(
        ("<rss", "<feed"))


def _plain(fragment: str) -> str:
    text = TAG.sub(" ", fragment or "")
    return " ".join(html_lib.unescape(text).split())


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                stamp = datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            except (OverflowError, OSError, ValueError, TypeError):
                continue  # a date out of any calendar's range: as if none were given
            return stamp.date().isoformat()
    return None


def read_feed(content: str, name: str, fetch: bool = False,
              fetcher=None) -> Iterator[ReadResult]:
    """Articles from one feed document; an entry with neither title nor summary is a
    failure naming ``name#N``."""
    # a stream, never the str itself: feedparser takes a str (or bytes) that looks like a
    # URL or a path for one and would fetch or open it
    data = CHARREF.sub(_charref, repair_text(content)).encode("utf-8")
    import feedparser  # 0.06 s to import under load: only when a feed is read

    try:
        parsed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser's own bug on a hostile document
        yield ReadFailure(name, f"not a readable feed ({type(exc).__name__}: {exc})")
        return
    if parsed.bozo and not parsed.entries:
        yield ReadFailure(name, f"not a readable feed ({parsed.get('bozo_exception')})")
        return
    outlet = _plain(parsed.feed.get("title", "")) or None
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#{n}"
        try:
            yield _entry(entry, where, outlet, fetch, fetcher)
        except InputError as exc:
            yield ReadFailure(where, exc.message)
        except Exception as exc:  # one hostile entry must not stop the feed
            yield ReadFailure(where, f"cannot read the entry ({type(exc).__name__}: {exc})")


def _entry(entry, where: str, outlet: str | None, fetch: bool, fetcher) -> ReadResult:
    url = entry.get("link")
    if fetch and url:
        return (fetcher or _default_fetcher())(url, where, outlet=outlet,
                                              published=_date(entry))
    title = _plain(entry.get("title", ""))
    summary = _plain(entry.get("summary", "") or entry.get("description", ""))
    if not (title or summary):
        return ReadFailure(where, "feed entry without title or summary")
    text = f"{title}\n\n{summary}\n" if title and summary else f"{title or summary}\n"
    meta = {"feed_entry_id": entry.get("id")} if entry.get("id") else {}
    return ReadOk(where, from_text(text, title=title or None, published=_date(entry),
                                   outlet=outlet, url=url, meta=meta, where=where))


def _default_fetcher():
    from .fetch import fetch_article

    return fetch_article
