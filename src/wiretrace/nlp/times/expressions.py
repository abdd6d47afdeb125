"""times: time expressions in the body text, normalized to TIMEX3 values anchored on the
publication date.  The words live in ``data/timex.yaml``, the patterns in
:mod:`wiretrace.dates.grammar`, the calendar arithmetic in :mod:`wiretrace.dates.values`."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc, Token

from ...dates.calendar import Env, Found
from ...dates.grammar import find
from ...dates.words import lexicon, word_set
from ...model import TimeExpr
from ..context import Context
from .anchored import written
from .ranges import ranges

NAME = "times.v1"

FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "could", "might", "may", "should",
                 "must", "can", "ca", "’ll"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "csubj", "parataxis",
               "pcomp"}


def annotate(ctx: Context) -> None:
    """Set ``ctx.times``: every time expression of the body, in text order (t1, t2, ...)."""
    found = find(ctx.masked, ctx.doc, ctx.is_removed)
    values = resolve_all(found, ctx.anchor, ctx.doc, ctx.headline_end)
    values, spans = ranges(ctx.masked, found, values, ctx.anchor)
    kept = [written(f, v) for f, v in zip(found, values) if v]  # anchored durations
    kept = sorted([*kept, *spans], key=lambda k: (k[0], -k[1]))
    ctx.times = [
        TimeExpr(id=f"t{i}", start=start, end=end, text=ctx.text[start:end], value=value,
                 type=type_, rule=rule, **days)
        for i, (start, end, type_, rule, value, days) in enumerate(kept, start=1)
    ]


# A calendar date a later "three days later" can count from (not a REF word, a duration
# or a value with X in it).
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|W\d\d))?")


def _headline_present(doc: Doc, start: int, end: int) -> bool:
    """A headline's simple present tells of a done deed (news headline style: the
    "historical present"; the future is written "to" + verb or "will"): "Apple sells
    billionth song on Thursday", published on a Wednesday, is the Thursday before."""
    verb = governing_verb(doc, start, end)
    return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def resolve_all(found: list[Found], anchor: date | None, doc: Doc | None,
                headline: int = 0) -> list[str | None]:
    """The values of ``found`` in text order.  A month or weekday named alone takes the
    tense of its clause (a headline's simple present is past: ``headline``, where the
    headline ends); "the following year" counts from the last date given with a year; a
    clock time takes the day of a date in its sentence."""
    values: list[str | None] = []
    reference = None
    last: tuple[str, int] | None = None  # the last calendar value and its sentence
    starts: list[int] = []  # the sentences' first tokens, listed on first need
    for f in found:
        if f.needs_day:
            values.append(None)
            continue
        tense = clause_tense(doc, f.start, f.end) if (doc is not None and f.tense_dependent) \
            else "none"
        if tense == "present" and f.end <= headline and _headline_present(doc, f.start, f.end):
            tense = "past"
        sentence = _sentence_index(doc, f.start, starts)
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
        if value and f.type == "DATE" and _CALENDAR.fullmatch(value) \
                and not f.fields.get("compared"):
            last = (value, sentence)
    for i, f in enumerate(found):
        if f.needs_day:
            values[i] = f.resolve(Env(anchor=anchor, day=_day_in_sentence(found, values, i,
                                                                          doc)))
    return values


_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019")


def _sentence_index(doc: Doc | None, char: int, starts: list[int] | None = None) -> int:
    """The number of the sentence holding ``char`` (0 without a parse).  ``starts``: the
    sentences' first tokens, filled on the first call and read by the next ones (a walk
    over every sentence per expression otherwise).  A paragraph break the parser leaves as
    a sentence of its own (blank lines) is not counted: the sentence after it is still
    the next one ("third-quarter net fell. || Net was $7 million, from $32 million a year
    ago")."""
    if doc is None:
        return 0
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return 0
    if starts is None:
        starts = []
    if not starts:
        prev = None
        text = doc.text  # joined once: spaCy builds it from every token on each call
        for s in doc.sents:
            if text[s.start_char:s.end_char].isspace():  # s.text, not joined again
                continue
            # a cut the parser makes inside a sentence ("It was to last a few months | but,
            # five years later, ...") is no new sentence: one follows a full stop, a
            # question or exclamation mark, a closing quote or a line break
            between = text[prev.start_char:s.start_char].rstrip(" \t") if prev else ""
            if prev is None or "\n" in between or between.endswith(_SENTENCE_ENDS):
                starts.append(s.start)
            prev = s
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
    end_char = s.end_char
    if s.end < len(doc) and _cut_after_clock(doc, s.end) is not None:
        end_char = doc[s.end].sent.end_char  # "at 9 a.m. | Pacific time on Tuesday."
    best = None
    for j, (f, v) in enumerate(zip(found, values)):
        in_sentence = j != i and v and s.start_char <= f.start < end_char
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


# The dependents that give a verb a clause of its own: a subject, an auxiliary, a
# subordinator.  A verb with none of them shares the clause (and the time) of the verb it
# hangs on: a participle, a coordinated verb under ellipsis (Quirk et al. 1985 ch. 13).
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def no_clause_of_its_own(tok: Token) -> bool:
    """Whether ``tok`` has no subject, auxiliary or subordinator of its own."""
    return not any(c.dep_ in _CLAUSE_DEPS for c in tok.children)


def _passable(tok: Token) -> bool:
    """A participle with no subject or auxiliary of its own does not start a clause that
    could own a time: "he was captured leading Libyan forces ... in 1987" dates the
    capture; "the NATO-backed revolution" has an adjective."""
    if tok.dep_ == "amod":
        return True
    return tok.tag_ == "VBG" and no_clause_of_its_own(tok)


# A clock time's abbreviations: the parser may end a sentence after them when a
# capitalized word follows ("at 9 a.m. Pacific time on Tuesday").
_CLOCK_ENDS = frozenset({"a.m.", "p.m."})


def _cut_after_clock(doc: Doc, sent_start: int) -> Token | None:
    """The clock abbreviation the sentence starting at token ``sent_start`` was cut after
    ("will begin at 9 a.m. | Pacific time on Tuesday."): the words after it belong to the
    clause before, whose verb governs them.  None where the sentence starts otherwise."""
    if sent_start == 0:
        return None
    prev = doc[sent_start - 1]
    return prev if prev.lower_ in _CLOCK_ENDS and doc[sent_start].is_title else None


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose clause holds the expression at ``[start, end)``, if any; across a
    sentence break the parser made after "a.m."/"p.m." ("The keynote will begin at 9 a.m.
    Pacific time on Tuesday": "begin")."""
    tok = _span_root(doc, start, end)
    while tok is not None:
        if _is_clause_head(tok) and not _passable(tok):
            return tok
        if tok.head.i == tok.i:
            tok = _cut_after_clock(doc, tok.sent.start)
            continue
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
        if lowers & FUTURE_MODALS == {"could"} and _negated(verb):
            # "could not" is mostly the past of "cannot" ("could not be reached
            # Wednesday"); a bare "could" mostly a possibility to come ("the vote could
            # come Friday"), future as the other modals: the negated one takes the nearest
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
            if head.tag_ == "VBN" and not cops and head.dep_ in ("acl", "amod", "advcl"):
                return "future"  # a reduced relative: "the peace talks, set to resume Monday"
            return "none"
        if depth < 3:
            # after a predicative adjective the copula carries the tense: "would be ready
            # to leave as soon as Tuesday", "is eager to vote on Monday"
            gov = head.head if head.dep_ == "acomp" and head.head.i != head.i else head
            governing = verb_tense(gov, depth + 1)
            if governing == "past" and head.lemma_.lower() in word_set("intention_verbs"):
                # future in the past: "the team planned to leave on Thursday" is after the
                # planning, before or after the writing: the nearest, as for "would"
                return "present"
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
        if depth < 3 and _future_protasis(verb, depth):
            return "future"  # "can be overturned if a Republican is elected in November"
        return "present"
    if verb.tag_ == "VBN":
        # a past participle with no auxiliary of its own
        if verb.dep_ == "conj" and depth < 3 and verb.head.i != verb.i:
            return verb_tense(verb.head, depth + 1)  # "will be built and opened in May"
        if verb.lemma_.lower() in word_set("scheduling_verbs") and _schedules(verb):
            if depth < 3 and verb.dep_ in ("acl", "amod") and verb.head.head.i != verb.head.i \
                    and verb_tense(verb.head.head, depth + 1) == "past":
                return "present"  # "a service planned for Saturday was cancelled": nearest
            return "future"  # "the vote, set for May", "a report scheduled for Friday"
        # a reduced relative or a headline tells of a done deed: "the summit held in
        # February", "the peak reported in November", "Man arrested in May"
        return "past"
    if verb.tag_ in ("VBG", "VB") and depth < 3 and verb.head.i != verb.i and (
            verb.tag_ == "VBG" or (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"))):
        # a bare verb conjoined to an infinitive shares its "to" and what governs it: "is
        # due to open in 2023 and close a decade later" is future
        return verb_tense(verb.head, depth + 1)
    return "none"


# Conjunctions of a conditional or temporal clause whose simple present tells of time to
# come when the clause it depends on is future (Quirk et al. 1985, 4.24 and 15.38: "if it
# rains tomorrow, ...", "when she arrives on Friday, we will ..."): timex.yaml's
# ``conditional_subordinators`` and ``temporal_subordinators`` (round 36: one list), but
# 'whenever', which this list never held; kept out so that the move changes no output.
_NOT_FUTURE_PROTASIS = frozenset({"whenever"})


def _protasis_mark(word: str) -> bool:
    return word not in _NOT_FUTURE_PROTASIS and (
        word in word_set("conditional_subordinators")
        or word in word_set("temporal_subordinators"))


def _future_protasis(verb: Token, depth: int) -> bool:
    """``verb`` heads an adverbial clause of condition or time ("if a Republican is elected
    in November") attached to a future or modal clause ("... can be overturned")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and _protasis_mark(c.lower_) and c.i < verb.i
               for c in verb.children):  # "when" is parsed an adverb
        return False
    return verb_tense(verb.head, depth + 1) == "future"


# A subject that negates its clause: "No one could be reached", "Neither he nor his
# parents could be located", "Nobody could say" (Quirk et al. 1985, 10.58: negative
# words other than "not").
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither"})


def _negated(verb: Token) -> bool:
    """The clause of ``verb`` is negative: "not"/"never", or a negative subject."""
    for c in verb.children:
        if c.dep_ == "neg" or c.lower_ == "never":
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (
                c.lower_ in _NEGATIVE_SUBJECTS
                or any(d.lower_ in ("no", "neither") and d.dep_ in ("det", "preconj")
                       for d in c.children)):
            return True
    return False


def _schedules_in_past(verb: Token) -> bool:
    """A scheduling verb told in the past ("was planned for early March", "planned a rally
    on Saturday"): the time it fixes lies after the planning, before or after the writing
    (future in the past, as for "planned to": `intention_verbs`), so the nearest.
    With an infinitive ("On Friday, the government planned to pay ...") a time on the
    planning verb is the planning's own."""
    return verb.lemma_.lower() in word_set("scheduling_verbs") and _schedules(verb) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _schedules(verb: Token) -> bool:
    """A scheduling participle puts a plan on its time; "set" does so only with "for" ("the
    vote, set for May"): "the record high set on Dec. 6", "the price set in March" are done
    deeds (setting a record, a price), past like other participles (timex.yaml
    ``scheduling_with_only``)."""
    only = lexicon().data["scheduling_with_only"].get(verb.lemma_.lower())
    return only is None or any(c.lower_ in only for c in verb.children)


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
    if _since(doc, start, end):
        return "past"
    if _points_forward(doc, start, end):
        return "future"
    if _new_time(doc, start, end):
        return "present"
    verb = governing_verb(doc, start, end)
    if verb is None:
        return "none"
    tense = verb_tense(verb)
    if tense == "past" and _schedules_in_past(verb) and not _in_subject(doc, start, end, verb):
        return "present"  # "was planned for early March": after the planning, the nearest
    return tense


def _in_subject(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """The expression lies in the subject of ``verb`` ("Tuesday's raid was planned ..."):
    the time of the thing planned, not a time the planning fixes."""
    tok = _span_root(doc, start, end)
    while tok is not None and tok.i != verb.i and tok.head.i != tok.i:
        if tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            return True
        tok = tok.head
    return False


def _since(doc: Doc, start: int, end: int) -> bool:
    """ "since December", "since Tuesday": "since" names the past time a state or a series
    runs from, whatever the verb's tense ("has been trying to buy it since December",
    written in June, is the December before, not the coming one)."""
    root = _span_root(doc, start, end)
    return root is not None and root.head.lower_ == "since" and root.head.i < root.i \
        and root.dep_ == "pobj"


def _new_time(doc: Doc, start: int, end: int) -> bool:
    """A time something is moved to, or a deadline: "the offer was extended to Nov. 16",
    "extended its deadline until 9 a.m. Tuesday", "gave no reason for the Jan. 14
    deadline", "a new office, effective Feb. 1".  The act that sets it is past; the time
    set lies after it, before or after the writing: the nearest, whatever the verb's
    tense (``deadline_verbs`` in the YAML)."""
    root = _span_root(doc, start, end)
    if root is None:
        return False
    head = root.head
    if head.lower_ == "deadline" or (head.lower_ == "effective" and head.i < root.i):
        return True
    if root.dep_ != "pobj" or head.lower_ not in ("to", "until", "till", "through"):
        return False
    verbs = word_set("deadline_verbs")
    tok = head.head
    for _ in range(3):  # "extended [its deadline] until ...": the preposition may hang on the noun
        if tok.lemma_.lower() in verbs or tok.lower_ == "deadline":
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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
    """ "has been seeking", "have agreed": a present perfect, true at the time of writing.
    A verb coordinated with a present perfect shares its auxiliary when it has no subject,
    auxiliary or marker of its own (ellipsis in coordination, Quirk et al. 1985 ch. 13):
    "has fulminated against the plan and vowed to block it" (the parser may tag the
    second verb VBD)."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if trigger.tag_ in ("VBN", "VBG") and any(
            a.lemma_.lower() == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    head = trigger.head
    return (trigger.dep_ == "conj" and trigger.pos_ == "VERB" and head.i != trigger.i
            and trigger.tag_ in ("VBN", "VBD") and head.pos_ == "VERB"
            and no_clause_of_its_own(trigger) and present_perfect(head))


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
