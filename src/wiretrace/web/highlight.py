"""An article's text cut into pieces for the article page: each piece is a stretch of
``article.text`` with the set of marks over it (entity, time, quote, cue, source, event
trigger, removed).  Marks may nest and overlap ("a quote holding a name"), so the text is
cut at every mark's start and end and each piece carries all the marks that cover it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..model import Report


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str                 # entity, time, quote, cue, source, trigger, removed
    label: str = ""           # entity type, time value, removal reason, event type
    ref: str | None = None    # the record's id (entity, event, quote, source)


@dataclass
class Piece:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    def of(self, kind: str) -> Mark | None:
        return next((m for m in self.marks if m.kind == kind), None)

    @property
    def classes(self) -> str:
        names = [f"hl-{k}" for k in self.kinds()]
        for m in self.marks:
            if m.kind in ("entity", "removed", "trigger", "quote") and m.label:
                names.append(f"{m.kind}-{m.label.replace('_', '-').lower()}")
        return " ".join(names)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(
            f"{m.kind} {m.label}".strip() for m in self.marks))


def marks(report: Report) -> list[Mark]:
    found: list[Mark] = []
    for r in report.article.removed:
        found.append(Mark(r.start, r.end, "removed", r.reason))
    for e in report.entities:
        for m in e.mentions:
            found.append(Mark(m.start, m.end, "entity", e.type, e.id))
    for t in report.times:  # an anchored duration with its DATE: "P2Y (2019)"
        label = f"{t.value} ({t.anchored})" if t.anchored else t.value
        found.append(Mark(t.start, t.end, "time", label, t.id))
    for q in report.quotes:
        found.append(Mark(q.start, q.end, "quote", q.kind, q.id))
        for cue in (q.cue, q.medium):
            if cue is not None:
                found.append(Mark(cue.start, cue.end, "cue", "", q.id))
    for s in report.sources:
        for m in s.mentions:
            found.append(Mark(m.start, m.end, "source", s.kind, s.id))
        for stance in s.stances:
            found.append(Mark(stance.cue.start, stance.cue.end, "cue", stance.kind, s.id))
    for ev in report.events:
        found.append(Mark(ev.trigger.start, ev.trigger.end, "trigger", ev.type or "", ev.id))
    return [m for m in found if m.end > m.start]


def pieces(report: Report) -> list[Piece]:
    """The text cut at every mark boundary; pieces with no mark are plain text."""
    text = report.article.text
    all_marks = marks(report)
    cuts = sorted({0, len(text), *(m.start for m in all_marks), *(m.end for m in all_marks)})
    starting: dict[int, list[Mark]] = {}
    for m in all_marks:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Piece] = []
    for start, end in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        out.append(Piece(text[start:end], start, list(active)))
    return out


SNIPPET_HIT = re.compile(r"\[([^\[\]\n]{1,80})\]")


def snippet_html(snippet: str | None, words: str | None) -> Markup:
    """A search snippet as safe HTML: the text escaped, then each hit the store marked
    ``[like this]`` shown as ``<mark>``.  A bracketed stretch that is none of the searched
    words (an article's own "[sic]") stays as it was written."""
    if not snippet:
        return Markup("")
    wanted = [w.casefold() for w in re.findall(r"\w+", words or "")]

    def hit(inner: str) -> bool:
        key = inner.casefold()
        return any(key == w or (len(w) >= 3 and key[:3] == w[:3]) for w in wanted)

    out, at = [], 0
    for m in SNIPPET_HIT.finditer(snippet):
        if not hit(m[1]):
            continue
        out.append(escape(snippet[at:m.start()]))
        out.append(Markup("<mark>") + escape(m[1]) + Markup("</mark>"))
        at = m.end()
    out.append(escape(snippet[at:]))
    return Markup("").join(out)
