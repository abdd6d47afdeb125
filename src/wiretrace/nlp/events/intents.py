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


def plans_of_no_cooperation(triggers: list[Token], coding: dict[int, Coding]) -> set[int]:
    """Round 43: the verbs of intending or preparing (`intent_states`, and 'mean') coded
    AGREE by their CAMEO block alone (030, "express intent to cooperate") whose governed
    act is no act of cooperation: to be uncoded once the governing pass has run (which
    turns a governed act into its content, so this is read before it).  PLOVER 3.1 codes
    as AGREE an indication of "willingness or commitment to cooperate", and cooperative
    acts (CONSULT, SUPPORT, COOPERATE, AID) in the future; PETRARCH2's INTEND and PREPARE
    blocks name the acts planned by their objects ("PLAN * VISIT [036]", "* HELP [033]",
    "PREPARE * (FOR &NEGOTIATION) [036]").  A plan of an act PLOVER does not code ("he
    planned to stay neutral", "plans to spend the money on ads"), of a verbal charge
    ("preparing to charge the mayor"), or of nothing named ("was prepared") states a
    plan, no intent to cooperate with anyone; "plans to visit China", "intends to send
    aid to Ukraine", "is preparing for talks" stay AGREE, and a plan of force or
    coercion is left to the governing pass (a threat, `intent`).  Unlike the promise,
    vow, offer or agreement (`governors.intent`), a plan commits its planner to no one."""
    rules = _rules()
    words = rules["intent_states"] | rules["infinitive_intents"]
    at = {t.i for t in triggers}
    out: set[int] = set()
    for t in triggers:
        if t.pos_ != "VERB" or t.lemma_.lower() not in words or \
                coding[t.i].type != "AGREE" or coding[t.i].cameo != "030":
            continue
        inner = _planned_act(t, coding, at, rules["light_verbs"])
        # nothing planned, an act PLOVER does not code ("planned to stay neutral"), or
        # one the intent table does not list ("preparing to charge the mayor": ACCUSE)
        if inner is None or inner.type is None or rules["intent"].get(inner.type) is None:
            out.add(t.i)
    return out


def _planned_act(verb: Token, coding: dict[int, Coding], at: set[int],
                 light_verbs: frozenset[str]) -> Coding | None:
    """The coding of the act ``verb`` governs, found as the governing pass finds it (a
    to-infinitive or clause; else the object of 'to', 'for' or 'on'), the object's act
    for a light verb ("plans to hold talks"); None where it governs no event word."""
    governed = [c for c in verb.children if c.i in at and (
        c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
            a.lower_ == "to" for a in c.children if a.dep_ == "aux"))]
    if not governed:
        governed = [p for prep in verb.children if prep.dep_ == "prep"
                    and prep.lower_ in ("to", "for", "on") for p in prep.children
                    if p.dep_ in ("pobj", "pcomp") and p.i in at]
    if not governed:
        return None
    e = governed[0]
    inner = coding[e.i]
    if not inner.type and e.lemma_.lower() in light_verbs:
        inner = next((coding[c.i] for c in e.children if c.dep_ == "dobj" and c.i in at
                      and coding[c.i].type), inner)
    return inner


def uncode_plans(planned: set[int], coding: dict[int, Coding]) -> None:
    """Round 43: uncode the plans :func:`plans_of_no_cooperation` found, where the
    governing pass left them AGREE 030 (a plan of force it made a threat stays)."""
    for i in planned:
        if coding[i].type == "AGREE" and coding[i].cameo == "030":
            coding[i] = UNCODED


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
