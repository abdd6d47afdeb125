"""The time of an event: the time expression its own clause or sentence gives it, found through the
parse (own, shared, trailing, purpose and progressive times; "after X" and "when X" placed by
another event), else its tense against the article's date, each with its basis."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...dates.words import lexicon, word_set
from ...lexicon import load_yaml
from ...model import EventTime, TimeExpr
from ...timex import value_range
from ..context import Context
from .anchored import points
from .attachment import misattached
from .expressions import (
    _CALENDAR,
    _is_clause_head,
    _passable,
    _span_root,
    no_clause_of_its_own,
    pluperfect,
    present_perfect,
)
from .links import bound_objects, part_of, participated
from .verb_forms import (
    _before_adverb,
    _modal,
    _non_present_clause,
    _plain_present,
    _stranded_progressive,
)

# --- the time of an event ------------------------------------------------------------------

# A calendar period an event can be dated to: a year, month, day, quarter or week, and also a
# season, a half or a weekend of a year ("in the summer of 2010" is as much a date of the
# year as "the third quarter": TIMEX3 values 2010-SU, 2016-H1, 2016-W37-WE); not a
# reference word (PAST_REF) or a duration.  Round 45: the rules that share a date with
# another clause read seasons and halves too.
_PERIOD = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|W\d\d(?:-WE)?|H[12]|SP|SU|FA|WI))?")


def _dated(value: str) -> bool:
    return bool(_PERIOD.fullmatch(value))


_NOUN_MODIFIERS = frozenset({"poss", "compound", "nmod", "amod", "nummod"})


def _path_to(doc: Doc, t: TimeExpr, trigger: Token,
             hosts: frozenset[int] | None = None, anchor: date | None = None) -> int | None:
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
    passed = False  # a clause the parser misattached the expression to (.attachment)
    while True:
        wrong = prev is not None and not passed and misattached(doc, t, tok, prev, anchor)
        if tok.i == trigger.i and not wrong:
            break
        if wrong:
            passed = True
        elif steps:
            if tok.lower_ in non_locating and (tok.pos_ in ("ADP", "SCONJ")
                                               or tok.dep_ == "prep"):
                return None
            if _is_clause_head(tok) and not _passable(tok) and not (
                    tok.dep_ in ("acl", "relcl") and tok.head.i in hosts
                    and tok.lemma_.lower() in realizations):
                return None
            if (tok.pos_ in ("NOUN", "PROPN") and tok.i not in hosts and prev is not None
                    and _describes(prev, tok) and not _premodifies_compound(prev, tok, hosts)):
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


def _premodifies_compound(child: Token, noun: Token, hosts: frozenset[int]) -> bool:
    """A date before the first noun of a compound whose head is ``hosts``' own event noun
    modifies the whole compound nominal, not that first noun ("a 2014 Senate hearing" is
    a hearing of 2014, not a Senate of 2014): the dependent of a compound is a bare
    nominal that takes no modifier of its own (Huddleston and Pullum 2002 ch. 19, 4.1;
    ch. 5, 14.4), so the parser's attachment of the year to it is a bracketing of the
    head nominal.  Only where the compound's head is the event itself, not a noun a date
    merely describes ("the 2014 Senate report says": the report's year, not the
    saying's)."""
    return (noun.dep_ == "compound" and noun.head.i in hosts and child.i < noun.i
            and child.dep_ in ("nummod", "amod", "compound", "poss"))


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


def own_time(ctx: Context, tok: Token) -> TimeExpr | None:
    """The concrete DATE or TIME expression of ``tok``'s own clause or phrase, nearest in
    the tree: "captured ... in 1987" -> 1987, "the 2011 revolution" -> 2011."""
    return _best_time(ctx, tok, vague=False)


def _calendar_time(ctx: Context, tok: Token) -> TimeExpr | None:
    """``tok``'s own time where it is a calendar date (a year, month, day, quarter, week,
    season, half or weekend: :data:`_PERIOD`), not a reference word or a duration."""
    t = own_time(ctx, tok)
    return t if t is not None and _dated(t.value) else None


def _best_time(ctx: Context, tok: Token, vague: bool = True) -> TimeExpr | None:
    best: tuple[tuple[int, int, int], TimeExpr] | None = None
    sent_start, sent_end = ctx.sentence_chars(tok)
    hosts = frozenset({tok.i, *(n.i for n in occasions(tok)), *_realized(tok),
                       *participated(tok)})
    for t in points(ctx.times):  # an anchored duration as its DATE
        if t.type not in ("DATE", "TIME") or not sent_start <= t.start < sent_end:
            continue
        is_ref = t.value.endswith("_REF")
        if is_ref and not vague:
            continue
        steps = _path_to(ctx.doc, t, tok, hosts, ctx.anchor)
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
        t = _carrier_time(ctx, trigger) or _setting_time(ctx, trigger) or t
    anchor = ctx.anchor.isoformat() if ctx.anchor else None
    if t is not None and not t.value.endswith("_REF"):
        return EventTime(value=t.value, basis="explicit", time_id=t.id)
    now = _now(trigger, tense == "present" or present_perfect(trigger)
               or _plain_present(trigger) or _stranded_progressive(trigger))
    if t is None and not now:
        # "has made deals", "has taken in its battle": the present of the noun's host verb
        host = _noun_host(trigger)
        now = host is not None and _now(host)
    if t is not None and t.value == "PRESENT_REF":
        if anchor:
            return EventTime(value=anchor, basis="publication", time_id=t.id)
        return EventTime(value="PRESENT_REF", basis="relative", time_id=t.id)
    if t is None and _before_adverb(trigger):
        return EventTime(value="PAST_REF", basis="relative")
    offset = _offset_day(ctx, trigger) if t is None else None
    if offset is not None:  # before bound_time, which would read "after X" as X's time
        return EventTime(value=offset, basis="relative")
    simultaneous = _as_clause_time(ctx, trigger)
    if simultaneous is not None:
        return EventTime(value=simultaneous.value, basis="relative", time_id=simultaneous.id)
    if not (now and anchor):
        bound = (when_time(ctx, trigger) or bound_time(ctx, trigger)
                 or shared_when_time(ctx, trigger, tense))
        if bound is not None:
            return EventTime(value=bound.value, basis="relative", time_id=bound.id)
    if t is not None:
        return EventTime(value=t.value, basis="relative", time_id=t.id)
    shared = (_shared_time(ctx, trigger, tense) or _trailing_time(ctx, trigger)
              or _purpose_time(ctx, trigger, tense) or _complement_time(ctx, trigger)
              or _reported_progressive_time(ctx, trigger)
              or _supplementive_time(ctx, trigger) or _antecedent_time(ctx, trigger)
              or _misparsed_verb_time(ctx, trigger)
              or _part_time(ctx, trigger))
    if shared is not None:
        return EventTime(value=shared.value, basis="explicit", time_id=shared.id)
    if anchor and now:
        return EventTime(value=anchor, basis="publication")
    return EventTime(basis="unknown")


def _now(verb: Token, present: bool | None = None) -> bool:
    """Whether ``verb`` holds at the time of writing: ``present`` (by default a present or
    present perfect form), and not pluperfect, modal or in a conditional or temporal
    clause."""
    if present is None:
        present = verb.tag_ in ("VBZ", "VBP") or present_perfect(verb) or _plain_present(verb)
    return present and not pluperfect(verb) and not _modal(verb) \
        and not _non_present_clause(verb)


def _noun_host(noun: Token) -> Token | None:
    """The verb an event noun shares its time with, a date or the present of a present
    perfect alike (round 42): the verb that carries it as its object and only realizes or
    receives it (:func:`_carrier_time`), or the verb whose act it is the setting of
    (:func:`_setting_time`; TimeML IS_INCLUDED), through a predicative adjective too."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "dobj":
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and (lemma in word_set("event_realizations")
                                    or lemma in word_set("event_receipts")):
            return verb
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "attr"):
        verb = verb.head  # "has been the most direct in his attacks"
    word = prep.lower_
    if verb.pos_ in ("VERB", "AUX") and (word in _SETTING or word == "at" and (
            noun.lemma_.lower() in word_set("occasion_nouns"))):
        return verb
    return None


def _carrier_time(ctx: Context, noun: Token) -> TimeExpr | None:
    """The time of the verb that carries an event noun as its object and only realizes it
    (``event_realizations``): "held a summit in Russia in September", "issued his appeal
    Friday", "the talks were held on Monday": the summit, the appeal, the talks; or
    receives it, the converse of giving (``event_receipts``): "Last month, Cruz won the
    endorsement of ...", "received an award last year"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in word_set("event_realizations")
                               and lemma not in word_set("event_receipts")):
        return None
    return own_time(ctx, verb)


# Prepositions that make an event noun the setting of the verb's act: the act happens
# within it (TimeML: IS_INCLUDED), so the two share the verb's date.
_SETTING = frozenset({"in", "during", "amid"})


def _setting_time(ctx: Context, noun: Token) -> TimeExpr | None:
    """The time of the past verb an event noun is the setting of: "was killed in a gun
    battle with police Friday" (the battle is Friday), "were arrested during a raid on
    Monday"; an occasion noun after "at" too ("agreed at a summit in March": the act
    happens at the occasion, as in the occasion rule the other way round).  And the time
    of the past passive an event is the agent of, its active subject ("were displaced this
    week by fighting" is "fighting displaced them this week"; a subject event noun shares
    its verb's time, see :func:`_describes`).  Not a noun with a time of its own, which
    :func:`_best_time` finds first."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.dep_ not in ("prep", "agent"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return None
    word = prep.lower_
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and (word in _SETTING or word == "at" and (
            noun.lemma_.lower() in word_set("occasion_nouns"))):
        return own_time(ctx, verb)
    if word == "by" and (noun.pos_ == "NOUN" or noun.tag_ == "VBG") and any(
            c.dep_ == "auxpass" for c in verb.children):
        return own_time(ctx, verb)
    return None


_SEQUENCE_ADVERBS = frozenset({"then", "later", "since", "again", "now", "eventually",
                               "subsequently", "afterwards", "afterward", "finally", "still"})


def _shared_time(ctx: Context, trigger: Token, tense: str) -> TimeExpr | None:
    """The time of the verb a past verb is coordinated with, when they share a subject and
    the second has no time of its own: "visited Europe in late September and met with
    officials", "seized power in 2013 and forced Bozize from office".  Not when a word
    moves the second on ("and later met", "and has since returned") or it is perfect."""
    head = _coordinated_head(trigger, tense)
    return own_time(ctx, head) if head is not None else None


def shared_when_time(ctx: Context, trigger: Token, tense: str) -> TimeExpr | None:
    """The time of the "when" clause a coordinated past verb shares with the verb before
    it: "in 2013, when rebels seized power and forced the president from office" gives
    "forced" 2013 as it gives "seized" (one clause, one time; the same conditions as
    :func:`_shared_time`)."""
    head = _coordinated_head(trigger, tense)
    return when_time(ctx, head) if head is not None else None


def _coordinated_head(trigger: Token, tense: str) -> Token | None:
    """The past verb ``trigger`` is coordinated with, when the two share a subject and
    ``trigger`` has nothing of its own that moves it on (see :func:`_shared_time`)."""
    head = trigger.head
    if (trigger.dep_ != "conj" or trigger.pos_ != "VERB" or head.pos_ != "VERB"
            or tense != "past" or trigger.tag_ != "VBD" or pluperfect(trigger)):
        return None
    if not no_clause_of_its_own(trigger) or any(
            c.lower_ in _SEQUENCE_ADVERBS for c in trigger.children):
        return None
    if head.tag_ != "VBD" and not any(a.tag_ == "VBD" for a in head.children
                                      if a.dep_ in ("aux", "auxpass")):
        return None
    if pluperfect(head) or present_perfect(head):
        return None
    return head


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
    if not no_clause_of_its_own(conj) or any(
            c.lower_ in _SEQUENCE_ADVERBS for c in conj.children):
        return None
    t = own_time(ctx, conj)
    if t is None or t.start <= conj.idx:
        return None
    return t if _dated(t.value) else None


def _purpose_time(ctx: Context, trigger: Token, tense: str) -> TimeExpr | None:
    """The date of the purpose a past act was done for, when the act has none of its own:
    "launched an operation to flush out al-Shabab ... in 2015", "sent a delegation to
    attend the inauguration on May 20", "used its veto to shut down the panel in April"
    (the veto too).  The verb must have an object and must not hand the infinitive to its
    object (``object_control``: "urged Iran to release the sailors in May" is Iran's act),
    and the date must not lie after the publication date (a past act is not dated by its
    aim's future: "agreed in talks to hold elections in December").  An implicative verb
    needs no object: it shares its complement's time (``implicative_verbs``, Karttunen
    1971): "declined to criticize the governor on Sunday"."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head  # "used its veto to shut down ...": the veto
    implicative = verb.lemma_.lower() in word_set("implicative_verbs")
    if (verb.pos_ != "VERB" or verb.tag_ != "VBD" or tense == "future" or pluperfect(verb)
            or verb.lemma_.lower() in word_set("object_control")
            or not (implicative or any(c.dep_ == "dobj" for c in verb.children))):
        return None
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.tag_ != "VB" or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        t = own_time(ctx, c)
        if t is None or not _dated(t.value):
            return None
        span = value_range(t.value)
        if ctx.anchor is not None and (span is None or span.first is None
                                       or span.first > ctx.anchor.isoformat()):
            return None
        return t
    return None


def _complement_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """A to-infinitive has no tense of its own (CGEL ch. 14); it takes the calendar date of
    the past verb whose act realizes it, when it has none: the complement of a positive
    implicative or of a raising verb of appearance (Karttunen 1971;
    ``realized_complement_verbs``): "Last week the chief appeared to blame the workers" ->
    that week, "On Monday the clerk remembered to file the papers" -> that Monday; and the
    purpose of an act with an object, done by that act (the converse of
    :func:`_purpose_time`): "On Monday the senator used the speech to attack the mayor" ->
    that Monday.  Not a verb that hands the infinitive to its object (``object_control``:
    "urged Iran on Monday to release the sailors"), not a verb of intention or agreement
    with no object ("agreed on Monday to sign": later, if at all), not a negated verb, not a
    perfect infinitive ("appeared to have blamed" lies before), not a pluperfect."""
    verb = trigger.head
    if (trigger.dep_ not in ("xcomp", "advcl") or trigger.tag_ != "VB"
            or verb.pos_ != "VERB" or not _past(verb) or pluperfect(verb)
            or any(c.dep_ == "neg" for c in verb.children)):
        return None
    lemma = verb.lemma_.lower()
    realized = trigger.dep_ == "xcomp" and lemma in word_set("realized_complement_verbs")
    purpose = lemma not in word_set("object_control") and any(
        c.dep_ == "dobj" for c in verb.children)
    if not (realized or purpose):
        return None
    aux = [a.lower_ for a in trigger.children if a.dep_ in ("aux", "auxpass")]
    if "to" not in aux or "have" in aux or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    return _calendar_time(ctx, verb)


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
    return _calendar_time(ctx, head)


def _supplementive_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """A supplementive -ing clause with no subject, auxiliary or subordinator of its own
    has no time of its own: it tells a circumstance of the dated past act it hangs on, at
    that act's time (Quirk et al. 1985 15.58-15.60): "said in a March report, calling for
    new talks" -> March; "closed the border on Monday, citing security" -> that Monday.
    So does a detached -ed clause, set off by a comma, which Quirk et al. class with the
    -ing clause as supplementive (round 45): "in the summer of 2010, the bill failed,
    blocked by senators" -> that summer."""
    verb = trigger.head
    detached_ed = trigger.tag_ == "VBN" and _comma_before(trigger)
    if ((trigger.tag_ != "VBG" and not detached_ed) or trigger.dep_ != "advcl"
            or verb.pos_ != "VERB" or verb.tag_ != "VBD" or pluperfect(verb)):
        return None
    if not no_clause_of_its_own(trigger) or any(
            c.lower_ in _SEQUENCE_ADVERBS for c in trigger.children):
        return None
    return _calendar_time(ctx, verb)


def _comma_before(tok: Token) -> bool:
    return tok.i > tok.sent.start and tok.doc[tok.i - 1].text == ","


def _misparsed_verb_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The date of a finite verb the parser hung on the noun after it as a modifier, with
    that noun as the sentence's root (:func:`..events.misparsed.finite_modifier`, round
    44: "Earlier this month, Trump hosted Erdogan in the White House"): the parser hangs
    the clause's time adjuncts on the noun too, and they are the verb's (a sentence has a
    finite verb, Quirk et al. 1985 2.11; an adjunct of time modifies the clause, not the
    object).  Only a date that is an adverbial of that noun (a bare noun phrase,
    "Earlier this month"; "on/in/at" a date before the verb), never one that describes
    it ("Erdogan's 2019 visit")."""
    from ..events.misparsed import finite_modifier

    obj = trigger.head
    if finite_modifier(trigger) is None or trigger.sent.root.i != obj.i:
        return None
    for t in points(ctx.times):
        if t.type not in ("DATE", "TIME") or not _dated(t.value):
            continue
        tok = _span_root(ctx.doc, t.start, t.end)
        if tok is None or tok.sent.start != trigger.sent.start:
            continue
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head
            if tok.lower_ not in ("in", "on", "at") or tok.i > trigger.i:
                continue
        elif tok.dep_ not in ("npadvmod", "advmod"):
            continue
        if tok.head.i == obj.i:
            return t
    return None


_RELATIVE_PRONOUNS = frozenset({"that", "which"})


def _antecedent_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """A past relative clause whose subject is the relative pronoun predicates of its
    antecedent what a main clause with that noun as subject would ("the 2004 bombing that
    killed nine soldiers" is "the 2004 bombing killed nine soldiers"): an event noun's own
    date is the clause's, as a subject noun's is (:func:`_describes`, "Monday's attack
    killed three soldiers")."""
    noun = trigger.head
    if (trigger.dep_ != "relcl" or trigger.pos_ != "VERB" or trigger.tag_ != "VBD"
            or noun.pos_ != "NOUN"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS
               for c in trigger.children):
        return None
    lemma = noun.lemma_.lower()
    if not (lemma in word_set("occasion_nouns") or lemma in lexicon().data["event_nominals"]
            or noun.lower_.endswith("ing")):
        return None
    return _calendar_time(ctx, noun)


def _part_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The date of the occasion an event is part of (:func:`.links.part_of`: "Monday, he
    gave a speech that included a vow to ..." -> that Monday): its own calendar date, or
    the date of the past act it is the setting of (:func:`_setting_time`)."""
    noun = part_of(trigger)
    if noun is None:
        return None
    t = _calendar_time(ctx, noun) or _setting_time(ctx, noun)
    return t if t is not None and _dated(t.value) else None


# --- "after X", "following X", "since X": an event placed by another ----------------------

def _time_at(ctx: Context, tok: Token) -> TimeExpr | None:
    for t in points(ctx.times):  # an anchored duration as its DATE
        if t.type in ("DATE", "TIME") and t.start <= tok.idx < t.end \
                and not t.value.endswith("_REF"):
            return t
    return None


def bound_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The time of the event or time that ``trigger`` is placed after, before or since:
    a time itself ("after 2011"), the time of the clause or noun phrase ("after he was
    captured in 1987", "after the 2011 revolution"), or the time of the same event told
    elsewhere in the article with the same participant ("Gaddafi died in October 2011 ...
    after Gaddafi's death").  None when that event is not dated: nothing is invented."""
    for obj in bound_objects(trigger):
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
    concessions" -> 2011 for "swept"; and the time of the clause a "when" clause hangs
    from: "fell into chaos in 2014 when armed men stormed the palace" -> 2014 for
    "stormed" (TimeML: the two are simultaneous)."""
    def has_when(verb: Token) -> bool:
        return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)

    for clause in trigger.children:
        if clause.dep_ == "advcl" and has_when(clause):
            t = own_time(ctx, clause)
            if t is not None:
                return t
    if trigger.dep_ == "relcl" and has_when(trigger):
        return _time_at(ctx, trigger.head)
    if trigger.dep_ == "advcl" and has_when(trigger) and trigger.head.pos_ in ("VERB", "AUX"):
        return own_time(ctx, trigger.head)
    return None


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD"
                                     for a in verb.children)


def _future(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ in ("will", "'ll") for a in verb.children)


def _as_clause_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """A temporal "as" clause happens at the time of the clause it hangs on (Quirk et al.
    1985 15.25: "as" of simultaneity, like "while"; TimeML: the two overlap), so it takes
    that clause's calendar date when it has none of its own: "laid the groundwork four
    years ago just as he was besting Romney" -> that year; "will get one more chance on
    Saturday as he attends the dinner" -> that Saturday (a present in a subordinate clause
    takes its time from the future clause above it, Quirk et al. 4.18).  Only a finite
    clause with a subject of its own whose tense goes with its head's (past under past,
    present under a "will" future); never a comment clause of saying or expecting ("as
    he said on Monday", "as expected"), and never a clause that is not an act of the
    same time ("as" of reason is left where the tenses part)."""
    if trigger.dep_ != "advcl" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    verb = _finite_host(trigger.head)
    if verb is None or verb.i == trigger.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in trigger.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    if trigger.lemma_.lower() in _saying() or trigger.lemma_.lower() in _EXPECTING:
        return None
    if _past(trigger) and _past(verb) and not pluperfect(trigger):
        pass
    elif trigger.tag_ in ("VBZ", "VBP") and _future(verb):
        pass
    else:
        return None
    t = _calendar_time(ctx, verb) or _shared_time(ctx, verb, "past" if _past(verb) else "")
    return t if t is not None and _dated(t.value) else None


def _finite_host(verb: Token) -> Token | None:
    """The finite verb whose clause holds ``verb``: a to-infinitive has no tense of its
    own and takes its time from the clause above it (CGEL ch. 14: a non-finite clause is
    untensed), through the noun it may complement ("will get a chance on Saturday to poke
    fun": "get")."""
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            return verb
        if not (verb.dep_ in ("acl", "xcomp", "advcl") and verb.tag_ == "VB"):
            return None
        verb = verb.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubj", "attr"):
            verb = verb.head
    return None


# Comment clauses with "as" (Quirk et al. 1985 15.53-15.54): "as expected", "as he
# predicted", "as we know" say nothing about the time of the clause they comment on.
_EXPECTING = frozenset({"expect", "predict", "know", "suggest", "report", "note",
                        "anticipate", "forecast", "hope", "fear", "plan", "promise"})


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


# --- "the morning after the debate": a day next to an event the article dates ------------

def _offset_day(ctx: Context, trigger: Token) -> str | None:
    """The day before or after a named event, where the phrase is the trigger's time: "the
    morning after the debate", "in the day before the vote" (TimeML: a TIMEX3 anchored on
    an event; ``offset_day_nouns`` in data/timex.yaml).  The event is the noun after
    "before"/"after": its own calendar day ("the day after Monday's debate"), else, for a
    definite noun ("the debate"), the day of the nearest earlier dated mention of that
    noun (a definite noun refers to the referent already identified, here by an earlier
    mention: Huddleston and Pullum 2002 ch. 5, 6.1); None where there is none.  One day
    is added or taken away."""
    sent, doc = trigger.sent, trigger.doc
    for i in _offset_nouns(ctx):
        if not sent.start <= i < sent.end:
            continue
        tok = doc[i]
        # "before"/"after" on the noun, or the parser's sibling right after it
        following = [p for p in tok.head.children if p.i == tok.i + 1 and tok.head.i != tok.i]
        for prep in [*tok.children, *following]:
            if prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
                continue
            for event in prep.children:
                if event.dep_ != "pobj" or event.pos_ != "NOUN":
                    continue
                span = TimeExpr(id="offset", start=tok.idx, end=tok.idx + len(tok.text),
                                text=tok.text, value="", type="DATE")
                if _path_to(ctx.doc, span, trigger) is None:
                    continue
                day = _event_day(ctx, event)
                if day is None:
                    return None
                step = timedelta(days=1 if prep.lower_ == "after" else -1)
                return (day + step).isoformat()
    return None


def _offset_nouns(ctx: Context) -> list[int]:
    """Where the article's "the day/morning/..." nouns are (``offset_day_nouns``), read
    once per article (``ctx.memo``): :func:`_offset_day` is asked for every event."""
    memo = ctx.memo.setdefault("offset_day_nouns", {})
    if "at" not in memo:
        nouns = word_set("offset_day_nouns")
        memo["at"] = [tok.i for tok in ctx.doc if tok.pos_ == "NOUN"
                      and tok.lemma_.lower() in nouns
                      and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)]
    return memo["at"]


def _event_day(ctx: Context, event: Token) -> date | None:
    """The calendar day of the event ``event`` names: its own, else, for a definite noun,
    that of the nearest earlier mention of the same noun that is dated in its own phrase
    (the antecedent of a definite description is the most recent mention that fits; Hobbs
    1978's order of recency), when that date is one day."""
    t = own_time(ctx, event)
    if t is None and any(c.dep_ == "det" and c.lower_ == "the" for c in event.children):
        lemma = event.lemma_.lower()
        for tok in reversed(ctx.doc[:event.i]):
            if (tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma
                    or ctx.is_removed(tok.idx, tok.idx + 1)):
                continue
            t = own_time(ctx, tok)
            if t is not None:
                break
    day = _day_of(t.value) if t is not None else ""
    return date.fromisoformat(day) if day else None


def _day_of(value: str) -> str:
    """The calendar day a DATE or TIME value names ("2016-09-26TNI" -> "2016-09-26"), or
    "" where it names no one day (a week, a month, a reference word)."""
    day = value[:10]
    return day if len(day) == 10 and _CALENDAR.fullmatch(day) else ""
