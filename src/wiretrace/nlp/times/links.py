"""Links in the parse that the time of an event follows, with no time of their own: the
words an event is placed after, before or since ("after he was captured", "following
Gaddafi's death"), the occasion a verb of taking part has for its object ("attended the
2005 wedding"), and the occasion an event is part of ("a speech that included ...")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.tokens import Token

from ...dates.words import lexicon, word_set
from ..context import tokens_with
from .expressions import _is_clause_head


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




def bound_objects(trigger: Token) -> list[Token]:
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



# --- taking part in an occasion: the act happens within it (TimeML IS_INCLUDED) -----------

def participated(verb: Token) -> list[int]:
    """The occasion a verb of taking part has by its meaning (``participation_verbs``:
    "attended the 2005 wedding", "boycotted the 2014 vote", "acquiesced in the December
    increase"): the act happens within it, so a date that describes the occasion dates
    the act, as the date of a medium or occasion after "at", "in" or "during" does
    (:func:`~wiretrace.nlp.times.event_times.occasions`)."""
    if verb.pos_ != "VERB":
        return []
    frames = lexicon().data["participation_verbs"]
    preps = frames.get(verb.lemma_.lower())
    if preps is None:
        return []
    found = []
    for c in verb.children:
        if c.dep_ == "dobj" and "" in preps and c.pos_ in ("NOUN", "PROPN"):
            found.append(c.i)
        elif c.dep_ == "prep" and c.lower_ in preps:
            found += [n.i for n in c.children if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")]
    return found


def part_of(trigger: Token) -> Token | None:
    """The event noun whose occasion ``trigger`` is a part of, told by a verb of inclusion
    (``inclusion_verbs``): "a speech that included the senator vowing to ..." (the vow is
    within the speech, TimeML IS_INCLUDED), "the ceremony featured a parade".  The noun
    must name an event (``occasion_nouns``, ``event_nominals`` or an -ing noun)."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "ccomp", "xcomp") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in word_set("inclusion_verbs"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    noun = subjects[0]
    if noun.lower_ in ("that", "which") and verb.dep_ == "relcl":
        noun = verb.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (lemma in word_set("occasion_nouns")
                                   or lemma in lexicon().data["event_nominals"]
                                   or noun.lower_.endswith("ing")):
        return None
    return noun
