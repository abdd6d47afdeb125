"""The shared state one article's annotators read and write, in pipeline order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import numpy
from spacy.attrs import IDX, LENGTH, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ..model import Article, Entity, Event, Quote, Source, Span, TimeExpr


def _tokens_by(doc: Doc, attr: int, words: set[str] | frozenset[str]) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` string (LOWER, ORTH) is one of ``words``, in
    order: looked up in the Doc's index of :func:`_token_index`, not a loop over every
    token per call."""
    if not len(doc) or not words:
        return []
    by = _token_index(doc, attr)
    strings = doc.vocab.strings
    found = [i for w in words for i in by.get(strings[w], ())]
    return [doc[i] for i in sorted(found)]


def _token_index(doc: Doc, attr: int) -> dict[int, list[int]]:
    """The tokens of ``doc`` by their ``attr`` string's id (LOWER, ORTH), in order: made
    once per Doc and kept in its ``user_data`` (as ``direct._starts``)."""
    key = f"wiretrace_tokens_by_{attr}"
    kept = doc.user_data.get(key)
    if kept is None or kept[0] != len(doc):
        by: dict[int, list[int]] = {}
        for i, value in enumerate(doc.to_array(attr).tolist()):
            by.setdefault(value, []).append(i)
        kept = doc.user_data[key] = (len(doc), by)
    return kept[1]


def tokens_with(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-cased form is one of ``words``, in order."""
    return _tokens_by(doc, LOWER, words)


def tokens_spelled(doc: Doc, texts: set[str] | frozenset[str]) -> list[Token]:
    """The tokens of ``doc`` whose text is one of ``texts``, in order (as
    :func:`tokens_with`, on the exact form)."""
    return _tokens_by(doc, ORTH, texts)


def prep_objects(token: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """The objects of ``token``'s prepositions spelled as one of ``preps``, in the parse's
    order ("took aim at the senator": the senator, for ``("at",)``)."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def tokens_tagged(doc: Doc, pos: frozenset[int] = frozenset(),
                  tag: Callable[[str], bool] | None = None) -> list[int]:
    """The indexes of the tokens of ``doc``, in order, whose part of speech is one of
    ``pos`` (spaCy's symbols) or whose fine tag ``tag`` accepts: array comparisons
    instead of a Python loop over every token (each tag is tested once)."""
    if not len(doc):
        return []
    hit = numpy.isin(doc.to_array(POS), list(pos))
    if tag is not None:
        tags = doc.to_array(TAG)
        hit |= numpy.isin(tags, [t for t in numpy.unique(tags).tolist()
                                 if tag(doc.vocab.strings[t])])
    return numpy.flatnonzero(hit).tolist()


# Spaces of one character that are no line break, which the parser would take for a
# token of their own ("Correio de Manha\u00a0reports": a web page's no-break space splits
# the sentence's parse); blanked to a plain space (Unicode category Zs)
ODD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"})


def masked_text(article: Article) -> str:
    """``article.text`` with non-body stretches blanked out (same length, so every
    offset in the parsed Doc is an offset into ``article.text``).  Line breaks stay, so
    sentence and paragraph boundaries survive; a no-break or thin space is read as a
    plain space."""
    text = article.text.translate(ODD_SPACES)
    if not article.removed:
        return text
    chars = list(text)
    for r in article.removed:
        for i in range(r.start, r.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


@dataclass
class Context:
    """One article on its way to a Report.

    ``doc`` was parsed from :func:`masked_text`, so ``token.idx`` is an offset into
    ``article.text`` and no token of marked (removed) text carries a word.
    """

    article: Article
    doc: Doc
    anchor: date | None = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # filled by the entity layer: token index -> entity id (for argument linking)
    token_entity: dict[int, str] = field(default_factory=dict)
    # filled by the attribution layer: token index -> source ids, nearest first, for
    # every token inside a reported clause or quote
    token_attribution: dict[int, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._removed = sorted((r.start, r.end) for r in self.article.removed)
        self._entity_index: tuple[list[Entity], dict[str, Entity]] | None = None
        self._typed_tokens: dict[frozenset[str], tuple[tuple, list[int]]] = {}
        # what a layer reads once per article and asks for again and again (by name; round
        # 36: animate._described_countries, per person, asked per event actor)
        self.memo: dict[str, dict] = {}

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id: an index built once per list of entities (rebuilt
        only if the entity layer sets a new list)."""
        if self._entity_index is None or self._entity_index[0] is not self.entities:
            self._entity_index = (self.entities, {e.id: e for e in self.entities})
        return self._entity_index[1].get(entity_id) if entity_id else None

    def entity_tokens(self, types: frozenset[str]) -> list[int]:
        """The indexes of the tokens of entities of these types, in order (kept until the
        entity layer's token map or entity list changes)."""
        state = (id(self.token_entity), len(self.token_entity), id(self.entities))
        kept = self._typed_tokens.get(types)
        if kept is None or kept[0] != state:
            kept = (state, sorted(i for i, e in self.token_entity.items()
                                  if self.entity_type(e) in types))
            self._typed_tokens[types] = kept
        return kept[1]

    def entity_type(self, entity_id: str | None) -> str | None:
        found = self.entity(entity_id)
        return found.type if found else None

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def headline_end(self) -> int:
        """Where the headline ends in the text (0 when the text does not start with the
        article's title)."""
        title = (self.article.title or "").strip()
        first = self.text.lstrip("\n")
        if title and first.startswith(title):
            return len(self.text) - len(first) + len(title)
        return 0

    @cached_property
    def masked(self) -> str:
        """The text the Doc was parsed from (:func:`masked_text`), built once:
        ``doc.text`` joins every token again on each call."""
        return masked_text(self.article)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.article.text[start:end])

    def token_span(self, token: Token) -> Span:
        return self.span(token.idx, token.idx + len(token.text))

    def doc_span(self, span: DocSpan) -> Span:
        return self.span(span.start_char, span.end_char)

    def is_removed(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps marked non-body text."""
        return any(s < end and e > start for s, e in self._removed)

    def sentence_chars(self, token: Token) -> tuple[int, int]:
        """The character bounds of ``token``'s sentence (``token.sent`` walks the tree
        on every call; these are found once per article)."""
        return self._sentence_chars[token.i]

    @cached_property
    def sentences(self) -> list[DocSpan]:
        """The Doc's sentences, found once per article (``doc.sents`` walks the parse)."""
        return list(self.doc.sents)

    @cached_property
    def _sentence_chars(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s in self.sentences:
            out += [(s.start_char, s.end_char)] * len(s)
        return out

    @cached_property
    def removed_tokens(self) -> frozenset[int]:
        """The tokens that overlap marked non-body text."""
        if not self._removed or not len(self.doc):
            return frozenset()
        starts = self.doc.to_array(IDX).astype("int64")
        ends = starts + self.doc.to_array(LENGTH).astype("int64")
        hit = numpy.zeros(len(self.doc), dtype=bool)
        for start, end in self._removed:
            hit |= (starts < end) & (ends > start)
        return frozenset(numpy.flatnonzero(hit).tolist())
