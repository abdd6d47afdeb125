"""The verb 'call' with an object and an evaluative complement (round 39, issue 18):
"called her a liar", "calling the protesters thugs", "called the vote a moment of panic"
criticize or denounce the one called so (CAMEO 111, PLOVER ACCUSE 'disapprove'); "called
her a hero" praises (CAMEO 051, PLOVER SUPPORT 'praise').  PETRARCH2's CALL block codes
the complement word by word ("CALL * LIAR", "* DICTATOR", "* ILLEGITIMATE" 111, "*
CRIMINAL" 1121); here a word is evaluative by the VADER lexicon (valence_vader.tsv,
|mean| >= ``floor``), not by a hand list.  A name ("the program, called Pathways"), a
neutral noun ("what he called a plan") and "so-called" stay statements, which PLOVER
does not code (statements.py).  Round 43 (h-evsay43) reads the labelling verbs of
VerbNet's dub-29.3 class the same way ("is labeling his actions a blatant abuse of power",
"branded the plan a pathetic stunt"): label, brand, dub, term; not 'name', whose common
sense appoints.  Data: plover_verbs.yaml ``evaluative_naming``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_tsv, load_yaml
from .coding import Coding, _party_word
from .generics import _simple_present
from .statements import _complements

NEGATIONS = {"not", "no", "never", "n't", "neither", "nor"}
FIRST_PERSON = {"i", "we"}


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("plover_verbs.yaml")["evaluative_naming"]
    return {"verbs": frozenset(data["verbs"]), "floor": float(data["floor"]),
            "negative": Coding(*data["negative"]), "positive": Coding(*data["positive"]),
            "valence": {r["word"]: float(r["valence"]) for r in load_tsv("valence_vader.tsv")}}


def verbs() -> frozenset[str]:
    """The naming verbs read here: 'call' and the labelling verbs of its VerbNet class."""
    return _data()["verbs"]


def prepare() -> None:
    _data()


def _valence(tok: Token, valence: dict[str, float]) -> float | None:
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in valence:
            return valence[form]
    return None


def _label_sign(head: Token, data: dict) -> int:
    """-1 or +1 when the label's phrase (the complement and what hangs on it but a topic:
    "a politician who has betrayed the voters", "a moment of panic") holds a word VADER
    rates at least ``floor`` from neutral and none of the other sign ("a great example of
    how things went wrong": none); 0 otherwise, and for a name (a proper noun head:
    naming) or a negated label ("not a liar")."""
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART"):
        return 0
    if any(c.lower_ in NEGATIONS for c in head.children):
        return 0
    floor, valence = data["floor"], data["valence"]
    signs = {v > 0 for t in _label_words(head)
             if (v := _valence(t, valence)) is not None and abs(v) >= floor}
    return 0 if len(signs) != 1 else (1 if signs.pop() else -1)


def _label_words(head: Token) -> list[Token]:
    """The label's phrase without the prepositional phrases that name a topic or a
    setting ("a useful step on violence at schools", "a hero in the war on drugs"):
    only "of", the default complement of a noun (Huddleston & Pullum 2002, 5.16: "a
    moment of panic"), is part of what the label says."""
    words, todo = [], [head]
    while todo:
        t = todo.pop()
        words.append(t)
        todo += [c for c in t.children if not (c.dep_ == "prep" and c.lower_ != "of")]
    return words


def _party_object(verb: Token) -> bool:
    """The one called so is a party (a person, a group, a named body, a pronoun of
    persons), not a thing: praise is of an actor (CAMEO 051); PETRARCH2's "CALL *
    SUCCESS" of a thing is a positive comment (013), no PLOVER event."""
    return any(o.dep_ in ("dobj", "nsubjpass") and (
        _party_word(o) or o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or o.lower_ in ("him", "her", "them", "you", "us", "me"))
        for o in verb.children)


def _habitual(verb: Token) -> bool:
    """'calls X a friend' in the simple present, with no auxiliary, outside a headline:
    with a dynamic verb the simple present tells a habit (Quirk et al. 1985, 4.7; U6 of
    docs/judgments/CONVENTIONS.md), not one act; a first-person subject makes it the
    instantaneous, performative present ("I call him a liar", 4.8), which is an act."""
    return _simple_present(verb) and not any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children)


def evaluating(verb: Token) -> Coding | None:
    """The coding of 'call' (or label, brand, dub, term) whose object's complement is
    evaluative by the lexicon: ACCUSE 111 for a negative label, SUPPORT 051 for a positive
    one; None otherwise (no object with a complement, a name, a neutral word, mixed signs,
    a negated verb)."""
    data = _data()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in data["verbs"] or any(
            c.dep_ == "neg" or c.dep_ == "prt" for c in verb.children) or _habitual(verb):
        return None
    signs = {s for head in _complements(verb) if (s := _label_sign(head, data))}
    if len(signs) != 1:
        return None
    if signs.pop() < 0:
        return data["negative"]
    return data["positive"] if _party_object(verb) else None
