"""Calendar expressions (dates, months, years, decades, quarters, seasons) and the records
every time rule shares: a rule's handler guards a regex match by the words and tokens
around it and returns a :class:`Found` whose ``resolve`` gives the TIMEX3 value once the
anchor date and the tense of the clause are known."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a parse is optional: the grammar runs on text alone
    from spacy.tokens import Doc, Token

from . import values as tv
from .words import SP, Lexicon, lexicon, word_set

B = r"(?<![\w'’-])"  # an expression starts a word ("now", not "snow"; not "-now")
E = r"(?![\w-])"  # and ends one ("now", not "now-cancelled")
YEAR = r"1\d{3}|20\d\d|21\d\d"
DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
AMPM = r"(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w)"


@dataclass
class Env:
    """What a value may depend on beyond the words: the publication date, the tense of
    the clause, the last date the text gave with a year (for "the following year"), the
    value of the last calendar date of the expression's sentence or the one before,
    whatever its rule (for "three days later"), whether the text gave any date before, and
    the day a clock time falls on."""

    anchor: date | None = None
    tense: str = "none"
    reference: tuple[int, int | None, int | None] | None = None
    day: str | None = None
    last: str | None = None
    dated: bool = False  # whether any calendar date comes before the expression


@dataclass
class Found:
    start: int
    end: int
    rule: str
    type: str
    resolve: Callable[[Env], str | None]
    tense_dependent: bool = False
    absolute: tuple[int, int | None, int | None] | None = None
    needs_day: bool = False
    fields: dict = field(default_factory=dict)
    # (end, type, rule, value) to fall back on when ``resolve`` gives None: "two days
    # later" with no date to count from is the duration "two days"
    fallback: tuple[int, str, str, str] | None = None


class Scan:
    """The text being read, its parse when there is one, and the words around a match."""

    def __init__(self, text: str, doc: Doc | None = None) -> None:
        self.text = text
        self.doc = doc
        self._starts: list[int] = []
        if doc is not None and len(doc):
            from spacy.attrs import IDX  # a parse is optional here: spaCy only with one

            self._starts = doc.to_array(IDX).tolist()  # every token's offset, in one call

    def word_before(self, start: int, raw: bool = False) -> str:
        """The word before ``start``, lower-cased unless ``raw``."""
        m = re.search(r"([\w.'’]+|[,\-–])[ \t\u00a0]*$", self.text[max(0, start - 40):start])
        word = m.group(1) if m else ""
        return word if raw else word.lower()

    def word_after(self, end: int) -> str:
        m = re.match(r"[ \t\u00a0]*([\w'’]+|[,%\-–])", self.text[end:end + 40])
        return m.group(1).lower() if m else ""

    def token_at(self, char: int) -> Token | None:
        if self.doc is None:
            return None
        i = bisect.bisect_right(self._starts, char) - 1
        return self.doc[i] if i >= 0 else None

    def token_after(self, end: int) -> Token | None:
        if self.doc is None:
            return None
        i = bisect.bisect_left(self._starts, end)
        return self.doc[i] if i < len(self.doc) else None

    def token_before(self, start: int) -> Token | None:
        if self.doc is None:
            return None
        i = bisect.bisect_left(self._starts, start) - 1
        return self.doc[i] if i >= 0 else None


def _ci(words: str) -> str:
    return "(?i:" + words.replace(" ", SP) + ")"


def _month(L: Lexicon, name: str) -> int:
    return L.month_of[name.lower().rstrip(".")]


def _weekday(L: Lexicon, name: str | None) -> int | None:
    return L.weekday_of.get(name.lower().rstrip(".")) if name else None


def _unresolved(unit: str) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
            "fortnight": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
            "year": "XXXX", "decade": "XXX", "century": "XX"}.get(unit, "XXXX")


# --- dates with a day -------------------------------------------------------------------

def _full_date(rule: str, y: int | None, mo: int, d: int, m: re.Match,
               weekday: int | None = None) -> Found | None:
    if y is not None and not tv.valid_date(y, mo, d):
        return None
    if y is None and not tv.valid_date(2000, mo, d):
        return None

    def resolve(env: Env) -> str | None:
        if y is not None:
            return f"{y:04d}-{mo:02d}-{d:02d}"
        if env.anchor is None:
            return f"XXXX-{mo:02d}-{d:02d}"
        # "Tuesday, April 22": the weekday says which year, whatever the tense
        year = (tv.weekday_year(env.anchor, mo, d, weekday) if weekday else None) \
            or tv.day_year(env.anchor, mo, d, env.tense)
        return f"{year:04d}-{mo:02d}-{d:02d}" if year else f"XXXX-{mo:02d}-{d:02d}"

    return Found(m.start(), m.end(), rule, "DATE", resolve, tense_dependent=y is None,
                 absolute=(y, mo, d) if y is not None else None)


def r_iso(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    found = _full_date("date.iso", y, mo, d, m)
    if found and m["hh"]:
        found.type = "TIME"
        found.resolve = lambda env: f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}"
    return found


def r_numeric(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # US order, as in the English press: "7/8/07" is July 8, 2007.
    y = int(m["y"])
    if len(m["y"]) == 2:
        y = tv.two_digit_year(y, None)
    return _full_date("date.numeric", y, int(m["m"]), int(m["d"]), m)


def r_month_day(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    name = m["mon"]
    if m["mon"] == "May" and scan.word_before(m.start()) in ("they", "we", "you", "it", "i"):
        return None  # "They May 5..." in an all-caps headline: a modal, not a month
    y = int(m["y"]) if m["y"] else None
    return _full_date("date.month_day" if y is None else "date.month_day_year", y,
                      _month(L, name), int(m["d"]), m, _weekday(L, m["wd"]))


def r_day_month(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    y = int(m["y"]) if m["y"] else None
    return _full_date("date.day_month" if y is None else "date.day_month_year", y,
                      _month(L, m["mon"]), int(m["d"]), m, _weekday(L, m["wd"]))


def r_holiday(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    mo, d = (int(x) for x in L.holidays[re.sub(r"\s+", " ", m["h"].lower())].split("-"))
    y = int(m["y"]) if m["y"] else None
    return _full_date("date.holiday", y, mo, d, m)


def r_movable_holiday(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "Thanksgiving Day", "Election Day", "Easter": the day by the holiday's rule; a
    # capitalized word after it makes a name ("Easter Island", "the Easter Rising").
    if re.match(r"[ \t]+[A-Z]", scan.text[m.end():m.end() + 2]):
        return None
    # "Easter week", "the Thanksgiving weekend", "the Labor Day holiday": the holiday
    # modifies a period around it, which is not the day (written for wiretrace)
    after = re.match(r"[ \t]+(\w+)", scan.text[m.end():m.end() + 20])
    if after and after[1].lower() in word_set("holiday_periods"):
        return None
    spec = L.movable_holidays[re.sub(r"\s+", " ", m["h"].lower())]
    y = int(m["y"]) if m["y"] else None

    def resolve(env: Env) -> str | None:
        if y is not None:
            return tv.holiday_date(spec, y).isoformat()
        if env.anchor is None:
            return None
        return tv.holiday_year_date(env.anchor, spec, env.tense).isoformat()

    day = tv.holiday_date(spec, y) if y is not None else None
    return Found(m.start(), m.end(), "date.movable_holiday", "DATE", resolve,
                 tense_dependent=y is None,
                 absolute=(day.year, day.month, day.day) if day else None)


# --- months, years, decades, centuries ----------------------------------------------------

def _lead(scan: Scan, start: int) -> bool:
    """Whether a date word or phrase ends right before ``start`` ("in", "since", "as early
    as", "at least")."""
    if scan.word_before(start) in word_set("date_prepositions"):
        return True
    before = re.sub(r"\s+", " ", scan.text[max(0, start - 24):start].lower()).rstrip()
    return any(before.endswith(p) for p in word_set("date_lead_phrases"))


def _month_guard(m: re.Match, scan: Scan, L: Lexicon, mo: int) -> bool:
    """A month name alone is a month unless it is a modal, a verb or part of a name.
    Ambiguous names ("May", "March", "April") need a date word before them: "in May",
    "since March", "early April"; "they may march" never gets here (lower case)."""
    tok = scan.token_at(m.start("mon"))
    if tok is not None:
        if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"):
            return False
        nxt = scan.token_after(m.end())
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return False  # "October Revolution", "June Carter"
    if mo in L.ambiguous_months and not m["edge"]:
        # "in March and June": a month listed after another month is a month too.
        listed = re.search(rf"(?:{L.month_full})[ \t\u00a0]*(?:,|and|or|to|through|until|-|–)"
                           r"[ \t\u00a0]*$", scan.text[max(0, m.start() - 24):m.start()])
        return bool(listed) or _lead(scan, m.start()) or _attributive_month(
            scan, m.start("mon"), tok)
    return True


def _attributive_month(scan: Scan, start: int, tok: Token | None) -> bool:
    """An ambiguous month name between a determiner and a common noun, read as a date by
    the parser: "a June agreement", "the March accession" (as "the 1969 coup" for a year;
    "the March on Washington" has no noun after it, "May Day" is capitalized)."""
    if tok is None or tok.ent_type_ != "DATE" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.nbor(1)
    before = _determiner_over_adjectives(scan, start) or scan.word_before(start)
    return nxt.tag_ in ("NN", "NNS") and nxt.text.islower() and (
        before in _DETERMINERS or before.endswith(("'s", "’s")))


def _relative_day(m: re.Match, rel: str, mo: int, d: int, end: int) -> Found:
    """ "last Oct. 23", "next March 4": the latest such day before the writing, the first
    after it (or this year's); one DATE, as "last Oct." alone would drop the day."""
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)

    def resolve(env: Env) -> str | None:
        if env.anchor is None:
            return f"XXXX-{mo:02d}-{d:02d}"
        year = tv.relative_day_year(env.anchor, mo, d, step)
        return f"{year:04d}-{mo:02d}-{d:02d}" if year else None

    return Found(m.start(), end, "month", "DATE", resolve)


def r_month(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """A month named without a year: by the tense of its clause ("withdrew in December"),
    or by its own word ("last November" is the latest November before the month of
    writing, "next March" the first after it, "this December" the one of this year)."""
    mo = _month(L, m["mon"])
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if not rel and not _month_guard(m, scan, L, mo):
        return None
    if rel:
        tok = scan.token_at(m.start("mon"))
        if tok is not None and tok.tag_ == "MD":
            return None  # "this may": a modal after all
        day = re.match(r"[ \t]+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?[ \t]*\d)", scan.text[m.end():])
        if day and tv.valid_date(2000, mo, int(day[1])):
            return _relative_day(m, rel, mo, int(day[1]), m.end() + day.end())

    def resolve(env: Env) -> str | None:
        if env.anchor is None:
            return f"XXXX-{mo:02d}"
        year = env.anchor.year
        if rel in ("last", "this past"):
            return f"{year if mo < env.anchor.month else year - 1:04d}-{mo:02d}"
        if rel in ("next", "this coming"):
            return f"{year if mo > env.anchor.month else year + 1:04d}-{mo:02d}"
        if rel == "this":
            return f"{year:04d}-{mo:02d}"
        return f"{tv.month_year(env.anchor, mo, env.tense):04d}-{mo:02d}"

    return Found(m.start(), m.end(), "month", "DATE", resolve, tense_dependent=not rel)


def r_month_year(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    mo, y = _month(L, m["mon"]), int(m["y"])
    return Found(m.start(), m.end(), "month.year", "DATE", lambda env: f"{y:04d}-{mo:02d}",
                 absolute=(y, mo, None))


def r_month_relative_year(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "December of this year", "December last year": the year is named, relative to the
    # publication date.
    mo = _month(L, m["mon"])
    shift = L.relative.get(m["rel"].lower(), 0)

    def resolve(env: Env) -> str | None:
        if env.anchor is None:
            return f"XXXX-{mo:02d}"
        return f"{env.anchor.year + shift:04d}-{mo:02d}"

    return Found(m.start(), m.end(), "month.relative_year", "DATE", resolve)


_DETERMINERS = ("the", "a", "an", "its", "his", "her", "their", "our", "this")


def _lead_over_both(scan: Scan, start: int) -> bool:
    """A date word before "both" or "either" that opens a list of years: "in both 1990 and
    1991", "in either 1995 or 1996"."""
    if scan.word_before(start) not in ("both", "either"):
        return False
    m = re.search(r"(?i)\b(?:both|either)[ \t\u00a0]*$", scan.text[max(0, start - 12):start])
    return m is not None and _lead(scan, max(0, start - 12) + m.start())


def _determiner_over_adjectives(scan: Scan, start: int) -> str | None:
    """The determiner or possessive before the adjectives in front of ``start`` ("his
    unsuccessful 1996 campaign": "his"), or None where no adjective stands there."""
    tok = scan.token_at(start)
    if tok is None or tok.i == 0 or tok.nbor(-1).tag_ not in ("JJ", "JJR", "JJS"):
        return None
    prev = tok.nbor(-1)
    while prev.i > 0 and prev.tag_ in ("JJ", "JJR", "JJS", ","):
        prev = prev.nbor(-1)
    if prev.tag_ == "POS":
        return "'s"
    return prev.lower_ if prev.lower_ in _DETERMINERS else None


def _year_ok(scan: Scan, start: int, end: int, depth: int = 0) -> bool:
    """A four-digit number is a year only in a date context: after a date word ("in 1987",
    "since 2011"), between a determiner and a noun ("the 1969 coup"), or listed after
    another year ("from 2009 to 2011", "1987 and 1990"); never a count ("in 2000 homes",
    "2,000 troops", "$2020")."""
    text = scan.text
    nxt = scan.token_after(end)
    tok = scan.token_at(start)
    labelled = tok is not None and tok.ent_type_ == "DATE"
    after = scan.word_after(end)
    if after in ("million", "billion", "thousand", "hundred", "percent", "per", "%", "bc", "bce"):
        return False
    plural_next = nxt is not None and nxt.tag_ in ("NNS", "NNPS")
    before = scan.word_before(start)
    listed = re.search(rf"(?<![\d,.])({YEAR})[ \t\u00a0]*(?:,|and|or|to|through|until|-|–)"
                       r"[ \t\u00a0]*$", text[max(0, start - 24):start])
    if listed and depth < 4:
        s = max(0, start - 24) + listed.start(1)
        if _year_ok(scan, s, s + 4, depth + 1):
            return True
    if _lead(scan, start) or _lead_over_both(scan, start):
        # "in 2000 homes" is a count; "In 2011 rebels took Tripoli" and "since 2011" are not.
        raw_before = scan.word_before(start, raw=True)
        countable = before in ("in", "by", "of", "from", "for", "around", "circa", "c.",
                               "into")
        return not (plural_next and countable and not raw_before[:1].isupper())
    rng = re.match(rf"[-–]({YEAR})(?!\d)", text[end:end + 6])
    if rng and int(text[start:end]) < int(rng.group(1)) <= int(text[start:end]) + 150:
        return True  # "1955-2011": a span of years
    raw = scan.word_before(start, raw=True)
    if (raw.isupper() and 2 <= len(raw) <= 6 or raw in lexicon().data["names_before_years"]) \
            and not plural_next:
        return True  # "WWDC 2005", "the Worldwide Developers Conference 2010"
    before = _determiner_over_adjectives(scan, start) or before
    possessive = before.endswith(("'s", "’s"))
    if possessive or before in _DETERMINERS:
        # "the 1969 coup", "the firm's 2021 revenue", "the 2020 Olympics"; not "the 2000
        # troops".
        if nxt is None:
            return before != "a" and after.isalpha() and not after.endswith("s")
        return nxt.tag_ in ("NN", "NNP", "NNPS", "JJ", "VBN", "HYPH") or (
            labelled and not plural_next)
    return False


def r_year_words(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """A year said in words, as broadcast transcripts write it: "in nineteen seventy-nine"
    (1979), "by the year two thousand" (2000).  Only after a date word or "the year", and
    not before a noun ("in nineteen ninety homes" is a count)."""
    n = L.number_value(m["n"]) if m["n"] else None
    if m["n"] and (m["n"][0].isdigit() or n is None or n != int(n)):
        return None
    nineteen = m["c"].lower() == "nineteen"
    if nineteen and (n is None or not 10 <= n <= 99):
        return None  # "nineteen" alone is a count
    if not m["the"] and scan.word_before(m.start()) not in word_set("date_prepositions"):
        return None
    after = scan.word_after(m.end())
    if not m["the"] and after.isalpha() and after not in word_set("spoken_year_followers"):
        nxt = re.search(r"\w", scan.text[m.end():m.end() + 20])
        tok = scan.token_at(m.end() + nxt.start()) if nxt else None
        if tok is None or tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            return None  # a count before its noun: "in nineteen ninety homes"
    y = (1900 if nineteen else 2000) + int(n or 0)
    if not nineteen and n is not None and n > 99:
        return None
    return Found(m.start(), m.end(), "year", "DATE", lambda env: f"{y:04d}",
                 absolute=(y, None, None))


def r_year(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    y = int(m["y"])
    if not m["edge"] and not _year_ok(scan, m.start("y"), m.end("y")):
        return None
    return Found(m.start(), m.end(), "year", "DATE", lambda env: f"{y:04d}",
                 absolute=(y, None, None))


def r_decade(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "the 1990s" -> 199; "the '80s" -> 198.
    if m["dec"]:
        y = int(m["dec"])
        return Found(m.start(), m.end(), "decade", "DATE", lambda env: f"{y // 10:03d}")
    dd = int(m["dd"])
    return Found(m.start(), m.end(), "decade", "DATE",
                 lambda env: f"{tv.two_digit_year(dd, env.anchor) // 10:03d}")


def r_century(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    n = int(m["n"])
    if not 1 <= n <= 22:
        return None
    return Found(m.start(), m.end(), "century", "DATE", lambda env: f"{n - 1:02d}")


def r_fiscal(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    raw = m["y"] or m["y2"] or m["y3"]  # "fiscal 2010", "FY10", "the 2010 fiscal year"
    return Found(m.start(), m.end(), "fiscal_year", "DATE",
                 lambda env: "FY" + (raw if len(raw) == 4
                                     else str(tv.two_digit_year(int(raw), env.anchor))))


def fiscal_period(m: re.Match, unit: str, step: int) -> Found | None:
    """"the last fiscal year", "the latest fiscal year", "the previous fiscal quarter": a
    fiscal year or quarter is a period of the calendar, not a stretch reaching back from
    now; the one before (``step`` -1) or after the current one, as "last fiscal year" is
    (TimeBank: "the latest fiscal year" is the year before)."""
    if unit not in ("year", "quarter") or m["rel"].lower() == "first":
        return None
    return Found(m.start(), m.end(), "relative", "DATE",
                 lambda env: tv.shift(env.anchor, unit, step) if env.anchor
                 else ("XXXX" if unit == "year" else "XXXX-QX"))


def r_ordinal_day(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """"the second day of the offensive", "on his first day in office": a day counted
    from an event, which TIDES 2005 marks as a date (TimeBank, TBAQ first half: 3 of 3).
    Which day it is the text says only when the present is that day ("Today is the
    eighth day of ...", "It's the second day of ..."): the publication date; otherwise
    unknown.  Not a day of the calendar ("the first day of March", "of the month", "of
    2010"), which names its own date, nor a count of days ("the third day in a row",
    "running", "straight", as "the third consecutive day")."""
    day = scan.token_at(m.end() - 1)
    if day is not None and day.dep_ == "compound":
        return None  # "the first day care centre"
    of = re.match(r"[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?([\w'’]+)",
                  scan.text[m.end():m.end() + 40], re.I)
    if of and (of[1].lower() in L.month_of or of[1].isdigit() or of[1].lower() in L.units
               or of[1].lower() in L.seasons):
        return None  # "the first day of March", "of the month", "of 2010": the calendar's
    if re.match(r"[ \t\u00a0]+(?:in[ \t\u00a0]+a[ \t\u00a0]+row|running|straight)\b",
                scan.text[m.end():m.end() + 20], re.I):
        return None  # "for the third day in a row": a count, as "the third consecutive day"
    verb = scan.token_before(m.start())
    subject = scan.token_before(verb.idx) if verb is not None else None
    today = (verb is not None and subject is not None and verb.lower_ in ("is", "'s", "’s")
             and subject.lower_ in ("today", "it", "this"))
    return Found(m.start(), m.end(), "ordinal_day", "DATE",
                 lambda env: env.anchor.isoformat() if today and env.anchor
                 else "XXXX-XX-XX")


# --- quarters, halves, seasons -------------------------------------------------------------

def _year_of(m: re.Match, L: Lexicon, env: Env) -> str | None:
    """The year a quarter, half or season names: written ("of 2020"), relative ("of this
    year"), or None when the text gives none."""
    if m["y"]:
        return m["y"]
    if m.groupdict().get("yq"):
        return m["yq"]  # "the 1988 third quarter"
    if m["rel"]:
        rel = m["rel"].lower()
        shift = 0 if rel == "the" else L.relative.get(rel, 0)
        return f"{env.anchor.year + shift:04d}" if env.anchor else "XXXX"
    return None


# A results sentence: a figure in dollars or percent, earnings, profit, revenue, sales
# (what companies report on a quarter just ended).
_RESULTS = re.compile(r"\$\s?\d|\d%|\d percent\b|\b(?:earnings|profits?|revenues?|sales|net "
                      r"(?:income|loss)|operating (?:income|loss)|per share|a share)\b", re.I)


def results_near(scan: Scan, m: re.Match) -> bool:
    """Whether the 150 characters either side of ``m`` read as a results sentence."""
    return _RESULTS.search(scan.text, max(0, m.start() - 150),
                           min(len(scan.text), m.end() + 150)) is not None


def r_quarter(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "the third quarter of 2020" -> 2020-Q3.  Without a year the quarter is read like a
    month named alone, by the tense of its clause ("profit rose in the third quarter" is
    the latest third quarter begun by the publication date).  A fiscal quarter ("the fiscal
    first quarter", "the fourth fiscal quarter") is read the same way: TimeBank writes the
    quarter's ordinal with the year it is reported in ("the fiscal first quarter" of a
    report of October 1989, Delta's July to September, is 1989-Q1), which the tense rule
    gives; the calendar months are the company's to say, the year is not unknown.  A
    quarter named by its last month ("the September quarter", "Apple's December quarter",
    financial usage) is the calendar quarter holding that month."""
    if m["qm"]:
        q = (L.month_of[m["qm"].lower()] - 1) // 3 + 1
    else:
        q = L.ordinals.get(m["ord"].lower()) if m["ord"] else int(m["q"][1])
    if not q or q > 4:
        return None
    dated = bool(m["y"] or m["rel"] or m["yq"] or m["yf"])
    if m["yf"] or m["fyq"]:
        # "the second quarter of fiscal 2010", "the fiscal 2010 second quarter": a quarter
        # of a fiscal year the text names is that year's, FY2010-Q2 (TIDES 2005 writes a
        # fiscal year FY2010 and a part of it after it, as "fiscal 2010" is FY2010 here)
        fy = f"FY{m['yf'] or m['yq']}-Q{q}"
        return Found(m.start(), m.end(), "quarter", "DATE", lambda env: fy)
    # results are reported after the quarter: "expects to report net income of 15 cents a
    # share for the third quarter", written in October, is the quarter just ended
    results = results_near(scan, m)

    def resolve(env: Env) -> str | None:
        year = _year_of(m, L, env)
        if year is None and env.anchor is not None:
            tense = "present" if results and env.tense == "future" else env.tense
            year = f"{tv.quarter_year(env.anchor, q, tense):04d}"
        return f"{year or 'XXXX'}-Q{q}"

    return Found(m.start(), m.end(), "quarter", "DATE", resolve,
                 tense_dependent=not dated,
                 absolute=(int(m["y"] or m["yq"]), None, None) if m["y"] or m["yq"] else None)


def r_half(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    h = 1 if m["ord"].lower() == "first" else 2  # "second", "latter", "the last half of"
    if m["yf"]:  # "the first half of fiscal 2010": FY2010-H1, as a fiscal quarter
        fy = f"FY{m['yf']}-H{h}"
        return Found(m.start(), m.end(), "half", "DATE", lambda env: fy)
    return Found(m.start(), m.end(), "half", "DATE",
                 lambda env: f"{_year_of(m, L, env) or 'XXXX'}-H{h}")


# "in the fall", "during the fall": autumn, as "in the spring" is a season (TIDES 2005,
# seasons); the noun "fall" takes "of", "in", "from" after it ("the fall of Tripoli", "the
# fall in prices") and follows other words ("after the fall", "since the fall").
_AUTUMN_PREPOSITIONS = ("in", "during", "by", "until", "through", "throughout")
_FALL_NOUN_FOLLOWERS = ("of", "in", "from", "to", "on", "off", "out")


def _autumn_after_preposition(m: re.Match, scan: Scan, mod: str) -> bool:
    return (mod == "the" and scan.word_before(m.start()) in _AUTUMN_PREPOSITIONS
            and scan.word_after(m.end()) not in _FALL_NOUN_FOLLOWERS)


def r_season(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    code = L.seasons[m["s"].lower()]
    mod = (m["mod"] or "").lower()
    if not (m["y"] or m["rel"] or mod) and scan.word_before(m.start()) not in (
            "in", "during", "over", "since", "until", "by", "through", "throughout", "before",
            "after"):
        return None  # "Summer" the name, "summer vacation"
    if m["s"].lower() == "fall" and not (m["y"] or m["rel"] or mod in ("this", "last", "next",
                                                                         "this past")
                                         or _autumn_after_preposition(m, scan, mod)):
        return None  # "the fall of Tripoli": a noun, not autumn

    def resolve(env: Env) -> str | None:
        year = _year_of(m, L, env)
        if year:
            return f"{year}-{code}"
        if env.anchor is None:
            return f"XXXX-{code}"
        # "last summer" is the summer of last year, "next summer" of next year.
        if mod in ("last", "next", "this"):
            return f"{env.anchor.year + L.relative[mod]:04d}-{code}"
        tense = "past" if mod == "this past" else env.tense
        return f"{tv.season_year(env.anchor, code, tense):04d}-{code}"

    return Found(m.start(), m.end(), "season", "DATE", resolve,
                 tense_dependent=not (m["y"] or m["rel"] or mod in ("last", "next", "this")),
                 absolute=(int(m["y"]), None, None) if m["y"] else None)
