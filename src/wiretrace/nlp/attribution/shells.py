"""Shell nouns with a copula: "The idea is that ...", "Her answer was that ...", "The
key question is whether ...": a noun of saying or thinking, subject of "be", whose
complement clause is what the noun holds (`shell_nouns` in cues.yaml)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import clause_tokens
from .record import Cue
from .words import FIRST_PERSON, could_be_source, lexicon, names_people


def shell_cue(noun: Token) -> Cue | None:
    """The cue is the noun and the copula (with the auxiliaries between them), the
    content the that- or whether-clause, the speaker the noun's possessor or its "of" /
    "from" / "among" phrase when it names someone ("the mayor's answer was that ...")."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    cls = lex.shell_nouns.get(lemma)
    be = noun.head
    if cls is None or noun.dep_ != "nsubj" or be.lemma_.lower() != "be" or be.i < noun.i:
        return None
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i and any(
        g.dep_ == "mark" and g.lower_ in ("that", "whether") and g.i < c.i
        for g in c.children)), None)
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in (
            "of", "from", "among") for p in c.children if p.dep_ == "pobj" and (
            could_be_source(p) or names_people(p))), None)
    if owner is not None and owner.lower_ in FIRST_PERSON:
        owner = None
    between = range(noun.i + 1, be.i)
    tokens = list(range(noun.i, be.i + 1)) if all(
        noun.doc[j].head.i == be.i and noun.doc[j].dep_ in ("aux", "neg", "advmod")
        for j in between) else [noun.i]
    return Cue(tokens=tokens, cls=cls, anchor=noun.i,
               speaker=None if owner is None else owner.i, content=clause_tokens(clause))
