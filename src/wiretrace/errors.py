"""One root exception with stable codes and messages written for users."""

from __future__ import annotations

from dataclasses import dataclass


class WiretraceError(Exception):
    """Base of every error wiretrace raises on purpose.

    ``code`` is stable (docs/errors.md); ``message`` says what went wrong
    and, where possible, what to do next.
    """

    code = "W000"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(WiretraceError):
    """An input (file, line, page) could not be read as an article."""

    code = "W100"


class ModelError(WiretraceError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    code = "W200"


class AnalysisError(WiretraceError):
    """An annotator failed on one article; ``stage`` names the annotator."""

    code = "W300"

    def __init__(self, message: str, *, where: str | None = None, stage: str = "analyze") -> None:
        self.stage = stage
        super().__init__(message, where=where)


class StoreError(WiretraceError):
    """The store could not be opened or written."""

    code = "W400"


class DependencyError(WiretraceError, ImportError):
    """An optional library a feature needs is not installed (pandas, for a DataFrame of
    events: ``pip install 'wiretrace[pandas]'``).  Also an ImportError, so code that
    guards an optional import catches it as one."""

    code = "W500"


@dataclass(frozen=True)
class AnalysisFailure:
    """An article that could not be analyzed: which one, at which stage, and why.  Given
    in an article's place by ``analyze_many``, so one bad article never stops a stream."""

    article_id: str
    stage: str
    reason: str
