"""Normalising article metadata given by users or pages."""

from __future__ import annotations

import re
from datetime import date, datetime

from ..errors import InputError

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def normalize_published(value: object, *, where: str | None = None) -> str | None:
    """An ISO 8601 date (``2021-11-20``) or date-time, or None.  Anything else is an
    error, not a guess: the publication date anchors every relative date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not _ISO.match(text):
        raise InputError(
            f"published date {text!r} is not ISO 8601 (use YYYY-MM-DD)", where=where
        )
    try:
        date.fromisoformat(text[:10])
    except ValueError as exc:
        raise InputError(f"published date {text!r} is not a real date", where=where) from exc
    return text


def published_date(published: str | None) -> date | None:
    """The calendar date of an Article's ``published`` field."""
    if not published:
        return None
    return date.fromisoformat(published[:10])
