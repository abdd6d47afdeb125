"""When: time expressions normalized to TIMEX3 values and the time of each event
(:mod:`.expressions`, the annotator), from the grammar in :mod:`.grammar` (rules in
:mod:`.calendar` and :mod:`.relative`, words in :mod:`.words`, arithmetic in
:mod:`.values`)."""

from .event_times import _saying, event_time
from .expressions import NAME, annotate, normalize
from .grammar import _folds_to_ascii, rules

__all__ = ["NAME", "annotate", "event_time", "normalize", "prepare"]


def prepare() -> None:
    """Compile the time grammar now (see :func:`wiretrace.pipeline.load`)."""
    rules()
    _folds_to_ascii()
    _saying()
