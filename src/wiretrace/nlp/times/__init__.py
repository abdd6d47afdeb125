"""When: time expressions normalized to TIMEX3 values and the time of each event
(:mod:`.expressions`, the annotator), from the grammar of written dates and times in
:mod:`wiretrace.dates` (which needs no parse), run here over the parsed article."""

from ...dates import grammar
from .event_times import _saying, event_time
from .expressions import NAME, annotate, normalize

__all__ = ["NAME", "annotate", "event_time", "normalize", "prepare"]


def prepare() -> None:
    """Compile the time grammar now (see :func:`wiretrace.pipeline.load`)."""
    grammar.prepare()
    _saying()
