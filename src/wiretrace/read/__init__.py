"""Readers: one module per input format, each turning bytes into Articles.

Every reader yields :class:`ReadResult` items: an Article, or a failure naming the input
(file and line) and the reason, so one bad line never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article


@dataclass(frozen=True)
class ReadFailure:
    where: str  # "batch.jsonl:3", "page.html", "-"
    reason: str
    stage: str = "read"


@dataclass(frozen=True)
class ReadOk:
    where: str
    article: Article


@dataclass(frozen=True)
class ReadSkipped:
    """A record that holds no article and is no error: a WARC request or image, a
    redirect.  Counted by reason, never analyzed."""

    where: str
    reason: str


ReadResult = ReadOk | ReadFailure | ReadSkipped
