"""The grammar of time expressions: the table of rules (name, pattern, handler) and
:func:`find`, which runs them over a text and keeps the longest expression wherever two
overlap.  Patterns are built from the words in ``data/timex.yaml``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import times_calendar as cal
from . import times_relative as rel
from .times_calendar import AMPM, B, DAY, E, YEAR, Found, Scan
from .times_lexicon import SP, Lexicon, lexicon

Handler = Callable[[re.Match, Scan, Lexicon], "Found | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    handler: Handler


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
    the = rf"(?:(?P<the>{_ci('the')}){SP})?"
    num = rf"(?P<num>{L.number})(?:{SP}(?P<half>{_ci('and a half')}))?"
    unit_tail = rf"(?P<unit>{L.unit_any})(?:{SP}(?P<half2>{_ci('and a half')}))?"
    zone = rf"(?:{SP}(?P<zone>{L.zone_utc}|{L.zone_other}))?(?:{SP}\((?:GMT|UTC)[^)\n]{{0,8}}\))?"
    table: list[tuple[str, str, Handler]] = [
        ("date.iso", rf"{B}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
                     rf"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?![\w-])", cal.r_iso),
        ("date.numeric", r"(?<![\w/.-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/"
                         r"(?P<y>\d{4}|\d{2})(?![\w/])", cal.r_numeric),
        ("date.month_day", rf"{B}{weekday_prefix}{month_any}{SP}{DAY}"
                           rf"(?:,?{SP}{year})?(?!\w|[.:,]\d)", cal.r_month_day),
        ("date.day_month", rf"{B}{weekday_prefix}(?:{_ci('the')}{SP})?{DAY}(?:{SP}{_ci('of')})?"
                           rf"{SP}{month_any}(?:,?{SP}{year})?(?![\w-])", cal.r_day_month),
        ("date.holiday", rf"{B}(?P<h>{L.holiday})(?:{SP}{year})?{E}", cal.r_holiday),
        ("month.relative_year", rf"{B}{edge}{month_word}(?:{SP}{_ci('of')})?{SP}"
                                rf"(?P<rel>{_ci('this|last|next')}){SP}{_ci('year')}{E}",
         cal.r_month_relative_year),
        ("month.year", rf"{B}{edge}(?P<mon>{L.month_full}|{L.month_abbr}\.?)"
                       rf"(?:{SP}{_ci('of')}|,)?{SP}{year}(?!\w)", cal.r_month_year),
        ("month", rf"{B}{edge}{month_word}(?![\w-]|\.\w)", cal.r_month),
        ("fiscal_year", rf"{B}(?:{_ci('fiscal')}(?:{SP}{_ci('year')})?{SP}(?P<y>{YEAR})"
                        rf"|FY{SP}?(?P<y2>{YEAR}|\d\d))(?!\w)", cal.r_fiscal),
        ("decade", rf"{B}{the}{edge}(?:(?P<dec>1\d\d0|20\d0)|['’](?P<dd>\d0))['’]?s(?!\w)",
         cal.r_decade),
        ("century", rf"{B}{the}{edge}(?P<n>\d{{1,2}})(?:st|nd|rd|th)(?:-|{SP}){_ci('century')}"
                    rf"{E}", cal.r_century),
        ("quarter", rf"{B}{the}(?:(?P<ord>{L.ordinal})(?:-|{SP}){_ci('quarter')}|(?P<q>Q[1-4]))"
                    rf"{of_year}?(?!\w)", cal.r_quarter),
        ("half", rf"{B}{the}(?P<ord>{_ci('first|second')}){SP}{_ci('half of')}{SP}"
                 rf"(?:{year}|(?P<rel>{_ci('this|last|next|the')}){SP}{_ci('year')}){E}",
         cal.r_half),
        ("season", rf"{B}(?:(?P<mod>{_ci('this past|this|last|next|the')}){SP})?{edge}"
                   rf"(?P<s>{L.season}){of_year}?{E}", cal.r_season),
        ("year", rf"(?<![\w$€£¥#.,/'’:]){edge}(?P<y>{YEAR})(?![\w%]|[.,:]\d)", cal.r_year),
        ("weekday", rf"{B}(?:(?P<rel>{_ci('this past|this coming|last|next|this|coming|past')})"
                    rf"{SP})?(?P<wd>{L.weekday_full})(?:{SP}(?P<part>{L.day_part}))?{E}",
         rel.r_weekday),
        ("set.weekday", rf"{B}(?P<wd>{L.weekday_full})s(?!\w)", rel.r_weekday_set),
        ("deictic_day", rf"{B}(?P<w>{_ci('yesterday|today|tomorrow|tonight')})"
                        rf"(?:{SP}(?P<part>{L.day_part}))?{E}", rel.r_deictic),
        ("day_part", rf"{B}(?P<rel>{_ci('this|last')}){SP}(?P<part>{L.day_part}){E}",
         rel.r_day_part),
        ("relative", rf"{B}(?<!the )(?<!The )(?:(?P<edge>{L.edge}){SP})?"
                     rf"(?P<rel>{_ci('this past|this coming|last|this|next|previous|current')})"
                     rf"{SP}(?P<unit>{_ci('week|weekend|month|year|decade|century|quarter')}){E}",
         rel.r_relative),
        ("period_of", rf"{B}{the}{_ci('beginning|start|end|middle|turn|close')}{SP}"
                      rf"{_ci('of the')}{SP}(?P<unit>{_ci('year|month|week|decade|century')}){E}",
         rel.r_period_of),
        ("narrative", rf"{B}(?:{_ci('the')}{SP}"
                      rf"(?P<rel>{_ci('following|next|previous|preceding|same|coming')})"
                      rf"|{_ci('that')}){SP}(?P<unit>{_ci('day|week|month|year')}){E}",
         rel.r_narrative),
        ("ago", rf"{B}(?:{L.approximator}{SP})?(?:(?:{num}|(?P<vague>{L.vague})){SP})?"
                rf"{unit_tail}{SP}(?P<dir>{_ci('ago|from now|hence')}){E}", rel.r_ago),
        ("duration.bounded", rf"{B}{_ci('the')}{SP}"
                             rf"(?P<rel>{_ci('past|last|next|coming|previous|following|first')})"
                             rf"{SP}(?:(?:{num}|(?P<vague>{_ci('few|several|couple of|many')}))"
                             rf"{SP})?(?P<unit>{L.unit_any}){E}", rel.r_duration_bounded),
        ("set", rf"{B}(?P<q>{_ci('every|each|per|an|a')}){SP}(?:(?P<num>{L.number}|"
                rf"{_ci('other')}){SP})?(?P<unit>{L.unit_any}){E}", rel.r_set),
        ("duration", rf"{B}(?:{L.approximator}{SP})?(?:{num}|(?P<vague>{L.vague})|"
                     rf"(?P<num2>{_ci('a half|half an|half a')})){SP}{unit_tail}{E}",
         rel.r_duration),
        ("duration.adjective", rf"{B}(?P<num>{L.number}|{_ci('half')})-(?P<unit>{L.unit_singular})"
                               rf"(?:-{_ci('long')})?(?![\w]|-{_ci('old')})",
         rel.r_duration_adjective),
        ("duration.vague", rf"{B}(?:(?P<the>{_ci('the')}){SP}(?<=over the ))?"
                           rf"(?P<unit>{_ci('years|decades|months|weeks|days|hours|centuries')})"
                           rf"(?P<long>-{_ci('long')})?{E}", rel.r_duration_vague),
        ("set.word", rf"{B}(?P<w>{L.set_word}){E}", rel.r_set_word),
        ("clock", rf"(?<![\w:.,/$])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?::[0-5]\d)?"
                  rf"(?:{SP}?(?P<ampm>{AMPM}))?{zone}(?![\w:])", rel.r_clock),
        ("clock.ampm", rf"(?<![\w:.,/$])(?P<h>1[0-2]|0?[1-9])(?P<min>)"
                       rf"{SP}?(?P<ampm>{AMPM}){zone}", rel.r_clock),
        ("clock.military", rf"(?<![\w:.,/$])(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d){SP}"
                           rf"(?P<zone>GMT|UTC)(?!\w)", rel.r_clock_military),
        ("clock.noon", rf"{B}(?P<w>{_ci('noon|midnight')}){E}", rel.r_noon),
        ("ref", rf"{B}{L.ref}{E}", rel.r_ref),
    ]
    return tuple(Rule(name, re.compile(p), h) for name, p, h in table)


# "the end of 2009", "the beginning of December": the edge of a period keeps its value.
_EDGE_OF = re.compile(rf"(?:(?i:the){SP})?(?i:beginning|start|end|middle|turn|close){SP}"
                      rf"(?i:of){SP}$")


def find(text: str, doc: Doc | None = None,
         removed: Callable[[int, int], bool] | None = None) -> list[Found]:
    """Every time expression in ``text`` (longest wins where two overlap), in text order.
    ``doc`` (a parse of ``text``) lets the guards read parts of speech; ``removed`` says
    which stretches are not article body."""
    scan = Scan(text, doc)
    candidates: list[tuple[int, int, Found]] = []
    for order, rule in enumerate(rules()):
        for m in rule.pattern.finditer(text):
            found = rule.handler(m, scan, lexicon())
            if found is None or found.end <= found.start:
                continue
            if removed is not None and removed(found.start, found.end):
                continue
            candidates.append((order, found.end - found.start, found))
    candidates.sort(key=lambda c: (-c[1], c[0], c[2].start))
    chosen: list[Found] = []
    for _, _, found in candidates:
        if all(found.end <= f.start or found.start >= f.end for f in chosen):
            chosen.append(found)
    chosen.sort(key=lambda f: f.start)
    for found in chosen:
        if found.type == "DATE" and found.rule not in ("ref", "narrative"):
            m = _EDGE_OF.search(text, max(0, found.start - 30), found.start)
            if m and m.end() == found.start and not (removed and removed(m.start(), found.start)):
                found.start = m.start()
    return chosen
