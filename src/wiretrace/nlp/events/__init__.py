"""What happened: event mentions coded with PLOVER/CAMEO, their roles, whether the text
asserts them (:mod:`.coder`, the annotator), how the report presents them
(:mod:`.factuality`) and the figures they carry (:mod:`.magnitude`)."""

from .coder import NAME, annotate, prepare

__all__ = ["NAME", "annotate", "prepare"]
