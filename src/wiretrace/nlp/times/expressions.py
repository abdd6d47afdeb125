"""times: time expressions in the body text, normalized to TIMEX3 values anchored on the
publication date, and the time of each event (:func:`event_time`).  The words live in
``data/timex.yaml``, the patterns in :mod:`times_grammar`, the calendar arithmetic in
:mod:`times_values`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import load_yaml
from ...model import EventTime, TimeExpr
from ...timex import value_range
from ..context import Context, tokens_with
from .calendar import Env, Found
from .grammar import find, rules
from .words import lexicon, word_set

NAME = "times.v1"

FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should",
                 "must", "can", "ca", "’ll"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "csubj", "parataxis",
               "pcomp"}


def annotate(ctx: Context) -> None:
    """Set ``ctx.times``: every time expression of the body, in text order (t1, t2, ...)."""
    found = find(ctx.masked, ctx.doc, ctx.is_removed)
    values = resolve_all(found, ctx.anchor, ctx.doc)
    ctx.times = [
        TimeExpr(id=f"t{i}", start=f.start, end=f.end, text=ctx.text[f.start:f.end],
                 value=value, type=f.type, rule=f.rule)
        for i, (f, value) in enumerate(((f, v) for f, v in zip(found, values) if v), start=1)
    ]


# A calendar date a later "three days later" can count from (not a REF word, a duration
# or a value with X in it).
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|W\d\d))?")


def resolve_all(found: list[Found], anchor: date | None, doc: Doc | None) -> list[str | None]:
    """The values of ``found`` in text order.  A month or weekday named alone takes the
    tense of its clause; "the following year" counts from the last date given with a
    year; a clock time takes the day of a date in its sentence."""
    values: list[str | None] = []
    reference = None
    last: tuple[str, int] | None = None  # the last calendar value and its sentence
    for f in found:
        if f.needs_day:
            values.append(None)
            continue
        tense = clause_tense(doc, f.start, f.end) if (doc is not None and f.tense_dependent) \
            else "none"
        sentence = _sentence_index(doc, f.start)
        # "three days later" counts from a date of its own or the previous sentence; one
        # further back is no longer the time the text is telling of
        close = last[0] if last and sentence - last[1] <= 1 else None
        value = f.resolve(Env(anchor=anchor, tense=tense, reference=reference, last=close,
                              dated=last is not None))
        if value is None and f.fallback is not None:
            f.end, f.type, f.rule, value = f.fallback
        values.append(value)
        if f.absolute:
            reference = f.absolute
        if value and f.type == "DATE" and _CALENDAR.fullmatch(value):
            last = (value, sentence)
    for i, f in enumerate(found):
        if f.needs_day:
            values[i] = f.resolve(Env(anchor=anchor, day=_day_in_sentence(found, values, i,
                                                                          doc)))
    return values


def _sentence_index(doc: Doc | None, char: int) -> int:
    """The number of the sentence holding ``char`` (0 without a parse)."""
    if doc is None:
        return 0
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return 0
    starts = [s.start for s in doc.sents]
    return bisect_right(starts, tok[0].i) - 1


def _day_in_sentence(found: list[Found], values: list[str | None], i: int,
                     doc: Doc | None) -> str | None:
    """The day of the nearest date in the clock time's sentence ("Tuesday ... at 18:00
    UTC" -> that Tuesday)."""
    if doc is None:
        return None
    sent = doc.char_span(found[i].start, found[i].end, alignment_mode="expand")
    if sent is None:
        return None
    s = sent[0].sent
    best = None
    for j, (f, v) in enumerate(zip(found, values)):
        in_sentence = j != i and v and s.start_char <= f.start < s.end_char
        if in_sentence and re.fullmatch(r"\d{4}-\d\d-\d\d", v) and (
                best is None or abs(j - i) < abs(best[0] - i)):
            best = (j, v)
    return best[1] if best else None


# --- tense of the clause around an expression ----------------------------------------------

def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_clause_head(tok: Token) -> bool:
    if tok.pos_ == "VERB":
        return True
    return tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")


def _passable(tok: Token) -> bool:
    """A participle with no subject or auxiliary of its own does not start a clause that
    could own a time: "he was captured leading Libyan forces ... in 1987" dates the
    capture; "the NATO-backed revolution" has an adjective."""
    if tok.dep_ == "amod":
        return True
    return tok.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose clause holds the expression at ``[start, end)``, if any."""
    tok = _span_root(doc, start, end)
    while tok is not None:
        if _is_clause_head(tok) and not _passable(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_SCHEDULED = frozenset({"due", "set", "scheduled", "slated", "expected", "poised", "about"})


def verb_tense(verb: Token, depth: int = 0) -> str:
    """past | present | future | none, from a verb's form and auxiliaries: "will be decided"
    future, "was captured" and "has returned" past (before the time of writing), "is
    eyeing" present, "plans to vote" future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    lemmas = {a.lemma_.lower() for a in auxes}
    if lowers & FUTURE_MODALS:
        if "have" in lemmas:
            return "past"
        if lowers == {"would"} and _reported_in_past(verb):
            # future in the past ("said the ship would depart in February", "said the
            # tariffs would take effect Wednesday"): before or after the writing, so the
            # nearest, as for the present
            return "present"
        return "future"
    if "to" in lowers:
        head = verb.head
        if head.i == verb.i or head.lower_ == "going":
            return "future"  # headline "Libya to vote in December"; "is going to vote"
        if head.lower_ in _SCHEDULED:
            # "is due to travel on Tuesday", "is set to vote": future from a present
            # copula; "was due to travel" leaves it open
            cops = [c for c in head.children if c.dep_ in ("cop", "aux", "auxpass")]
            if head.dep_ == "acomp":  # "is due to": the copula is the adjective's head
                cops.append(head.head)
            if head.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in cops):
                return "future"
            return "none"
        if depth < 3:
            governing = verb_tense(head, depth + 1)
            return "future" if governing in ("present", "future") else "none"
        return "none"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if "have" in lemmas:
        return "past"  # present perfect: "has returned" happened before the writing
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        if verb.tag_ == "VBN" and verb.lemma_.lower() in word_set("scheduling_verbs"):
            return "future"  # "is scheduled for Tuesday", "are expected on Monday"
        if verb.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lower_ in _SCHEDULED for c in verb.children):
            return "future"  # "deliveries are due in October", "the vote is set for May"
        return "present"
    if verb.tag_ == "VBN":
        # a past participle with no auxiliary of its own
        if verb.dep_ == "conj" and depth < 3 and verb.head.i != verb.i:
            return verb_tense(verb.head, depth + 1)  # "will be built and opened in May"
        if verb.lemma_.lower() in word_set("scheduling_verbs"):
            return "future"  # "the vote, set for May", "a report scheduled for Friday"
        # a reduced relative or a headline tells of a done deed: "the summit held in
        # February", "the peak reported in November", "Man arrested in May"
        return "past"
    if verb.tag_ == "VBG" and depth < 3 and verb.head.i != verb.i:
        return verb_tense(verb.head, depth + 1)
    return "none"


def _reported_in_past(verb: Token) -> bool:
    """``verb`` is the complement of a past verb of saying or thinking, directly or through
    "saying" ("said the ship would depart", "cited officials as saying it would")."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp", "pobj", "prep") \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.tag_ == "VBD":
            return True
        if tok.pos_ == "VERB" and tok.tag_ != "VBG":
            return False
    return False


def clause_tense(doc: Doc, start: int, end: int) -> str:
    if _points_forward(doc, start, end):
        return "future"
    verb = governing_verb(doc, start, end)
    return verb_tense(verb) if verb is not None else "none"


_APPROACH = frozenset({"approaching", "looming", "nearing", "coming", "upcoming"})


def _points_forward(doc: Doc, start: int, end: int) -> bool:
    """A word on the way from the expression up to its verb points forward: "with
    Wednesday's debate approaching", "ahead of Thursday's vote", "the upcoming Sunday
    election" (``future_cues`` in the YAML).  The verb's own tense is then not the
    expression's: "attacked each other with Wednesday's debate approaching" is about the
    coming Wednesday."""
    tok = _span_root(doc, start, end)
    cues = word_set("future_cues")
    span = doc.char_span(start, end, alignment_mode="expand")
    inside = {w.i for w in span} if span is not None else set()
    while tok is not None:
        if _is_clause_head(tok) and not _passable(tok):
            return tok.lower_ in _APPROACH  # "was planned on Tuesday" is no pointer
        if tok.i not in inside and tok.lower_ in cues:
            return True
        if any(c.lower_ in cues and c.i not in inside and c.dep_ in ("amod", "advmod", "acl")
               for c in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def pluperfect(trigger: Token) -> bool:
    """ "had been holding", "had barred": a past perfect, before the time the text is
    telling of, never true at the time of writing.  A noun takes the verb that carries it
    ("had been holding direct talks")."""
    verb = _carrying_verb(trigger)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_.lower() == "have" and a.tag_ == "VBD" for a in auxes) or (
        verb.dep_ == "conj" and verb.head.i != verb.i and pluperfect(verb.head))


def _carrying_verb(tok: Token) -> Token | None:
    """The verb itself, or the verb whose object (or object's preposition) a noun is."""
    steps = 0
    while tok.pos_ not in ("VERB", "AUX") and steps < 3:
        if tok.dep_ not in ("dobj", "pobj", "prep", "attr", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        steps += 1
    return tok if tok.pos_ in ("VERB", "AUX") else None


def present_perfect(trigger: Token) -> bool:
    """ "has been seeking", "have agreed": a present perfect, true at the time of writing."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    return trigger.tag_ in ("VBN", "VBG") and any(
        a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


# --- the time of an event ------------------------------------------------------------------

_NOUN_MODIFIERS = frozenset({"poss", "compound", "nmod", "amod", "nummod"})


def _path_to(doc: Doc, t: TimeExpr, trigger: Token,
             hosts: frozenset[int] | None = None) -> int | None:
    """How many steps up the tree the expression's head is from ``trigger``, or None when
    it is not the trigger's own: it sits in another verb's clause ("which will be decided
    in December" is no time of "eyeing"), behind "after/before/since/until" ("after 1987"
    is no time of the event), or it describes another noun ("condemned Monday's attack",
    "accused of the 2004 bombing", "followed the attacks of Sept. 11" date the attack, not
    the condemning).  ``hosts`` are the trigger and its occasions (:func:`occasions`):
    a clause that realizes one of them ("a statement published Oct. 25", "the attack,
    carried out on Monday") and a date that describes one of them ("at Friday's meeting")
    give it their time."""
    tok = _span_root(doc, t.start, t.end)
    if tok is None:
        return None
    hosts = hosts if hosts is not None else frozenset({trigger.i})
    non_locating = word_set("non_locating")
    realizations = word_set("event_realizations")
    steps = 0
    prev: Token | None = None
    while tok.i != trigger.i:
        if steps:
            if tok.lower_ in non_locating and (tok.pos_ in ("ADP", "SCONJ")
                                               or tok.dep_ == "prep"):
                return None
            if _is_clause_head(tok) and not _passable(tok) and not (
                    tok.dep_ in ("acl", "relcl") and tok.head.i in hosts
                    and tok.lemma_.lower() in realizations):
                return None
            if (tok.pos_ in ("NOUN", "PROPN") and tok.i not in hosts and prev is not None
                    and _describes(prev, tok)):
                return None
        if tok.head.i == tok.i:
            return None
        prev, tok = tok, tok.head
        steps += 1
    return steps


def _describes(child: Token, noun: Token) -> bool:
    """``child`` (on the way up from a date) makes the date a description of ``noun``:
    "Monday's attack", "the 2004 bombing", "the attacks of Sept. 11".  A subject noun
    passes ("Monday's attack killed three soldiers" is the killing's time too)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False
    if child.dep_ in _NOUN_MODIFIERS:
        return True
    return child.dep_ == "prep" and child.lower_ == "of"


def _realized(verb: Token) -> list[int]:
    """The event noun a realizing verb makes happen, whose own date is the verb's: "sent a
    letter dated Feb. 27", "issued a statement published on its website Monday"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("event_realizations"):
        return []
    nouns = word_set("occasion_nouns")
    return [c.i for c in verb.children
            if c.dep_ == "dobj" and (c.lemma_.lower() in nouns or c.lower_ in nouns)]


def occasions(trigger: Token) -> list[Token]:
    """The events ``trigger`` is part of, named by an event noun after "in", "at",
    "during" ... on it: the medium of an act of saying ("accused X in a statement",
    "said at a briefing") or its occasion ("ousted in a coup", "spoke during a visit").
    ``occasion_nouns`` and ``occasion_prepositions`` in the YAML."""
    preps = word_set("occasion_prepositions")
    nouns = word_set("occasion_nouns")
    found = []
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for n in p.children:
            if n.dep_ != "pobj" or n.pos_ not in ("NOUN", "PROPN"):
                continue
            compound = " ".join(c.lower_ for c in n.children
                                if c.dep_ == "compound" and c.i < n.i)
            if n.lemma_.lower() in nouns or n.lower_ in nouns or (
                    compound and f"{compound} {n.lemma_.lower()}" in nouns):
                found.append(n)
    return found


def _climb(tok: Token, trigger: Token, blocks: Callable[[Token], bool]) -> int | None:
    """Steps from ``tok`` up the tree to ``trigger``, or None when the root comes first or
    a word on the way (not ``tok`` itself) ``blocks``."""
    steps = 0
    while tok.i != trigger.i:
        if steps and blocks(tok):
            return None
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        steps += 1
    return steps


def own_time(ctx: Context, tok: Token) -> TimeExpr | None:
    """The concrete DATE or TIME expression of ``tok``'s own clause or phrase, nearest in
    the tree: "captured ... in 1987" -> 1987, "the 2011 revolution" -> 2011."""
    return _best_time(ctx, tok, vague=False)


def _best_time(ctx: Context, tok: Token, vague: bool = True) -> TimeExpr | None:
    best: tuple[tuple[int, int, int], TimeExpr] | None = None
    sent_start, sent_end = ctx.sentence_chars(tok)
    hosts = frozenset({tok.i, *(n.i for n in occasions(tok)), *_realized(tok)})
    for t in ctx.times:
        if t.type not in ("DATE", "TIME") or not sent_start <= t.start < sent_end:
            continue
        is_ref = t.value.endswith("_REF")
        if is_ref and not vague:
            continue
        steps = _path_to(ctx.doc, t, tok, hosts)
        if steps is None:
            continue
        key = (int(is_ref), steps, abs(t.start - tok.idx))
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


def event_time(ctx: Context, trigger: Token, tense: str) -> EventTime:
    """When the event of ``trigger`` happens.  ``explicit``: a date or time expression of
    its own clause gives it; ``relative``: it is placed after, before or since another
    event or time that is dated ("disowned after he was captured in 1987"), at the time
    of a dated "when" clause, or only "recently"/"soon" place it; ``publication``: a
    present or present-perfect event ("is currently eyeing", "has been seeking");
    ``unknown`` otherwise (past background is never given the publication date)."""
    t = _best_time(ctx, trigger)
    if t is None or t.value.endswith("_REF"):
        t = _carrier_time(ctx, trigger) or t
    anchor = ctx.anchor.isoformat() if ctx.anchor else None
    if t is not None and not t.value.endswith("_REF"):
        return EventTime(value=t.value, basis="explicit", time_id=t.id)
    now = (tense == "present" or present_perfect(trigger)) and not pluperfect(trigger)
    if t is not None and t.value == "PRESENT_REF":
        if anchor:
            return EventTime(value=anchor, basis="publication", time_id=t.id)
        return EventTime(value="PRESENT_REF", basis="relative", time_id=t.id)
    if not (now and anchor):
        bound = when_time(ctx, trigger) or bound_time(ctx, trigger)
        if bound is not None:
            return EventTime(value=bound.value, basis="relative", time_id=bound.id)
    if t is not None:
        return EventTime(value=t.value, basis="relative", time_id=t.id)
    shared = (_shared_time(ctx, trigger, tense) or _trailing_time(ctx, trigger)
              or _purpose_time(ctx, trigger, tense) or _reported_progressive_time(ctx, trigger))
    if shared is not None:
        return EventTime(value=shared.value, basis="explicit", time_id=shared.id)
    if anchor and now:
        return EventTime(value=anchor, basis="publication")
    return EventTime(basis="unknown")


def _carrier_time(ctx: Context, noun: Token) -> TimeExpr | None:
    """The time of the verb that carries an event noun as its object and only realizes it
    (``event_realizations``): "held a summit in Russia in September", "issued his appeal
    Friday", "the talks were held on Monday": the summit, the appeal, the talks."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_set("event_realizations"):
        return None
    return own_time(ctx, verb)


_SEQUENCE_ADVERBS = frozenset({"then", "later", "since", "again", "now", "eventually",
                               "subsequently", "afterwards", "afterward", "finally", "still"})


def _shared_time(ctx: Context, trigger: Token, tense: str) -> TimeExpr | None:
    """The time of the verb a past verb is coordinated with, when they share a subject and
    the second has no time of its own: "visited Europe in late September and met with
    officials", "seized power in 2013 and forced Bozize from office".  Not when a word
    moves the second on ("and later met", "and has since returned") or it is perfect."""
    head = trigger.head
    if (trigger.dep_ != "conj" or trigger.pos_ != "VERB" or head.pos_ != "VERB"
            or tense != "past" or trigger.tag_ != "VBD" or pluperfect(trigger)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
           or c.lower_ in _SEQUENCE_ADVERBS for c in trigger.children):
        return None
    if head.tag_ != "VBD" and not any(a.tag_ == "VBD" for a in head.children
                                      if a.dep_ in ("aux", "auxpass")):
        return None
    if pluperfect(head) or present_perfect(head):
        return None
    return own_time(ctx, head)


def _trailing_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The date that ends a coordination of past verbs sharing subject and auxiliaries
    dates them all: "had been arrested and sentenced to six years in prison in 2011" ->
    the arrest too.  Only when the date comes after the last verb, and the later verb has
    no subject, auxiliary or sequencing adverb of its own ("arrested in May and later
    sentenced in 2011" keeps them apart)."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBD", "VBN"):
        return None
    conjs = [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"
             and c.tag_ == trigger.tag_ and c.i > trigger.i]
    if len(conjs) != 1:
        return None
    conj = conjs[0]
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
           or c.lower_ in _SEQUENCE_ADVERBS for c in conj.children):
        return None
    t = own_time(ctx, conj)
    if t is None or t.start <= conj.idx:
        return None
    return t if _CALENDAR.fullmatch(t.value) else None


def _purpose_time(ctx: Context, trigger: Token, tense: str) -> TimeExpr | None:
    """The date of the purpose a past act was done for, when the act has none of its own:
    "launched an operation to flush out al-Shabab ... in 2015", "sent a delegation to
    attend the inauguration on May 20", "used its veto to shut down the panel in April"
    (the veto too).  The verb must have an object and must not hand the infinitive to its
    object (``object_control``: "urged Iran to release the sailors in May" is Iran's act),
    and the date must not lie after the publication date (a past act is not dated by its
    aim's future: "agreed in talks to hold elections in December")."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head  # "used its veto to shut down ...": the veto
    if (verb.pos_ != "VERB" or verb.tag_ != "VBD" or tense == "future" or pluperfect(verb)
            or verb.lemma_.lower() in word_set("object_control")
            or not any(c.dep_ == "dobj" for c in verb.children)):
        return None
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.tag_ != "VB" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        t = own_time(ctx, c)
        if t is None or not _CALENDAR.fullmatch(t.value):
            return None
        span = value_range(t.value)
        if ctx.anchor is not None and (span is None or span.first is None
                                       or span.first > ctx.anchor.isoformat()):
            return None
        return t
    return None


@lru_cache(maxsize=1)
def _saying() -> frozenset[str]:
    """Verbs of saying, claiming and denying (cues.yaml): a past progressive they report
    holds at the time of saying."""
    verbs = load_yaml("cues.yaml")["verbs"]
    return frozenset(str(w) for kind in ("speech", "claim", "deny")
                     for w in verbs.get(kind, {}).get("lemmas", []))


def _reported_progressive_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """A past progressive reported by a past verb of saying holds at the time of the saying
    (the sequence of tenses): "In December, Mogadishu announced it was cutting ties" ->
    December.  Not a simple past or a pluperfect, which may lie before the saying."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "ccomp" or trigger.head.i == trigger.i:
        return None
    if not any(a.dep_ == "aux" and a.lemma_.lower() == "be" and a.tag_ == "VBD"
               for a in trigger.children):
        return None
    head = trigger.head
    if head.tag_ != "VBD" or head.lemma_.lower() not in _saying():
        return None
    t = own_time(ctx, head)
    return t if t is not None and _CALENDAR.fullmatch(t.value) else None


# --- "after X", "following X", "since X": an event placed by another ----------------------

def _time_at(ctx: Context, tok: Token) -> TimeExpr | None:
    for t in ctx.times:
        if t.type in ("DATE", "TIME") and t.start <= tok.idx < t.end \
                and not t.value.endswith("_REF"):
            return t
    return None


def _bound_objects(trigger: Token) -> list[Token]:
    """What the event is placed after, before or since, nearest first: the clause of "after
    he was captured", the noun of "following Gaddafi's death" or "after 2011".  The bound
    word may hang from the trigger or from a noun of its clause ("During his rise to
    power, following Gaddafi's death, Haftar was given a rank")."""
    found: list[tuple[int, Token]] = []
    for b in _bound_words(trigger):
        if b.i == trigger.i:
            continue
        if b.dep_ == "mark":
            if b.head.dep_ in ("advcl", "prep", "pcomp") and b.head.head.i == trigger.i:
                found.append((1, b.head))
            continue
        head = b
        if b.lower_ == "prior":  # "prior to the vote"
            head = next((c for c in b.children if c.lower_ == "to"), None)
            if head is None:
                continue
        objects = [c for c in head.children if c.dep_ in ("pobj", "dobj", "pcomp")]
        if not objects:
            continue
        steps = _steps_up(b, trigger)
        if steps is not None:
            found.append((steps, objects[0]))
    return [tok for _, tok in sorted(found, key=lambda f: (f[0], f[1].i))]


def _bound_words(trigger: Token) -> list[Token]:
    """The bound words (after, before, since, ...) inside the trigger's subtree, the only
    place one that belongs to it can be.  The Doc's bound words are found once and kept in
    the Doc, so a long sentence with many events is not rescanned for each."""
    doc = trigger.doc
    key = "wiretrace.times.bounds"
    cached = doc.user_data.get(key)
    if cached is None:
        bounds = word_set("event_bounds")
        cached = [t.i for t in tokens_with(doc, bounds)]
        doc.user_data[key] = cached
    lo = bisect_left(cached, trigger.left_edge.i)
    hi = bisect_right(cached, trigger.right_edge.i)
    return [doc[i] for i in cached[lo:hi]]


def _steps_up(tok: Token, trigger: Token) -> int | None:
    """Steps from ``tok`` up to ``trigger`` through nouns and prepositions only: in "barred
    him from working until April 2009" the bound belongs to "working", not to "barred"."""
    return _climb(tok, trigger, _is_clause_head)


def bound_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The time of the event or time that ``trigger`` is placed after, before or since:
    a time itself ("after 2011"), the time of the clause or noun phrase ("after he was
    captured in 1987", "after the 2011 revolution"), or the time of the same event told
    elsewhere in the article with the same participant ("Gaddafi died in October 2011 ...
    after Gaddafi's death").  None when that event is not dated: nothing is invented."""
    for obj in _bound_objects(trigger):
        t = _time_at(ctx, obj) or own_time(ctx, obj)
        if t is None and obj.pos_ in ("NOUN", "VERB"):
            t = _told_elsewhere(ctx, obj)
        if t is not None:
            return t
    return None


def when_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The time of a "when" clause that says when ``trigger`` happened: "the officers who
    supported Gaddafi when he seized power in 1969" -> 1969 for "supported"; and the time
    a "when" clause hangs from: "until 2011, when the uprising swept away the old
    concessions" -> 2011 for "swept"."""
    def has_when(verb: Token) -> bool:
        return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)

    for clause in trigger.children:
        if clause.dep_ == "advcl" and has_when(clause):
            t = own_time(ctx, clause)
            if t is not None:
                return t
    if trigger.dep_ == "relcl" and has_when(trigger):
        return _time_at(ctx, trigger.head)
    return None


def _participants(tok: Token) -> set[str]:
    deps = ("poss", "nsubj", "nsubjpass", "dobj", "pobj") if tok.pos_ == "VERB" else ("poss",)
    names = {c.lower_ for c in tok.children if c.dep_ in deps and c.pos_ == "PROPN"}
    if tok.pos_ != "VERB":  # "the death of Gaddafi"
        for prep in (c for c in tok.children if c.lower_ == "of"):
            names |= {c.lower_ for c in prep.children if c.pos_ == "PROPN"}
    return names


def _told_elsewhere(ctx: Context, event: Token) -> TimeExpr | None:
    """The time of another mention of ``event`` in the article, as a verb ("death" ->
    "died", data/timex.yaml event_nominals) or the same noun, that shares a named
    participant with it and is dated in its own clause."""
    names = _participants(event)
    if not names:
        return None  # "after the vote": which vote is not known
    nominals = lexicon().data["event_nominals"]
    lemmas = {event.lemma_.lower(), str(nominals.get(event.lemma_.lower(), ""))} - {""}
    for tok in ctx.doc:
        if tok.i == event.i or tok.lemma_.lower() not in lemmas \
                or tok.pos_ not in ("NOUN", "VERB") or ctx.is_removed(tok.idx, tok.idx + 1):
            continue
        if names & _participants(tok):
            t = own_time(ctx, tok)
            if t is not None:
                return t
    return None


def normalize(expression: str, anchor: date | None = None, tense: str = "none"
              ) -> tuple[str, str, str] | None:
    """(value, type, rule) of the longest time expression in ``expression``, read without a
    parse: normalize("December of this year", date(2021, 11, 20)) == ("2021-12", "DATE",
    "month.relative_year").  None when there is none."""
    found = find(expression)
    if not found:
        return None
    best = max(found, key=lambda f: f.end - f.start)
    value = best.resolve(Env(anchor=anchor, tense=tense))
    return (value, best.type, best.rule) if value else None


def prepare() -> None:
    """Compile the time grammar now (see :func:`wiretrace.pipeline.load`)."""
    rules()
    _saying()
