"""The record of one reporting cue: its words, class, speaker, relay, addressee, medium
and content tokens (built by :mod:`.verbs`, :mod:`.nominal`, :mod:`.phrases`,
:mod:`.shells` and :mod:`.labels`; gathered by :mod:`.cues`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token


@dataclass
class Cue:
    """One reporting cue in the Doc; token positions are Doc indices."""

    tokens: list[int]
    cls: str
    anchor: int
    speaker: int | None = None
    relay: int | None = None
    addressee: int | None = None
    content: list[int] = field(default_factory=list)
    medium: int | None = None  # "said in a statement": the noun "statement"

    def span(self, doc: Doc) -> tuple[int, int]:
        """Character span of the cue words, or of the anchor alone when they are apart
        ("quoted a source ... as saying")."""
        lo, hi = min(self.tokens), max(self.tokens)
        if hi - lo + 1 != len(self.tokens):
            lo = hi = self.anchor
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def index_of(token: Token | None) -> int | None:
    """The token's Doc index, or None."""
    return None if token is None else token.i
