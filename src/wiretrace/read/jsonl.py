"""JSONL: one article per line: id, text (or html), title, published, outlet, url; every
other field is kept in ``article.meta``."""

from __future__ import annotations

import gzip
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
    for key in ("text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"field {key!r} must be a string, got {type(record[key]).__name__}",
                             where=where)
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


def read_lines(lines: Iterable[str | bytes], name: str, defaults: dict | None = None,
               first_line: int = 1) -> Iterator[ReadResult]:
    """Articles from JSONL lines (text, or bytes decoded here line by line, so a line
    that is not UTF-8 fails alone); a bad line gives a ReadFailure naming ``name:line``
    (lines numbered from ``first_line``) and the next line is still read."""
    for number, line in enumerate(lines, start=first_line):
        where = f"{name}:{number}"
        try:
            result = read_line(line, where, defaults)
        except Exception as exc:  # a bug met on one hostile line must not stop the file
            result = ReadFailure(where, f"cannot read the record ({type(exc).__name__}: {exc})")
        if result is not None:
            yield result


def read_line(line: str | bytes, where: str, defaults: dict | None = None) -> ReadResult | None:
    """The result of one JSONL line; None for a blank line."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return ReadFailure(where, f"not UTF-8 text ({exc.reason} at byte {exc.start} "
                                      "of the line)")
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return ReadFailure(where, "invalid JSON (nested too deeply)")
    try:
        return ReadOk(where, article_from_record(record, where, defaults))
    except InputError as exc:
        return ReadFailure(where, exc.message)
    except ValidationError as exc:  # a field the model cannot take
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "record"
        return ReadFailure(where, f"invalid field {field!r}: {first.get('msg', exc)}")


def open_lines(path: str):
    """A JSONL file (gzipped or not) as binary lines, split at "\\n" only: JSON strings
    may hold U+2028 and friends raw."""
    with open(path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gz else open(path, "rb")


def read_file(path: str, defaults: dict | None = None) -> Iterator[ReadResult]:
    """Articles from a JSONL file, streamed line by line (never read whole)."""
    with open_lines(path) as fh:
        yield from read_lines(fh, path, defaults)


def read_one_line(path: str, number: int, defaults: dict | None = None) -> ReadResult:
    """The result of line ``number`` (from 1) of a JSONL file: for retrying a failure."""
    with open_lines(path) as fh:
        for n, line in enumerate(fh, start=1):
            if n == number:
                return read_line(line, f"{path}:{n}", defaults) or ReadFailure(
                    f"{path}:{n}", "the line is now empty")
    return ReadFailure(f"{path}:{number}", "the file has no such line any more")
