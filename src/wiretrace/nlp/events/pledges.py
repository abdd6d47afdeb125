"""Pledges in reported speech, round 17 of issue 18 (data in pledges.yaml, with its
sources): "the minister announced that Japan will provide aid to Nepal" is an AGREE made
when it is said, by the speaker or the body the speaker speaks for, toward the party the
act is for; the pledged act stays future.  The parallel of pressure.said for threats.
coder.annotate asks :func:`said` for the token whose factuality a pledge takes."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import SUBJECTS, Coding
from .factuality import future_auxes
from .quoted_content import speech_head

POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("pledges.yaml")
    pressure = load_yaml("pressure.yaml")
    return {
        "verbs": frozenset(data["verbs"]),
        "marks": frozenset(data["marks"]),
        "state_sectors": frozenset(data["state_sectors"]),
        "giving_verbs": frozenset(data["giving_verbs"]),
        "own_bodies": frozenset(data["own_bodies"]),
        "own_subjects": frozenset(pressure["said_intents"]["own_subjects"]),
        "forecasters": frozenset(pressure["conditional_threats"]["forecasters"]),
    }


def prepare() -> None:
    _data()


def giving(triggers: list[Token], coding: dict, found: dict) -> None:
    """An uncoded verb of giving with the party as object and the thing after 'with'
    ("announced that the U.S. will provide Vietnam's coast guard with a ship") becomes an
    intent to provide aid (AGREE 033) where it is a pledge :func:`said` takes."""
    from .coding import _called_party

    verbs = _data()["giving_verbs"]
    for t in triggers:
        if t.pos_ != "VERB" or coding[t.i].type or t.lemma_.lower() not in verbs or not any(
                c.dep_ == "dobj" and (_called_party(c) or any(
                    a.start <= c.idx < a.end and (a.country or a.sector) for a in found[t.i]))
                for c in t.children) or not any(
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    o.dep_ == "pobj" for o in c.children) for c in t.children):
            continue
        pledged = Coding("AGREE", None, "033")
        if said(t, pledged, coding, found) is not t:
            coding[t.i] = pledged


def said(token: Token, found: Coding, coded: dict, actors: dict) -> Token:
    """The verb of saying over a pledge ("announced that the U.S. will provide a ship to
    Vietnam"), whose factuality the AGREE takes; else the token itself."""
    from .pressure import _quoted

    if found.type != "AGREE":
        return token
    event, token = token, _clause(token)  # "said it will hold talks": the noun's verb
    head = speech_head(token) if token is not None else None  # round 30: quotes too
    if token is None or head is None:
        return event
    data = _data()
    future = future_auxes(token)
    if not future or head.pos_ != "VERB" or head.lemma_.lower() not in data["verbs"] or \
            (head.i in coded and coded[head.i].type) or any(
                c.dep_ == "neg" for c in (*token.children, *head.children)):
        return event
    if future[0] == "would" and _quoted(token, head):
        return event  # '"we would help them," he said': a conditional
    if _conditional(token, data) or _conditional(head, data) or \
            token.sent[-1].text == "?" or head.sent.text.rstrip().endswith("?"):
        return event
    speaker = [c for c in head.children if c.dep_ in SUBJECTS]
    actor = [c for c in token.children if c.dep_ in SUBJECTS]
    if not speaker or not actor or any(
            t.like_num or t.lower_ in ("percent", "%") or t.lemma_.lower() in data["forecasters"]
            for t in speaker[0].subtree):
        return event
    own = actor[0].lower_ in data["own_subjects"] or \
        actor[0].lemma_.lower() == speaker[0].lemma_.lower() or \
        _speaks_for(head, event, actors, data) or (
            actor[0].lemma_.lower() in data["own_bodies"] and any(
                c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in actor[0].children))
    if not own or not _toward(actors.get(event.i, [])):
        return event
    return head


def _clause(token: Token) -> Token | None:
    """The verb of the clause an event is: itself, or the light verb whose object the
    event noun is ("will hold talks")."""
    if token.pos_ == "VERB":
        return token
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        return token.head
    return None


def _conditional(verb: Token, data: dict) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in
                                         data["marks"] for m in c.children)
               for c in verb.children)


def _speaks_for(head: Token, clause: Token, actors: dict, data: dict) -> bool:
    """The act's subject names the speaker's country, or a government body of it."""
    speakers = [a for a in actors.get(head.i, []) if a.role == "source" and a.country]
    doers = [a for a in actors.get(clause.i, []) if a.role == "source" and a.country]
    return any(d.country == s.country and (d.sector is None or d.sector in data["state_sectors"])
               for s in speakers for d in doers)


def _toward(actors: list) -> bool:
    """A coded party (a country, a person or body with a code) the act is for, other than
    its doer and not the doer's own country named alone (a domestic plan)."""
    doers = {(a.start, a.end) for a in actors if a.role == "source"}
    own = {a.country for a in actors if a.role == "source" and a.country}
    return any(a.role in ("target", "other") and (a.start, a.end) not in doers and
               (a.country or (a.entity_id and a.sector)) and
               not (a.country in own and a.sector is None)
               for a in actors)
