"""According to whom: quotation marks (:mod:`.quotes`), reporting cues (:mod:`.cues`),
sources (:mod:`.sources`) and, for every attributed token, the chain of sources that
asserts it (:mod:`.chains`, the annotator)."""

from .chains import NAME, annotate, prepare

__all__ = ["NAME", "annotate", "prepare"]
