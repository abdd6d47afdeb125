"""Heading lines inside the body are no assertions (docs/events.md, "Heading lines";
event_readings.yaml `headings`, with its sources): a line of its own that repeats the
article's title ("Ministers: Port strike ends" under the title "Port strike ends") is a
headline kept in the page's text, and a question line ("What did the court decide?") is a
subhead that asks; the events of the story are told in its paragraphs.  A subhead run
into the next sentence where the text lost its line breaks ("Chinese demand The changes
...", :func:`..language.glued_subheads`) is a heading line too: no event is coded in it.
The headline at the top of the text (``Context.headline_end``) keeps its coding."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ..context import Context
from ..language import glued_subheads
from .coding import UNCODED, Coding

WORD = re.compile(r"[^\W_]+")
SPEECH = re.compile(r"^\w{1,12}\s*:|[\"“”«»]|(^|\s)['‘]")  # "Q: ...", quotation marks
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")  # another sentence inside the line


@lru_cache(maxsize=1)
def _limits() -> dict:
    return dict(load_yaml("event_readings.yaml")["headings"])


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def repeats_title(line: str, title: str) -> bool:
    """Whether a line with no final period repeats the title (or one part of a title
    with the site's name after a bar, "Port strike ends | The Herald"): every word of the
    shorter in the longer, enough of them."""
    limits = _limits()
    if not line or line[-1] in ".!?" or not title:
        return False
    ours = set(_words(line))
    for part in title.split(" | "):
        theirs = set(_words(part))
        short, long_ = sorted((ours, theirs), key=len)
        if len(short) >= limits["title_min_words"] and short <= long_ and \
                len(short) >= limits["title_share"] * len(long_):
            return True
    return False


def question_line(line: str) -> bool:
    """A question subhead: one question of a few words, no speaker label, no quote."""
    return line.endswith("?") and len(line.split()) <= _limits()["question_max_words"] and \
        not SPEECH.search(line) and not SENTENCE_END.search(line)


def heading_lines(ctx: Context) -> list[tuple[int, int, str]]:
    """The heading lines of the text as (start, end, kind), kind "title" or "question":
    lines with a non-empty line after them, past the headline."""
    text, title = ctx.text, (ctx.article.title or "").strip()
    out: list[tuple[int, int, str]] = []
    start = 0
    lines = text.split("\n")
    for k, raw in enumerate(lines):
        end = start + len(raw)
        line = raw.strip()
        if line and start >= ctx.headline_end and any(x.strip() for x in lines[k + 1:]):
            if repeats_title(line, title):
                out.append((start, end, "title"))
            elif question_line(line):
                out.append((start, end, "question"))
        start = end + 1
    return out


def apply(ctx: Context, triggers: list[Token], coding: dict[int, Coding],
          unasserted: dict[int, str]) -> None:
    """Uncode the triggers on a line that repeats the title or on a glued subhead; the
    events of a question line are asked about (``unasserted``)."""
    headings = heading_lines(ctx) if triggers else []
    if triggers:
        doc = triggers[0].doc
        headings += [(doc[s].idx, doc[j].idx, "title") for s, j in glued_subheads(doc)]
    for t in triggers:
        for start, end, kind in headings:
            if start <= t.idx < end:
                if kind == "title":
                    coding[t.i] = UNCODED
                else:
                    unasserted.setdefault(t.i, "question")


def prepare() -> None:
    """Load the limits now (see :func:`wiretrace.pipeline.load`)."""
    _limits()
