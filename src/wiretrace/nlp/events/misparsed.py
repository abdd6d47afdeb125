"""A finite verb the parser reads as an adjective (round 44, h-evactor44; docs/events.md,
"A verb parsed as a modifier").  The small parser sometimes hangs a past-tense verb or a
perfect participle on the noun after it as a modifier (amod), and so the verb has no
subject and no object of its own:

* "Trump hosted Erdogan in the White House" (VOA dev 6180015) and "Trump assailed Williams
  as part of the Never Trumpers" (web dev 82b6d780c792): the name before the verb becomes
  a modifier of the name after it, and the sentence's root is no verb (the noun, or a
  preposition).  A sentence has a finite verb (Quirk et al. 1985, 2.11: a simple sentence
  is a clause, with a verb); with no verb as root and a past form between a name and a
  noun, that form is the verb, the name before it its subject, the noun after it its
  object;
* "Kenyan authorities have since banned civilians" (VOA dev 6184384): 'have' with only
  adverbs between it and the past participle is the perfect auxiliary of that participle
  (CGEL 3.2.3: perfect 'have' + past participle), so the participle is the verb, the
  subject of 'have' is its subject and the noun after it its object.

Narrow on purpose: the noun must follow the verb at once and not be part of a name's
title ("has convicted rapist Mike Tyson on his list", PolNeAR dev8, where 'convicted'
is an adjective of a noun that is itself a modifier), and only a word the parser tagged
as a verb form (VBD, VBN).  The pattern was seen in 3 dev articles (above); the parser's
choice, not a word list, is what the rule undoes."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import SUBJECTS

NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")


def finite_modifier(trigger: Token) -> tuple[list[Token], Token] | None:
    """The subjects and the object of a verb parsed as a modifier of the noun after it,
    or None when the word is no such verb."""
    if trigger.dep_ != "amod" or trigger.tag_ not in ("VBD", "VBN") or \
            trigger.pos_ != "VERB":
        return None
    doc, obj = trigger.doc, trigger.head
    if obj.i != trigger.i + 1 or obj.pos_ not in ("NOUN", "PROPN") or \
            obj.dep_ in ("compound", "nmod", "amod"):
        return None
    start = trigger.sent.start
    j = trigger.i - 1
    # adverbs between the auxiliary and the participle ("have since banned": 'since' with
    # no object of its own is an adverb, CGEL 7.2, whatever the parser makes of it)
    while j >= start and (doc[j].pos_ == "ADV" or doc[j].dep_ == "advmod" or
                          doc[j].lower_ == "since"):
        j -= 1
    if j < start:
        return None
    before = doc[j]
    if before.lemma_.lower() == "have" and before.tag_ in ("VBP", "VBZ", "VBD"):
        subjects = [c for c in before.children if c.dep_ in SUBJECTS]
        return (subjects, obj) if subjects else None
    if j == trigger.i - 1 and trigger.sent.root.pos_ not in ("VERB", "AUX") and \
            before.head.i == obj.i and \
            before.dep_ in ("nmod", "compound") and before.ent_type_ in NAME_TYPES:
        return [before], obj
    return None
