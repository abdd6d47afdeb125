"""Kinship cues: the person mentions the text calls someone's child or parent, or elder or
younger sibling ("Saddam Haftar, the son of Khalifa Haftar"), so that people.py keeps a
father and son with one family name apart (moved out of people.py in round 38)."""

from __future__ import annotations

from spacy.tokens import Token

from ... import names
from ..context import Context, tokens_with
from .antecedents import person_before, relative_head
from .mentions import CONVERSE, POSSESSIVE, PRONOUNS, Mention


def _kin_roles(ctx: Context, found: list[Mention]) -> None:
    """Mark person mentions that the text calls someone's child or parent, or elder or
    younger sibling.

    "Saddam Haftar, the son of ... Khalifa Haftar": Saddam's mention is a child, Khalifa's
    a parent.  "Haftar, who many see as a proxy for his father": that Haftar is a child.
    "Libyan general Haftar's son": that Haftar is a parent.  "his older brother, George W.
    Bush": George W. Bush is the elder, the one "his" stands for the younger."""
    by_token = {i: m for m in found if m.label == "PERSON" for i in range(m.start, m.end)}
    if not by_token:
        return
    kin = names.kinship()
    sibling_nouns, ages = names.siblings()
    for token in tokens_with(ctx.doc, frozenset(kin) | sibling_nouns):
        role = kin.get(token.lower_) or _sibling_role(token, sibling_nouns, ages)
        if role is None or token.i in by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = _described(token, by_token)
        if owner is not None:
            owner.roles.add(role)
        relative = _relative(token, by_token, found)
        if relative is not None and relative is not owner:
            relative.roles.add(CONVERSE[role])


def _sibling_role(token: Token, nouns: frozenset[str], ages: dict[str, str]) -> str | None:
    """"older brother" -> "elder", "younger sister" -> "younger"; a sibling noun with no
    adjective of age, or with both kinds ("big little brother"), gives none."""
    if token.lower_ not in nouns:
        return None
    found = {ages[c.lower_] for c in token.children if c.dep_ == "amod" and c.lower_ in ages}
    return found.pop() if len(found) == 1 else None


def _described(kin: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The person a kin noun describes: "Haftar, the son" (apposition); "his older brother,
    George W. Bush" (the name in apposition to the noun); "Saif al-Islam Qaddafi, who is the
    son of ..." (predicate of a relative clause or copula)."""
    if kin.dep_ == "appos":
        return by_token.get(kin.head.i)
    named = next((c for c in kin.children if c.dep_ == "appos" and c.i in by_token), None)
    if named is not None:
        return by_token[named.i]
    if kin.dep_ == "attr":
        verb = kin.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:  # "Saif al-Islam Qaddafi, who is the son of ..."
            subject = relative_head(subject)
        return by_token.get(subject.i) if subject is not None else None
    return None


def _relative(kin: Token, by_token: dict[int, Mention], found: list[Mention]) -> Mention | None:
    """Whose child or parent: "Haftar's son", "the son of ... Khalifa Haftar", "his
    father" (the nearest person named before the pronoun in the sentence)."""
    for child in kin.children:
        if child.dep_ == "poss":
            if child.i in by_token:
                return by_token[child.i]
            if child.lower_ in PRONOUNS:
                return person_before(child, found)
    # "Libyan general Haftar's son - report": the parser may hang the possessive on a
    # later noun; the words say it.
    i = kin.i - 1
    while i > kin.sent.start and kin.doc[i].pos_ == "ADJ":
        i -= 1
    if i > kin.sent.start and kin.doc[i].text in POSSESSIVE and i - 1 in by_token:
        return by_token[i - 1]
    for prep in kin.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            stack = [c for c in prep.children if c.dep_ == "pobj"]
            seen = []
            while stack:
                token = stack.pop()
                seen.append(token)
                stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl"))
            hits = sorted(t.i for t in seen if t.i in by_token)
            if hits:
                return by_token[hits[0]]
    return None
