"""Turning command-line inputs (paths, '-' for stdin) into a stream of read results."""

from __future__ import annotations

import glob
import gzip
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .. import settings
from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult
from .feeds import FEED, looks_like_feed, read_feed
from .html import from_html
from .jsonl import read_file, read_lines
from .text import from_text

JSONL = (".jsonl", ".ndjson", ".jsonl.gz")
HTML = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT = (".txt", ".txt.gz", ".text")
WARC = (".warc", ".warc.gz")
READABLE = JSONL + HTML + TEXT + FEED + WARC
GLOB_CHARS = set("*?[")
# Files that describe a folder rather than report news: in a folder walk or a glob they
# are skipped (and reported), whatever their extension; named one by one they are read.
DOC_NAMES = frozenset({"readme", "license", "licence", "copying", "notice", "authors",
                       "changelog", "changes", "contributing", "citation", "provenance"})

Skipped = Callable[[str, str], None]
"""Told of each file a folder walk or glob leaves out: (path, reason)."""


def supported() -> str:
    """The readable extensions, for messages: ".jsonl .ndjson .html ..."."""
    return " ".join(dict.fromkeys(e for e in READABLE if not e.endswith(".gz")))


def file_type(name: str) -> str:
    """A file's type as its extension(s) name it: ".xml", ".xml.gz", "no extension"."""
    suffixes = [s.lower() for s in Path(name).suffixes if 1 < len(s) <= 8]
    if not suffixes:
        return "no extension"
    return "".join(suffixes[-2:]) if suffixes[-1] == ".gz" and len(suffixes) > 1 \
        else suffixes[-1]


def left_out(name: str) -> str | None:
    """Why a folder walk or glob does not read this file, or None when it does."""
    base = os.path.basename(name)
    if base.split(".")[0].lower() in DOC_NAMES:
        return "documentation file (README, LICENSE, ...)"
    if not base.lower().endswith(READABLE):
        kind = file_type(base)
        hint = " (a feed may be named directly)" if kind in (".xml", ".xml.gz") else ""
        return f"unsupported type {kind}{hint}"
    return None


def expand_inputs(inputs: list[str], skipped: Skipped | None = None) -> Iterator[str]:
    """Paths to read, as a stream: files as given, directories walked (readable files
    only: .txt, .html, .htm, .jsonl, .ndjson, feeds, WARC and their .gz; hidden entries
    skipped; README, LICENSE and other documentation files skipped; sorted within each
    folder), globs expanded lazily ("news/**/*.jsonl").  Each file a walk or glob leaves
    out (hidden ones aside) is told to ``skipped`` with the reason."""
    for name in inputs:
        if name == "-":
            yield name
        elif GLOB_CHARS & set(name) and not Path(name).exists():
            found = False
            for match in glob.iglob(name, recursive=True):
                found = True
                if Path(match).is_dir():
                    yield from _walk(match, skipped)
                elif (why := left_out(match)) is None:
                    yield match
                elif skipped is not None:
                    skipped(match, why)
            if not found:
                yield name  # reported as "no such file"
        elif Path(name).is_dir():
            yield from _walk(name, skipped)
        else:
            yield name


def _walk(folder: str, skipped: Skipped | None = None) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if f.startswith("."):
                continue
            path = os.path.join(root, f)
            why = left_out(f)
            if why is None:
                yield path
            elif skipped is not None:
                skipped(path, why)


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8")


def _too_big(path: Path) -> str | None:
    """Why a text or HTML file is refused unread: more bytes than its limit allows
    characters, four bytes each (gzipped files are checked once read)."""
    if path.suffix == ".gz":
        return None
    limit = max(int(settings.get("max_article_chars")), int(settings.get("max_html_chars")))
    size = path.stat().st_size
    if size > 4 * limit:
        return (f"file has {size:,} bytes, more than any article or page wiretrace reads "
                "(max_article_chars, max_html_chars)")
    return None


def read_inputs(inputs: list[str], meta: dict | None = None,
                fetch: bool = False) -> Iterator[ReadResult]:
    """Articles from each input in turn.  ``meta`` (id, title, published, outlet, url) sets
    metadata for text and HTML inputs and fills gaps in JSONL records.  A file that cannot
    be read gives a ReadFailure and the next input is still read; so does any error met
    inside a file, once its good records are out.  Feeds (.rss, .atom, or .xml holding a
    feed) give one article per entry from its summary, or from its page with ``fetch``;
    WARC files (.warc, .warc.gz) one per HTML response."""
    meta = {k: v for k, v in (meta or {}).items() if v is not None}
    for name in inputs:
        try:
            yield from _read_input(name, meta, fetch)
        except FileNotFoundError:
            yield ReadFailure(name, "no such file")
        except IsADirectoryError:
            yield ReadFailure(name, "is a directory (give the files, or a glob)")
        except UnicodeDecodeError as exc:
            yield ReadFailure(name, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        except (OSError, EOFError) as exc:
            yield ReadFailure(name, f"cannot read ({exc})")
        except InputError as exc:
            yield ReadFailure(name, exc.message)
        except Exception as exc:  # a reader's bug on one hostile file must not stop the rest
            yield ReadFailure(name, f"cannot read ({type(exc).__name__}: {exc})")


def _read_input(name: str, meta: dict, fetch: bool) -> Iterator[ReadResult]:
    if name == "-":
        text = sys.stdin.read()
        if text.lstrip().startswith("{"):
            yield from read_lines(text.split("\n"), "<stdin>", meta)
        else:
            yield ReadOk("<stdin>", _article("<stdin>", text, meta, html=False))
        return
    path = Path(name)
    lower = path.name.lower()
    if lower.endswith(WARC):
        from .warc import read_warc

        if not path.exists():
            raise FileNotFoundError(name)
        yield from read_warc(name)
        return
    if lower.endswith(JSONL):
        yield from read_file(name, meta)
        return
    if path.is_file() and (why := _too_big(path)):
        yield ReadFailure(name, why)
        return
    if lower.endswith(FEED) or lower.endswith((".xml", ".xml.gz")):
        content = _read(path)
        if lower.endswith(FEED) or looks_like_feed(content):
            yield from read_feed(content, name, fetch=fetch)
        else:
            yield ReadFailure(name, "an XML file that is no RSS or Atom feed")
        return
    yield ReadOk(name, _article(name, _read(path), meta, html=lower.endswith(HTML)))


def _article(name: str, content: str, meta: dict, *, html: bool):
    if not content.strip():
        raise InputError("empty input", where=name)
    if html:
        return from_html(content, where=name, **meta)
    return from_text(content, where=name, **meta)
