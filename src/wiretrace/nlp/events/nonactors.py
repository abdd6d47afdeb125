"""Arguments that are no actor (nonactor_nouns.yaml, with its sources; docs/events.md,
"Arguments that are no actor"): PLOVER codes interactions between actors, so a coded verb
whose subject is a quantity, a price, a market, a currency, an indicator, a forecast, a
substance, a disease or the weather ("stocks beat forecasts", "the data supported the
dollar") is no event, nor is a verb of force or support whose only undergoers are such
things ("fought pollution", "supported the lira").  Kept apart from readings.thing_subject
(facilities, camps, forms: the actor layer's kinds), which :func:`apply` complements."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import NAMES, OBJECTS, PASSIVE_SUBJECTS, UNCODED, Coding, _party_word


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("nonactor_nouns.yaml")
    return {
        "target_types": frozenset(data["target_types"]),
        "verb_prepositions": frozenset(data["verb_prepositions"]),
        "noun_prepositions": frozenset(data["noun_prepositions"]),
        "partner_prepositions": frozenset(data["partner_prepositions"]),
        "entity_labels": frozenset(data["entity_labels"]),
        "words": frozenset(w.lower() for words in data["classes"].values() for w in words),
        "subject_only": frozenset(data["subject_only"]),
        "extraposed": frozenset(data["extraposed"]),
        "phrases": frozenset(p.lower() for p in data["phrases"]),
        "index_names": frozenset(n.lower() for n in data["index_names"]),
        "measure_types": frozenset(data["force_measures"]["types"]),
        "measures": frozenset(data["force_measures"]["words"]),
    }


# the dependencies of an argument an adjective can head ("hit a record high")
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def nonactor(token: Token, subject: bool = True) -> bool:
    """Whether an argument's head word names no actor: an amount (MONEY, PERCENT,
    QUANTITY), a named stock index, or a word of nonactor_nouns.yaml's classes (and of
    `subject_only`, a market or data, as a ``subject``) that is not part of a name
    ("Chinese stocks", "the U.S. dollar"; not "Sierra Leone") and whose 'of' phrase names
    no actor either ("a number of protesters" is protesters)."""
    data = _data()
    if token.ent_type_ in data["entity_labels"] or _expletive(token, data):
        return True
    words = {token.lower_, token.lemma_.lower()}
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if words & data["index_names"] or f"{before} {token.lower_}" in data["index_names"]:
        return True  # "India's Sensex", "the Hang Seng"
    if token.ent_type_ in NAMES or token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") and \
            not (token.pos_ == "ADJ" and token.dep_ in ARGUMENTS):
        return False  # an adjective heads a noun phrase in "hit a three-month high"
    if f"{before} {token.lower_}" in data["phrases"]:
        return True  # "climate change"
    if not words & (data["words"] | data["subject_only"] if subject else data["words"]):
        return False
    # "a number of protesters", "the levels of pollution": what is counted or measured
    counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return all(nonactor(o, subject) for o in counted)


def _expletive(token: Token, data: dict) -> bool:
    """'it' as the subject of a verb whose clause is put after it ("it was revealed
    that"): the clause is the subject, 'it' names nothing."""
    return token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in data["extraposed"] and c.i > token.i for c in token.head.children)


def _subjects(verb: Token) -> list[Token]:
    """Who does what a verb says: its active subjects (the subject of the verb it
    completes, for "continued to beat") and the agents of its passive."""
    clause = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") else verb
    found = [s for s in clause.children if s.dep_ == "nsubj"]
    found += [p for a in verb.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj"]
    return [t for s in found for t in (s, *s.conjuncts)]


def _undergoers(trigger: Token) -> list[Token]:
    """What a verb or a noun acts on: a verb's objects and passive subjects, and the
    objects of the prepositions of nonactor_nouns.yaml (with their conjuncts)."""
    data = _data()
    is_verb = trigger.pos_ == "VERB"
    deps = OBJECTS | PASSIVE_SUBJECTS if is_verb else frozenset()
    preps = data["verb_prepositions"] if is_verb else data["noun_prepositions"]
    found = [c for c in trigger.children if c.dep_ in deps]
    found += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in preps
              for o in p.children if o.dep_ == "pobj"]
    return [t for s in found for t in (s, *s.conjuncts)]


def _party_named(trigger: Token, undergoers: list[Token]) -> bool:
    """A party among a trigger's objects and phrases ("shared data with Washington", "aid
    of $5 billion to Kyiv"), or one that owns or receives what it acts on ("supported
    Venezuela's economy", "loans for Kenya"): someone the act is directed at after all.
    A name that only modifies the thing is none ("the Turkish lira", "Chinese stocks")."""
    # a possessor of the trigger is its doer ("the bank's support for the cedi"), not so
    # a possessor of what it acts on
    heads = [(trigger, ("dative",))] + [(t, ("dative", "poss"))
                                        for u in undergoers for t in u.subtree]
    partners = _data()["partner_prepositions"]
    return any(_party_word(t) for h, deps in heads for c in h.children
               for t in ([c] if c.dep_ in deps else
                         [o for o in c.children if o.dep_ == "pobj"]
                         if c.dep_ == "prep" and c.lower_ in partners else []))


def no_actor(trigger: Token, type_: str | None) -> bool:
    """Whether a coded trigger's source, or (for force and support) its every undergoer,
    is no actor."""
    if not type_:
        return False
    if trigger.pos_ == "VERB":
        subjects = _subjects(trigger)
        if subjects and all(nonactor(s) for s in subjects):
            return True  # "stocks beat forecasts", "the lira was supported by the data"
        if subjects and type_ in _data()["measure_types"] and all(
                s.lemma_.lower() in _data()["measures"] and s.ent_type_ not in NAMES
                for s in subjects):
            return True  # "retaliatory tariffs hurt farmers": an effect, no attack
    if type_ not in _data()["target_types"]:
        return False
    undergoers = _undergoers(trigger)
    # an amount is what aid gives or a fine takes: read with its recipient or owner
    # ("$5 billion in loans for Kenya"; :func:`_party_named`)
    return bool(undergoers) and all(nonactor(u, subject=False) for u in undergoers) and \
        not _party_named(trigger, undergoers)


def apply(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode the coded triggers whose arguments are no actors (:func:`no_actor`)."""
    for t in triggers:
        if no_actor(t, coding[t.i].type):
            coding[t.i] = UNCODED


def prepare() -> None:
    """Load nonactor_nouns.yaml now (see :func:`wiretrace.pipeline.load`)."""
    _data()
