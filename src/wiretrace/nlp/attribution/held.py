"""Nouns that report only with a named holder and a complement (data/held_nouns.yaml,
FrameNet 1.7 noun lexical units): "the senator's critique of the levy", "his disdain for
the council", "the mayor's acknowledgment that ...".  Without a holder ("a critique of
the levy") the noun is left alone."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .clauses import _children, clause_tokens, that_marked
from .record import Cue
from .verbs import reports
from .words import FIRST_PERSON, could_be_source, lexicon, names_people, to_marked

# the writer's or the one quoted's own: "my passion for sailing", "your love of country"
OWN_POSSESSIVES = {"my", "our", "your"}


@lru_cache(maxsize=1)
def held_nouns() -> dict[str, tuple[str, str, frozenset[str]]]:
    """lemma -> (group, class, content prepositions)."""
    data = load_yaml("held_nouns.yaml")["groups"]
    return {
        lemma: (name, group["class"], frozenset(group["prepositions"]))
        for name, group in data.items()
        for lemma in group["lemmas"]
    }


def _holder(noun: Token) -> Token | None:
    """The possessor ("his", "the senator's") or a "by" / "from" phrase naming people."""
    owner = next((g for g in noun.children if g.dep_ == "poss"), None)
    if owner is not None:
        if owner.lower_ in FIRST_PERSON | OWN_POSSESSIVES or (
                owner.lower_ in ("its", "their") and not could_be_source(owner)):
            return None
        return owner
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for p in _children(c, "pobj") if could_be_source(p) or names_people(p)), None)


def held_noun_cue(noun: Token) -> Cue | None:
    """A listed noun with its holder and its content (a that-clause, a to-infinitive for
    a wish, or the object of one of its group's prepositions)."""
    entry = held_nouns().get(noun.lemma_.lower())
    if entry is None or noun.lemma_.lower() in lexicon().nouns:
        return None
    if noun.dep_ == "pobj" and reports(noun.head.head):
        return None  # "said in a reply that ...": the verb is the cue
    holder = _holder(noun)
    if holder is None:
        return None
    _, cls, preps = entry
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "appos") and that_marked(c):
            content = clause_tokens(c)
        elif cls == "intention" and c.dep_ == "acl" and to_marked(c):
            content = clause_tokens(c)
        elif c.dep_ == "prep" and c.lower_ in preps:
            pobj = next(iter(_children(c, "pobj", "pcomp")), None)
            if pobj is None or pobj.i == holder.i or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            content = clause_tokens(pobj)
        else:
            continue
        return Cue(tokens=[noun.i], cls=cls, anchor=noun.i, speaker=holder.i, content=content)
    return None
