"""PLOVER's descriptive fields of a coded event, from its category, mode and CAMEO code:
``context`` (what the event is about, from the CAMEO2PLOVER table's context column),
``quad`` (verbal/material cooperation/conflict, the PLOVER manual's quad category) and
``score`` (the manual's conflict-cooperation score, -10 to +10, Table 2.2).  Uncoded events
carry none of them.  Pure look-ups in data files; nothing here reads text."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_tsv, load_yaml
from .model import Event

NAME = "plover_fields.v1"


@lru_cache(maxsize=1)
def _contexts() -> dict[str, list[str]]:
    """CAMEO code -> its PLOVER contexts ("military; legal" -> [military, legal])."""
    return {r["cameo"]: [c.strip() for c in r["context"].split(";") if c.strip()]
            for r in load_tsv("cameo2plover.tsv") if r.get("context")}


@lru_cache(maxsize=1)
def quads() -> dict[str, str]:
    """PLOVER category -> its quad category (data/plover_quad.yaml)."""
    return {category: quad for quad, categories in load_yaml("plover_quad.yaml").items()
            for category in categories}


@lru_cache(maxsize=1)
def _scores() -> dict[tuple[str, str], float]:
    return {(r["category"], r["mode"] or ""): float(r["score"])
            for r in load_tsv("plover_scores.tsv")}


def fields(event_type: str | None, mode: str | None, cameo: str | None) -> dict:
    """``{"context": [...], "quad": ..., "score": ...}`` of a coded event; a mode the score
    table does not list takes its category's score."""
    if not event_type:
        return {"context": [], "quad": None, "score": None}
    scores = _scores()
    score = scores.get((event_type, mode or ""), scores.get((event_type, "")))
    return {"context": list(_contexts().get(cameo or "", [])),
            "quad": quads().get(event_type), "score": score}


def attach(events: list[Event]) -> list[Event]:
    """Each coded event with its context, quad and score."""
    return [ev.model_copy(update=fields(ev.type, ev.mode, ev.cameo)) if ev.type else ev
            for ev in events]


def prepare() -> None:
    for table in (_contexts, quads, _scores):
        table()
