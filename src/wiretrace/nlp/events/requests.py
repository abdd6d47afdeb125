"""Requests made with a verb of asking (issue 18, round 17; plover_verbs.yaml
`appeal_verbs`): what PETRARCH2's appeal patterns and the object of the verb say is asked
for, and whom it is asked of.

- A pattern with a CAMEO 02x (appeal) code ("SEEK * EXTRADITION" 0213, "ASK * AID" 023)
  is the REQUEST of the same number under 10: PLOVER drops CAMEO 02 as a category
  (manual, table 7.1) but files all requests under REQUEST (3.8), and CAMEO's 02 and 10
  run parallel.  The bare 020 names no kind of cooperation and is mostly a place sought
  ("sought shelter", "refuge", "sanctuary"): it stays uncoded.
- With no pattern, an act PLOVER codes that is the verb's object, a conjunct of it or the
  object of its 'for' is what is asked for ("is seeking trade and military assistance"):
  a REQUEST with that act's request mode.
- The party after 'from' on the verb, its object or what it asks for is the one asked,
  the target ("sought Assange's extradition from the UK", "demanded an apology from
  Tokyo"); what is asked for becomes 'other'."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import Coding, _coding_for, _party_word, _pattern_code, _rules, code, is_event_noun


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(load_yaml("plover_verbs.yaml")["appeal_verbs"])


def _asked_for(verb: Token) -> list[Token]:
    """What a verb of asking asks for: its direct object and the object of its 'for'."""
    return [*(c for c in verb.children if c.dep_ == "dobj"),
            *(o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
              for o in p.children if o.dep_ == "pobj")]


def _asked_act(verb: Token) -> Coding | None:
    for noun in (t for h in _asked_for(verb) for t in (h, *h.conjuncts)):
        if noun.pos_ == "NOUN" and is_event_noun(noun):
            found = _coding_for(noun)
            if found.type and found.type != "REQUEST":
                return Coding("REQUEST", _rules()["request_modes"].get(found.type), "100")
    return None


def coding(token: Token, found: Coding) -> Coding | None:
    """A verb of asking's request by its appeal pattern or the act it asks for, in place of
    ``found`` (its coding by the other dictionaries); None to keep that."""
    if token.pos_ != "VERB" or found.type not in (None, "REQUEST") or \
            token.lemma_.lower() not in _verbs():
        return None
    pattern = _pattern_code(token)
    if pattern and pattern.startswith("02") and pattern != "020":
        return code("10" + pattern[2:])
    return None if found.type or pattern else _asked_act(token)


def _asked(verb: Token) -> list[Token]:
    """The parties after 'from' on the verb, on its direct object or on what it asks
    for ("asked for help from the UN")."""
    heads = [verb, *_asked_for(verb)]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children if o.dep_ == "pobj" and _party_word(o)]


def asked_from(look, triggers: list[Token], coding_: dict[int, Coding], found: dict) -> None:
    """A verb of asking coded REQUEST with a party after 'from': that party is the target,
    what is asked for (the object) is 'other'."""
    from .roles import _actor

    verbs = _verbs()
    for t in triggers:
        if coding_[t.i].type != "REQUEST" or t.pos_ != "VERB" or t.lemma_.lower() not in verbs:
            continue
        asked = [a for o in _asked(t) for a in [_actor(look, "target", o)] if a is not None]
        if not asked:
            continue
        kept = [a.model_copy(update={"role": "other"}) if a.role == "target" else a
                for a in found[t.i] if (a.start, a.end) not in {(x.start, x.end) for x in asked}]
        found[t.i] = kept + asked


def prepare() -> None:
    _verbs()
