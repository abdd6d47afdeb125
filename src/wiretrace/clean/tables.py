"""The cleaner's tables (data/clean.yaml, data/wires.yaml) compiled once, the name of a wire
agency, and the records one pass over an article's lines fills."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..dates.words import lexicon as date_words
from ..lexicon import load_yaml

_CAP = "[A-ZÀ-ÖØ-Þ]"
_WORD = r"[\w'’.-]*"


def _alternation(words: list[str]) -> str:
    # longest first, so "September" wins over "Sep" and "EPA-EFE" over "EPA"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The raw contents of ``data/clean.yaml``."""
    return load_yaml("clean.yaml")


def expand(pattern: str) -> str:
    """A pattern from clean.yaml with its placeholders ({CAP}, {AGENCY}, ...) filled in."""
    data = rules()
    fills = {
        "{CAP}": _CAP,
        "{WORD}": _WORD,
        "{AGENCY}": f"(?i:{_alternation(data['agencies'])})",
        "{MONTH}": rf"(?i:{_alternation(list(date_words().month_of))})\.?",
        "{WEEKDAY}": rf"(?i:{_alternation(list(date_words().weekday_of))})\.?",
    }
    for key, value in fills.items():
        pattern = pattern.replace(key, value)
    return pattern


@dataclass(frozen=True)
class _Patterns:
    credits: tuple[tuple[re.Pattern[str], bool, str], ...]  # pattern, captions before, name
    captions: tuple[tuple[re.Pattern[str], int], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    editor_notes: tuple[re.Pattern[str], ...]  # an editor's-note label at a line's start
    time: re.Pattern[str]
    datelines: tuple[tuple[re.Pattern[str], bool], ...]  # pattern, opening paragraph only
    provenance: tuple[tuple[str, str, re.Pattern[str]], ...]  # kind, removed as, pattern
    closing: tuple[re.Pattern[str], ...]
    contributors: tuple[tuple[str, re.Pattern[str]], ...]
    role_clause: re.Pattern[str]
    name_descriptor: re.Pattern[str]
    name_place: re.Pattern[str]
    byline: re.Pattern[str]
    agency: re.Pattern[str]
    date_words: frozenset[str]
    particles: frozenset[str]
    not_names: frozenset[str]
    affiliation: frozenset[str]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    data = rules()

    def compile_(pattern: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(expand(pattern), flags)

    return _Patterns(
        # a credit must end the line
        credits=tuple((compile_(rf"(?:{c['pattern']})\s*$"), c.get("captions_line_before", True),
                       c["name"]) for c in data["credit"]),
        captions=tuple((compile_(c["pattern"]), c.get("min_words", 0)) for c in data["caption"]),
        boilerplate=tuple(compile_(b["pattern"], re.IGNORECASE) for b in data["boilerplate"]),
        editor_notes=tuple(compile_(n["pattern"]) for n in data["editor_note"]),
        time=compile_(data["time_form"]),
        datelines=tuple((compile_(d["pattern"]), d.get("opening_only", False))
                        for d in data["dateline"]),
        provenance=tuple((c["kind"], c["removed_as"], compile_(c["pattern"]))
                         for c in data["provenance"]),
        closing=tuple(compile_(c["pattern"]) for c in data["closing"]),
        contributors=tuple((c["name"], compile_(c["pattern"])) for c in data["contributors"]),
        role_clause=compile_(data["role_clause"]),
        name_descriptor=compile_(data["name_descriptor"]),
        name_place=compile_(data["name_place"]),
        byline=compile_(data["byline"]["pattern"]),
        agency=compile_("(?:{AGENCY})"),
        date_words=frozenset(data["date_line_words"]),
        particles=frozenset(data["name_particles"]),
        not_names=frozenset(data["not_names"]),
        affiliation=frozenset(data["affiliation_words"]),
    )


@lru_cache(maxsize=1)
def wires() -> dict[str, str]:
    """Every name of a listed wire agency (``data/wires.yaml``) -> its canonical name; a
    name not all in capitals is also listed lower-cased ("the associated press")."""
    out: dict[str, str] = {}
    for entry in load_yaml("wires.yaml")["wires"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            out[name] = entry["name"]
            if not name.isupper():
                out[name.lower()] = entry["name"]
    return out


def wire_name(name: str) -> str | None:
    """The canonical name of the wire agency ``name`` names, or None: "AP" and "The
    Associated Press" -> "Associated Press"; "ap" is no wire."""
    name = name.strip(" .,;:()[]—–-")
    known = wires()
    # short names in capitals ("AP") are keyed only as written; longer ones fold
    return known.get(name) or known.get(name.lower())


@lru_cache(maxsize=1)
def _outlet_cues() -> frozenset[str]:
    return frozenset(load_yaml("outlets.yaml")["name_cues"]["words"])


def _signs_off(name: str) -> str | None:
    """The name a closing sign-off credits ("(Nile Wire)", "— AFP"): a listed wire, or a
    name ending in an outlet cue word ("Wire", "News"); None for anything else ("(UN)")."""
    wire = wire_name(name)
    if wire:
        return wire
    words = name.split()
    return name if len(words) > 1 and words[-1] in _outlet_cues() else None


@dataclass(frozen=True)
class _Line:
    start: int  # offsets of the line's text without surrounding whitespace
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


@dataclass
class _Found:
    spans: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # by line
    byline: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline_place: str | None = None
    # (name start, name end, name, kind, start and end of the marked stretch)
    credits: list[tuple[int, int, str, str, int, int]] = field(default_factory=list)
    text: str = ""  # the article's text
    summary: tuple[int, int] | None = None  # a database abstract between its labels

    def mark(self, index: int, start: int, end: int, reason: str) -> None:
        self.spans.setdefault(index, []).append((start, end, reason))

    def credit(self, stretch: tuple[int, int], name: str, kind: str,
               written: str | None = None, after: int | None = None) -> None:
        """Record a credit read from ``text[stretch]``: ``written`` (the name as the
        text has it; ``name`` when None) is looked for in the stretch, from ``after`` on,
        case-insensitively; a name that cannot be found there is not recorded."""
        lo, hi = stretch
        at = self.text.lower().find((written or name).lower(),
                                    after if after is not None else lo, hi)
        if at < 0 or not name:
            return
        self.credits.append((at, at + len(written or name), name, kind, lo, hi))
