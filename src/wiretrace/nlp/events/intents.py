"""Intents that are expressed (issue 18; moved here from assertion.py in round 27): a verb
of intending or preparing is an AGREE (or a THREATEN) only as the party that intends it is
reported saying it (PLOVER 3.1)."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import EventActor
from .coding import UNCODED, Coding, _rules


def unexpressed_intents(ctx, triggers: list[Token], coding: dict[int, Coding],
                         found: dict[int, list[EventActor]] | None = None) -> None:
    """An intent is an AGREE (or a THREATEN) only as it is expressed (PLOVER 3.1: "agree
    to, or promise, announce intent to"): a verb of intending or preparing
    (plover_verbs.yaml `intent_states`: plan, intend, prepare, aim) that nobody is reported
    as saying ("Kenya appears to be preparing to launch", "officials probably intend
    to") states a plan or a preparation, and is uncoded; "the ministry said it plans to"
    (an attributed intent) and "announced plans to" stay.  Round 32: a verb of
    `infinitive_intents` ('mean') is intent only with a to-infinitive; "I meant he's the
    founder", "I meant exactly that", "I mean, she gets it" are uncoded."""
    states, infinitives = _rules()["intent_states"], _rules()["infinitive_intents"]
    for t in triggers:
        if t.pos_ == "VERB" and t.lemma_.lower() in infinitives and \
                coding[t.i].type == "AGREE" and not _to_infinitive(t):
            coding[t.i] = UNCODED  # round 32: "I meant he's the founder", "I mean, ..."
            continue
        if t.pos_ != "VERB" or t.lemma_.lower() not in states or \
                coding[t.i].type not in ("AGREE", "THREATEN"):
            continue
        if not ctx.token_attribution.get(t.i) or (
                found is not None and _others_word(ctx, t, found.get(t.i, []))):
            coding[t.i] = UNCODED


def _to_infinitive(verb: Token) -> bool:
    """Round 32: the verb has a to-infinitive complement ("means to help"), the frame of
    its intent sense (plover_verbs.yaml `infinitive_intents`)."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


ANALYSTS = frozenset({"expert", "experts", "analyst", "analysts", "observer", "observers",
                      "critic", "critics", "commentator", "commentators"})


def _others_word(ctx, t: Token, found: list[EventActor]) -> bool:
    """Round 27: an intent reported by someone other than the one who intends it is no
    expression of intent by that party (PLOVER 3.1 AGREE: "agree to, or promise, announce
    intent to"): another outlet or a named party other than the planner ("Politico
    reported that Brock was planning to call on ..."), or analysts ("officials probably
    intend to ..., experts say"), is the attributor.  "The ministry said it plans to" (the
    planner speaking) stays; so does an attributor that cannot be told apart from it."""
    planners = {a.entity_id for a in found if a.role == "source" and a.entity_id}
    for sid in ctx.token_attribution.get(t.i, [])[:1]:  # the nearest speaker, not the
        # outlet that relays it ("Carson said he plans to ...", via the AP)
        source = next((s for s in ctx.sources if s.id == sid), None)
        if source is None:
            continue
        words = source.name.lower().split()
        if source.kind == "outlet" or (words and words[-1] in ANALYSTS):
            return True
        if source.entity_id and planners and source.entity_id not in planners:
            return True
    return False
