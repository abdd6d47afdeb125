"""Event actors through pronouns the actor layer leaves open (``actors.antecedents`` is
the one place that resolves pronouns; these rules only call it again where an event's
argument needs it).

- A possessive determiner on an event noun that is the object of a verb ("Russia used its
  veto", "the rebels went ahead with their offensive") stands for the subject of that
  verb, when it agrees with it: the determiner of a nominal is
  its subject-like argument (Quirk et al. 1985, 17.42), and a possessive in a clause's
  object most often refers to that clause's subject (the binding of possessives;
  Huddleston & Pullum 2002, 17.2).  Only where that verb is no event of its own (a
  support verb: "used"); "condemned their attacks" is someone else's act.  The light
  and aspect verbs ("staged", "renewed") already give the noun their subject
  (``assertion._light_verbs``) and are left to it.  "its" is no person, "his" and "her"
  a person, "their" no party named alone in the singular.  The subject is resolved as
  any subject is (a name, a definite description, or a pronoun through
  ``pronoun_entity``).
- A name between that possessor and the noun only classifies the act ("its Security
  Council veto"): the possessor is the doer, the name is no source of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.anaphora import antecedent
from ..actors.antecedents import (
    CLAUSE_LINKS,
    PERSONAL_PRONOUNS,
    agrees,
    pronoun_entity,
    relative_head,
)
from ..context import Context
from .coding import SUBJECTS, _rules, coding_for, is_trigger

EntityOf = Callable[[Context, Token], str | None]

POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _support_verb(noun: Token) -> Token | None:
    """The verb whose object the noun is ("used its veto"), directly or through a
    preposition ("went ahead with its plan"), when that verb is no event of its own:
    a support verb only carries the noun's event ("used", "went ahead with"),
    while a verb that is an event takes the noun as what it acts on, someone else's
    act ("condemned their attacks", "welcomed its decision")."""
    verb = None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    if verb is None or (is_trigger(verb) and coding_for(verb).type):
        return None
    lemma = verb.lemma_.lower()
    if lemma in _rules()["light_verbs"] or lemma in _rules()["aspect_verbs"]:
        return None  # "staged their protest": assertion._light_verbs gives it the subject
    return verb


def _subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the verb its clause continues ("sought to renew
    its call", "met and repeated its demand")."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in SUBJECTS]
        if subjects:
            return relative_head(subjects[0])
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def possessive_doer(ctx: Context, pronoun: Token,
                    entity_of: EntityOf) -> tuple[str | None, Token] | None:
    """For a possessive determiner on an object noun, the entity it stands for (above)
    and the subject's words (a group noun with no entity, "the rebels ... their
    offensive", is coded from its words as any generic actor is); None where the rule
    does not apply or the pronoun does not agree."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in POSSESSIVES:
        return None
    verb = _support_verb(pronoun.head)
    subject = _subject(verb) if verb is not None else None
    if subject is None or subject.i == pronoun.i:
        return None
    if subject.lower_ in PERSONAL_PRONOUNS:
        entity = pronoun_entity(ctx, subject, entity_of)
    else:
        entity = entity_of(ctx, subject) or antecedent(ctx, subject)
    word = pronoun.lower_
    if entity is None:
        # a group noun: "their" for a plural one, "its" for a singular one
        fits = subject.tag_ == "NNS" if word == "their" else \
            word == "its" and subject.tag_ == "NN"
        return (None, subject) if fits and subject.pos_ == "NOUN" else None
    if not agrees(pronoun.text, ctx.entity_type(entity)):
        return None
    if word == "their" and subject.tag_ in ("NN", "NNP") and not subject.conjuncts:
        return None  # "Israel ... their attacks": one party named alone is not "their"
    return entity, subject


def classifier(ctx: Context, head: Token, trigger: Token, entity_of: EntityOf) -> bool:
    """A name before an event noun that also has a possessor whose entity is known ("its
    Security Council veto", "Russia's U.N. veto"): the possessor is the doer and the name
    only says what kind of act it is (a classifier; Quirk et al. 1985, 17.108)."""
    if trigger.pos_ != "NOUN" or head.head.i != trigger.i or head.dep_ not in (
            "compound", "amod"):
        return False
    for owner in trigger.children:
        if owner.dep_ == "poss" and owner.i < head.i:
            doer = possessive_doer(ctx, owner, entity_of)
            found = entity_of(ctx, owner) or (doer[0] if doer else None)
            if found is not None and found != entity_of(ctx, head):
                return True
    return False
