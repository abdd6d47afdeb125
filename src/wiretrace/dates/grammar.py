"""The grammar of time expressions: the table of rules (name, pattern, handler) and
:func:`find`, which runs them over a text and keeps the longest expression wherever two
overlap.  Patterns are built from the words in ``data/timex.yaml``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a parse is optional: the grammar runs on text alone
    from spacy.tokens import Doc

from .. import cache
from . import calendar as cal
from . import clock as clk
from . import narrative as nar
from . import relative as rel
from .calendar import AMPM, DAY, YEAR, B, E, Found, Scan
from .values import valid_date
from .words import SP, Lexicon, lexicon

SPO = rf"(?:{SP})?"  # optional space

Handler = Callable[[re.Match, Scan, Lexicon], "Found | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handler: Handler
    # What every match contains: each group names words one of which must be there (all
    # groups must hold), and ``probe`` is a pattern that must be found.  The pattern is
    # run only on the lines of a text that hold them all (no pattern crosses a line
    # break), and not at all on a text without them.
    needs: tuple[tuple[str, ...], ...] = ()
    probe: re.Pattern | None = None
    needles: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        groups = [re.compile("|".join(re.escape(w) for w in sorted(g, key=len, reverse=True)))
                  for g in self.needs]
        object.__setattr__(self, "needles", (*groups, *([self.probe] if self.probe else [])))

    def lines_with(self, lowered: str, line_starts: list[int],
                   seen: dict[str, set[int]] | None = None) -> set[int] | None:
        """The lines (indexes into ``line_starts``) of the lower-cased text that hold what
        a match needs; None when the rule needs nothing.  ``seen`` keeps the lines of each
        word list for the next rule that needs the same one (months, units...)."""
        lines: set[int] | None = None
        seen = {} if seen is None else seen
        for needle in self.needles:
            found = seen.get(needle.pattern)
            if found is None:
                found = seen[needle.pattern] = {bisect_right(line_starts, m.start()) - 1
                                                for m in needle.finditer(lowered)}
            lines = found if lines is None else lines & found
            if not lines:
                break
        return lines

    def matches(self, text: str, lowered: str, line_starts: list[int],
                seen: dict[str, set[int]] | None = None) -> Iterator[re.Match]:
        """Every match of the pattern in ``text``, looked for on the lines that may hold
        one (the same matches as a scan of the whole text: tests compare them)."""
        lines = self.lines_with(lowered, line_starts, seen) \
            if len(lowered) == len(text) else None
        if lines is None:
            yield from self.pattern.finditer(text)
            return
        for k in sorted(lines):
            end = line_starts[k + 1] if k + 1 < len(line_starts) else len(text)
            yield from self.pattern.finditer(text, line_starts[k], end)


def _ci(words: str) -> str:
    return "(?i:" + words.replace(" ", SP) + ")"


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, most specific first (the order breaks ties between equally long
    matches)."""
    L = lexicon()
    edge = rf"(?:(?P<edge>{L.edge})(?:-|{SP}))?"
    weekday_prefix = rf"(?:(?P<wd>{L.weekday_full}|{L.weekday_abbr}\.?),?{SP})?"
    month_any = rf"(?P<mon>{L.month_full}|{L.month_abbr}\.?)"
    month_word = rf"(?P<mon>{L.month_full}|{L.month_abbr}\.)"
    year = rf"(?P<y>{YEAR})(?!\d|[.,]\d)"
    rel_year = rf"(?P<rel>{_ci('this|last|next')}){SP}{_ci('year')}"
    of_year = rf"(?:(?:{SP}{_ci('of')})?{SP}(?:{year}|{rel_year}))"
    # "the second quarter of fiscal 2010": one expression, the quarter of that fiscal year
    of_fiscal = rf"(?:{SP}{_ci('of')}{SP}{_ci('fiscal')}(?:{SP}{_ci('year')})?{SP}(?P<yf>{YEAR}))"
    the = rf"(?:(?P<the>{_ci('the')}){SP})?"
    num = rf"(?P<num>{L.number})(?:{SP}(?P<half>{_ci('and a half')}))?"
    fiscal = rf"(?:{_ci('financial|fiscal')}{SP})?"
    art = rf"(?P<art>{_ci('an|a')})(?:{SP}(?P<arthalf>{_ci('half')}))?"
    unit_tail = rf"(?P<unit>{L.unit_any})(?:{SP}(?P<half2>{_ci('and a half')}))?"
    zone = "".join((rf"(?:{SP}(?P<zone>{L.zone_utc}|{L.zone_other}))?",
                    rf"(?:{SP}\((?:GMT|UTC){SPO}(?P<off>[+−-]{SPO}\d{{1,2}})\))?"))
    table = (
        _rule("date.iso", cal.r_iso,
              rf"{B}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])",
              r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?![\w-])"),
        _rule("date.numeric", cal.r_numeric,
              r"(?<![\w/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/",
              r"(?P<y>\d{4}|\d{2})(?![\w/])"),
        _rule("date.month_day", cal.r_month_day,
              rf"{B}{weekday_prefix}{month_any}{SP}{DAY}(?:,?{SP}{year})?(?!\w|[.:,]\d)"),
        _rule("date.day_month", cal.r_day_month,
              rf"{B}{weekday_prefix}(?:{_ci('the')}{SP})?{DAY}(?:{SP}{_ci('of')})?",
              rf"{SP}{month_any}(?:,?{SP}{year})?(?![\w-])"),
        _rule("date.holiday", cal.r_holiday, rf"{B}(?P<h>{L.holiday})(?:{SP}{year})?{E}"),
        _rule("date.movable_holiday", cal.r_movable_holiday,
              rf"{B}(?P<h>{L.movable_holiday})(?:{SP}{year})?(?![\w-])"),
        _rule("month.relative_year", cal.r_month_relative_year,
              rf"{B}{edge}{month_word}(?:{SP}{_ci('of')})?{SP}",
              rf"(?P<rel>{_ci('this|last|next')}){SP}{_ci('year')}{E}"),
        _rule("month.year", cal.r_month_year,
              rf"{B}{edge}(?P<mon>{L.month_full}|{L.month_abbr}\.?)",
              rf"(?:{SP}{_ci('of')}|,)?{SP}{year}(?!\w)"),
        _rule("month", cal.r_month,
              rf"{B}(?:(?<!the )(?<!The )(?P<rel>{_ci('this past|this coming|last|next|this')})",
              rf"{SP})?{edge}{month_word}(?![\w-]|\.\w)"),
        _rule("fiscal_year", cal.r_fiscal,
              rf"{B}(?:{_ci('fiscal')}(?:(?:-|{SP}){_ci('year')})?{SP}(?P<y>{YEAR})",
              rf"|FY{SPO}(?P<y2>{YEAR}|\d\d)",
              rf"|(?:{_ci('the')}{SP})?(?P<y3>{YEAR}){SP}{_ci('fiscal')}{SP}{_ci('year')})(?!\w)"),
        _rule("decade", cal.r_decade,
              rf"{B}{the}{edge}(?:(?P<dec>1\d\d0|20\d0)|['’](?P<dd>\d0))['’]?s(?!\w)"),
        _rule("century", cal.r_century,
              rf"{B}{the}{edge}(?P<n>\d{{1,2}})(?:st|nd|rd|th)(?:-|{SP}){_ci('century')}{E}"),
        _rule("millennium", rel.r_millennium,
              rf"{B}{the}(?:(?P<n>[1-3])(?:st|nd|rd)|(?P<nw>{_ci('first|second|third')}))"
              rf"(?:-|{SP}){_ci('millennium')}{E}"),
        _rule("quarter", cal.r_quarter,
              rf"{B}{the}(?:(?P<fyq>{_ci('fiscal')}{SP})?(?P<yq>{YEAR}){SP})?(?:(?P<fq0>{_ci('fiscal|financial')}){SP}(?=\w+(?:-|{SP}){_ci('quarter')}))?",
              rf"(?:(?P<ord>{L.ordinal})(?:-|{SP})",
              rf"(?:(?P<fq>{_ci('fiscal|financial')})",
              rf"{SP})?{_ci('quarter')}|(?P<q>Q[1-4])|(?P<qm>{L.month_full})(?:-|{SP})",
              rf"{_ci('quarter')})",
              rf"(?:{of_fiscal}|{of_year})?(?!\w)"),
        _rule("half", cal.r_half,
              rf"{B}{the}(?P<ord>{_ci('first|second|latter|last')}){SP}{_ci('half of')}{SP}",
              rf"(?:{year}|(?P<rel>{_ci('this|last|next|the')}){SP}{_ci('year')}",
              rf"|{_ci('fiscal')}(?:{SP}{_ci('year')})?{SP}(?P<yf>{YEAR})){E}"),
        _rule("season", cal.r_season,
              rf"{B}(?:(?P<mod>{_ci('this past|this|last|next|the')}){SP})?{edge}",
              rf"(?P<s>{L.season}){of_year}?{E}"),
        _rule("year", cal.r_year,
              rf"(?<![\w$€£¥#.,/'’:]){edge}(?P<y>{YEAR})(?![\w%]|[.,:]\d)"),
        _rule("year.words", cal.r_year_words,
              rf"{B}(?:(?P<the>{_ci('the year')}){SP})?(?P<c>{_ci('nineteen|two thousand')})",
              rf"(?:{SP}(?:{_ci('and')}{SP})?(?P<n>{L.number}))?{E}"),
        _rule("weekday", rel.r_weekday,
              rf"{B}(?:(?P<edge>{L.edge}){SP})?",
              rf"(?:(?P<rel>{_ci('this past|this coming|last|next|this|coming|past')}){SP}",
              rf"|{_ci('the')}{SP}(?P<nrel>{_ci('previous|preceding|following')}){SP})?",
              rf"(?P<wd>{L.weekday_full})(?:{SP}(?P<part>{L.day_part}))?{E}"),
        _rule("set.weekday", rel.r_weekday_set, rf"{B}(?P<wd>{L.weekday_full})s(?!\w)"),
        _rule("set.calendar", rel.r_calendar_set,
              rf"{B}{_ci('every|each')}{SP}(?:(?P<wd>{L.weekday_full})|(?P<mon>{L.month_full})",
              rf"|(?P<s>{L.season})){E}"),
        _rule("deictic_day", rel.r_deictic,
              rf"{B}(?:(?P<edge>{L.edge}){SP})?",
              rf"(?P<w>{_ci('yesterday|today|tomorrow|tonight')})",
              rf"(?:{SP}(?P<part>{L.day_part}))?{E}"),
        _rule("day_part", rel.r_day_part,
              rf"{B}(?P<rel>{_ci('this|last')}){SP}(?P<part>{L.day_part}){E}"),
        _rule("relative", rel.r_relative,
              rf"{B}(?<!the )(?<!The )(?:(?P<edge>{L.edge}){SP})?",
              rf"(?:{_ci('the')}{SP}(?={_ci('current')}))?",
              rf"(?P<rel>{_ci('this past|this coming|last|this|next|previous|current')}){SP}",
              rf"{fiscal}(?P<unit>{_ci('week|weekend|month|year|decade|century|quarter')}){E}"),
        _rule("weekend", rel.r_the_weekend, rf"{B}{_ci('the')}{SP}{_ci('weekend')}{E}"),
        _rule("duration.ended", rel.r_year_ended,
              rf"{B}{_ci('the')}{SP}{_ci('year')}(?={SP}{_ci('ended|ending')}{SP})"),
        _rule("the_year", rel.r_the_year,
              rf"{B}{_ci('the')}{SP}(?:{_ci('fiscal')}{SP})?{_ci('year')}(?![\w-])",
              rf"(?!{SP}(?:{_ci('earlier|ago|before|after|later|ended|ending|end')}|\d)\b)"),
        _rule("period_of", rel.r_period_of,
              rf"{B}{the}{_ci('beginning|start|end|middle|turn|close')}{SP}{_ci('of the')}",
              rf"{SP}(?P<unit>{_ci('year|month|week|decade|century')}){E}"),
        _rule("ordinal_day", cal.r_ordinal_day,
              rf"{B}{_ci('the|its|his|her|their')}{SP}",
              rf"(?:{_ci('|'.join(L.data['day_ordinals']))}|\d{{1,3}}(?:st|nd|rd|th))",
              rf"{SP}{_ci('day')}(?![\w-])"),
        _rule("narrative", nar.r_narrative,
              rf"{B}(?:{L.edge}{SP})?(?:{_ci('the')}{SP}",
              rf"(?P<rel>{_ci('following|next|previous|preceding|prior|same|coming')})",
              rf"|{_ci('that')}){SP}(?P<unit>{_ci('day|week|month|year')}){E}"
              rf"|{B}{_ci('the')}{SP}(?:{_ci('comparable')}{SP})?",
              rf"(?:(?P<qrel>{_ci('same|previous|preceding|prior|following|latest')}",
              rf"|{_ci('year-ago|year-earlier')}){SP})?(?:(?P<qord>{L.ordinal}){SP})?",
              rf"(?P<qunit>{_ci('quarter|period')})",
              rf"(?:{SP}(?P<qback>{_ci('last year|a year ago|a year earlier|of last year')}",
              rf"|{_ci('the previous year|of the previous year|the year before')}))?{E}"
              rf"|{B}(?P<qadj>{_ci('year-ago|year-earlier')})(?={SP}[a-z])",
              rf"(?!{SP}\w+{SP}{_ci('days?|weeks?|months?|quarters?|years?')}\b)"),
        _rule("ago", rel.r_ago,
              rf"{B}(?:{L.approximator}{SP})?(?:(?:{num}|{art}|(?P<vague>{L.vague})){SP})?",
              rf"{unit_tail}(?:{SP}{_ci('or so')})?{SP}(?P<dir>{_ci('ago|from now|hence')}){E}"),
        _rule("later", rel.r_later,
              rf"{B}(?:{L.approximator}{SP})?(?:{num}|{art}){SP}",
              rf"{unit_tail}{SP}(?P<dir>{_ci('later|earlier|afterwards|afterward')}){E}"),
        _rule("duration.bounded", rel.r_duration_bounded,
              rf"{B}{_ci('the')}{SP}",
              rf"(?P<rel>{_ci('past|last|next|coming|previous|following|first|latest|prior')})",
              rf"{SP}(?:(?:{num}|(?P<vague>{_ci('few|several|couple of|many')})){SP})?",
              rf"(?:(?P<fiscal>{_ci('financial|fiscal')}){SP})?(?P<unit>{L.unit_any}){E}"),
        _rule("set", rel.r_set,
              rf"{B}(?P<q>{_ci('every|each|per|an|a')}){SP}",
              rf"(?:(?P<num>{L.number}|{_ci('other')}){SP})?(?P<unit>{L.unit_any}){E}"),
        _rule("duration", rel.r_duration,
              rf"{B}(?:{L.approximator}{SP})?(?:{num}|{art}|(?P<vague>{L.vague})|",
              rf"(?P<num2>{_ci('a half|half an|half a')})){SP}",
              rf"(?:{_ci('more|additional|extra|further')}{SP})?{unit_tail}{E}"),
        _rule("duration.adjective", rel.r_duration_adjective,
              rf"{B}(?:(?P<num>{L.number}|{_ci('half')})-|(?=(?:{L.unit_singular})-{_ci('long')}))",
              rf"(?P<unit>{L.unit_singular})",
              rf"(?:-(?P<long>{_ci('long')}))?(?![\w]|-{_ci('old')})"),
        _rule("duration.vague", rel.r_duration_vague,
              rf"{B}(?:(?P<the>{_ci('the')}){SP}(?<=over the ))?",
              rf"(?P<unit>{_ci('years|decades|months|weeks|days|hours|centuries')})",
              rf"(?P<long>-{_ci('long')})?{E}"),
        _rule("set.word", rel.r_set_word, rf"{B}(?P<w>{L.set_word}){E}"),
        _rule("clock", clk.r_clock,
              r"(?<![\w:.,/$])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?::[0-5]\d)?",
              rf"(?:{SPO}(?P<ampm>{AMPM}))?{zone}(?![\w:])"),
        _rule("clock.ampm", clk.r_clock,
              rf"(?<![\w:.,/$])(?P<h>1[0-2]|0?[1-9])(?P<min>){SPO}(?P<ampm>{AMPM}){zone}"),
        _rule("clock.military", clk.r_clock_military,
              rf"(?<![\w:.,/$])(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d){SP}(?P<zone>GMT|UTC)(?!\w)"),
        _rule("clock.noon", clk.r_noon, rf"{B}(?P<w>{_ci('noon|midday|midnight')}){E}"),
        _rule("ref", rel.r_ref, rf"{B}{L.ref}{E}"),
    )
    needs = _needs(L)
    return tuple(replace(rule, **needs[rule.name]) for rule in table)


def prepare() -> None:
    """Compile the grammar now rather than on the first text."""
    rules()
    _folds_to_ascii()


def _needs(L: Lexicon) -> dict[str, dict]:
    """What each rule's matches must contain (see :class:`Rule`), from the same word lists
    as the patterns; a test checks every match of every rule on real text against it."""
    months = (tuple(L.month_of),)
    units = (tuple(L.units),)
    unit_words = ("week", "month", "year", "decade", "century", "quarter")
    spaced = r"[ \t\u00a0]*"
    return {
        "date.iso": {"probe": re.compile(r"[0-9]-[01][0-9]-")},
        "date.numeric": {"probe": re.compile(r"[0-9]/[0-9]")},
        "date.month_day": {"needs": months},
        "date.day_month": {"needs": months},
        "date.holiday": {"needs": (_words(L.holidays),)},
        "date.movable_holiday": {"needs": (_words(L.movable_holidays),)},
        "month.relative_year": {"needs": (*months, ("year",))},
        "month.year": {"needs": months},
        "month": {"needs": months},
        "fiscal_year": {"needs": (("fiscal", "fy"),)},
        "decade": {"needs": (("0s", "0's", "0’s"),)},
        "century": {"needs": (("century",),)},
        "millennium": {"needs": (("millennium",),)},
        "quarter": {"needs": (("quarter", "q1", "q2", "q3", "q4"),)},
        "half": {"needs": (("half",),)},
        "season": {"needs": (_words(L.seasons),)},
        "year": {"probe": re.compile(r"[12][0-9][0-9][0-9]")},
        "year.words": {"needs": (("nineteen", "thousand"),)},
        "weekday": {"needs": (tuple(L.weekday_of),)},
        "set.weekday": {"needs": (tuple(L.weekday_of),)},
        "set.calendar": {"needs": (("every", "each"),)},
        "deictic_day": {"needs": (("yesterday", "today", "tomorrow", "tonight"),)},
        "day_part": {"needs": (_words(L.day_parts),)},
        "relative": {"needs": (unit_words,)},
        "weekend": {"needs": (("weekend",),)},
        "duration.ended": {"needs": (("year",),)},
        "period_of": {"needs": (("beginning", "start", "end", "middle", "turn", "close"),
                                ("year", "month", "week", "decade", "century"))},
        "the_year": {"needs": (("year",),)},
        "narrative": {"needs": (("day", "week", "month", "year", "quarter", "period"),)},
        "ordinal_day": {"needs": (("day",),)},
        "ago": {"needs": (*units, ("ago", "hence", "now"))},
        "later": {"needs": (*units, ("later", "earlier", "afterwards", "afterward"))},
        "duration.bounded": {"needs": units},
        "set": {"needs": units},
        "duration": {"needs": units},
        "duration.adjective": {"probe": re.compile(rf"-{L.unit_singular}|{L.unit_singular}-long")},
        "duration.vague": {"needs": (("years", "decades", "months", "weeks", "days", "hours",
                                      "centuries"),)},
        "set.word": {"needs": (_words(L.sets),)},
        "clock": {"probe": re.compile(r"[0-9]:[0-5][0-9]")},
        "clock.ampm": {"probe": re.compile(rf"[0-9]{spaced}[ap]\.?m")},
        "clock.military": {"needs": (("gmt", "utc"),)},
        "clock.noon": {"needs": (("noon", "midday", "midnight"),)},
        "ref": {"needs": (_words(L.refs),)},
    }


def _rule(name: str, handler: Handler, *parts: str) -> Rule:
    return Rule(name, re.compile("".join(parts)), handler)


def _words(phrases) -> tuple[str, ...]:
    """One word of each phrase (its longest), lower-cased: a phrase is only there if
    that word is."""
    return tuple({max(p.lower().split(), key=len) for p in phrases})


# Characters outside ASCII that Python's case-insensitive matching takes for an ASCII
# letter (the long s for "s", the Kelvin sign for "k", dotted and dotless i), mapped to
# that letter before the rules run (one character each, so offsets stay).  Otherwise
# "yearſ" would match "years" but not be found in the table of units, and lower-casing
# would not show the words a rule needs.
# (Python's engine pairs a letter with its simple lower and upper case and a few fixed
# equivalents, all of which show in ``lower()`` or ``upper()``: only those are tried.)
# Trying 63,000 characters takes 0.04 s: the table is kept in the cache folder (its key
# covers Python's version, whose engine it reads), built on first use, not on import (the
# cleaner, which the store imports, imports this).
@lru_cache(maxsize=1)
@cache.on_disk("ascii-folds")
def _ascii_folds() -> dict[int, str]:
    return {c: letter for c in range(128, 0x10000) if not 0xD800 <= c < 0xE000
            and re.search("[a-zA-Z]", chr(c).lower() + chr(c).upper())
            for letter in "abcdefghijklmnopqrstuvwxyz"
            if re.fullmatch("(?i:" + re.escape(chr(c)) + ")", letter)}


@lru_cache(maxsize=1)
def _folds_to_ascii() -> re.Pattern:
    return re.compile("[" + "".join(map(chr, _ascii_folds())) + "]")


def _folded(text: str) -> str:
    """``text`` with the letters of :func:`_ascii_folds` mapped to ASCII."""
    return text.translate(_ascii_folds()) if _folds_to_ascii().search(text) else text


_LINE_BREAK = re.compile("\n")

# "the end of 2009", "the beginning of December": the edge of a period keeps its value.
_EDGE_OF = re.compile(rf"(?:(?i:the){SP})?(?i:beginning|start|end|middle|turn|close){SP}"
                      rf"(?i:of){SP}$")


def find(text: str, doc: Doc | None = None,
         removed: Callable[[int, int], bool] | None = None) -> list[Found]:
    """Every time expression in ``text`` (longest wins where two overlap), in text order.
    ``doc`` (a parse of ``text``) lets the guards read parts of speech; ``removed`` says
    which stretches are not article body."""
    text = _folded(text)
    chosen = _second_day(text, _season_of_year(text, clk.join_clock_weekday(
        text, _longest(text, rules(), doc, removed))))
    for found in chosen:
        # not "the start of Monday's opening": the edge is the opening's, not Monday's
        possessive = text.startswith(("'s", "’s"), found.end)
        if found.type == "DATE" and found.rule not in ("ref", "narrative") and not possessive:
            m = _EDGE_OF.search(text, max(0, found.start - 30), found.start)
            if m and m.end() == found.start and not (removed and removed(m.start(), found.start)):
                found.start = m.start()
    return chosen


_OF = re.compile(rf"{SP}(?i:of){SP}")


def _season_of_year(text: str, found: list[Found]) -> list[Found]:
    """ "the winter of nineteen ninety-four": a season and the year said in words after it
    are one DATE, as "the winter of 1994" is (the season rule reads written years only)."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.rule == "season" and f.rule == "year" and f.absolute
                and _OF.fullmatch(text, prev.end, f.start)):
            y, season = f.absolute[0], prev

            def resolve(env: cal.Env, y=y, season=season) -> str | None:
                value = season.resolve(env)
                return f"{y:04d}-{value.rsplit('-', 1)[1]}" if value and "-" in value else None

            out[-1] = Found(prev.start, f.end, "season", "DATE", resolve,
                            absolute=(y, None, None))
            continue
        out.append(f)
    return out


# "April 24 and 25": the bare second day, then the end of the clause or a function word
# (not "June 3 and 4 soldiers").
_SECOND_DAY = re.compile(r"[ \t]+(?:and|or)[ \t]+(?P<d>[0-3]?\d)(?![\w.,:%-]\d|\w)"
                         r"(?=[ \t]*(?:[.,;:)\"”]|$|(?:in|at|on|for|when|while|as|with|from|"
                         r"during|to|and|but|before|after|respectively)\b))")


def _second_day(text: str, found: list[Found]) -> list[Found]:
    """ "on April 24 and 25": the second day is a DATE of its own in the first's month
    and year, as TimeML marks it (its extent the number alone).  Only after a day written
    with its month ("date.month_day", with or without its year), and a later day of that
    month."""
    out: list[Found] = []
    for f in found:
        out.append(f)
        if f.rule not in ("date.month_day", "date.month_day_year"):
            continue
        m = _SECOND_DAY.match(text, f.end)
        # the first day as written: the one of "April 24, 2009" (its ``absolute``), not the
        # last digits of its year
        first = f.absolute[2] if f.absolute and f.absolute[2] else (
            int(d[1]) if (d := re.search(r"(\d{1,2})\s*$", text[f.start:f.end])) else None)
        if m is None or first is None or not first < int(m["d"]) <= 31:
            continue
        d2 = int(m["d"])

        def resolve(env: cal.Env, f=f, d2=d2) -> str | None:
            value = f.resolve(env)
            if not (value and re.fullmatch(r"\d{4}-\d\d-\d\d", value)
                    and valid_date(int(value[:4]), int(value[5:7]), d2)):
                return None
            return f"{value[:8]}{d2:02d}"

        absolute = f.absolute and (f.absolute[0], f.absolute[1], d2)
        if absolute and None not in absolute and not valid_date(*absolute):
            continue  # "April 30 and 31": no such day
        out.append(Found(m.start("d"), m.end("d"), f.rule, "DATE", resolve,
                         tense_dependent=f.tense_dependent, absolute=absolute or None))
    return out


# The rules that read a day written out in full: a date line's or a dateline's date.
_DAY_RULES = frozenset({"date.iso", "date.month_day", "date.day_month"})


def written_days(text: str) -> list[tuple[int, int, date]]:
    """Each day ``text`` writes out in full, with its year, as (start, end, day) in text
    order: "November 20, 2021", "Sat., Nov. 20, 2021", "20th November 2021", "2021-11-20"
    (with a weekday before it, "the" and "of": "Saturday, the 20th of November 2021").
    Read by the date rules of :func:`find` alone, longest first where two overlap, without
    a parse; a day the calendar lacks ("November 31, 2021") is none, and so is a date with
    a clock time joined to it ("2021-11-20T10:30" is a time)."""
    text = _folded(text)
    table = tuple(rule for rule in rules() if rule.name in _DAY_RULES)
    return [(found.start, found.end, date(*found.absolute))
            for found in _longest(text, table, None, None)
            if found.type == "DATE" and found.absolute is not None
            and None not in found.absolute]


def _longest(text: str, table: tuple[Rule, ...], doc: Doc | None,
             removed: Callable[[int, int], bool] | None) -> list[Found]:
    """What the rules of ``table`` find in ``text``, the longest wherever two overlap (the
    earlier rule, then the earlier start, between equally long ones), in text order."""
    scan = Scan(text, doc)
    candidates: list[tuple[int, int, Found]] = []
    lowered = text.lower()
    line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]
    seen: dict[str, set[int]] = {}
    for order, rule in enumerate(table):
        for m in rule.matches(text, lowered, line_starts, seen):
            found = rule.handler(m, scan, lexicon())
            if found is None or found.end <= found.start:
                continue
            if removed is not None and removed(found.start, found.end):
                continue
            candidates.append((order, found.end - found.start, found))
    candidates.sort(key=lambda c: (-c[1], c[0], c[2].start))
    chosen: list[Found] = []
    taken = bytearray(len(text))
    for _, _, found in candidates:
        if not any(taken[found.start:found.end]):
            chosen.append(found)
            taken[found.start:found.end] = b"\x01" * (found.end - found.start)
    chosen.sort(key=lambda f: f.start)
    return chosen
