"""Plain text: the first non-empty line is the headline."""

from __future__ import annotations

import hashlib
from typing import Any

from ..model import Article
from .metadata import normalize_published


def headline(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return None


def article_id(text: str) -> str:
    """A stable id for an article that came without one: a prefix of its text hash."""
    return "a-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    where: str | None = None,
) -> Article:
    """An Article from plain text and optional metadata (nothing is cut from ``text``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Article(
        id=id or article_id(text),
        text=text,
        title=title or headline(text),
        published=normalize_published(published, where=where),
        outlet=outlet,
        url=url,
        meta=meta or {},
        text_hash=Article.hash_text(text),
    )
