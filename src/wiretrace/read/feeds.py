"""RSS and Atom feeds (feedparser): each entry is an article with its outlet (the feed's
title), URL, date and summary.  The summary is what the feed carries; the page itself is
fetched only when asked (``fetch=True``, see :mod:`wiretrace.read.fetch`)."""

from __future__ import annotations

import calendar
import html as html_lib
import re
from collections.abc import Iterator
from datetime import datetime, timezone

import feedparser

from . import ReadFailure, ReadOk, ReadResult
from .text import from_text

FEED = (".rss", ".atom", ".rss.gz", ".atom.gz")
TAG = re.compile(r"<[^>]+>")


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
            stamp = datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc)
            return stamp.date().isoformat()
    return None


def read_feed(content: str, name: str, fetch: bool = False,
              fetcher=None) -> Iterator[ReadResult]:
    """Articles from one feed document; an entry with neither title nor summary is a
    failure naming ``name#N``."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        yield ReadFailure(name, f"not a readable feed ({parsed.get('bozo_exception')})")
        return
    outlet = _plain(parsed.feed.get("title", "")) or None
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{name}#{n}"
        url = entry.get("link")
        if fetch and url:
            yield (fetcher or _default_fetcher())(url, where, outlet=outlet,
                                                 published=_date(entry))
            continue
        title = _plain(entry.get("title", ""))
        summary = _plain(entry.get("summary", "") or entry.get("description", ""))
        if not (title or summary):
            yield ReadFailure(where, "feed entry without title or summary")
            continue
        text = f"{title}\n\n{summary}\n" if title and summary else f"{title or summary}\n"
        meta = {"feed_entry_id": entry.get("id")} if entry.get("id") else {}
        yield ReadOk(where, from_text(text, title=title or None, published=_date(entry),
                                      outlet=outlet, url=url, meta=meta, where=where))


def _default_fetcher():
    from .fetch import fetch_article

    return fetch_article
