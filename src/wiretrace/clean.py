"""clean: marks the stretches of an article that are not body (captions, photo credits,
bylines, datelines, contributors lines, boilerplate, duplicated paragraphs) in
``article.removed``; nothing is cut.  It also reads bylines, contributors and, when the
metadata has none, the publication date from those lines, and who the copy is credited
to (``article.credits``: a wire in a dateline, sign-off or byline; contributors; "via"
courtesies; the service a story originated in).  Patterns: ``data/clean.yaml``; wire
agencies: ``data/wires.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from .dates.grammar import prepare as prepare_dates
from .dates.grammar import written_days
from .dates.words import lexicon as date_words
from .lexicon import load_yaml
from .model import Article, Credit, Offsets, Removed

NAME = "clean.v1"

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
    time: re.Pattern[str]
    datelines: tuple[re.Pattern[str], ...]
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
        time=compile_(data["time_form"]),
        datelines=tuple(compile_(d["pattern"]) for d in data["dateline"]),
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


def _wire_dateline(line: str) -> re.Match[str] | None:
    for rx in patterns().datelines:
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


# ---------------------------------------------------------------- captions and credits


def _credit(line: str) -> tuple[re.Match[str], bool, str] | None:
    """The photo credit that ends ``line``, if any (the longest when several match),
    whether, alone on its line, it makes the line before it a caption, and its rule."""
    best = None
    for rx, captions, name in patterns().credits:
        m = rx.search(line)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, captions, name)
    return best


def _split_agencies(text: str) -> list[str]:
    """"Reuters/AFP", "AP and Reuters" -> the names."""
    return [p.strip() for p in re.split(r"\s*(?:/|,|\band\b|&)\s*", text) if p.strip()]


def _wire_credits(found: _Found, stretch: tuple[int, int], names: str,
                  listed_only: bool) -> None:
    """Wire credits for the agencies in ``names`` (a dateline's "(Reuters/AFP)", a
    sign-off's "— AFP"); with ``listed_only`` only agencies wires.yaml lists."""
    after = stretch[0]
    for written in _split_agencies(names):
        wire = wire_name(written)
        if wire is None and listed_only:
            continue
        before = len(found.credits)
        found.credit(stretch, wire or written, "wire", written, after)
        if len(found.credits) > before:
            after = found.credits[-1][1]


def _name_credits(found: _Found, stretch: tuple[int, int], names: list[str],
                  kind: str) -> None:
    """Credits of ``kind`` for people and services named in a stretch, in order; a listed
    wire among them gets its canonical name ("Reuters contributed to this report")."""
    after = stretch[0]
    for name in names:
        before = len(found.credits)
        found.credit(stretch, wire_name(name) or name, kind, name, after)
        if len(found.credits) > before:
            after = found.credits[-1][1]


def _provenance(line: str) -> tuple[str, str, re.Match[str]] | None:
    """A provenance line ("This story originated in ...", "Via Reuters"): its kind, how
    it is marked, the match."""
    for kind, removed_as, rx in patterns().provenance:
        m = rx.fullmatch(line)
        if m:
            return kind, removed_as, m
    return None


def _origin_credit(found: _Found, stretch: tuple[int, int], m: re.Match[str]) -> None:
    """The service a contributors line says the story originated in."""
    if m.groupdict().get("origin"):
        origin = m["origin"].strip()
        found.credit(stretch, origin, "originated", origin, stretch[0] + m.start("origin"))


def _is_caption(line: str) -> bool:
    for rx, min_words in patterns().captions:
        if len(line.split()) >= min_words and rx.fullmatch(line):
            return True
    return False


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" .")


def _repeats(line: str, caption: str) -> bool:
    """Whether ``line`` repeats ``caption``: the same, a prefix copy, or a near copy."""
    return _repeats_norm(_norm(line), _norm(caption))


def _repeats_norm(a: str, b: str) -> bool:
    """:func:`_repeats` on texts already normalised."""
    opts = rules()["caption_repeat"]
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= opts["prefix_min_chars"] and long_.startswith(short):
        return True
    return min(len(a), len(b)) >= opts["near_min_chars"] and fuzz.ratio(a, b) >= opts["near_ratio"]


# ---------------------------------------------------------------- one pass over the lines


# A wire dateline ("TRIPOLI, Nov 20 (Reuters) -") opens the story: it is looked for only in
# the first lines after the headline, so "World Health Organization (WHO): ..." deep in
# the body stays body.
DATELINE_LINES = 4


def _classify(index: int, line: _Line, found: _Found, near_top: bool = True) -> bool:
    """Mark what one line holds; True when the line is only a photo credit."""
    p, text = patterns(), line.text
    if any(rx.fullmatch(text) for rx in p.boilerplate):
        found.mark(index, line.start, line.end, "boilerplate")
        return False
    is_date, iso = date_line(text)
    if is_date:
        found.mark(index, line.start, line.end, "dateline")
        found.published = found.published or iso
        return False
    whole = (line.start, line.end)
    contributed = _contributors_match(text)
    if contributed:
        names, m = contributed
        found.mark(index, line.start, line.end, "contributors")
        found.contributors += names
        _name_credits(found, whole, names, "contributor")
        _origin_credit(found, whole, m)
        return False
    names = _byline(text)
    if names:
        found.mark(index, line.start, line.end, "byline")
        found.byline += names
        _byline_credits(found, whole, text, names)
        return False
    provenance = _provenance(text)
    if provenance:
        kind, removed_as, m = provenance
        found.mark(index, line.start, line.end, removed_as)
        found.credit(whole, wire_name(m["name"]) or m["name"], kind, m["name"],
                     line.start + m.start("name"))
        return False
    found_credit = _credit(text)
    if found_credit:
        credit, captions_line_before, rule = found_credit
        start = credit.start() + len(credit.group()) - len(credit.group().lstrip())
        found.mark(index, line.start + start, line.end, "credit")
        if rule == "agency_sign_off":  # "- AFP", "Source: Reuters": the copy's wire
            signed = re.sub(r"^[-–—\s]*(?:(?i:source)\s*:\s*)?", "", credit.group().strip())
            _wire_credits(found, (line.start + start, line.end), signed.rstrip("."), True)
        # the caption shares the line: "... Misrata, Libya, July 18, 2020 (photo credit: ...)"
        before = text[:start].rstrip(" \t|-–—:;,")
        if any(c.isalpha() for c in before):
            found.mark(index, line.start, line.start + len(before), "caption")
            return False
        return captions_line_before
    if _is_caption(text):
        found.mark(index, line.start, line.end, "caption")
        return False
    m = _wire_dateline(text) if near_top else None
    if m:
        found.mark(index, line.start, line.start + len(m.group().rstrip()), "dateline")
        if m.groupdict().get("agency"):  # "CAIRO (AP) —": the copy is the agency's
            _wire_credits(found, (line.start, line.start + len(m.group().rstrip())),
                          m["agency"], False)
        found.published = found.published or _dateline_date(m)
        found.dateline_place = found.dateline_place or m["place"]
    return False


def _byline_credits(found: _Found, whole: tuple[int, int], line: str,
                    names: list[str]) -> None:
    """A byline that is a wire ("By Associated Press") or names one as the writers'
    affiliation ("By JANE DOE, Associated Press", "By Jane Doe | Reuters") credits the
    copy to the wire."""
    for name in names:
        if wire_name(name):
            found.credit(whole, wire_name(name), "wire", name)
    for part in re.split(r"\s*(?:,|\||\s[-–—]+\s|\bfor\b)\s*", line)[1:]:
        if wire_name(part) and not any(wire_name(n) for n in names):
            found.credit(whole, wire_name(part), "wire", part.strip(" .,;:()[]—–-"))


# a sentence boundary: its end mark, a closing quote or bracket, spaces, a capital next
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“(])")
CLOSING_SENTENCES = 2  # at most this many closing sentences are read as credits


def _closing(index: int, line: _Line, found: _Found, is_head: bool) -> None:
    """Credits that close the article's last paragraph when it holds more than them: a
    sign-off ("... twice. (Nile Wire)", "... on Monday. — AFP") and contributors or
    provenance sentences ("... program. Ham Ji-ha contributed to this report.").  A
    one-paragraph story (its only line is its headline) is read when it holds three
    sentences or more: no headline does."""
    p, text = patterns(), line.text
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(starts) < (3 if is_head else 2):
        return
    taken = max((e for s, e, _ in found.spans.get(index, [])), default=line.start)
    end = len(text)
    for rx in p.closing:
        m = rx.search(text)
        name = _signs_off(m["name"]) if m else None
        if m and name:
            lo = line.start + m.start() + len(m.group()) - len(m.group().lstrip())
            if lo < taken:
                return
            found.mark(index, lo, line.end, "credit")
            found.credit((lo, line.end), name, "wire", m["name"], line.start + m.start("name"))
            end = m.start()
            break
    for start in reversed([s for s in starts if s < end][-CLOSING_SENTENCES:]):
        if start == 0:
            break  # the whole paragraph is no closing credit
        sentence = text[start:end].strip()
        lo, hi = line.start + start, line.start + start + len(sentence)
        if not sentence or lo < taken:
            break
        contributed = _contributors_match(sentence)
        provenance = None if contributed else _provenance(sentence)
        if contributed:
            names, m = contributed
            found.mark(index, lo, hi, "contributors")
            found.contributors += names
            _name_credits(found, (lo, hi), names, "contributor")
            _origin_credit(found, (lo, hi), m)
        elif provenance:
            kind, removed_as, m = provenance
            found.mark(index, lo, hi, removed_as)
            found.credit((lo, hi), wire_name(m["name"]) or m["name"], kind, m["name"],
                         lo + m.start("name"))
        else:
            break
        end = start


def find(text: str) -> _Found:
    """Everything the cleaner finds in ``text`` (spans by line, names, a date, credits)."""
    lines = _lines(text)
    found = _Found(text=text)
    credit_only: list[int] = []
    # The headline is body: the first line that is not just a date (a page copied with
    # its date above the headline: "March 6, 2008" / "Rebels seize Sirte").
    head = next((i for i, line in enumerate(lines) if not date_line(line.text)[0]), 0)
    for index, line in enumerate(lines):
        if index != head and _classify(index, line, found,
                                       near_top=index <= head + DATELINE_LINES):
            credit_only.append(index)
    # the last paragraph's closing credits, unless the whole line is marked already
    last = len(lines) - 1
    if lines and not any(s == lines[last].start and e == lines[last].end
                         for s, e, _ in found.spans.get(last, [])):
        _closing(last, lines[last], found, last == head)

    # The line just before a credit-only line is its caption (The Jerusalem Post layout:
    # "A member of the troops ... July 18, 2020" then "(photo credit: AYMAN SAHELY/REUTERS)").
    # A line that opens with a quotation mark is a quote, so body.
    max_words = rules()["caption_before_credit_max_words"]
    for index in credit_only:
        before = index - 1
        if (before >= 0 and before != head and before not in found.spans
                and len(lines[before].text.split()) <= max_words
                and lines[before].text[0] not in "\"“”'‘«"):
            found.mark(before, lines[before].start, lines[before].end, "caption")

    # A caption printed twice (above the photo and again in the photo box) is caption twice.
    # Normalised once and deduplicated: a page that prints one caption many times is
    # compared with it once per line, not once per copy.
    captions = {_norm(text[s:e]) for spans in found.spans.values() for s, e, r in spans
                if r == "caption"}
    for index, line in enumerate(lines):
        if index == head or index in found.spans or not captions:
            continue
        norm = _norm(line.text)
        if norm in captions or any(_repeats_norm(norm, c) for c in captions):
            found.mark(index, line.start, line.end, "caption")

    # A body paragraph pasted twice counts once.
    seen: set[str] = set()
    min_words = rules()["duplicate_min_words"]
    for index, line in enumerate(lines):
        if index in found.spans:
            continue
        key = " ".join(line.text.split())
        if index != head and key in seen and len(key.split()) >= min_words:
            found.mark(index, line.start, line.end, "duplicate")
        seen.add(key)
    return found


def _merge(kept: list[str], new: list[str]) -> list[str]:
    return kept + [n for n in new if n not in kept]


def clean(article: Article) -> Article:
    """A copy of ``article`` with its non-body stretches marked in ``removed`` (sorted,
    never overlapping; spans already there are kept), ``byline`` and ``contributors``
    read from the text, and ``published`` from a date line when the metadata has none
    (then ``meta["published_from"] == "text"``).  Cleaning twice changes nothing."""
    found = find(article.text)
    given = list(article.removed)
    removed = list(given)
    # The cleaner's own spans never overlap one another (one line, one mark, except a
    # caption and its credit side by side), so each is checked against the given ones only.
    for spans in found.spans.values():
        for start, end, reason in spans:
            if start < end and not any(r.start < end and start < r.end for r in given):
                removed.append(Removed(start=start, end=end, reason=reason))
    removed.sort(key=lambda r: (r.start, r.end))
    # a credit is kept when its stretch is marked (a given span may have taken its place)
    credits = list(article.credits)
    for start, end, name, kind, lo, hi in sorted(found.credits):
        credit = Credit(name=name, kind=kind, start=start, end=end, text=article.text[start:end],
                        line=Offsets(start=lo, end=hi))
        if credit not in credits and any(r.start <= lo and hi <= r.end for r in removed):
            credits.append(credit)
    update: dict[str, Any] = {
        "removed": removed,
        "credits": credits,
        "byline": _merge(list(article.byline), found.byline),
        "contributors": _merge(list(article.contributors), found.contributors),
    }
    meta = dict(article.meta)
    if article.published is None and found.published:
        update["published"] = found.published
        meta["published_from"] = "text"
    if found.dateline_place and "dateline_place" not in meta:
        meta["dateline_place"] = found.dateline_place
    update["meta"] = meta
    return article.model_copy(update=update)


def prepare() -> None:
    """Load the cleaner's rules now (see :func:`wiretrace.pipeline.load`)."""
    rules()
    patterns()
    wires()
    _outlet_cues()
    prepare_dates()
