"""Turning command-line inputs (paths, '-' for stdin) into a stream of read results."""

from __future__ import annotations

import glob
import gzip
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from . import ReadFailure, ReadOk, ReadResult
from .feeds import FEED, looks_like_feed, read_feed
from .html import from_html
from .jsonl import read_lines
from .text import from_text

JSONL = (".jsonl", ".ndjson", ".jsonl.gz")
HTML = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT = (".txt", ".txt.gz", ".text")
WARC = (".warc", ".warc.gz")
READABLE = JSONL + HTML + TEXT + FEED + WARC
GLOB_CHARS = set("*?[")


def expand_inputs(inputs: list[str]) -> Iterator[str]:
    """Paths to read, as a stream: files as given, directories walked (readable files
    only: .txt, .html, .htm, .jsonl, .ndjson and their .gz; hidden entries skipped; sorted
    within each folder), globs expanded lazily ("news/**/*.jsonl")."""
    for name in inputs:
        if name == "-":
            yield name
        elif GLOB_CHARS & set(name) and not Path(name).exists():
            found = False
            for match in glob.iglob(name, recursive=True):
                found = True
                if Path(match).is_dir():
                    yield from _walk(match)
                elif match.lower().endswith(READABLE):
                    yield match
            if not found:
                yield name  # reported as "no such file"
        elif Path(name).is_dir():
            yield from _walk(name)
        else:
            yield name


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and f.lower().endswith(READABLE):
                yield os.path.join(root, f)


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8")


def read_inputs(inputs: list[str], meta: dict | None = None,
                fetch: bool = False) -> Iterator[ReadResult]:
    """Articles from each input in turn.  ``meta`` (id, title, published, outlet, url) sets
    metadata for text and HTML inputs and fills gaps in JSONL records.  A file that cannot
    be read gives a ReadFailure and the next input is still read.  Feeds (.rss, .atom, or
    .xml holding a feed) give one article per entry from its summary, or from its page
    with ``fetch``; WARC files (.warc, .warc.gz) one per HTML response."""
    meta = {k: v for k, v in (meta or {}).items() if v is not None}
    for name in inputs:
        try:
            if name == "-":
                text = sys.stdin.read()
                if text.lstrip().startswith("{"):
                    yield from read_lines(text.split("\n"), "<stdin>", meta)
                else:
                    yield ReadOk("<stdin>", _article("<stdin>", text, meta, html=False))
                continue
            path = Path(name)
            lower = path.name.lower()
            if lower.endswith(WARC):
                from .warc import read_warc

                if not path.exists():
                    raise FileNotFoundError(name)
                yield from read_warc(name)
                continue
            if lower.endswith(FEED) or lower.endswith((".xml", ".xml.gz")):
                content = _read(path)
                if lower.endswith(FEED) or looks_like_feed(content):
                    yield from read_feed(content, name, fetch=fetch)
                else:
                    yield ReadFailure(name, "an XML file that is no RSS or Atom feed")
                continue
            if lower.endswith(JSONL):
                # JSON strings may hold U+2028 and friends raw: only "\n" ends a record
                yield from read_lines(_read(path).split("\n"), name, meta)
            else:
                yield ReadOk(name, _article(name, _read(path), meta, html=lower.endswith(HTML)))
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


def _article(name: str, content: str, meta: dict, *, html: bool):
    if not content.strip():
        raise InputError("empty input", where=name)
    if html:
        return from_html(content, where=name, **meta)
    return from_text(content, where=name, **meta)
