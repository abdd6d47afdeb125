"""Coded verbs whose complement makes them no event of their code (round 40, issue 18;
data/complements.yaml; docs/events.md, "Round 40: what a verb takes decides its sense"):
'attend' with a private occasion as object (PETRARCH2's ATTEND patterns "* KENTUCKY DERBY"
[---], "* CEREMONY" [017]), 'invite' someone to appear or testify (a summons to a forum,
no meeting), and 'refuse' / 'decline' to make a statement of disapproval (CAMEO 011,
decline comment, which PLOVER does not code); round 45: 'recognize' with a clause, the verb
of awareness (FrameNet Becoming_aware), not ACCLAIM."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import UNCODED, Coding


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in load_yaml("complements.yaml").items()}


def apply(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode a CONSULT 'attend' of a private occasion and a CONSULT 'invite' to appear or
    testify."""
    for t in triggers:
        if coding[t.i].type == "CONSULT" and t.pos_ == "VERB" and (
                occasion_attended(t) or forum_invitation(t)):
            coding[t.i] = UNCODED
        elif coding[t.i].type and t.pos_ == "VERB" and aware_of_clause(t):
            coding[t.i] = UNCODED


def aware_of_clause(verb: Token) -> bool:
    """'recognize' (`aware_verbs`) with a clause after it (round 45): "recognized long ago
    that ...", "recognized how absurd that would be" grasp a fact, no praise given."""
    return verb.lemma_.lower() in _data()["aware_verbs"] and any(
        c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def occasion_attended(verb: Token) -> bool:
    """'attend' whose every object is an occasion (`occasion_nouns`: "attended Trump's
    wedding", "has attended numerous ... football games"); with no object, nothing."""
    data = _data()
    if verb.lemma_.lower() not in data["attending_verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in objects for o in c.children if o.dep_ == "conj"]
    occasions = [o for o in objects if o.lemma_.lower() in data["occasion_nouns"] or
                 o.lower_ in data["occasion_nouns"]]
    # "numerous New York Jets and New York Giants football games": names that share the
    # last conjunct's head noun, which the parser coordinates with it
    return bool(occasions) and all(o in occasions or (
        o.pos_ == "PROPN" and o.i < occasions[-1].i) for o in objects)


def forum_invitation(verb: Token) -> bool:
    """'invite' with a to-infinitive of appearing or testifying (`forum_acts`): "invited
    Mike Tyson to appear at the convention", "invited Matt Duss ... to testify"."""
    data = _data()
    return verb.lemma_.lower() in data["inviting_verbs"] and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in data["forum_acts"] and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def declined_statement(verb: Token, governed: Token, inner: Coding) -> bool:
    """'refuse' / 'decline' (`refusing_verbs`) to make a statement of disapproval: a
    governed act coded ACCUSE ("declined to assail him") or a verb of disowning
    (`disowning_verbs`: "refuses to disavow the endorsement", "refused to repudiate")."""
    data = _data()
    return verb.lemma_.lower() in data["refusing_verbs"] and (
        inner.type == "ACCUSE" or governed.lemma_.lower() in data["disowning_verbs"])


def declined_statement_noun(noun: Token, coding: dict[int, Coding]) -> bool:
    """A noun of refusing (`refusing_nouns`) whose to-infinitive is a statement of
    disapproval: "Cruz's refusal to disavow the endorsement"."""
    data = _data()
    return noun.lemma_.lower() in data["refusing_nouns"] and any(
        c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (c.lemma_.lower() in data["disowning_verbs"] or
             (c.i in coding and coding[c.i].type == "ACCUSE"))
        for c in noun.children)


def prepare() -> None:
    """Load the table now (see :func:`wiretrace.pipeline.load`)."""
    _data()
