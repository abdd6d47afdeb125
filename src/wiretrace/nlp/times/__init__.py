"""When: time expressions normalized to TIMEX3 values and the time of each event
(:mod:`.expressions`, the annotator), from the grammar in :mod:`.grammar` (rules in
:mod:`.calendar` and :mod:`.relative`, words in :mod:`.words`, arithmetic in
:mod:`.values`)."""

from .expressions import NAME, annotate, event_time, normalize, prepare

__all__ = ["NAME", "annotate", "event_time", "normalize", "prepare"]
