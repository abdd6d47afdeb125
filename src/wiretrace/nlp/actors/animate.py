"""animate: whether a name NER typed is a person, checked against the sentence.

spaCy's small model types many names PERSON that are not people: an organization's
acronym ("The #PNH is instructed", the Haitian National Police), a plural group
("Hong Kongers are also among those relocating"), a name the article uses only as a
modifier of a common noun ("Brexit negotiations", "the Schengen system").  A pronoun
he/she may then be given to them (animacy lets he/she stand only for a PERSON).  And it
types some people as works of art ("Vassily Nebenzia told the council").  Each rule
below asks for what a person has before leaving or giving the type PERSON: a title
before a mention, a subject that a verb of saying takes, a he/she that refers back to
the name as the subject of its clause (``people._person_context``)."""

from __future__ import annotations

from ... import names
from ..context import Context
from .mentions import Cluster, Mention, _known_actor
from .people import _person_context, _saying


def _says(ctx: Context, m: Mention) -> bool:
    """The name is the subject of a verb of saying ("Nebenzia told the council")."""
    root = ctx.doc[m.start:m.end].root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _saying()


def _person_evidence(ctx: Context, cluster: Cluster, titled, refers: bool = True) -> bool:
    """A title before a mention, a verb of saying after it, or (``refers``) a he/she that
    refers back to it; an acronym's he/she is no evidence (the #PNH ... he tweeted)."""
    return any(titled(ctx, m) or _says(ctx, m) or (refers and _person_context(ctx, m))
               for m in cluster.mentions)


def _acronym(ctx: Context, m: Mention) -> bool:
    """One word in capitals, two to five letters ("PNH", "UNHCR")."""
    return m.end - m.start == 1 and m.text.isalpha() and m.text.isupper() \
        and 2 <= len(m.text) <= 5


def _plural(ctx: Context, m: Mention) -> bool:
    """A plural proper noun ends the name ("Hong Kongers"): a group, not one person."""
    return ctx.doc[m.end - 1].tag_ == "NNPS"


def _modifier(ctx: Context, m: Mention) -> bool:
    """One word that modifies a lowercase common noun after it ("Brexit negotiations",
    "the Schengen system")."""
    root = ctx.doc[m.start]
    head = root.head
    return m.end - m.start == 1 and root.dep_ in ("compound", "nmod") and head.i > root.i \
        and head.pos_ == "NOUN" and head.text.islower()


def _named_thing(ctx: Context, cluster: Cluster, person_keys: frozenset[names.Key]) -> bool:
    """One word, used twice or more and mostly as a modifier of a common noun ("Brexit
    negotiations", "the Schengen zone"), that is no part of another person's name ("the
    Kim regime") and no name the actor dictionaries know ("the Trump administration")."""
    ms = cluster.mentions
    word = cluster.key[0]
    return all(m.end - m.start == 1 for m in ms) and len(ms) >= 2 \
        and 2 * sum(_modifier(ctx, m) for m in ms) > len(ms) \
        and not any(names.same_word(word, w) for key in person_keys for w in key) \
        and not _known_actor(ms[0].text)


def _spoken_name(ctx: Context, m: Mention) -> bool:
    """Two or three capitalized words, letters only ("Vassily Nebenzia")."""
    words = m.text.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words)


def relabel(ctx: Context, cluster: Cluster, titled,
            person_keys: frozenset[names.Key] = frozenset()) -> str | None:
    """A new type for ``cluster`` from its sentences, or None to keep NER's; ``titled``
    tells whether a title stands before a mention, ``person_keys`` are the longer names
    of the article's other people (their surnames and given names stay theirs: "the Kim
    regime" after "Kim Jong Un")."""
    if cluster.label == "PERSON":
        if all(_acronym(ctx, m) for m in cluster.mentions) \
                and not _person_evidence(ctx, cluster, titled, refers=False):
            return "ORG"
        if _named_thing(ctx, cluster, person_keys) \
                and not _person_evidence(ctx, cluster, titled, refers=False):
            return "EVENT"
        if all(_plural(ctx, m) for m in cluster.mentions) \
                and not _person_evidence(ctx, cluster, titled):
            return "NORP"
    if cluster.label == "WORK_OF_ART" and all(_spoken_name(ctx, m) for m in cluster.mentions) \
            and any(_says(ctx, m) for m in cluster.mentions):
        return "PERSON"
    return None
