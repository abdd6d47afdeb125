"""Plain text: the first non-empty line (that is not just a date) is the headline."""

from __future__ import annotations

import hashlib
from typing import Any

from .. import settings
from ..errors import InputError
from ..model import UNREPRESENTABLE, Article, repair_text
from .metadata import normalize_published

# Every other character that ends a line becomes "\n", the one line break the cleaner,
# the quote finder and the sentence splitter know (same length: offsets are unaffected).
LINE_BREAKS = str.maketrans({c: "\n" for c in "\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"})


def headline(text: str) -> str | None:
    """The first non-empty line that is not just a date ("March 6, 2008")."""
    from ..clean import date_line  # the cleaner owns what a date line is

    for line in text.split("\n"):
        if line.strip() and not date_line(line)[0]:
            return line.strip()
    return None


def article_id(text: str) -> str:
    """A stable id for an article that came without one: a prefix of its text hash."""
    return "a-" + hashlib.sha256(repair_text(text).encode("utf-8")).hexdigest()[:16]


def max_chars() -> int:
    return int(settings.get("max_article_chars"))


def check_length(text: str, where: str | None = None) -> None:
    """Refuse a text longer than the ``max_article_chars`` setting (InputError)."""
    limit = max_chars()
    if len(text) > limit:
        raise InputError(f"article text has {len(text):,} characters, more than "
                         f"max_article_chars ({limit:,}; WIRETRACE_MAX_ARTICLE_CHARS)",
                         where=where)


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
    """An Article from plain text and optional metadata (nothing is cut from ``text``).

    Lone surrogates and NUL, which no store holds, become U+FFFD (one character for one;
    ``meta["repaired_characters"]`` counts them); a text longer than ``max_article_chars``
    is an InputError."""
    if not isinstance(text, str):
        raise InputError(f"article text must be a string, got {type(text).__name__}",
                         where=where)
    check_length(text, where)  # before any copy of a huge text is made
    text = text.replace("\r\n", "\n").translate(LINE_BREAKS)
    repaired = len(UNREPRESENTABLE.findall(text))
    if repaired:
        text = repair_text(text)
        meta = {**(meta or {}), "repaired_characters": repaired}
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
