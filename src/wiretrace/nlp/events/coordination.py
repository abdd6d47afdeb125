"""Coordinated verbs that share a subject or an object (Quirk et al. 1985, 13.53; CGEL
ch. 15): conjoined passive participles share their passive subject ("were arrested and
detained"), and a verb of force coordinated with a second active verb that has the
object shares it (right node raising: "detained and questioned three students")."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, _rules

# what may stand between the first verb and the second in "arrested, beat and later
# charged X": the coordinator, commas, adverbs and particles ("rounded up and detained")
_BETWEEN = frozenset({"cc", "punct", "advmod", "prt", "preconj"})


def shared_passive(trigger: Token) -> Token | None:
    """For a past participle coordinated with a passive verb before it and with no
    subject, auxiliary or object of its own ("were neutralized or captured"), that passive
    verb; else None."""
    if (
        trigger.dep_ != "conj"
        or trigger.tag_ != "VBN"
        or any(
            c.dep_ in SUBJECTS | PASSIVE_SUBJECTS | OBJECTS or c.dep_ in ("aux", "auxpass")
            for c in trigger.children
        )
    ):
        return None
    head = trigger.head
    while (
        head.dep_ == "conj"
        and head.head.i != head.i
        and not any(c.dep_ in PASSIVE_SUBJECTS for c in head.children)
    ):
        head = head.head
    if (
        head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ in PASSIVE_SUBJECTS for c in head.children)
    ):
        return head
    return None


def _active(verb: Token) -> bool:
    return verb.pos_ == "VERB" and not any(
        c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children
    )


def shared_object(trigger: Token) -> list[Token]:
    """The direct object a verb of force with none of its own takes from the active verb
    coordinated right after it ("Police detained and questioned three students",
    "attacked and burned the village"): the object is the first verb's too.  Only where
    nothing but a coordinator, commas, adverbs or a particle stands between the verbs
    (the object's gap is at the first verb's end), the second verb has no subject of its
    own and the same voice, and the first verb codes an act done to someone
    (plover_verbs.yaml ``shared_object_types``); else []."""
    from .coding import coding_for

    if not _active(trigger) or any(
        c.dep_ in OBJECTS or c.dep_ in ("ccomp", "xcomp", "dative") for c in trigger.children
    ):
        return []
    verbs = {trigger.i, *(c.i for c in trigger.conjuncts)}
    verb, objects = trigger, []
    for nxt in sorted((c for c in trigger.conjuncts if c.i > trigger.i), key=lambda t: t.i):
        if (
            not _active(nxt)
            or nxt.tag_[:2] != trigger.tag_[:2]
            or any(c.dep_ in SUBJECTS for c in nxt.children)
        ):
            return []
        between = verb.doc[verb.i + 1 : nxt.i]
        if any(t.dep_ not in _BETWEEN or t.head.i not in verbs for t in between):
            return []
        objects = [c for c in nxt.children if c.dep_ == "dobj"]
        if objects or any(
            c.dep_ in OBJECTS or c.dep_ in ("ccomp", "xcomp", "prep", "dative")
            for c in nxt.children
        ):
            break
        verb = nxt
    if not objects:
        return []
    if coding_for(trigger).type not in _rules()["shared_object_types"]:
        return []
    return objects
