"""JSONL: one article per line: id, text (or html), title, published, outlet, url; every
other field is kept in ``article.meta``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult
from .html import from_html
from .text import from_text

KNOWN = {"id", "text", "html", "title", "published", "outlet", "url"}


def article_from_record(record: object, where: str, defaults: dict | None = None):
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", where=where)
    defaults = defaults or {}
    for key in ("title", "outlet", "url", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"field {key!r} must be a string, got {type(record[key]).__name__}",
                             where=where)
    if isinstance(record.get("id"), (dict, list, bool)):
        raise InputError("field 'id' must be a string or a number", where=where)
    meta = {k: v for k, v in record.items() if k not in KNOWN}
    fields = {k: record.get(k) or defaults.get(k) for k in ("id", "title", "published",
                                                            "outlet", "url")}
    if record.get("id") is not None:
        fields["id"] = str(record["id"])
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return from_text(text, meta=meta, where=where, **fields)
    if isinstance(html, str) and html.strip():
        return from_html(html, meta=meta, where=where, **fields)
    raise InputError("no 'text' or 'html' field with content", where=where)


def read_lines(lines: Iterable[str], name: str, defaults: dict | None = None,
               first_line: int = 1) -> Iterator[ReadResult]:
    """Articles from JSONL lines; a bad line gives a ReadFailure naming ``name:line``
    (lines numbered from ``first_line``)."""
    for number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield ReadOk(where, article_from_record(record, where, defaults))
        except InputError as exc:
            yield ReadFailure(where, exc.message)
        except ValidationError as exc:  # a field the model cannot take
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first.get("loc", ())) or "record"
            yield ReadFailure(where, f"invalid field {field!r}: {first.get('msg', exc)}")
