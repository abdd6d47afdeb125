"""HTML pages: main text extracted with trafilatura; metadata taken from the page.

The headline becomes the first line of ``article.text`` (as in plain-text input), so the
headline is analyzed like the rest and offsets stay simple."""

from __future__ import annotations

from typing import Any

import trafilatura

from ..errors import InputError
from ..model import Article
from .text import from_text


def from_html(
    html: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    where: str | None = None,
) -> Article:
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(f"cannot parse HTML ({type(exc).__name__}: {exc})", where=where) from exc
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        raise InputError("no article text found in the page", where=where)
    body = doc["text"].strip()
    page_title = (title or doc.get("title") or "").strip() or None
    text = body if not page_title or body.startswith(page_title) else f"{page_title}\n\n{body}"
    meta = dict(meta or {})
    for key in ("author", "sitename", "hostname", "description", "categories", "tags"):
        if doc.get(key):
            meta.setdefault(f"page_{key}", doc[key])
    page_date = doc.get("date")
    article = from_text(
        text,
        id=id,
        title=page_title,
        published=published or _iso_date(page_date),
        outlet=outlet or doc.get("sitename") or doc.get("hostname"),
        url=url or doc.get("url"),
        meta=meta,
        where=where,
    )
    if doc.get("author"):
        authors = [a.strip() for a in str(doc["author"]).split(";") if a.strip()]
        article = article.model_copy(update={"byline": authors})
    return article


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    text = str(value)[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None
