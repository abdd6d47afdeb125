"""Scores wiretrace's time expressions against TimeML files read in place (TimeBank,
AQUAINT: the TempEval-3 training corpus TBAQ-cleaned), as the MEANTIME scorer does.

Each ``.tml`` file is one article: the text inside ``<TEXT>`` with its tags taken out
(the offsets of each TIMEX3 kept), published on the date of its DCT.  TIMEX3 spans are
scored strict and lenient, their values on lenient pairs, by type (:func:`.meantime.
score_times`).  The corpus carries no license, so it is read from a local folder and
nothing of it is copied into the repository (docs/quality.md).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .meantime import score_times, time_errors
from .meantime_render import error_lines
from .scoring import Counts, alternate_halves

HALVES = ("first", "second")
ERRORS_SHOWN = ("value", "spurious", "missed")
RANGE_RULE = "range"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str
    type: str


@dataclass
class TimemlDoc:
    name: str
    text: str
    published: str | None
    timexes: list[Timex] = field(default_factory=list)


_SHORT_WEEK = re.compile(r"(\d{4}-W)(\d)(?=$|-)")


def padded_week(value: str) -> str:
    """A week number of one digit written as ISO 8601 and TimeML 1.2.1 write it, in two
    (``2000-W7`` -> ``2000-W07``): the same week, a slip of format in a few TimeBank
    values (round 40), compared as the week it names."""
    return _SHORT_WEEK.sub(r"\g<1>0\2", value)


def _walk(element: ET.Element, parts: list[str], at: int, timexes: list[Timex]) -> int:
    """Append the text of ``element`` (tags dropped, its tail excluded) to ``parts`` from
    offset ``at``, noting each TIMEX3 it holds; returns the offset after it."""
    start = at
    if element.text:
        parts.append(element.text)
        at += len(element.text)
    for child in element:
        at = _walk(child, parts, at, timexes)
        if child.tail:
            parts.append(child.tail)
            at += len(child.tail)
    if element.tag == "TIMEX3" and at > start:
        timexes.append(Timex(start, at, padded_week(element.get("value") or ""),
                             element.get("type") or ""))
    return at


def read_document(path: Path | str) -> TimemlDoc:
    """One TimeML file: the text of ``<TEXT>``, the DCT's date and the TIMEX3 in the text
    (those with no words, which TimeML allows, are left out)."""
    path = Path(path)
    root = ET.parse(path).getroot()
    body = root.find("TEXT")
    if body is None:
        raise InputError("no <TEXT> element", where=str(path))
    dct = root.find("DCT/TIMEX3")
    value = dct.get("value") if dct is not None else None
    published = value[:10] if value and len(value) >= 10 and value[:4].isdigit() else None
    parts: list[str] = []
    timexes: list[Timex] = []
    end = _walk(body, parts, 0, timexes)
    body_timexes = [t for t in timexes if t.end <= end]
    return TimemlDoc(path.stem, "".join(parts), published, sorted(
        body_timexes, key=lambda t: (t.start, t.end)))


def split_files(directory: Path | str, limit: int | None = None,
                half: str | None = None) -> list[Path]:
    """The ``.tml`` files under ``directory`` sorted by file name; ``half``: only the
    first or the second of its alternating halves (:func:`.scoring.alternate_halves`:
    TimeBank and AQUAINT sort by source, so taking turns keeps every source in both),
    before ``limit`` takes its first files."""
    if half not in (None, *HALVES):
        raise ValueError(f"unknown half {half!r} (known: {', '.join(HALVES)})")
    paths = sorted(Path(directory).rglob("*.tml"), key=lambda p: (p.name, str(p)))
    if half is not None:
        paths = alternate_halves(paths)[HALVES.index(half)]
    return paths[:limit]


class Tally:
    def __init__(self, rows: bool = False) -> None:
        self.times = {k: Counts() for k in ("strict", "lenient", "value")}
        self.time_types: dict[str, Counts] = {}
        self.rows = rows
        self.errors: list[dict] = []

    def add(self, doc: TimemlDoc, pred: list[tuple[int, int, str | None, str]]) -> None:
        gold = [(((t.start, t.end),), t.value, t.type) for t in doc.timexes]
        pairs = score_times(self.times, self.time_types, gold, pred)
        if self.rows:
            self.errors += time_errors(doc.text, doc.name, doc.published, gold, pred, pairs)

    def as_dict(self) -> dict:
        return {"times": {k: c.as_dict() for k, c in self.times.items()}
                | {"by_type": {k: c.as_dict() for k, c in sorted(self.time_types.items())}}}


def evaluate(directory: Path | str, nlp=None, limit: int | None = None,
             half: str | None = None, errors: bool = False) -> dict:
    """Score the TimeML files under ``directory`` (its ``half`` if given, then the first
    ``limit``).  ``errors`` lists each wrong value, spurious and missed expression: only
    for the first half, the one rules are developed on."""
    from ..nlp import language
    from ..pipeline import AnalysisFailure, analyze_many, producers
    from ..read.text import from_text

    if errors and half != "first":
        raise InputError("errors are listed for the first half only (--half first)")
    paths = split_files(directory, limit, half)
    if not paths:
        raise InputError("no TimeML .tml files found", where=str(directory))
    nlp = nlp or language.load()
    failures: list[dict[str, str]] = []
    docs: list[TimemlDoc] = []
    for path in paths:
        try:
            docs.append(read_document(path))
        except (ET.ParseError, OSError, UnicodeDecodeError, InputError) as exc:
            failures.append({"article_id": path.stem, "stage": "read",
                             "reason": f"{type(exc).__name__}: {exc}"})
    # no headline: the title is the document id, which the text does not start with
    articles = [from_text(d.text, id=d.name, title=d.name, published=d.published)
                for d in docs]
    tally = Tally(rows=errors)
    scored = 0
    for doc, result in zip(docs, analyze_many(articles, nlp)):
        if isinstance(result, AnalysisFailure):
            failures.append({"article_id": result.article_id, "stage": result.stage,
                             "reason": result.reason})
            continue
        # a range's DURATION ("from 1992 through 1995", rule ``range``) is, in TimeML
        # 1.2.1, a TIMEX3 without words (beginPoint and endPoint on the two DATEs), which
        # TimeML files and read_document leave out: not scored on either side
        # an anchored duration ("two years ago": P2Y, NewsReader's empty TIMEX3 holding its
        # DATE) is, in TimeML files, the DATE on the words: compared as its DATE
        tally.add(doc, [(t.start, t.end, t.anchored or t.value, "DATE" if t.anchored else t.type)
                        for t in result.times if t.rule != RANGE_RULE])
        scored += 1
    out = {
        "corpus": "timeml",
        "split": Path(directory).name + (f" ({half} half)" if half else ""),
        "system": "wiretrace",
        "producers": producers(nlp),
        "documents": scored,
        "files": len(paths),
        "gold_timexes": sum(len(d.timexes) for d in docs),
        "failures": failures,
        **tally.as_dict(),
    }
    if errors:
        out["errors"] = tally.errors
    return out


def render(result: dict) -> str:
    def row(name: str, c: dict) -> str:
        return (f"  {name:<16} {c['tp']:>6} {c['fp']:>6} {c['fn']:>6} "
                f"{c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}")

    times = result["times"]
    lines = [f"TimeML {result['split']} ({result['system']}): {result['documents']} of "
             f"{result['files']} files, {result['gold_timexes']} gold TIMEX3",
             f"  {'TIMEX3':<16} {'tp':>6} {'fp':>6} {'fn':>6} {'P':>6} {'R':>6} {'F1':>6}",
             row("span strict", times["strict"]), row("span lenient", times["lenient"]),
             row("value", times["value"])]
    lines += [row(f"type {name}", c) for name, c in times["by_type"].items()]
    lines += error_lines(result)
    if result["failures"]:
        lines.append(f"  failures: {len(result['failures'])}")
    return "\n".join(lines)
