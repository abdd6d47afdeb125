"""Round 28 (h-ev28c, issue 18): clauses that report an event although they modify a noun.

* The content clause of a factive noun is asserted: "despite the fact that the machinists
  union endorsed her".  The clause after "the fact" is no relative clause describing a
  participant (it has no gap; 'that' is its subordinator) but a declarative content
  clause, and "fact" presupposes its content true (CGEL 11.4 and 12.5: content clauses as
  complements of nouns; Kiparsky & Kiparsky 1970, "Fact").  Nouns of saying or believing
  ("the claim that", "reports that") are not factive and stay as they are.
* The toll of an attack: "a series of attacks that killed 130 people in Paris", "a
  bombing that wounded 12".  A relative clause of force whose subject is the relative
  pronoun and whose antecedent is an attack noun tells what the attack did: the attack
  happened (a definite description of it), so its violence is reported, with the attack
  as its subject as in "a roadside bombing killed one U.S. soldier" (PETRARCH2 codes
  the verbs of its KILL and WOUND blocks with the attack as the subject phrase).

Data: events_recall28.yaml."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml

RELATIVE_SUBJECTS = frozenset({"that", "which"})


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    data = load_yaml("events_recall28.yaml")
    return {k: frozenset(data[k]) for k in ("factive_nouns", "attack_nouns")}


def content_clause(trigger: Token) -> bool:
    """A verb heading the 'that' content clause of a factive noun ("the fact that ...")."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl":
        return False
    if trigger.head.lemma_.lower() not in _data()["factive_nouns"]:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children)


def drop_factive_noun(triggers: list[Token], found: dict) -> None:
    """The factive noun is no party of its clause's event ("hitting Trump on the fact that
    he has declined to participate": 'the fact' is not what he declined)."""
    for t in triggers:
        if content_clause(t):
            noun = t.head
            found[t.i] = [a for a in found[t.i] if not a.start <= noun.idx < a.end]


def attack_toll(trigger: Token, event_type: str | None) -> bool:
    """A force verb in a relative clause on an attack noun, the relative pronoun its
    subject ("attacks that killed 130 people")."""
    if event_type != "ASSAULT" or trigger.pos_ != "VERB" or trigger.dep_ != "relcl":
        return False
    if trigger.head.lemma_.lower() not in _data()["attack_nouns"]:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in trigger.children)


def prepare() -> None:
    _data()
