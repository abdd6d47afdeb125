"""WARC web archives (warcio), gzipped or not: each HTTP response with status 200 and an
HTML body is an article, with the record's URL and date.  Other records (requests,
metadata, images, redirects, errors) are skipped and counted by reason."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult, ReadSkipped

WARC = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str) -> Iterator[ReadResult]:
    from .html import from_html

    if not _is_warc(path):
        yield ReadFailure(path, "not a WARC file (no WARC/ header)")
        return
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                where = f"{path}#{n}"
                if record.rec_type != "response":
                    yield ReadSkipped(where, f"{record.rec_type} record")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                http = record.http_headers
                status = http.get_statuscode() if http is not None else None
                if status != "200":
                    yield ReadSkipped(where, f"HTTP {status or 'none'}")
                    continue
                ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if ctype not in HTML_TYPES:
                    yield ReadSkipped(where, f"not HTML ({ctype or 'no type'})")
                    continue
                body = record.content_stream().read()
                charset = _charset(http.get_header("Content-Type")) or "utf-8"
                warc_date = record.rec_headers.get_header("WARC-Date") or ""
                try:
                    article = from_html(body.decode(charset, "replace"), url=url, where=where,
                                        meta={"warc_date": warc_date, "warc_record": n})
                except InputError as exc:
                    yield ReadFailure(where, exc.message)
                    continue
                if article.published is None and warc_date[:10]:
                    # the page names no date: the capture date is the record's date
                    article = article.model_copy(update={"published": warc_date[:10]})
                yield ReadOk(where, article)
    except ArchiveLoadFailed as exc:
        yield ReadFailure(path, f"not a WARC file ({exc})")


def _is_warc(path: str) -> bool:
    import gzip

    with open(path, "rb") as fh:
        head = fh.read(2)
    opener = gzip.open if head == b"\x1f\x8b" else open
    try:
        with opener(path, "rb") as fh:
            return fh.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def _charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None
