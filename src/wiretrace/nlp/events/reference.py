"""Sources by reference across a sentence boundary: an event's subject that is "they" or a
definite description ("The organization") and names nobody in its own sentence stands for
the subject of the sentence before, when that subject fits it (the subject preference of
centering; Grosz, Joshi & Weinstein 1995), as ``actors.antecedents`` does for "he" and
"she".

- "Tens of thousands of Sudanese began protesting ... They demanded reforms": "they"
  with no name or noun before it in its sentence, and no clause subject it continues,
  is the plural subject of the sentence before (a plural noun, a quantity of one, or
  conjoined subjects), outside direct speech.
- "The Alliance of Democracies ... was sanctioned by Beijing ... The organization, led by
  ..., called on ...": a definite description the actor layer resolves by its noun
  (``actors.anaphora``) but that names no coded organization stands for the subject of
  the sentence before when that subject is an organization the dictionaries do not code
  (a coded one must fit the noun, which ``anaphora.antecedent`` has already tried).
- "The Russian leader was calm during the meeting. He praised the mediation of Kenyan
  diplomats" (an invented example): a he or she with no person named before it in its
  sentence continues a definite description of one person's role that is the subject of
  the sentence before and says whose role it is ("the Russian leader", "the Kenyan
  foreign minister"), taking its code; not a group ("the government") and not a role
  that names nobody ("the spokesman").

In direct speech the speaker says "I" or "we" ('"We CONDEMN the jailbreak and urge the
population to remain calm," Moise tweeted'): a first-person subject inside quotation
marks stands for the quote's speaker as the attribution layer found it (the nearest
source of the chain), "I" only for a person (:func:`quoted_speaker`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ... import names
from ..actors.anaphora import _data, _definite, _family
from ..actors.antecedents import PERSONAL_PRONOUNS, quoted, sentence_before
from ..context import Context
from .adjuncts import NAMES
from .coding import PASSIVE_SUBJECTS, SUBJECTS, _agents

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
UNNAMED = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _first_mention(pronoun: Token) -> bool:
    """Nothing named before the word in its sentence ("In April, they ..."): no noun, name
    or pronoun but dates and numbers."""
    return not any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in UNNAMED
                   for t in pronoun.doc[pronoun.sent.start:pronoun.i])


def _previous_subject(token: Token) -> Token | None:
    """The subject of the root of the sentence before ``token``'s, not a pronoun."""
    before = sentence_before(token)  # a paragraph break between them skipped
    if before is None:
        return None
    root = before.root
    for child in root.children:
        if child.dep_ in SUBJECTS | PASSIVE_SUBJECTS and child.lower_ not in PERSONAL_PRONOUNS:
            return child
    return None


def _plural(subject: Token) -> bool:
    return subject.tag_ in PLURAL_TAGS or bool(subject.conjuncts) or \
        subject.lower_ in _agents()["quantities"]


def continued_subject(ctx: Context, head: Token,
                      entity_of: Callable[[Context, Token], str | None]
                      ) -> tuple[str | None, Token] | None:
    """For a subject "they", a "he" or "she" after a description of one person's role
    (round 33) or a definite description that names nobody, the entity (or None for an
    unnamed group: "protesters") and the words of the subject of the sentence before that
    it stands for; None when the rules above do not apply."""
    if head.dep_ not in SUBJECTS | PASSIVE_SUBJECTS or quoted(head, ctx.masked):
        return None
    before = _previous_subject(head)
    if before is None:
        return None
    if head.lower_ == "they":
        if not _first_mention(head) or not _plural(before):
            return None
        return entity_of(ctx, before), before
    if head.lower_ in ("he", "she"):
        return _person_description(ctx, head, before, entity_of)
    if head.pos_ == "NOUN" and _family(head) is not None and _definite(head):
        entity_id = ctx.token_entity.get(before.i)
        entity = ctx.entity(entity_id)
        if entity is not None and entity.type == "ORG" and not entity.sector \
                and not entity.sectors:
            return entity_id, before
    return None


def _person_description(ctx: Context, head: Token, before: Token,
                        entity_of: Callable[[Context, Token], str | None]
                        ) -> tuple[str | None, Token] | None:
    """"The Russian leader was calm during the meeting. He praised the mediation of Kenyan
    diplomats": a he or she with no person named before it in its sentence, where the
    subject of the sentence before is a definite description of one person's role that
    says whose role it is (its own argument is a country, people or organization, not a
    person), stands for that description: the pronoun takes the description's code
    (centering, as for a named subject in ``actors.antecedents``)."""
    if before.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in before.children):
        return None
    if not (names.is_title(before.text) or before.lower_ in _data()["person_nouns"]):
        return None
    if any(ctx.entity_type(ctx.token_entity[t.i]) == "PERSON" for t in head.sent
           if t.i < head.i and t.i in ctx.token_entity):
        return None
    entity_id = entity_of(ctx, before)
    if entity_id is None or ctx.entity_type(entity_id) == "PERSON":
        return None  # nobody says whose role; a person is the actor layer's
    return entity_id, before


FIRST_PERSON = frozenset({"i", "we"})


def quoted_speaker(ctx: Context, head: Token) -> str | None:
    """The entity of the speaker whose quote holds a first-person subject, or None."""
    if head.lower_ not in FIRST_PERSON or head.dep_ not in SUBJECTS | PASSIVE_SUBJECTS \
            or not quoted(head, ctx.masked):
        return None
    chain = ctx.token_attribution.get(head.i)
    if not chain:
        return None
    source = next((s for s in ctx.sources if s.id == chain[0]), None)
    if source is None or source.entity_id is None:
        return None
    if head.lower_ == "i" and ctx.entity_type(source.entity_id) != "PERSON":
        return None
    return source.entity_id


def former_latter(ctx: Context, head: Token) -> str | None:
    """"China's measures against Australia for the latter's refusal": "the latter" stands
    for the second, "the former" for the first of the last two parties named before it in
    its sentence (the anaphoric former/latter: Quirk et al. 1985; Huddleston & Pullum
    2002); None when fewer than two are named there."""
    word = head.lower_
    if word not in ("latter", "former") or head.i == 0 or head.doc[head.i - 1].lower_ != "the":
        return None
    named: list[str] = []
    for t in reversed(head.doc[head.sent.start:head.i]):
        entity_id = ctx.token_entity.get(t.i)
        if entity_id is None or entity_id in named or \
                ctx.entity_type(entity_id) not in NAMES:
            continue
        named.append(entity_id)
        if len(named) == 2:
            return named[0] if word == "latter" else named[1]
    return None
