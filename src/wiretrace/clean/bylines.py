"""The lines of an article that say when and by whom: date lines ("Published: November 20,
2021 10:32", read by the date grammar), wire datelines ("TRIPOLI, Nov 20 (Reuters) -"),
bylines and contributors lines, and the tests of a name they hold."""

from __future__ import annotations

import re
from datetime import date

from ..dates.grammar import written_days
from ..dates.words import lexicon as date_words
from .tables import patterns, rules

# ---------------------------------------------------------------- dates


_SPACE = re.compile(r"\s")
_WORD_RX = re.compile(r"[^\W\d_]+")


def _days(text: str) -> list[tuple[int, int, date]]:
    """The days written in full, with a year, in ``text`` (a date line, a dateline's
    date), read by the date grammar.  Such a text is only a date, so a month name in any
    case is one ("nov", "NOv": elsewhere the grammar reads Title and UPPER case only,
    "may" being a modal) and any space separates (a thin space too): both are written as
    the grammar reads them first, character for character, so offsets stay."""
    months = date_words().month_of
    text = _SPACE.sub(" ", text)
    text = _WORD_RX.sub(lambda m: m[0].capitalize() if m[0].lower() in months else m[0], text)
    return written_days(text)


def date_line(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` holds only a date (with labels, weekday, time around it), and the
    ISO date it gives: ``"Published: November 20, 2021 10:32"`` -> ``(True, "2021-11-20")``.
    The dates are the days the date grammar (:func:`wiretrace.dates.grammar.written_days`)
    reads in full, with a year; what else the line holds must be a time or a word of
    ``date_line_words``."""
    p = patterns()
    if len(line) > rules()["date_line_max_chars"]:
        return False, None
    found = _days(line)
    if not found:
        return False, None
    rest = line
    for start, end, _ in found:
        rest = rest[:start] + " " * (end - start) + rest[end:]  # offsets stay comparable
    rest = p.time.sub(" ", rest)
    weekdays = date_words().weekday_of
    for word in re.split(r"[^\w]+", rest.replace(".", "").lower()):
        if word and word not in p.date_words and word not in weekdays:
            return False, None
    return True, found[0][2].isoformat()


def _wire_dateline(line: str, opening: bool = False) -> re.Match[str] | None:
    """The dateline that opens ``line``; the patterns marked ``opening_only`` are tried
    only on the story's first paragraph (``opening``)."""
    for rx, opening_only in patterns().datelines:
        if opening_only and not opening:
            continue
        m = rx.match(line)
        if m and m.end() < len(line):  # a dateline opens a paragraph: body text follows
            return m
    return None


def _dateline_date(m: re.Match[str]) -> str | None:
    """The day a dateline's date names when it gives a year ("Nov 20, 2021")."""
    if not m.groupdict().get("date"):
        return None
    found = _days(m["date"])
    if len(found) == 1 and found[0][:2] == (0, len(m["date"])):
        return found[0][2].isoformat()
    return None


# ---------------------------------------------------------------- names


def _is_name(name: str) -> bool:
    """A person's or organisation's name: 1-6 words, each capitalised or a particle
    ("Saif al-Islam Gaddafi"), no digits, no weekday or month ("By Monday")."""
    p = patterns()
    words = name.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or any(c.isdigit() for c in name):
        return False
    for word in words:
        low = word.lower()
        if low.strip(".,") in p.not_names:
            return False
        if word[:1].isupper():
            continue
        head = low.split("-")[0]
        if low in p.particles or head in p.particles or low.rstrip("'’") + "'" in p.particles:
            continue
        return False
    return all(re.fullmatch(r"[\w'’.-]+", w) for w in words)


def _tidy_name(name: str) -> str:
    p = patterns()
    name = p.name_descriptor.sub("", name.strip(" .;:()"), count=1)
    name = p.name_place.sub("", name).strip(" .;:()")
    # "By JANE DOE" -> "Jane Doe"; an agency in capitals ("AP", "AFP") stays as it is
    if name.isupper() and not p.agency.fullmatch(name) and any(len(w) > 3 for w in name.split()):
        name = name.title()
    return name


def _split_names(text: str) -> list[str]:
    return [part for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if part.strip()]


def _contributors(line: str) -> list[str] | None:
    """Names on a contributors line, or None when the line is not one."""
    found = _contributors_match(line)
    return found[0] if found else None


def _contributors_match(line: str) -> tuple[list[str], re.Match[str]] | None:
    """:func:`_contributors` with the pattern's match."""
    p = patterns()
    for kind, rx in p.contributors:
        m = rx.fullmatch(line)
        if not m:
            continue
        if kind == "role_by":
            # "Reporting by X in Tripoli; Writing by Y; Editing by Z"
            chunks = [p.role_clause.sub("", part.strip(" ()."), count=1)
                      for part in line.split(";")]
        else:
            chunks = [m["names"]]
        names = [_tidy_name(n) for chunk in chunks for n in _split_names(chunk)]
        if names and all(_is_name(n) for n in names):
            return names, m
    return None


def _byline(line: str) -> list[str] | None:
    """Names on a byline ("By JANE DOE and John Roe, Associated Press"), or None."""
    p = patterns()
    m = p.byline.fullmatch(line)
    if not m or len(line.split()) > rules()["byline"]["max_words"]:
        return None
    head = re.split(r"\s*\|\s*|\s+[-–—]+\s+|\s+for\s+", m["names"], maxsplit=1)[0]
    names: list[str] = []
    for number, segment in enumerate(head.split(",")):
        words = {w.lower().strip(".") for w in segment.split()}
        if number and (words & p.affiliation or p.agency.fullmatch(segment.strip())):
            break  # "..., Associated Press": the affiliation ends the names
        parts = [_tidy_name(n) for n in re.split(r"\s+and\s+|\s*&\s*", segment) if n.strip()]
        if not parts or not all(_is_name(n) for n in parts):
            if number == 0:
                return None
            break
        names += parts
    return names or None
