"""Epithets: a definite description of one named person ("The Kentucky Republican said",
"the real estate developer", "the Vermont senator", "the former secretary of state")
refers to the person named before it whose own words in the article bear it out
(docs/actors.md, "Definite descriptions"; data/anaphora.yaml, "Epithets").

The description is "the", modifiers and a head noun of ``epithet_nouns``, with no name
inside it but a state or a party ("Kentucky", "GOP") and nothing after it but "of" or
"from" a place ("the former governor of Florida"); not a predicate or an apposition
("Cruz is the candidate", "Trump, the nominee": the name is there).  The candidates are
the people named in its sentence before it or in the two sentences before, and the
article's most-named person.  A candidate fits when, near one of its mentions (six words
either side, in the mention's sentence), the article says the head noun or a word of its
group ("Republican presidential candidate Donald Trump", "Sen. Bernie Sanders") and each
modifier: a US state by its name or abbreviation ("(R-Ky.)"), a party by its name or its
label's letter, any other word by itself.  Time words ("former") and a few that pick out
nobody ("presumptive") need nothing.  Only where exactly one candidate fits is the
description resolved (Vieira & Poesio 2000: the epithet class of definites)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import names
from ..context import Context
from .anaphora import _data
from .gazetteer import _state_code
from .tenure import NOT_NOW

WINDOW = 6  # words either side of a mention
SENTENCES_BACK = 2
NOT_REFERRING = frozenset({"attr", "appos", "oprd", "acomp", "conj", "npadvmod"})
NAMED_MODIFIERS = frozenset({"GPE", "NORP"})


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, frozenset[str]], frozenset[str], dict[str, frozenset[str]]]:
    data = _data()
    nouns = {k: frozenset(v) for k, v in data["epithet_nouns"].items()}
    parties = {k: frozenset(v) for k, v in data["epithet_parties"].items()}
    return nouns, frozenset(data["epithet_neutral"]) | NOT_NOW, parties


def _modifiers(noun: Token) -> list[Token] | None:
    """The words that describe whom the epithet names (before the noun, and a place after
    "of" or "from"), or None when the phrase is no epithet of a named person."""
    _, neutral, parties = _lists()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    out: list[Token] = []
    for child in noun.lefts:
        if child.dep_ in ("det", "punct", "case"):
            continue
        if child.dep_ == "poss" or child.dep_ not in ("amod", "compound", "nmod"):
            return None
        if child.ent_type_ and child.ent_type_ not in NAMED_MODIFIERS \
                and child.lower_ not in parties:
            return None  # "the White House press secretary": the phrase says whose
        if child.lower_ in neutral:
            continue
        out.append(child)
        out.extend(t for t in child.lefts if t.dep_ == "compound")  # "New York"
    for child in noun.rights:
        if child.dep_ == "punct":
            break
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            pobj = [t for t in child.children if t.dep_ == "pobj"]
            if len(pobj) == 1 and (pobj[0].ent_type_ == "GPE" or pobj[0].lower_ == "state"):
                out.append(pobj[0])
                continue
        return None  # "the candidate who ...", "the nominee for president"
    return out


def _words(ctx: Context, start: int, end: int, noun: Token) -> set[str]:
    """The words near a mention's tokens, lower case, periods and label hyphens split
    ("(R-Ky.)" -> r, ky); the epithet's own phrase left out."""
    sent = ctx.doc[start].sent
    out: set[str] = set()
    for t in ctx.doc[max(sent.start, start - WINDOW):min(sent.end, end + WINDOW)]:
        if noun.left_edge.i <= t.i <= noun.right_edge.i:
            continue
        for part in t.lower_.split("-"):
            out.add(part.rstrip("."))
        out.add(t.lower_)
    return out


def _borne_out(word: Token, near: set[str]) -> bool:
    """Whether the words near a mention bear out one modifier."""
    _, _, parties = _lists()
    if word.lower_ in parties:
        return bool(parties[word.lower_] & near)
    state = _state_code(word.text) if word.text[:1].isupper() else None
    if state is not None:
        return any(_state_code(w.title()) == state or _state_code(w.title() + ".") == state
                   for w in near if w.isalpha())
    return word.lower_ in near


def _mentions(ctx: Context, entity_id: str) -> list[tuple[int, int]]:
    """The token spans of an entity's mentions, first to last."""
    spans: list[tuple[int, int]] = []
    for i in sorted(i for i, e in ctx.token_entity.items() if e == entity_id):
        if spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        else:
            spans.append((i, i + 1))
    return spans


def _fits(nears: list[set[str]], noun: Token, modifiers: list[Token]) -> bool:
    """Whether the words near a person's mentions bear out the noun and each modifier."""
    group = _lists()[0][noun.lower_]
    if not any(group & near for near in nears):
        return False
    return all(any(_borne_out(m, near) for near in nears) for m in modifiers)


def _contradicts(nears: list[set[str]], noun: Token, modifiers: list[Token]) -> bool:
    """Whether the words near a person's mentions say otherwise: another party, another
    state, or only a title of another group before the name ("President Barack Obama"
    is no senator)."""
    nouns, _, parties = _lists()
    near = set().union(*nears) if nears else set()
    for word in (noun, *modifiers):
        if word.lower_ in parties:
            others = set().union(*(v for k, v in parties.items()
                                   if not v & parties[word.lower_]))
            if others & near and not parties[word.lower_] & near:
                return True
        elif word is not noun and word.text[:1].isupper() and \
                (state := _state_code(word.text)) is not None:
            found = {_state_code(w.title()) or _state_code(w.title() + ".")
                     for w in near if w.isalpha()} - {None}
            if found and state not in found:
                return True
    group = nouns[noun.lower_]
    if names.is_title(noun.text):
        titles = {w for w in near if names.is_title(w)}
        if titles and not titles & group:
            return True
    return False


def _candidates(ctx: Context, noun: Token) -> set[str]:
    """The people named in the noun's sentence before it or the sentences just before,
    and the article's most-named person."""
    sents = ctx.sentences
    k = next(n for n, s in enumerate(sents) if s.start <= noun.i < s.end)
    back = [s for s in sents[:k] if not s.text.isspace()][-SENTENCES_BACK:]  # breaks aside
    lo = back[0].start if back else sents[k].start
    people: dict[str, int] = {}  # mentions by token, first named first
    out: set[str] = set()
    for i, entity_id in sorted(ctx.token_entity.items()):
        if ctx.entity_type(entity_id) != "PERSON":
            continue
        people[entity_id] = people.get(entity_id, 0) + 1
        if lo <= i < noun.i:
            out.add(entity_id)
    if people:
        out.add(max(people, key=people.__getitem__))  # the first of the most-named
    # a person named after the description in its sentence is another party to it ("...,
    # the developer said of Mr. Clinton"; disjoint reference, Chomsky 1981, principle C)
    return out - {ctx.token_entity.get(t.i) for t in sents[k] if t.i > noun.i}


def described_person(ctx: Context, noun: Token) -> str | None:
    """The PERSON entity an epithet headed by ``noun`` names, or None."""
    if noun.lower_ not in _lists()[0] or noun.dep_ in NOT_REFERRING or noun.tag_ in (
            "NNS", "NNPS") or noun.doc[max(0, noun.left_edge.i - 1)].lower_ == "as":
        return None  # "as the nominee": a role, not a reference
    if noun.i in ctx.token_entity and ctx.entity_type(ctx.token_entity[noun.i]) != "NORP":
        return None  # a name; a party's ("the Kentucky Republican") is a description
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "the nominee, Donald Trump": the name says whom
    modifiers = _modifiers(noun)
    if modifiers is None or (noun.lower_ in _lists()[2] and not modifiers):
        return None  # a party's member is described by a state: "the Kentucky Republican"
    if noun.sent[-1].text == "?" or noun.sent[-2:-1].text == "?":
        return None  # "Does the candidate hire ...?": no one in particular
    nears = {e: [_words(ctx, a, b, noun) for a, b in _mentions(ctx, e)]
             for e in _candidates(ctx, noun)}
    fitting = [e for e, near in nears.items() if _fits(near, noun, modifiers)]
    if not fitting and not names.is_title(noun.text) and all(
            m.pos_ == "NOUN" or m.ent_type_ in NAMED_MODIFIERS for m in modifiers):
        # none borne out: the one the article says nothing against, where what the
        # description says is a noun's trade ("the real estate developer"), a state or a
        # party; a title (the Vermont senator is someone the article calls a senator) and
        # an adjective ("the eventual nominee") must be borne out
        fitting = [e for e, near in nears.items() if not _contradicts(near, noun, modifiers)]
    return fitting[0] if len(fitting) == 1 else None


def prepare() -> None:
    _lists()
