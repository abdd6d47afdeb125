"""Senses of cue verbs that report nothing (data/cue_senses.yaml): "was supposed to be
temporary", "celebrated his birthday", "address the problem", "enjoyed a lead", "claimed
41 percent of the vote", "the race offers an opportunity".  A cue
verb read in one of these senses is no cue."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .words import RELATIVE_PRONOUNS


@lru_cache(maxsize=1)
def _senses() -> dict[str, dict[str, frozenset[str]]]:
    data = load_yaml("cue_senses.yaml")
    return {
        name: {
            key: frozenset(str(v).lower() for v in values)
            for key, values in entry.items()
            if isinstance(values, list)
        }
        for name, entry in data.items()
    }


def _kids(verb: Token, *deps: str) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps]


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, a relative pronoun read as the noun it stands for
    ("Labor Day, which Americans celebrate": the day; CGEL ch. 12)."""
    return [
        verb.head if o.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else o
        for o in _kids(verb, "dobj")
    ]


def other_sense(verb: Token) -> bool:
    """Whether ``verb`` is read in a sense that reports no one's words or mind: a sense
    of its lemma (cue_senses.yaml), an adjective, or an imperative, whatever the lemma."""
    return _listed_sense(verb) or imperative(verb)


def _listed_sense(verb: Token) -> bool:
    """The senses cue_senses.yaml lists for a lemma; for any other lemma, a participle
    used as an adjective (:func:`attributive`)."""
    senses = _senses()
    lemma = verb.lemma_.lower()
    if lemma in senses["deontic"]["lemmas"]:
        # "is supposed to", "were supposed to": a form of "be" with an infinitive
        return bool(_kids(verb, "xcomp")) and any(
            c.lemma_.lower() == "be" for c in _kids(verb, "aux", "auxpass")
        )
    if lemma in senses["occasion"]["lemmas"]:
        objects = _objects(verb)
        return any(
            o.lemma_.lower() in senses["occasion"]["nouns"]
            or o.lower_ in senses["occasion"]["nouns"]
            or o.ent_type_ in ("DATE", "EVENT")
            for o in objects
        )
    for name in ("treat", "possession"):
        # "address the problem", "has enjoyed a 20-point lead": the object names the sense
        if lemma in senses[name]["lemmas"]:
            return any(o.lemma_.lower() in senses[name]["nouns"] for o in _objects(verb))
    for name in ("take", "provide"):
        # "claimed 41 percent of the vote", "the race offers an opportunity": the object
        # names the sense; with any other object the lemma is read as below
        if lemma in senses[name]["lemmas"] and any(
            o.lemma_.lower() in senses[name]["nouns"] for o in _objects(verb)
        ):
            return True
    if lemma in senses["examine"]["lemmas"]:
        # "compared the levy to a toll" likens (a cue); "compared the two bids", "15
        # percent, compared with 9 percent" examine side by side
        return not _likens(verb, senses["examine"]["prepositions"])
    if lemma in senses["advice"]["lemmas"]:
        # "the mayor may want to check his figures": the writer's advice, no one's wish
        return bool(_kids(verb, "xcomp")) and any(
            c.lower_ in senses["advice"]["modals"] for c in _kids(verb, "aux")
        )
    return attributive(verb)


def _likens(verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether ``verb`` has a direct object and a "to" phrase after it, on the verb or
    hung by the parser on the object ("compared Mendes to a captain", "compares the
    levy to a toll"), and is not the participle used as a preposition ("...,
    compared to last year")."""
    if verb.dep_ == "prep":
        return False
    objects = _objects(verb)
    return bool(objects) and any(
        c.dep_ == "prep" and c.lower_ in prepositions and c.i > verb.i
        for holder in (verb, *objects)
        for c in holder.children
    )


# what may come right before a participle used as an adjective in a noun phrase
NOUN_PHRASE_OPENERS = ("DT", "PDT", "POS", "PRP$")


def attributive(verb: Token) -> bool:
    """ "the convention's pledged delegates", "both pledged delegates": a participle
    between a determiner or possessive and the noun it modifies is an adjective in a
    noun phrase (CGEL ch. 7, participial adjectives in attributive use), whatever tag
    and label the parser gave it; it reports nothing."""
    doc = verb.doc
    if verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    return (
        before.tag_ in NOUN_PHRASE_OPENERS
        and after.tag_ in ("NN", "NNS")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


# what may come before an imperative verb in its sentence: "Never forget ...", "Or
# support ...", "(See ...)"
IMPERATIVE_OPENERS = frozenset({"ADV", "CCONJ", "PUNCT", "SPACE"})


def imperative(verb: Token) -> bool:
    """ "Ask yourself: ...", "Never forget that ...", "Remember: ...", "Call it a
    fetish.": a plain-form main verb with no subject and no auxiliary, first in its
    sentence, is an imperative (CGEL ch. 10, imperative clauses): the writer directs the
    reader, and no one's words, belief or intention are reported."""
    if (
        verb.tag_ != "VB"
        or verb.dep_ != "ROOT"
        or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")
            for c in verb.children
        )
    ):
        return False
    return all(t.pos_ in IMPERATIVE_OPENERS for t in verb.doc[verb.sent.start : verb.i])
