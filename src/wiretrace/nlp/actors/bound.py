"""The gender a pronoun bound in a bare surname's own clause gives that surname.

Two people of one surname and of different sexes (a husband and a wife: Bill and Hillary
Clinton) are told apart in news by a courtesy title ("Mrs. Clinton") or, where the writer
uses none, by the gendered pronoun that the surname's own clause goes on with: "when
Clinton declared her candidacy", "people want to vote for Clinton because she would be the
first woman".  A possessive or reflexive pronoun in the predicate of a clause, or the
subject of an adverbial clause attached to it, takes an antecedent within that clause
where the clause offers one of its gender (binding, Quirk et al. 1985 §6.30 and §19.40;
CGEL ch. 17, 2.2); where the surname is the only person of the sentence before the
pronoun that can be of the pronoun's gender, the pronoun's gender is the surname's.

Not read: a pronoun inside a complement clause ("Clinton said he was wrong": reported
speech takes a third party as readily), in a relative clause, across a quotation mark,
or after another person the sentence names before it who may be of its gender."""

from __future__ import annotations

from spacy.tokens import Token

from ... import names
from ..context import Context
from .mentions import Cluster, Mention

# Dependency labels that open a clause whose pronouns the surname's clause does not bind.
_OPAQUE = frozenset({"ccomp", "relcl", "acl", "parataxis", "conj", "csubj", "appos",
                     "dep", "meta"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _clause_head(token: Token) -> Token:
    """The head of the clause the token is in, with the non-finite and adverbial clauses
    attached to it: its ancestors up to the first that opens a complement, relative or
    coordinated clause ("people want to vote for Clinton": want)."""
    t = token
    while t.dep_ not in _OPAQUE and t.head.i != t.i:
        t = t.head
    return t


def _own_subject(pronoun: Token, m: Mention) -> bool:
    """A possessive or reflexive pronoun whose nearest verb has ``m`` as its subject
    ("Clinton declared her candidacy"): bound by that subject (CGEL ch. 17, 2.2)."""
    if pronoun.dep_ != "poss" and not pronoun.lower_.endswith("self"):
        return False
    verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and m.start <= c.i < m.end for c in verb.children)


def _bound_in(pronoun: Token, head: Token) -> bool:
    """The pronoun lies in ``head``'s clause or in an adverbial clause attached to it,
    no complement, relative or coordinated clause between."""
    t = pronoun
    while t.i != head.i:
        if t.dep_ in _OPAQUE or t.head.i == t.i:
            return False
        t = t.head
    return True


def _sex_of_name(words: str, full: list[Cluster], sex) -> str | None:
    """The gender of a person the sentence names: the person named in full whose name
    ends with the name's last word, where exactly one is; else its given name's."""
    key = names.name_key(words, person=True)
    if not key:
        return None
    found = [c for c in full if c.key[-1:] == key[-1:]]
    if len(found) == 1:
        return sex(found[0])
    return names.full_names_gender([words])


def pronoun_sex(ctx: Context, m: Mention, full: list[Cluster], sex) -> str | None:
    """The gender of the first gendered pronoun after ``m`` in its sentence that ``m``'s
    clause binds (:func:`_bound_in`), where no person named before the pronoun in the
    sentence (a PERSON name other than ``m``, found in ``full`` or by its given name, or a
    gendered pronoun before ``m``) may be of that gender; None otherwise.  ``sex``: a
    person's gender as the caller knows it (``people._Facts.sex``)."""
    doc = ctx.doc
    if m.end - m.start != 1:
        return None
    root = doc[m.start]
    head = _clause_head(root)
    sent = root.sent
    before = [names.pronoun_gender(t.text) for t in doc[sent.start:m.start]]
    for t in doc[m.end:sent.end]:
        if t.text in _QUOTES:
            return None
        gender = names.pronoun_gender(t.text)
        if not gender or t.lower_ in ("it", "its"):
            continue
        if not _bound_in(t, head) or (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == head.i):
            return None
        own = _own_subject(t, m)
        if gender in before and not own:
            return None
        for ent in sent.ents:
            if ent.label_ != "PERSON" or ent.start == m.start or ent.start >= t.i or (
                    own and ent.start < m.start):
                continue
            if _sex_of_name(ent.text, full, sex) != ({"male": "female", "female": "male"}
                                                     .get(gender)):
                return None
        return gender
    return None
