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

from ...lexicon import load_tsv, load_yaml
from ...model import EventActor
from .coding import NAMES, OBJECTS, PASSIVE_SUBJECTS, UNCODED, Coding, _party_word, is_event_noun


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


def _words(value, out: set[str]) -> set[str]:
    """Every word of a YAML value (keys too), lowercased."""
    if isinstance(value, str):
        out.add(value.lower())
    elif isinstance(value, dict):
        for key, item in value.items():
            out.add(str(key).lower())
            _words(item, out)
    elif isinstance(value, list):
        for item in value:
            _words(item, out)
    return out


@lru_cache(maxsize=1)
def _things() -> dict:
    """nonactor_nouns.yaml `thing_sources`, with the actor nouns of the dictionaries."""
    data = load_yaml("nonactor_nouns.yaml")["thing_sources"]
    actors = {r["phrase"].lower() for r in load_tsv("agents_petrarch.tsv")}
    _words(load_yaml("generic_actors.yaml"), actors)
    _words(load_yaml("agents.yaml"), actors)
    kinds = load_yaml("entity_kinds.yaml")
    _words([kinds["organization_nouns"], kinds["organization_heads"]], actors)
    _words(data["actor_nouns"], actors)
    cues = load_yaml("cues.yaml")
    return {"actors": frozenset(actors), "types": frozenset(data["types"]),
            "suffixes": tuple(data["person_suffixes"]),
            "prepositions": frozenset(data["doer_prepositions"]),
            "weapons": frozenset(data["weapons"]) | {
                w.lower() for w in load_yaml("force_forms.yaml")["instruments"]},
            "documents": frozenset(w.lower() for w in cues["nouns"]["document"]["lemmas"])}


def _actor_word(token: Token) -> bool:
    """A word that can name someone: a name, a pronoun, a proper noun (or a capitalized
    word inside a sentence: "Trump blocked" parsed as a noun), a noun of the actor lists,
    a person noun by its suffix."""
    if token.ent_type_ in NAMES or token.pos_ in ("PRON", "PROPN"):
        return True
    if token.text[:1].isupper() and (token.i != token.sent.start or any(
            token.text in e.text.split() for e in token.doc.ents)):
        return True  # sentence-first: a word of a name elsewhere in the article
    data = _things()
    words = {token.lower_, token.lemma_.lower()}
    return bool(words & data["actors"]) or _party_word(token) or \
        token.lower_.endswith(data["suffixes"])


def thing(token: Token) -> bool:
    """Whether a doer's head word is a thing that names no one and whose phrase names no
    doer either (nonactor_nouns.yaml `thing_sources`): "imports" in "hit by Chinese
    imports", not "Ankara's purchase", "a report by the ministry", "the court system", "a
    White House statement", "the attacks", "a drone"."""
    if token.pos_ != "NOUN" or _actor_word(token):
        return False
    data = _things()
    lemma = token.lemma_.lower()
    if lemma in data["weapons"] or token.lower_ in data["weapons"] or is_event_noun(token):
        return False
    document = lemma in data["documents"]
    for c in token.children:
        if c.dep_ == "poss" or c.dep_ == "appos":
            return False  # "Ankara's purchase", "its report": the possessor is the doer
        if c.dep_ == "compound" and (_actor_word(c) and (document or c.ent_type_ not in NAMES
                                                          and c.pos_ != "PROPN")):
            return False  # "the court system"; a document's author: "a White House memo"
        if c.dep_ == "prep" and c.lower_ in data["prepositions"] and any(
                o.dep_ == "pobj" and _actor_word(o) for o in c.children):
            return False  # "a report by the ministry", "the purchase of Turkey"
    return True


def thing_sources(triggers: list[Token], coding: dict[int, Coding],
                  found: dict[int, list[EventActor]]) -> None:
    """Uncode a coded verb of force (nonactor_nouns.yaml `thing_sources.types`) whose every
    source is its own subject (or passive agent) and a thing (:func:`thing`): "districts
    hit by Chinese imports", "hashtags circled the globe".  A source that is not the verb's
    own subject or agent (found elsewhere by the coder) keeps the event."""
    for t in triggers:
        if t.pos_ != "VERB" or not coding[t.i].type:
            continue
        if coding[t.i].type not in _things()["types"]:
            continue  # "the report accused ...": a document speaks for its author
        sources = [a for a in found.get(t.i, []) if a.role == "source"]
        subjects = _subjects(t)
        heads = [[s for s in subjects if a.start <= s.idx < a.end] for a in sources]
        if sources and all(h and all(thing(s) for s in h) for h in heads):
            coding[t.i] = UNCODED


def _names_doer(noun: Token) -> bool:
    """Whether an event noun's own phrase names who did it: a possessor ("Ankara's
    strikes"), an apposition, a modifier that is an actor word ("a Pakistani military
    operation", "the Taliban attack"), or a 'by' or 'from' phrase ("the attacks by the
    rebels").  An 'of' phrase names what it was done to ("the bombing of a base")."""
    for c in noun.children:
        if c.dep_ in ("poss", "appos"):
            return True
        if c.dep_ in ("compound", "amod", "nmod") and _actor_word(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("by", "from") and any(
                o.dep_ == "pobj" and _actor_word(o) for o in c.children):
            return True
    return False


def act_sources(triggers: list[Token], coding: dict[int, Coding],
                found: dict[int, list[EventActor]]) -> None:
    """Drop a source of a coded verb of force (`thing_sources.types`) that is an act
    naming no doer (the types of nonactor_nouns.yaml `thing_sources`): "the 2004 bombing of a French
    base that killed nine soldiers", "attacks that killed 130 people".  The event stays,
    with no source rather than a wrong one: the source of a PLOVER event is an actor
    (manual, ch. 2; conventions U12: "an act that names no doer" is no source, and an
    empty source is right where the sentence names no doer).  An act whose phrase names
    its doer ("a Pakistani military operation killed") keeps it."""
    doc = triggers[0].doc if triggers else None
    for t in triggers:
        if t.pos_ != "VERB" or coding[t.i].type not in _things()["types"]:
            continue
        keep = []
        for a in found.get(t.i, []):
            span = doc.char_span(a.start, a.end, alignment_mode="expand") \
                if a.role == "source" and a.entity_id is None else None
            head = span.root if span is not None else None
            if head is not None and head.pos_ == "NOUN" and not _actor_word(head) and \
                    is_event_noun(head) and not _names_doer(head):
                continue
            keep.append(a)
        if len(keep) != len(found.get(t.i, [])):
            found[t.i] = keep


def prepare() -> None:
    """Load nonactor_nouns.yaml now (see :func:`wiretrace.pipeline.load`)."""
    _data()
    _things()
