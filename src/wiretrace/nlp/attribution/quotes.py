"""Quotation marks: where quoted stretches begin and end, read from the marks alone.

Handles straight and curly double marks, two apostrophes used as a double mark
(''...''), guillemets and curly single marks, quotes that run over several paragraphs,
and quotes whose closing mark is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Mark families: marks of one family pair with each other only.  Curly single marks
# double as apostrophes ("Haftar’s"), so ’ closes only a quote that ‘ opened; a straight
# apostrophe closes one only right before a double closing mark (‘I hope so,'”).
DOUBLE = {'"': "either", "\u201c": "open", "\u201d": "close", "\u201e": "open"}
GUILLEMET = {"\u00ab": "open", "\u00bb": "close"}
SINGLE = {"\u2018": "open", "\u2019": "close", "'": "close"}
FAMILIES = (DOUBLE, GUILLEMET, SINGLE)
# Each family's marks as one character class: a paragraph is searched, not walked by hand.
_SEARCHED = tuple((table, re.compile("[" + re.escape("".join(table)) + "]"))
                  for table in FAMILIES)
OPENING_CONTEXT = "([{\u2014\u2013-/"
CLOSING_CONTEXT = ".,;:!?)]}\u2014\u2013-"


@dataclass(frozen=True)
class MarkedQuote:
    """A stretch of text between quotation marks.  ``start``/``end`` bound the words
    inside; ``close`` is None when the closing mark is missing and the quote was cut at
    the end of its paragraph (or before the next opening mark)."""

    open: int
    close: int | None
    start: int
    end: int

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _paragraphs(text: str, removed: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body paragraphs: lines of ``text``, cut where marked non-body text lies."""
    cuts = sorted(removed)
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        pieces = [(start, end)]
        for rs, re_ in cuts:
            nxt = []
            for s, e in pieces:
                if re_ <= s or rs >= e:
                    nxt.append((s, e))
                    continue
                if s < rs:
                    nxt.append((s, rs))
                if re_ < e:
                    nxt.append((re_, e))
            pieces = nxt
        out += [(s, e) for s, e in pieces if text[s:e].strip()]
    return out


def _role(text: str, i: int, lo: int, hi: int, table: dict[str, str]) -> str | None:
    """open / close / either for the mark at ``i`` (None: not a quotation mark here)."""
    role = table[text[i]]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if text[i] == "\u2019" and before.isalnum() and after.isalnum():
        return None  # an apostrophe: don’t, Haftar’s
    if text[i] == "\u2018" and text[i + 1:i + 3].isdigit():
        return None  # an apostrophe turned the wrong way: the ‘90s, class of ‘16
    if text[i] == "'" and (before.isspace() or after not in "\u201d\""):
        return None  # a straight apostrophe closes a ‘ quote only before a double
        # closing mark ("... said, ‘I hope so,'” she said); else it is an apostrophe
    if role != "either":
        return role
    if before.isdigit() and not after.isalpha():
        return "inch"  # a 12" screen, unless a quote is open ("... since 2011" and)
    opens = before.isspace() or before in OPENING_CONTEXT or before in "\u201c\u2018'"
    closes = after.isspace() or after in CLOSING_CONTEXT or after in "\u201d\u2019'"
    if opens and not after.isspace():
        return "open"
    if closes and not before.isspace():
        return "close"
    return "either"


# Two apostrophes stand for a double mark in some newspaper archives (''Yes,'' she said):
# read as a straight mark followed by a filler of the same length, so offsets hold.
TWO_APOSTROPHES = "''"
FILLER = "\u2060"  # word joiner: neither space nor letter


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == FILLER):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "," + FILLER):
        end -= 1
    return start, end


def find_marked(text: str, removed: Iterable[tuple[int, int]] = (),
                headline_end: int | None = None) -> list[MarkedQuote]:
    """Every quoted stretch of ``text``, in text order, outside ``removed`` stretches.

    A quote left open at the end of a paragraph goes on into the next paragraph only when
    that paragraph opens with a quotation mark (the newspaper convention for a quote of
    several paragraphs); otherwise it ends with its paragraph, so one missing mark
    never turns the rest of an article into a quote.  A quote opened in the headline
    (which ends at ``headline_end``) never goes on into the body.
    """
    paragraphs = _paragraphs(text, list(removed))
    text = text.replace(TWO_APOSTROPHES, '"' + FILLER)
    found: list[MarkedQuote] = []
    for table, any_mark in _SEARCHED:
        pending: int | None = None  # offset of an opening mark still waiting
        prev_end = 0
        for lo, hi in paragraphs:
            marks = [(m.start(), r) for m in any_mark.finditer(text, lo, hi)
                     for r in [_role(text, m.start(), lo, hi, table)] if r]
            if pending is not None:
                first = next((i for i in range(lo, hi) if not text[i].isspace()), hi)
                from_headline = headline_end is not None and prev_end <= headline_end
                if marks and marks[0][0] == first and marks[0][1] != "close" and not (
                        from_headline):
                    marks = marks[1:]  # the quote goes on in this paragraph
                else:
                    found.append(_cut(text, pending, prev_end))
                    pending = None
            for i, role in marks:
                if role == "inch":
                    if pending is None:
                        continue  # a measure, not a quotation mark
                    role = "close"
                if pending is None:
                    if role != "close":
                        pending = i
                elif role == "open" and not _closes_here(text, i):
                    # a second opening mark: the first quote lost its closing mark
                    found.append(_cut(text, pending, i))
                    pending = i
                else:
                    s, e = _trim(text, pending + 1, i)
                    if e > s:
                        found.append(MarkedQuote(pending, i, s, e))
                    pending = None
            prev_end = hi
        if pending is not None:
            found.append(_cut(text, pending, prev_end))
    found = [q for q in found if q.end > q.start]
    return sorted(found, key=lambda q: (q.open, -q.outer_end))


def _closes_here(text: str, i: int) -> bool:
    """A straight mark right after sentence punctuation closes ('...him." He')."""
    return text[i] == '"' and i > 0 and text[i - 1] in ".,!?"


def _cut(text: str, open_: int, end: int) -> MarkedQuote:
    s, e = _trim(text, open_ + 1, end)
    return MarkedQuote(open_, None, s, max(s, e))
