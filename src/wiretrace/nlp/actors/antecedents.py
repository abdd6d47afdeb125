"""Who a pronoun stands for: the one place where the layers resolve pronouns.

The policy, in the order the rules are tried:

- A relative pronoun ("who", "which", "that", "whom") stands for the noun its clause
  modifies: "officials who spoke" -> "officials" (:func:`relative_head`).
- A personal pronoun stands for an entity (:func:`pronoun_entity`):

  1. the subject of the clause it continues: "Syria says it will withdraw", "the police
     said they" (:func:`clause_subject`; a relative clause's subject stops the climb:
     "officers who supported ..." is not the antecedent);
  2. for "he" and "she", the one person named before it in its sentence;
  3. with no person before it there, the person who is the subject of the sentence
     before (the subject preference of centering; Grosz, Joshi & Weinstein 1995).

  In direct speech a third-person pronoun is never the quote's speaker, who would say "I"
  or "we" ('"They know they need to ...," an official told reporters': not the official;
  '"He may tease the U.S.," Yesilada said': not Yesilada): a subject outside the
  quotation marks is no antecedent of a pronoun inside them (:func:`quoted`).

  A possessive "his" or "her" on a kin noun ("his father") is the nearest person named
  before it in its sentence (:func:`person_before`).

The speaker of a quote and the source a reporting verb's pronoun continues ("he said")
are resolved by the attribution layer's source book (``attribution/sources.py``), which
knows the sources already found.  Nothing here reads the article's text beyond the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Token

if TYPE_CHECKING:
    from ..context import Context

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Personal pronouns that may stand for a named entity (subjects and possessives).
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her",
                               "our"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
# Verbs that carry an embedded clause whose pronouns refer back to their subject: "Syria
# says it will withdraw", "Hungary has said it will support", "the rebels announced they".
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "conj", "advcl", "acomp"})


class _Placed(Protocol):
    label: str
    start: int
    end: int


def relative_head(token: Token) -> Token:
    """For a relative pronoun that is a relative clause's argument ("officials who spoke",
    "Gaddafi, who seized power", "a presentation that his aides carry"), the noun the
    clause modifies; any other token itself.  A relative pronoun is known by its word
    (who, which, that, whom), not by its tag: the parser often tags a relative "that" IN,
    and tags free relatives WP ("whoever ends up", "what he is doing"), which modify no
    noun."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    clause = token.head
    return clause.head if clause.dep_ == "relcl" else token


FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me"})
QUOTE_MARKS = ("\"", "\u201c", "\u201d")


def quoted(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks: an odd number of double quotation
    marks before it in its paragraph (straight or curly; a quote runs on to the end of its
    paragraph at most)."""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    return sum(text.count(q, start, token.idx) for q in QUOTE_MARKS) % 2 == 1


def _speaker(pronoun: Token, candidate: Token) -> bool:
    """``candidate`` is outside the quotation that holds a third-person ``pronoun``: the
    speaker's side ("we" and "our" in a quote are the speaker's own)."""
    return pronoun.lower_ not in FIRST_PERSON and quoted(pronoun) and not quoted(candidate)


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose clause holds a personal pronoun ("Syria says it will
    ...", "the police said they"), when the parse makes it the pronoun's antecedent: the
    first subject up the chain of clause links that is not itself a pronoun."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    node = pronoun.head
    while node.dep_ in CLAUSE_LINKS and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        if any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            break  # "officers who supported ...": not the pronoun's antecedent
        for child in subjects:
            if child.lower_ not in PERSONAL_PRONOUNS:
                return None if _speaker(pronoun, child) else child
    return None


def pronoun_entity(ctx: Context, pronoun: Token,
                   entity_of: Callable[[Context, Token], str | None]) -> str | None:
    """The entity a personal pronoun stands for when the parse makes it clear: the entity
    (``entity_of``) of :func:`clause_subject` ("Syria says it will ...", "Haftar was
    disowned after he was captured"); for "he" and "she" where no such subject is found,
    the one person named before it in the sentence, if only one is ("officers who
    supported Gaddafi when he seized power"), and with none there, the person who is the
    subject of the sentence before."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return None
    subject = clause_subject(pronoun)
    if subject is not None:
        return entity_of(ctx, subject)
    if pronoun.lower_ in ("he", "she"):
        people = {ctx.token_entity[t.i] for t in pronoun.sent if t.i < pronoun.i
                  and t.i in ctx.token_entity and not _speaker(pronoun, t)
                  and ctx.entity_type(ctx.token_entity[t.i]) == "PERSON"}
        speakers = {ctx.token_entity[t.i] for t in pronoun.sent if t.i in ctx.token_entity
                    and t.dep_ in SUBJECTS and _speaker(pronoun, t)}
        if len(people) == 1:
            return people.pop()
        if not people and pronoun.sent.start > 0:
            # "Taliban spokesperson Zabihullah Mujahid disclosed the decision ... He
            # accused the U.N. envoy": a he or she with no person before it in its own
            # sentence continues the person who is the subject of the sentence before
            # (the subject preference of centering; Grosz, Joshi & Weinstein 1995)
            root = pronoun.doc[pronoun.sent.start - 1].sent.root
            for child in root.children:
                if child.dep_ in SUBJECTS and child.lower_ not in PERSONAL_PRONOUNS:
                    entity = entity_of(ctx, child)
                    if entity is not None and ctx.entity_type(entity) == "PERSON" \
                            and entity not in speakers:  # not the quote's speaker
                        return entity
    return None


def person_before(pronoun: Token, mentions: Sequence[_Placed]) -> _Placed | None:
    """The nearest person named before ``pronoun`` in its sentence ("the son of Khalifa
    Haftar and his father": Haftar), from ``mentions`` (token spans with a label, in text
    order)."""
    before = [m for m in mentions if m.label == "PERSON"
              and pronoun.sent.start <= m.start and m.end <= pronoun.i]
    return before[-1] if before else None
