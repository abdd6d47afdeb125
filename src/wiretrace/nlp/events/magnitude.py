"""magnitude: how many were killed, injured, arrested, or took part, per coded event.

A figure is read where news writes it ("at least 50", "twenty-five", "a dozen", "dozens",
"20 to 30", "1,200", "tens of thousands") and tied to an event only through the parse:
the counted phrase is the object or passive subject of a casualty or arrest verb, the
subject of a protest verb, the "of" phrase of a casualty noun ("the deaths of 16"), or the
subject of "leaving X dead"; that predicate is the event's trigger, or describes the event
(a relative clause, a participle, "died in the attack", "the attack killed"). A number that
is only near an event is never its figure.  Word lists and ranges: data/magnitude.yaml;
rules: docs/magnitude.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from ...lexicon import load_yaml
from ...model import Event, Figure, Magnitude
from ..context import Context

NAME = "magnitude.v1"

FIELDS = ("dead", "injured", "arrested", "size")
Qualifier = Literal["exact", "at_least", "at_most", "about", "range", "vague"]


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("magnitude.yaml")
    out = dict(data)
    out["quals"] = sorted(((tuple(k.split()), v) for k, v in data["qualifiers"].items()),
                          key=lambda kv: -len(kv[0]))
    out["vague_phrases"] = sorted(((tuple(k.split()), tuple(v)) for k, v in
                                   data["vague"].items()), key=lambda kv: -len(kv[0]))
    # the same phrases by their first word, longest first: _count_at runs on every token
    out["vague_by_first"] = {}
    for phrase, value in out["vague_phrases"]:
        out["vague_by_first"].setdefault(phrase[0], []).append((phrase, value))
    out["people"] = frozenset(data["people"]) | {"others", "other"}
    out["verb_field"] = {v: f for f, vs in data["verbs"].items() for v in vs}
    out["noun_field"] = {v: f for f, vs in data["nouns"].items() for v in vs}
    out["adj_field"] = {v: f for f, vs in data["adjectives"].items() for v in vs}
    out["fields_for"] = {f: frozenset(v) for f, v in data["fields_for"].items()}
    return out


DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$")
DIGIT_RANGE = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)[-\u2013](\d{1,3}(?:,\d{3})*|\d+)$")
RANGE_WORDS = {"to", "-", "\u2013", "or"}


@dataclass
class Count:
    """A number phrase in the Doc: tokens [start, end), the value it gives."""

    start: int
    end: int
    number: int | None
    low: int | None
    high: int | None
    qualifier: str
    head: Token = None  # the phrase's syntactic head (the counted noun, or the number)
    noun: Token | None = None  # the counted noun, if any
    people: bool | None = None  # known to count people (a sum of conjuncts)


def _digits(text: str) -> float | None:
    if not DIGITS.match(text):
        return None
    return float(text.replace(",", ""))


def _word_number(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """A number written in words from token i: (value, end token)."""
    data = _data()
    units, tens, scales = data["units"], data["tens"], data["scales"]
    total = current = 0
    j = i
    seen = False
    if doc[i].lower_ in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in scales:
        current, j, seen = 1, i + 1, True
    while j < end:
        w = doc[j].lower_
        if w in units:
            current += units[w]
        elif w in tens:
            current += tens[w]
        elif w in scales and seen:
            scale = scales[w]
            if scale >= 1000:
                total += (current or 1) * scale
                current = 0
            else:
                current = (current or 1) * scale
        elif w in ("-", "and") and seen and j + 1 < end and (
                doc[j + 1].lower_ in units or doc[j + 1].lower_ in tens):
            if w == "and" and doc[j - 1].lower_ not in scales:
                break
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen or j == i:
        return None
    return total + current, j


def _one_number(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """A single number (digits or words, with a scale word after digits) from token i."""
    value = _digits(doc[i].text)
    if value is not None:
        j = i + 1
        scales = _data()["scales"]
        if j < end and doc[j].lower_ in scales and scales[doc[j].lower_] >= 1000:
            value *= scales[doc[j].lower_]
            j += 1
        if value != int(value):
            return None
        return int(value), j
    return _word_number(doc, i, end)


def _qualifier(doc: Doc, start: int, floor: int) -> tuple[str, int]:
    words = [t.lower_ for t in doc[max(floor, start - 3):start]]
    for phrase, qual in _data()["quals"]:
        if tuple(words[-len(phrase):]) == phrase and len(words) >= len(phrase):
            return qual, start - len(phrase)
    return "exact", start


def _count_at(doc: Doc, i: int, end: int, floor: int) -> Count | None:
    """The number phrase starting at token i (None if there is none)."""
    tok = doc[i]
    m = DIGIT_RANGE.match(tok.text)
    if m:
        low, high = (int(g.replace(",", "")) for g in m.groups())
        if m.group(2).startswith("0") or high <= low:
            return None  # a phone number, a score, a code
        return Count(i, i + 1, None, low, high, "range")
    vague = _data()["vague_by_first"].get(tok.lower_)
    if vague:
        lower = [t.lower_ for t in doc[i:min(end, i + 3)]]
        for phrase, (low, high) in vague:
            if tuple(lower[:len(phrase)]) == phrase:
                return Count(i, i + len(phrase), None, low, high, "vague")
    one = _one_number(doc, i, end)
    if one is None:
        return None
    value, j = one
    # ranges: "20 to 30", "20-30", "between 20 and 30"
    if j + 1 < end and doc[j].lower_ in RANGE_WORDS:
        other = _one_number(doc, j + 1, end)
        if other and other[0] > value:
            start = i - 1 if i > floor and doc[i - 1].lower_ == "between" else i
            return Count(start, other[1], None, value, other[0], "range")
    if i > floor and doc[i - 1].lower_ == "between" and j + 1 < end and doc[j].lower_ == "and":
        other = _one_number(doc, j + 1, end)
        if other and other[0] > value:
            return Count(i - 1, other[1], None, value, other[0], "range")
    qual, start = _qualifier(doc, i, floor)
    low = high = None
    if qual == "exact":
        low = high = value
    elif qual == "at_least":
        low = value
    elif qual == "at_most":
        high = value
    return Count(start, j, value, low, high, qual)


def _phrase_head(doc: Doc, count: Count) -> Token:
    tokens = doc[count.start:count.end]
    outside = [t for t in tokens if not (count.start <= t.head.i < count.end) or t.head == t]
    return outside[-1] if outside else tokens[-1]


def _of_noun(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_person(token: Token | None) -> bool:
    if token is None:
        return False
    data = _data()
    if token.lower_ in data["people"] or token.lemma_.lower() in data["people"]:
        return True
    return token.ent_type_ in ("NORP", "PERSON") or (
        token.ent_type_ == "ORG" and token.tag_ == "NNPS")


def _counts(doc: Doc, sent: DocSpan) -> list[Count]:
    """Every number phrase in the sentence, with its head and counted noun."""
    out: list[Count] = []
    i = sent.start
    while i < sent.end:
        count = _count_at(doc, i, sent.end, sent.start)
        if count is None:
            i += 1
            continue
        head = _phrase_head(doc, count)
        noun: Token | None = None
        if head.dep_ in ("nummod", "quantmod", "compound", "amod", "det") and \
                head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = head.head
            noun = head
            # "27-year-old": the number counts years
            if any(t.lower_ in ("year", "years", "month", "day") for t in
                   doc[count.end:head.i]):
                noun = None
                head = doc[count.end - 1]
                count.qualifier = "not_people"
        else:
            noun = _of_noun(head) or _of_noun(doc[count.end - 1])
        count.head, count.noun = head, noun
        out.append(count)
        i = count.end
    return out


def _people_count(count: Count, bare_ok: bool) -> bool:
    """Whether the phrase counts people: its noun is a people noun, a nationality or a
    group; or it has no noun, stands as the argument of a verb that takes people (``bare_ok``:
    "killed 18 of those on board", "killing at least one")."""
    if count.people is not None:
        return count.people
    if count.qualifier == "not_people":
        return False
    if count.noun is not None:
        if count.noun.pos_ == "PRON" or count.noun.lower_ in ("those", "them", "whom"):
            return bare_ok
        return _is_person(count.noun)
    return bare_ok and count.head.pos_ == "NUM"


def _field_of_verb(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    field = _data()["verb_field"].get(lemma)
    if lemma == "shoot" and any(c.lower_ == "dead" for c in token.children):
        return "dead"
    return field


def _conjunct_sum(doc: Doc, count: Count, by_head: dict[int, Count]) -> Count:
    """"an American soil scientist and nine French soldiers": ten.  Each conjunct of the
    counted phrase is a number phrase of people or "a/an" and a singular noun (one)."""
    if count.people:
        return count  # already a sum
    parts = [count]
    heads = [c for c in count.head.conjuncts if c.i > count.head.i]
    for h in heads:
        if h.i in by_head and _people_count(by_head[h.i], False):
            parts.append(by_head[h.i])
        elif _one_of(h):
            parts.append(Count(min(t.i for t in h.subtree), h.i + 1, 1, 1, 1, "exact", h, None))
        else:
            return count
    if len(parts) == 1:
        return count
    quals = {p.qualifier for p in parts}
    if quals - {"exact", "at_least"}:
        return count
    low = sum(p.low or 0 for p in parts)
    qual = "at_least" if "at_least" in quals else "exact"
    if not any(p.number != 1 or p.noun is not None for p in parts):
        return count
    return Count(count.start, max(p.head.i + 1 for p in parts), low, low,
                 low if qual == "exact" else None, qual, count.head, count.noun, True)


def _one_of(token: Token) -> bool:
    """A singular noun with "a"/"an": one of something ("an American soil scientist")."""
    return token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                      for c in token.children)


def _leading(count: Count) -> Token:
    """The token standing for the phrase in the parse (the head of "hundreds of people"
    is "hundreds"; of "nine soldiers", "soldiers")."""
    return count.head


def _adjective_field(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """"leaving at least five people dead", "left 3 dead and 7 wounded": the adjective
    after the phrase and the verb above it."""
    last = max(count.end, count.head.i + 1)
    if last < len(doc) and doc[last].lower_ in _data()["adj_field"]:
        adj = doc[last]
        verb = adj.head if adj.head.pos_ == "VERB" else count.head.head
        if count.head.head == adj or adj.head == count.head or verb == count.head.head:
            return _data()["adj_field"][adj.lower_], verb
    return None


def _predicates(doc: Doc, sent: DocSpan) -> list[tuple[str, Count, Token]]:
    """(field, figure, predicate) for every figure of people the sentence reports."""
    counts = _counts(doc, sent)
    by_head = {c.head.i: c for c in counts}
    data = _data()
    found: list[tuple[str, Count, Token]] = []
    for count in counts:
        head = _leading(count)
        if any(a.lemma_.lower() in data["subsets"] for a in head.ancestors
               if a.i > sent.start and a.dep_ in ("prep", "acl", "advcl") and a.i < head.i):
            continue  # "40 detainees, including 23 ...": a part of a figure
        if head.dep_ == "conj":
            first = head
            while first.dep_ == "conj":
                first = first.head
            if first.i in by_head or not _one_of(first):
                continue  # counted with the first conjunct
            # "an American soil scientist and nine French soldiers": from the first
            one = Count(min(t.i for t in first.subtree), first.i + 1, 1, 1, 1, "exact",
                        first, None)
            count = _conjunct_sum(doc, one, by_head)
            if count is one:
                continue
            head = first
        adj = _adjective_field(doc, count)
        if adj and _people_count(count, True):
            found.append((adj[0], _conjunct_sum(doc, count, by_head), adj[1]))
            continue
        gov = head.head
        # "the deaths of 16 militants", "25 deaths", "hundreds of deaths"
        if count.noun is not None and count.noun.lemma_.lower() in data["noun_field"] and \
                count.noun.lemma_.lower() not in ("dead", "crowd", "crowds"):
            found.append((data["noun_field"][count.noun.lemma_.lower()], count, count.noun))
            continue
        if head.dep_ == "pobj" and gov.lower_ == "of" and \
                gov.head.lemma_.lower() in data["noun_field"]:
            noun = gov.head
            field = data["noun_field"][noun.lemma_.lower()]
            if field == "size" or _people_count(count, True):
                found.append((field, count, noun))
            continue
        if gov.pos_ not in ("VERB", "AUX") and gov.tag_ != "VBN":
            continue
        field = _field_of_verb(gov)
        if field in ("dead", "injured", "arrested") and any(
                _field_of_verb(c) in ("dead", "injured", "arrested") and
                _field_of_verb(c) != field and
                not any(d.dep_ in ("dobj", "nsubjpass") for d in c.children)
                for c in gov.conjuncts):
            continue  # "killed and injured 1,000": one count of two fields, neither's own
        if field in ("dead", "injured", "arrested"):
            passive = head.dep_ == "nsubjpass"
            active = head.dep_ in ("dobj", "nsubj") and (
                head.dep_ == "dobj" or gov.lemma_.lower() == "die")
            if (passive or active) and _people_count(count, True):
                found.append((field, _conjunct_sum(doc, count, by_head), gov))
            continue
        if head.dep_ == "nsubj" and _people_count(count, False) or (
                head.dep_ == "nsubj" and head.lemma_.lower() in ("crowd", "crowds")):
            found.append(("size", count, gov))
    return found


def _toll(doc: Doc, sent: DocSpan) -> list[tuple[str, Count, Token, bool]]:
    """"the death toll rose to at least 63 from the blasts", "raised the death toll to
    more than 60": (field, figure, the toll's verb, whether it is a revision)."""
    data = _data()
    out = []
    for count in _counts(doc, sent):
        head = count.head
        if head.dep_ != "pobj" or head.head.lower_ not in ("to", "at"):
            continue
        verb = head.head.head
        tolls = [c for c in verb.children if c.lemma_.lower() in data["toll_nouns"]
                 and c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if not tolls:
            continue
        words = {t.lower_ for t in tolls[0].lefts}
        field = "injured" if words & {"injury", "injured"} else "dead"
        # "the death toll from the raid rose to 15": the toll names its event
        named = [p for p in tolls[0].children if p.dep_ == "prep" and
                 p.lower_ in ("from", "in", "of")]
        out.append((field, count, tolls[0] if named else verb,
                    verb.lemma_.lower() in data["updates"]))
    return out


def _ties(pred: Token, trigger: Token) -> bool:
    """Whether ``pred`` (a casualty or crowd predicate) reports ``trigger``'s event."""
    if pred == trigger:
        return True
    for _ in range(3):
        # "the bombing that killed", "detonated ..., killing", "leaving five dead"
        if pred.dep_ in ("relcl", "acl", "advcl") and pred.head == trigger:
            return True
        # "the attack killed 25"; "Tens of thousands began protesting"
        if any(c.dep_ in ("nsubj", "nsubjpass") and c == trigger for c in pred.children):
            return True
        if pred.dep_ == "xcomp" and pred.head == trigger:
            return True
        if trigger.dep_ == "xcomp" and trigger.head == pred:
            return True
        # "died in the attack", "were killed during the raid"
        for prep in pred.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "from") and \
                    any(o == trigger for o in prep.children if o.dep_ == "pobj"):
                return True
        # "a raid which the ministry said killed seven": through the speech verb
        if pred.dep_ == "ccomp" and pred.head.dep_ in ("relcl", "acl"):
            pred = pred.head
            continue
        # "which resulted in the deaths of 16", "leading to hundreds of deaths"
        if pred.dep_ == "pobj" and pred.head.dep_ == "prep":
            pred = pred.head.head
            continue
        break
    return False


def _figure(ctx: Context, count: Count, event: Event) -> dict:
    first = ctx.doc[count.start]
    last_i = max(count.end, (count.noun.i + 1) if count.noun is not None and
                 count.noun.i >= count.end and count.noun.i - count.end < 6 else count.end)
    last = ctx.doc[last_i - 1]
    span = ctx.span(first.idx, last.idx + len(last.text))
    sources = list(ctx.token_attribution.get(count.head.i, []))
    return {"number": count.number, "low": count.low, "high": count.high,
            "qualifier": count.qualifier, "span": span,
            "attribution": None if sources == list(event.attribution) else sources}


def _better(old: tuple[Count, bool, int], new: tuple[Count, bool, int]) -> bool:
    """The latest revision of a toll, else the highest figure."""
    if new[1] and new[2] > old[2]:
        return True
    if old[1] and old[2] > new[2]:
        return False
    def size(c: Count) -> int:
        return c.number if c.number is not None else (c.low or c.high or 0)
    return size(new[0]) > size(old[0])


def figures(ctx: Context, events: list[Event] | None = None) -> dict[str, Magnitude]:
    """Event id -> its figures, for every coded event that has one."""
    events = ctx.events if events is None else events
    data = _data()
    coded = [(e, ctx.doc.char_span(e.trigger.start, e.trigger.end)) for e in events
             if e.type]
    coded = [(e, s[0]) for e, s in coded if s is not None and len(s)]
    if not coded:
        return {}
    by_sentence: dict[int, list[tuple[Event, Token]]] = {}
    for e, tok in coded:
        by_sentence.setdefault(tok.sent.start, []).append((e, tok))
    trigger_tokens = {tok.i: e for e, tok in coded}
    chosen: dict[str, dict[str, tuple[Count, bool, int]]] = {}
    for sent in ctx.sentences:
        evs = by_sentence.get(sent.start)
        if not evs:
            continue
        preds = [(f, c, p, False) for f, c, p in _predicates(ctx.doc, sent)]
        preds += _toll(ctx.doc, sent)
        for field, count, pred, revised in preds:
            owner = trigger_tokens.get(pred.i)
            candidates = [(owner, pred)] if owner is not None and owner.type in \
                data["fields_for"][field] else [
                (e, tok) for e, tok in evs if e.type in data["fields_for"][field]
                and _ties(pred, tok) and tok.i not in _casualty_triggers(evs, field)]
            if owner is not None and owner.type not in data["fields_for"][field]:
                candidates = []
            for e, _ in candidates[:1]:
                slot = chosen.setdefault(e.id, {})
                entry = (count, revised, count.start)
                if field not in slot or _better(slot[field], entry):
                    slot[field] = entry
    by_id = {e.id: e for e in events}
    return {eid: Magnitude(**{f: Figure(**_figure(ctx, c, by_id[eid]))
                              for f, (c, _, _) in slots.items()})
            for eid, slots in chosen.items()}


def _casualty_triggers(evs: list[tuple[Event, Token]], field: str) -> set[int]:
    """Coded triggers that are casualty predicates of ``field`` themselves: a figure of
    another predicate is not theirs."""
    return {tok.i for _, tok in evs if _field_of_verb(tok) == field and field != "size"}


def attach(ctx: Context, events: list[Event]) -> list[Event]:
    """``events`` with each coded event's figures in ``magnitude``."""
    found = figures(ctx, events)
    return [e.model_copy(update={"magnitude": found[e.id]}) if e.id in found else e
            for e in events]


def prepare() -> None:
    _data()


def read_numbers(doc: Doc) -> list[tuple[str, int | None, int | None, int | None, str]]:
    """Every number phrase of a parsed text as (words, number, low, high, qualifier): the
    reader alone, tied to nothing (for tests and inspection)."""
    out = []
    for sent in doc.sents:
        for c in _counts(doc, sent):
            out.append((doc[c.start:c.end].text, c.number, c.low, c.high, c.qualifier))
    return out
