"""Roles a clause gives a person (issue 20): what the person is said to be."""

from __future__ import annotations

from spacy.tokens import Token


def predicate_roles(root: Token) -> list[Token]:
    """A role the person is said to have by a copula: a predicate noun in the present
    ("Yang is a Chinese businessman in Austria") or a group the person was among ("X was
    among the first refugees to arrive"; membership, not an office that may have ended)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be":
        return []
    found = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"
             and verb.tag_ in ("VBZ", "VBP")]
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
              for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"]
    return found
