"""The words of the time grammar, read once from ``data/timex.yaml``, and the regular
expression pieces built from them (month names, number words, units...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lexicon import load_yaml

# Space between the words of one expression: never a line break, so an expression never
# runs from a headline into the body.
SP = r"[ \t\u00a0]+"


def alternation(words: list[str], ignore_case: bool = True) -> str:
    """A regex group matching any of ``words``, the longest that fits first; spaces match
    any run of spaces.  Case-insensitive unless asked otherwise.

    The words are laid out as a tree of shared prefixes ("t(?:en|wo|hree)" rather than
    "ten|two|three"), which matches exactly what the flat list sorted longest first
    matches, in the same order of preference: the words that fit at one place are each a
    prefix of the next, and both forms try the longest first.  Python's engine tries a
    flat list's words one by one at every position of the text; the tree tries one
    letter.  The time grammar scans every text with some forty patterns built from
    these lists, and the flat lists made it 18% of wiretrace's own analysis time."""
    if ignore_case:
        words = [w.lower() for w in words]
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for piece in re.findall(r" +|[^ ]", word):
            node = node.setdefault(SP if piece.startswith(" ") else re.escape(piece), {})
        node[""] = {}  # the end of a word
    body = _tree(trie)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _tree(node: dict) -> str:
    """The regex of one node of :func:`alternation`'s tree (its end-of-word mark last,
    as an optional rest, so that the longer words are tried first)."""
    branches = [piece + _tree(child) for piece, child in sorted(node.items()) if piece]
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
    else:
        body = branches[0] if "" not in node or len(branches[0]) == 1 else f"(?:{branches[0]})"
    return body + "?" if "" in node else body


def case_forms(names: list[str]) -> list[str]:
    """Title and upper case forms: "May", "MAY" (never "may": the modal is no month)."""
    return [f for n in names for f in (n, n.upper())]


@dataclass(frozen=True)
class Lexicon:
    data: dict
    month_of: dict[str, int]  # lower-case name or abbreviation -> 1..12
    ambiguous_months: frozenset[int]
    weekday_of: dict[str, int]  # lower-case name or abbreviation -> 1..7 (ISO)
    numbers: dict[str, int]
    units: dict[str, str]  # lower-case singular or plural -> unit key ("years" -> "year")
    unit_code: dict[str, str]
    clock_units: frozenset[str]
    unit_factor: dict[str, int]
    unit_base: dict[str, str]  # the unit a unit is counted in ("decade" -> "year")
    ordinals: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    relative: dict[str, int]
    refs: dict[str, str]  # lower-case phrase -> PRESENT_REF / PAST_REF / FUTURE_REF
    sets: dict[str, str]
    holidays: dict[str, str]  # lower-case name -> "MM-DD"
    movable_holidays: dict[str, str]  # lower-case name -> rule ("11 4 Thu")
    # regex pieces
    month_full: str
    month_abbr: str
    weekday_full: str
    weekday_abbr: str
    number: str
    vague: str
    unit_singular: str
    unit_plural: str
    unit_any: str
    ordinal: str
    season: str
    day_part: str
    approximator: str
    edge: str
    zone_utc: str
    zone_other: str
    ref: str
    set_word: str
    holiday: str
    movable_holiday: str

    def number_value(self, text: str) -> float | None:
        """The value of a number written in digits or words ("27", "twenty-five", "a");
        None for a vague amount ("several")."""
        t = re.sub(r"\s+", " ", text.lower().strip())
        if re.fullmatch(r"\d+(\.\d+)?", t):
            return float(t)
        if t in ("a", "an", "a single", "one single"):
            return 1.0
        if t in ("a couple of", "a couple", "couple of"):
            return 2.0
        if t in ("a dozen", "dozen"):
            return 12.0
        if t in ("a half", "half a", "half an"):
            return 0.5
        parts = [p for p in re.split(r"[- ]", t) if p != "and"]
        if len(parts) > 1 and parts[0] in ("a", "an"):
            parts[0] = "one"  # "a hundred"
        total = group = 0
        for part in parts:
            if part not in self.numbers:
                return None
            value = self.numbers[part]
            if value >= 100:  # "three hundred": the group before is multiplied
                group = (group or 1) * value
                if value >= 1000:
                    total, group = total + group, 0
            else:
                group += value
        return float(total + group)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml("timex.yaml")

    month_of: dict[str, int] = {}
    full, abbr, ambiguous = [], [], set()
    for m in data["months"]:
        month_of[m["name"].lower()] = m["number"]
        full.append(m["name"])
        for a in m.get("abbr", []):
            month_of[a.lower()] = m["number"]
            abbr.append(a)
        if m.get("ambiguous"):
            ambiguous.add(m["number"])
    weekday_of: dict[str, int] = {}
    wfull, wabbr = [], []
    for w in data["weekdays"]:
        weekday_of[w["name"].lower()] = w["number"]
        wfull.append(w["name"])
        for a in w.get("abbr", []):
            weekday_of[a.lower()] = w["number"]
            wabbr.append(a)

    numbers = {str(k).lower(): int(v) for k, v in data["numbers"].items()}
    tens = [w for w, v in numbers.items() if v >= 20 and v % 10 == 0 and v < 100]
    ones = [w for w, v in numbers.items() if 1 <= v <= 9]
    single = [w for w in numbers if w not in ("dozen",)]
    below_100 = (f"(?:{alternation(tens)}(?:[- ]{alternation(ones)})?"
                 f"|{alternation([w for w, v in numbers.items() if 1 <= v <= 19])})")
    # "three hundred", "two thousand", "a hundred and fifty": a multiplier with the
    # number it multiplies and the one it adds; further multipliers chain ("two thousand
    # five hundred", "one hundred thousand"), else the last alone was read ("five hundred
    # years" P500Y)
    multiplier = alternation([w for w, v in numbers.items() if v >= 100])
    compound = (f"(?:(?:{below_100}|(?i:an?))[- ])?{multiplier}"
                f"(?:[- ](?:{below_100}[- ])?{multiplier})*"
                f"(?:[- ](?:(?i:and)[- ])?{below_100})?")
    number_word = (
        f"(?:{compound}|{alternation(tens)}(?:[- ]{alternation(ones)})?"
        f"|{alternation(single)}|(?i:a{SP}dozen|a{SP}couple{SP}of))"
    )
    number = rf"(?:\d+(?:\.\d+)?|{number_word})"

    units, unit_code, unit_factor, unit_base, clock_units = {}, {}, {}, {}, set()
    singular, plural = [], []
    for name, spec in data["units"].items():
        plural_form = spec.get("plural", name + "s")
        units[name] = name
        units[plural_form] = name
        unit_base[name] = spec.get("in", name)
        unit_code[name] = data["units"][unit_base[name]]["code"]
        unit_factor[name] = spec.get("factor", 1)
        if spec.get("clock"):
            clock_units.add(name)
        singular.append(name)
        plural.append(plural_form)

    refs: dict[str, str] = {}
    for key, value in (("present_ref", "PRESENT_REF"), ("past_ref", "PAST_REF"),
                       ("future_ref", "FUTURE_REF")):
        for phrase in data[key]:
            refs[phrase.lower()] = value
    holidays = {k.lower(): v for k, v in data["holidays"].items()}

    return Lexicon(
        data=data,
        month_of=month_of,
        ambiguous_months=frozenset(ambiguous),
        weekday_of=weekday_of,
        numbers=numbers,
        units=units,
        unit_code=unit_code,
        clock_units=frozenset(clock_units),
        unit_factor=unit_factor,
        unit_base=unit_base,
        ordinals={str(k).lower(): int(v) for k, v in data["ordinals"].items()},
        seasons={k.lower(): v for k, v in data["seasons"].items()},
        day_parts={k.lower(): v for k, v in data["day_parts"].items()},
        relative={k.lower(): int(v) for k, v in data["relative_modifiers"].items()},
        refs=refs,
        sets={k.lower(): v for k, v in data["sets"].items()},
        holidays=holidays,
        movable_holidays={k.lower(): str(v) for k, v in data["movable_holidays"].items()},
        month_full=alternation(case_forms(full), ignore_case=False),
        month_abbr=alternation(case_forms(abbr), ignore_case=False),
        weekday_full=alternation(case_forms(wfull), ignore_case=False),
        weekday_abbr=alternation(case_forms(wabbr), ignore_case=False),
        number=number,
        vague=alternation(data["vague_numbers"]),
        unit_singular=alternation(singular),
        unit_plural=alternation(plural),
        unit_any=alternation(singular + plural),
        ordinal=alternation([str(k) for k in data["ordinals"]]),
        season=alternation(list(data["seasons"])),
        day_part=alternation(list(data["day_parts"])),
        approximator=alternation(data["approximators"]),
        edge=alternation(data["period_edges"]),
        zone_utc=alternation(data["zones_utc"], ignore_case=False),
        zone_other=alternation(data["zones_other"], ignore_case=False),
        ref=alternation(list(refs)),
        set_word=alternation(list(data["sets"])),
        holiday=alternation(list(data["holidays"]), ignore_case=False),
        movable_holiday=alternation(list(data["movable_holidays"]), ignore_case=False),
    )


@cache
def word_set(key: str) -> frozenset[str]:
    """A lower-cased list of the lexicon as a set (``date_prepositions``, ...)."""
    return frozenset(str(w).lower() for w in lexicon().data[key])
