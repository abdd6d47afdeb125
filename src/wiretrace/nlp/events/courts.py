"""Court rulings that block an act (issue 18, round 27b; data in court_rulings.yaml, with
its sources): a court (the source, sector JUD) that strikes down, overturns or suspends
something, or rules it illegal ("the Supreme Court struck down a Texas abortion law",
"the ban was ruled illegal by the court"), restricts the act's author: COERCE (CAMEO 172).
Kept apart so that the rule can be read and removed alone; coder.annotate asks
:func:`apply`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from .coding import Coding, code


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("court_rulings.yaml")
    return {"verbs": frozenset(data["verbs"]), "verdict_verbs": frozenset(data["verdict_verbs"]),
            "verdicts": frozenset(data["verdicts"]),
            "leniency": frozenset(data["leniency_objects"]), "sector": data["sector"],
            "cameo": str(data["cameo"])}


def prepare() -> None:
    _data()


def _verb(trigger: Token) -> str:
    particles = [c.lower_ for c in trigger.children if c.dep_ == "prt"]
    return " ".join([trigger.lemma_.lower(), *particles])


def blocks(trigger: Token, found: list[EventActor]) -> bool:
    """Whether the trigger is a court's ruling that blocks an act (see the module)."""
    data = _data()
    if trigger.pos_ != "VERB":
        return False
    if not any(a.role == "source" and a.sector == data["sector"] for a in found):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in data["leniency"]
           for c in trigger.children):
        return False  # "overturned his conviction": leniency, not a blocked act
    if _verb(trigger) in data["verbs"]:
        return True
    return trigger.lemma_.lower() in data["verdict_verbs"] and any(
        c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in data["verdicts"]
        for c in trigger.children)


def apply(triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    for t in triggers:
        if blocks(t, found[t.i]):
            coding[t.i] = code(_data()["cameo"])
