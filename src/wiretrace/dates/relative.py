"""Expressions read against the publication date or another time (weekdays, "yesterday",
"last week", "two years ago"), durations, frequencies, clock times
and the PRESENT/PAST/FUTURE_REF words.  Handlers as in :mod:`times_calendar`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import values as tv
from .calendar import Env, Found, Scan, _unresolved, fiscal_period, results_near
from .narrative import _DAY, _QUARTER, _STEP
from .words import Lexicon


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


# --- weekdays and deictic days ------------------------------------------------------------

def r_weekday(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    if scan.word_before(m.start()).capitalize() in L.data["weekday_blockers"]:
        return None  # "Super Tuesday", "Black Friday"
    wd = L.weekday_of[m["wd"].lower()]
    rel = _norm(m["rel"] or "")
    part = L.day_parts.get((m["part"] or "").lower())
    shift = {"last": -1, "next": 1}.get(rel, 0)
    step = _STEP.get(_norm(m["nrel"] or ""), 0)

    def resolve(env: Env) -> str | None:
        suffix = f"T{part}" if part else ""
        if step and env.last and _DAY.fullmatch(env.last):
            # "the previous Friday", "the following Monday": counted from the day the
            # sentence or the one before tells of, as "the previous day" is
            return tv.weekday_beside(tv.date.fromisoformat(env.last), wd, step).isoformat() \
                + suffix
        if env.anchor is None:
            return f"XXXX-WXX-{wd}{suffix}"
        if step:
            return tv.weekday_beside(env.anchor, wd, step).isoformat() + suffix
        tense = env.tense
        if rel in ("this coming", "coming"):
            tense = "future"
        elif rel in ("this past", "past"):
            tense = "past"
        elif rel == "this":
            tense = "present"
        return tv.weekday_date(env.anchor, wd, tense, shift).isoformat() + suffix

    return Found(m.start(), m.end(), "weekday", "TIME" if part else "DATE", resolve,
                 tense_dependent=not (rel or step))


def r_weekday_set(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "on Mondays": every Monday.
    wd = L.weekday_of[m["wd"].lower()]
    return Found(m.start(), m.end(), "set.weekday", "SET", lambda env: f"XXXX-WXX-{wd}")


def r_calendar_set(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "every January" XXXX-01, "each Monday" XXXX-WXX-1, "every summer" XXXX-SU (SET).
    if m["wd"]:
        value = f"XXXX-WXX-{L.weekday_of[m['wd'].lower()]}"
    elif m["mon"]:
        value = f"XXXX-{L.month_of[m['mon'].lower()]:02d}"
    else:
        value = f"XXXX-{L.seasons[m['s'].lower()]}"
    return Found(m.start(), m.end(), "set", "SET", lambda env: value)


def _speaks_of_an_age(m: re.Match, scan: Scan, L: Lexicon) -> bool:
    """ "today's youth", "in today's world", "the people of tomorrow": the present or
    future age, not the day (``era_nouns``); NWR-2014-2 sec. 6.2.2 and TIDES 2005 mark it
    PRESENT_REF / FUTURE_REF, as wiretrace does since round 39 (TimeBank leaves it unmarked,
    as wiretrace did in rounds 30 to 38)."""
    era = L.data["era_nouns"]
    tok = scan.token_at(m.start())
    if tok is None:
        return False
    if tok.dep_ == "poss" or scan.word_after(m.end()) in ("'s", "’s"):
        return tok.head.lower_ in era or tok.head.lemma_.lower() in era
    # "the people of tomorrow", "the world of today"
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in era)


def r_deictic(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    word = m["w"].lower()
    if m["w"][0].isupper():
        # "USA Today", "the Today programme": a name, not the day.
        prev = scan.token_before(m.start())
        if prev is not None and prev.text[:1].isupper() and not prev.is_sent_start:
            return None
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[word]
    part = "NI" if word == "tonight" else L.day_parts.get((m["part"] or "").lower())
    if not part and word in ("today", "tomorrow") and _speaks_of_an_age(m, scan, L):
        # the present or future age, not the day: PRESENT_REF / FUTURE_REF, as NWR-2014-2
        # sec. 6.2.2 ("today" meaning "nowadays") and TIDES 2005 write it (round 39;
        # rounds 30-38 left it unmarked, as TimeBank does)
        age = "PRESENT_REF" if word == "today" else "FUTURE_REF"
        return Found(m.start(), m.end(), "ref", "DATE", lambda env: age)

    def resolve(env: Env) -> str | None:
        day = (env.anchor + timedelta(days=offset)).isoformat() if env.anchor else "XXXX-XX-XX"
        return day + (f"T{part}" if part else "")

    return Found(m.start(), m.end(), "deictic_day", "TIME" if part else "DATE", resolve)


def r_day_part(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "this morning" is the morning of the publication date, "last night" the night before.
    part = L.day_parts[m["part"].lower()]
    offset = -1 if m["rel"].lower() == "last" else 0

    def resolve(env: Env) -> str | None:
        day = (env.anchor + timedelta(days=offset)).isoformat() if env.anchor else "XXXX-XX-XX"
        return f"{day}T{part}"

    return Found(m.start(), m.end(), "day_part", "TIME", resolve)


# --- periods shifted from the anchor or from the text's last date ---------------------------

def r_relative(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "last week" -> 2021-W45, "this year" -> 2021, "earlier this month" -> 2021-11.
    rel = _norm(m["rel"])
    n = {"this past": -1, "this coming": 1}.get(rel, L.relative.get(rel, 0))
    unit = L.units[m["unit"].lower()]
    this_weekend = rel == "this" and unit == "weekend"
    earlier = _norm(m["edge"] or "") == "earlier"

    def resolve(env: Env) -> str | None:
        if env.anchor is None:
            return _unresolved(unit)
        if this_weekend:
            return _this_weekend(env.anchor, env.tense, earlier)
        return tv.shift(env.anchor, unit, n)

    return Found(m.start(), m.end(), "relative", "DATE", resolve,
                 tense_dependent=this_weekend)


def _this_weekend(anchor: date, tense: str, earlier: bool) -> str | None:
    """ "this weekend" written on a weekday is the weekend to come ("will meet this
    weekend"), but in a past clause, or after "earlier", the weekend just gone ("said this
    weekend", written on a Monday: the Saturday and Sunday before), as "over the weekend"
    is read by tense; written on a Saturday or a Sunday, the weekend of writing.  The
    value is the ISO week's weekend: "2021-W46-WE"."""
    if anchor.isoweekday() <= 5 and (tense == "past" or earlier):
        return tv.week_value(tv.weekday_date(anchor, 6, "past")) + "-WE"
    return tv.shift(anchor, "weekend", 0)


def r_the_weekend(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "over the weekend" -> the last weekend in a past clause, the coming one in a future
    clause (its Saturday chosen as a weekday named alone is: "Saturday"); the ISO week's
    weekend, 2021-W46-WE."""
    if scan.word_before(m.start()) not in L.data["weekend_prepositions"]:
        return None

    def resolve(env: Env) -> str | None:
        if env.anchor is None:
            return _unresolved("weekend")
        tense = "past" if env.tense == "none" else env.tense
        return tv.week_value(tv.weekday_date(env.anchor, 6, tense)) + "-WE"

    return Found(m.start(), m.end(), "weekend", "DATE", resolve, tense_dependent=True)


def r_the_year(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """"for the year", "of the year", "for the fiscal year" in a results sentence ("lower
    earnings for the fiscal year", "revenue through the first nine months of the year"):
    the year being reported on, the publication year, as "the beginning of the year" is
    (TimeML 1.2.1 values such an anaphoric "the year" from its context; TimeBank marks it
    in 3 first-half earnings reports).  Outside a results sentence nothing is marked."""
    if scan.word_before(m.start()) not in L.data["year_anaphor_prepositions"]:
        return None
    if not results_near(scan, m):
        return None

    def resolve(env: Env) -> str | None:
        return tv.shift(env.anchor, "year", 0) if env.anchor else _unresolved("year")

    return Found(m.start(), m.end(), "the_year", "DATE", resolve)


def r_period_of(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "the beginning of the year": in news, the current year.
    unit = L.units[m["unit"].lower()]

    def resolve(env: Env) -> str | None:
        return tv.shift(env.anchor, unit, 0) if env.anchor else _unresolved(unit)

    return Found(m.start(), m.end(), "period_of", "DATE", resolve)


def _amount(m: re.Match, L: Lexicon) -> float | None:
    """The number of units a match counts: "two and a half years" 2.5, "a year and a
    half" 1.5, "a half year" 0.5; None when it is vague ("several years")."""
    groups = m.groupdict()
    if groups.get("art"):
        n = 0.5 if groups.get("arthalf") else 1.0
    elif groups.get("num") and not groups.get("vague"):
        n = L.number_value(m["num"])
        if n is None:
            return None
        n += 0.5 if groups.get("half") else 0
    else:
        return None
    return n + 0.5 if groups.get("half2") else n


def r_ago(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "two years ago" -> 2019 on 2021-11-20; "years ago" -> PAST_REF; "a week from now".
    In a results sentence after a quarter ("third-quarter profit rose to $9 million from
    $6 million a year ago") "a year ago" is that quarter a year before (TimeBank values it
    as "a year earlier" and "the year-ago quarter")."""
    unit = L.units[m["unit"].lower()]
    n = _amount(m, L)
    direction = 1 if m["dir"].lower() != "ago" else -1
    ref = "PAST_REF" if direction < 0 else "FUTURE_REF"
    years = n is not None and n == int(n) and direction < 0 and unit == "year"
    results = years and results_near(scan, m)

    def resolve(env: Env) -> str | None:
        if results and env.last and _QUARTER.fullmatch(env.last):
            return tv.shift_value(env.last, "year", -int(n))
        if env.anchor is None or n is None:
            return ref
        return tv.ago(env.anchor, n * L.unit_factor[unit], L.unit_base[unit],
                      direction) or ref

    # the duration the words measure, NewsReader's text-consuming TIMEX3 (``anchored_durations``)
    return Found(m.start(), m.end(), "ago", "DATE", resolve,
                 fields={"duration": _duration(unit, n, L)})


def r_later(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "three months later", "a year earlier": one DATE (as TimeML marks "two years ago")
    counted from the last calendar date of its sentence or the one before ("arrested in
    March 2015 ... three months later" -> 2015-06; "from $2 billion a year earlier" after
    a third quarter -> that quarter a year back).  With no date in the text "earlier"
    counts from the publication date, like "ago"; otherwise the duration it names.  "a
    month later than expected" compares two times: the duration rule's."""
    unit = L.units[m["unit"].lower()]
    n = _amount(m, L)
    base = L.unit_base[unit]  # "two decades later" is counted in years (`units`)
    if n is None or n != int(n) or base not in ("day", "week", "month", "quarter", "year"):
        return None
    if scan.word_after(m.end()) == "than":
        return None  # "a month later than expected": a difference between two times
    # "afterwards" is "later" ("tested in 2010 and in service three years afterwards")
    k = int(n * L.unit_factor[unit]) * (-1 if m["dir"].lower() == "earlier" else 1)
    named, unit = unit, base

    def resolve(env: Env) -> str | None:
        if env.last is not None:
            value = tv.shift_value(env.last, unit, k)
            # "nearly two decades later" than 2004, not in the future: at most the writer's year
            if value and env.anchor and len(value) == 4 and env.tense != "future" \
                    and int(value) > env.anchor.year:
                return f"{env.anchor.year:04d}"
            return value
        if env.anchor is None or k > 0 or (env.dated and unit not in ("year", "month")):
            return None  # counted from a time the text does not say: the duration
        # "from $93 million a year earlier" with no date near: from the time of writing
        return tv.ago(env.anchor, -k, unit, -1)

    found = Found(m.start(), m.end(), "later", "DATE", resolve, tense_dependent=True)
    end = m.end("half2") if m["half2"] else m.end("unit")
    found.fallback = (end, "DURATION", "duration", _duration(named, n, L))
    return found


# --- durations and frequencies -------------------------------------------------------------

def _duration(unit: str, n: float | None, L: Lexicon) -> str:
    if n is not None:
        n *= L.unit_factor[unit]
        smaller = {"hour": ("minute", 60), "minute": ("second", 60), "day": ("hour", 24)}
        if n != int(n) and unit in smaller:  # "half an hour" -> PT30M, not PT0.5H
            unit, k = smaller[unit]
            n *= k
    if unit == "weekend":
        return tv.duration(n, "D") if n is None else tv.duration(2 * n, "D")
    return tv.duration(n, L.unit_code[unit], unit in L.clock_units)


def r_duration(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "four decades" -> P40Y, "two and a half years" -> P2.5Y, "several years" -> PXY.
    unit = L.units[m["unit"].lower()]
    if m["num2"]:  # "half an hour", "a half year"
        value = _duration(unit, 0.5, L)
        return Found(m.start(), m.end(), "duration", "DURATION", lambda env: value)
    num = _norm(m["num"] or "")
    if m["art"]:
        num = m["art"].lower()
    if unit in ("second", "quarter") and num in ("a", "an"):
        return None  # "a second term", "a quarter of the vote"
    if num in ("a", "an", "one") and scan.word_before(m.start()) in ("per", "every", "each"):
        return None
    if scan.word_after(m.end()) == "old":
        return None  # an age ("Mr. Reupke, 52 years old"), as "27-year-old" is none
    n = _amount(m, L)
    if n is None and not m["vague"]:
        return None
    value = _duration(unit, n, L)
    return Found(m.start(), m.end(), "duration", "DURATION", lambda env: value)


def r_year_ended(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """ "revenue of $76 million for the year ended March 31": a year told by its last day,
    one year long (`P1Y`), as "the six months ended Aug. 12" is `P6M` (TimeBank's
    earnings reports); the day is an expression of its own."""
    return Found(m.start(), m.end(), "duration.ended", "DURATION", lambda env: "P1Y")


def r_duration_bounded(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "the next four years" -> P4Y, "the past decade" -> P10Y: a stretch ending or starting
    # at the time of writing.  "the next year" (no number, singular) is a date: see narrative.
    unit = L.units[m["unit"].lower()]
    rel = m["rel"].lower()
    plural = m["unit"].lower() != unit
    back = rel in ("past", "last", "previous", "latest", "prior")
    fiscal = m["fiscal"] and m["num"] is None and not m["vague"] and not plural
    if fiscal and (found := fiscal_period(m, unit, -1 if back else 1)):
        return found
    if rel in ("latest", "prior") and m["num"] is None and not m["vague"]:
        return None  # "the latest year", "the prior year": see narrative
    if m["num"] is None and not m["vague"] and not plural and rel not in ("past", "last"):
        return None
    if m["num"] is None and not m["vague"] and plural and rel == "coming":
        return None  # "in the coming weeks": FUTURE_REF, a ref word
    if unit == "quarter" and m["num"] is None and not plural:
        # "the last quarter" is the quarter before the current one, a date.
        n_q = -1 if back else 1
        return Found(m.start(), m.end(), "relative", "DATE",
                     lambda env: tv.shift(env.anchor, "quarter", n_q) if env.anchor
                     else "XXXX-QX")
    vague = (m["vague"] or "").lower()
    if vague in ("few", "several", "many") and rel in ("past", "last") and plural \
            and scan.word_before(m.start()) != "for":
        # "in the last few months", "over the past several quarters": the recent past,
        # PAST_REF as "in recent months" (TimeBank, TBAQ first half); "for the past few
        # years" measures a stretch and stays a DURATION
        return Found(m.start(), m.end(), "duration.bounded", "DATE", lambda env: "PAST_REF")
    n = _amount(m, L) if m["num"] else (None if plural else 1.0)
    if vague.startswith("couple"):
        n = 2.0  # "the next couple of years": two, as "a couple of years" (P2Y)
    value = _duration(unit, n, L)
    return Found(m.start(), m.end(), "duration.bounded", "DURATION", lambda env: value)


def r_duration_adjective(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "a fifty-year history" -> P50Y, "a 12-hour flight" -> PT12H, "a day-long meeting" ->
    # P1D (one unit, as "decades-long" is PXY); not ages ("27-year-old").
    unit = L.units[m["unit"].lower()]
    if unit == "quarter":
        return None  # "three-quarter"
    if m["num"] is None and not m["long"]:
        return None
    n = 1.0 if m["num"] is None else (
        0.5 if m["num"].lower() == "half" else L.number_value(m["num"]))
    if n is None:
        return None
    value = _duration(unit, n, L)
    return Found(m.start(), m.end(), "duration.adjective", "DURATION", lambda env: value)


def r_duration_vague(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """A bare plural unit is a duration of unknown length where a duration fits: "after
    years of conflict", "for decades", "decades-long", "the first time in years" (a stretch
    reaching back to now; not "in years to come")."""
    unit = L.units[m["unit"].lower()]
    before, after = scan.word_before(m.start()), scan.word_after(m.end())
    if unit == "hour" and before in ("early", "small", "wee") and after == "of":
        return None  # "the early hours of Monday": a part of that day, no length
    if not (m["long"] or m["the"] or before in ("for", "over", "after", "within", "took",
                                                 "spent", "lasted", "lasting", "through",
                                                 "throughout", "following", "taking")
            or after in ("of", "later", "earlier", "before", "after", "afterwards")
            or (before == "in" and after not in ("to", "past", "gone", "ahead"))):
        return None
    value = _duration(unit, None, L)
    return Found(m.start(), m.end(), "duration.vague", "DURATION", lambda env: value)


def r_set(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    """Frequencies: "every year", "per month", "every two weeks" and, after a quantity,
    "a year" ("15 aircraft a year", "twice a day")."""
    unit = L.units[m["unit"].lower()]
    q = m["q"].lower()
    if q in ("a", "an"):
        prev = scan.token_before(m.start())
        word = scan.word_before(m.start())
        quantity = word in ("once", "twice", "thrice", "times") or word.isdigit() or (
            prev is not None and (prev.tag_ in ("CD", "NNS") or prev.like_num))
        if not quantity:
            return None
    n = 2.0 if (m["num"] or "").lower() == "other" else (
        L.number_value(m["num"]) if m["num"] else 1.0)
    value = _duration(unit, n, L)
    return Found(m.start(), m.end(), "set", "SET", lambda env: value)


def r_set_word(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "annually" is a frequency; "the Daily Telegraph" or "a weekly magazine" name things.
    tok = scan.token_at(m.start())
    if tok is not None and tok.pos_ != "ADV":
        return None
    value = L.sets[m["w"].lower()]
    return Found(m.start(), m.end(), "set", "SET", lambda env: value)


def _qualifies_a_noun(m: re.Match, scan: Scan) -> bool:
    """Whether the adverb at ``m`` modifies a noun phrase or an adjective, not a verb.  After
    a copula it modifies the verb, whatever follows ("is currently the largest employer")."""
    if scan.word_before(m.start()) in ("is", "are", "was", "were", "be", "been", "being"):
        return False
    if scan.word_after(m.end()) in ("a", "an", "the"):
        return True
    tok = scan.token_at(m.start())
    if tok is None:
        return False
    head = tok.head
    if head.pos_ in ("ADJ", "NOUN", "PROPN", "DET"):
        return True
    # "the formerly state-owned company": the participle is part of a compound adjective
    return head.dep_ == "amod" or (head.i == tok.i + 2 and tok.nbor(1).text in "-–")


def _opens_sentence(scan: Scan, m: re.Match) -> bool:
    """Whether ``m`` opens its sentence (after a quotation mark at most); with no parse,
    whether only a sentence end or a quotation mark comes before it."""
    tok = scan.token_at(m.start())
    if tok is not None:
        first = tok.sent[0]
        while first.i < tok.i and first.is_quote:
            first = first.nbor(1)
        return first.i == tok.i
    return re.search(r"(?:^|[.!?]\s+)[\"'“‘`]*$", scan.text[max(0, m.start() - 8):m.start()]) \
        is not None


def r_millennium(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "the third millennium" is ``2``: a millennium's DATE is its one leading digit, as a
    # century's is two (NWR-2014-2 sec. 6.2.2; round 39)
    n = int(m["n"]) if m["n"] else L.ordinals[m["nw"].lower()]
    return Found(m.start(), m.end(), "millennium", "DATE", lambda env: str(n - 1))


def r_ref(m: re.Match, scan: Scan, L: Lexicon) -> Found | None:
    # "currently" -> PRESENT_REF, "recently" -> PAST_REF, "soon" -> FUTURE_REF.
    phrase = _norm(m[0])
    value = L.refs[phrase]
    if phrase in ("soon", "shortly") and (scan.word_after(m.end()) in ("after", "before",
                                                                        "afterwards", "as")
                                          or scan.word_before(m.start()) == "as"):
        return None  # "soon after its launch", "as soon as": counted from another event
    if phrase in L.data["status_refs"] and _qualifies_a_noun(m, scan):
        return None  # "formerly an Apple executive": a status, like "former"
    if phrase == "the future" and (
            scan.word_before(m.start()) not in L.data["future_prepositions"]
            or scan.word_after(m.end()) == "of"):
        return None  # "the future of the port": prospects, not a time
    if phrase == "now" and scan.text.startswith(",", m.end()) and _opens_sentence(scan, m):
        return None  # "Now, he says, ...": a discourse marker opening its sentence
    # The preposition stays outside the extent, as everywhere in TimeML: "in the
    # past" -> "the past", "at a later time" -> "a later time", "in recent times" -> "recent
    # times" ("at present" keeps its "at").
    prep = re.match(r"(?i)(?:in|at)\s+(?=(?:the|a|an|recent)\s)", m[0])
    start = m.start() + (prep.end() if prep else 0)
    recent = re.fullmatch(r"recent (\w+)", phrase)
    if recent and recent[1] in L.units and scan.word_before(m.start()) not in (
            "until", "till", "since"):  # "until recent days": a point, as "until recently"
        # "in recent years", "in recent days": a stretch of unknown length reaching back to
        # the time of writing, a vague DURATION as "for years" (TimeML 1.2.1 marks a vague
        # length with X: PXY; TimeBank writes 4 of the 6 "recent <unit>" of TBAQ's first
        # half so, the other 2 PAST_REF).  "in recent times" names no unit: PAST_REF.
        length = _duration(L.units[recent[1]], None, L)
        return Found(start, m.end(), "ref", "DURATION", lambda env: length)
    return Found(start, m.end(), "ref", "DATE", lambda env: value)

