"""WARC web archives (warcio), gzipped or not: each HTTP response with status 200 and an
HTML body is an article, with the record's URL and date.  Other records (requests,
metadata, images, redirects, errors) are skipped and counted by reason."""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .. import settings
from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult, ReadSkipped

WARC = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str) -> Iterator[ReadResult]:
    """Articles from a WARC file; an error in one record fails that record alone, and
    an archive that breaks off (truncated, corrupt gzip) fails from where it broke."""
    if not _is_warc(path):
        yield ReadFailure(path, "not a WARC file (no WARC/ header)")
        return
    n = 0
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                where = f"{path}#{n}"
                try:
                    yield _record(record, where, n)
                except InputError as exc:
                    yield ReadFailure(where, exc.message)
                except Exception as exc:  # one hostile record must not stop the archive
                    yield ReadFailure(where, f"cannot read the record "
                                             f"({type(exc).__name__}: {exc})")
    except ArchiveLoadFailed as exc:
        yield ReadFailure(path, f"not a WARC file ({exc})" if n == 0 else
                          f"archive breaks off after record {n} ({exc})")
        return
    except Exception as exc:  # truncated or corrupt archive: what was read stays read
        yield ReadFailure(path, f"archive breaks off after record {n} "
                                f"({type(exc).__name__}: {exc})")
        return
    if not _gzip_complete(path):  # warcio ends quietly where a gzip member is cut short
        yield ReadFailure(path, f"archive breaks off after record {n} (its last gzip "
                                "member is cut short: a truncated file)")


def _gzip_complete(path: str) -> bool:
    """False when the file is gzip and its last member ends before its end marker."""
    import zlib

    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return True
        fh.seek(0)
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = False
        while chunk := fh.read(1 << 20):
            while chunk:
                inflate.decompress(chunk, 1 << 16)
                pending = True
                chunk = inflate.unconsumed_tail
                if inflate.eof:  # a member ended: the next starts in its unused data
                    chunk = inflate.unused_data + chunk
                    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    pending = False
        return not pending


def _record(record, where: str, n: int) -> ReadResult:
    from .html import from_html

    if record.rec_type != "response":
        return ReadSkipped(where, f"{record.rec_type} record")
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    if status != "200":
        return ReadSkipped(where, f"HTTP {status or 'none'}")
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        return ReadSkipped(where, f"not HTML ({ctype or 'no type'})")
    limit = int(settings.get("max_html_chars"))
    body = record.content_stream().read(4 * limit + 1)
    if len(body) > 4 * limit:
        return ReadFailure(where, f"HTML body has more than {4 * limit:,} bytes, more than "
                                  f"max_html_chars ({limit:,}) allows")
    charset = _charset(http.get_header("Content-Type")) or "utf-8"
    try:
        decoded = body.decode(charset, "replace")
    except LookupError:  # a charset Python does not know
        decoded = body.decode("utf-8", "replace")
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    article = from_html(decoded, url=url, where=where,
                        meta={"warc_date": warc_date, "warc_record": n})
    if article.published is None and _date(warc_date):
        # the page names no date: the capture date is the record's date
        article = article.model_copy(update={"published": _date(warc_date)})
    return ReadOk(where, article)


def _date(warc_date: str) -> str | None:
    """The calendar date of a WARC-Date, or None when it is none."""
    from .metadata import normalize_published

    try:
        return normalize_published(warc_date[:10])
    except InputError:
        return None


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
