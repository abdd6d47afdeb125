"""Readers: one module per input format, each turning bytes into Articles.

Every reader yields :class:`ReadResult` items: an Article, or a failure naming the input
(file and line) and the reason, so one bad line never stops a batch.

The package is also callable, as the public ``wiretrace.read(path_or_text)``: one
Article from a text, or from a text or HTML file (:func:`wiretrace.api.read`).
"""

from __future__ import annotations

import sys
import types
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


class _CallablePackage(types.ModuleType):
    """``wiretrace.read`` names this package (Python sets it on import) and the public
    function both: calling the package calls :func:`wiretrace.api.read`."""

    def __call__(self, source, **metadata) -> Article:
        from ..api import read

        return read(source, **metadata)


sys.modules[__name__].__class__ = _CallablePackage
