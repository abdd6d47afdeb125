"""What a poll reports is opinion, not an act (event_readings.yaml `poll_nouns`, with its
source): an event attributed to a poll or survey ("Americans reject the deal, a poll
shows", "according to a Gallup poll, the woman Americans admire most") is uncoded."""

from __future__ import annotations

from spacy.tokens import Token

from ..context import Context
from .coding import UNCODED, Coding
from .readings import _data


def apply(ctx: Context, triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode the coded triggers whose attribution chain holds a poll or a survey."""
    nouns = _data()["poll_nouns"]
    polls = {s.id for s in ctx.sources
             if any(w.strip(".,'\u2019").lower() in nouns for w in s.name.split())}
    for t in triggers:
        if coding[t.i].type and (polls & set(ctx.token_attribution.get(t.i, ())) or
                                 any(_poll_tag(x, nouns) for x in (t, *t.ancestors))):
            coding[t.i] = UNCODED


def _poll_tag(root: Token, nouns: frozenset[str]) -> bool:
    """A clause that a poll's verb closes ("Americans reject the deal, a Reuters/Ipsos
    poll shows": the parser hangs the tag on the reported clause, and the attribution
    layer reads no speaker there)."""
    return any(c.dep_ in ("ccomp", "parataxis", "conj") and c.i > root.i and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in nouns for s in c.children)
        for c in root.children)
