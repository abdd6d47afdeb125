"""Whom a request is made of when the verb of asking names it with 'from' (issue 18,
round 17): "sought Assange's extradition from the UK", "demanded an apology from Tokyo".
The object is what is asked for; the party after 'from', on the verb or on its object,
is the one asked, the request's target (PLOVER 3.8: a request has a recipient)."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import Coding, _party_word, _rules


def _asked(verb: Token) -> list[Token]:
    """The parties after 'from' on the verb, on its direct object or on what it asks
    for ("asked for help from the UN")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj"),
             *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
               for o in p.children if o.dep_ == "pobj")]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" and _party_word(o)]


def asked_from(look, triggers: list[Token], coding: dict[int, Coding], found: dict) -> None:
    """A verb of asking (plover_verbs.yaml appeal_verbs) coded REQUEST with a party after
    'from': that party is the target, what is asked for (the object) is 'other'."""
    from .roles import _actor

    verbs = _rules()["appeal_verbs"]
    for t in triggers:
        if coding[t.i].type != "REQUEST" or t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
            continue
        asked = [a for o in _asked(t) for a in [_actor(look, "target", o)] if a is not None]
        if not asked:
            continue
        kept = [a.model_copy(update={"role": "other"}) if a.role == "target" else a
                for a in found[t.i] if (a.start, a.end) not in {(x.start, x.end) for x in asked}]
        found[t.i] = kept + asked
