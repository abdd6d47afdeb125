"""Counterfactuals are no events (event_readings.yaml `counterfactual_modals`, with its
sources): "Russia would have invaded Ukraine", "one phone call would have produced a
reply", "Belgium should have acted sooner".  A verb with a modal of remoteness and the
perfect 'have' is uncoded, with the events of its subject, object and clause complements,
before the future of 'would' is read as an intent (assertion._govern)."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import UNCODED, Coding
from .readings import _data

# heads whose dependents are inside a phrase (a noun's modifiers, a preposition's object):
# "a call to the ministry" climbs to 'call'; a phrase of the verb stops at its preposition
INSIDE = ("NOUN", "PROPN", "PRON", "ADP")


def counterfactual(verb: Token) -> bool:
    """'would/could/might/should have' + a past participle ("would have invaded", "should
    have been stopped")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in aux and any(a in _data()["counterfactual_modals"] for a in aux)


def apply(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode the counterfactual verbs among the triggers and their heads, and the
    triggers in their subject, object and clause complements, inside noun phrases too ("one
    phone call to the ministry would have produced"), not in a phrase or clause of the
    verb's own ("without the strike", "if the bomb had gone off")."""
    parts = _data()["counterfactual_parts"]
    verdicts: dict[int, bool] = {}
    for t in triggers:
        node = t
        while True:
            if node.i not in verdicts:
                verdicts[node.i] = counterfactual(node)
            if verdicts[node.i]:
                coding[t.i] = UNCODED
                break
            head = node.head
            if head.i == node.i:
                break
            if node.dep_ not in parts and head.pos_ not in INSIDE:
                break  # the verb's own phrases and clauses
            node = head

