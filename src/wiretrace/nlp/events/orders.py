"""events: orders down one's own chain of command (issue 18, round 31; orders.yaml).

"The government ordered its military to seal the border": PETRARCH2 codes an order by
the act ordered, with the one who orders as its source ("ORDER * CRACKDOWN" 170, "ORDER *
(TO LEAVE)" 174), and an order to use force as the threat of it ("ORDER * ATTACK" 138).
PLOVER files orders under REQUEST (manual 3.8), which stays right for an order to another
party ("the United States ordered Russia to withdraw").  So a verb of ordering whose
addressee is the orderer's own (its forces, agencies, diplomats or staff: a possessive
pronoun, or a state agent of the orderer's country) is no REQUEST; the act in its
to-infinitive is coded with the orderer as its source, its own object as its target and
the order's factuality (the order was given, so the act is the orderer's now); an
order to use force is coded on the order, as the orderer's THREATEN of the act's
target.  The same for a noun of ordering that a verb of issuing gives ("issued an order
to troops to fire"), the verb's subject giving the order."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import prep_objects
from .coding import SYMMETRIC, UNCODED, Coding, _infinitive
from .pledges import POSSESSIVES


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("orders.yaml")
    return {"verbs": frozenset(data["verbs"]), "nouns": frozenset(data["nouns"]),
            "issuing_verbs": frozenset(data["issuing_verbs"]),
            "own_sectors": frozenset(data["own_sectors"]),
            "force_threat": Coding(*data["force_threat"]),
            "repression_threat": Coding(*data["repression_threat"]),
            "repression_codes": frozenset(data["repression_codes"])}


def prepare() -> None:
    _data()


def _order(token: Token) -> tuple[Token, Token | None] | None:
    """(the act ordered, the addressee's head or None) for a verb or noun of ordering
    with a to-infinitive, else None."""
    data = _data()
    verb = token.pos_ == "VERB" and token.lemma_.lower() in data["verbs"]
    if not verb and not (token.pos_ == "NOUN" and token.lower_ in data["nouns"]):
        return None  # the word first: the coder asks this of every trigger
    acts = [c for c in token.children if _infinitive(c) and c.dep_ in ("xcomp", "acl")]
    if not acts:
        return None
    act = acts[0]
    if verb:
        passive = [c for c in token.children if c.dep_ == "nsubjpass"]
        objects = [c for c in token.children if c.dep_ in ("dobj", "dative")]
        addressee = (passive or objects or [None])[0]
        return act, addressee
    # a noun of ordering, "an order to troops to fire": the addressee after 'to'; none
    # named: "an order to evacuate the capital" is given to whoever carries it out
    to = prep_objects(token, ("to",))
    return act, (to or [None])[0]


def _own(addressee: Token | None, orderer: list[EventActor],
         addressed: EventActor | None) -> bool:
    """Whether the addressee is the orderer's own: a possessive pronoun on it ("its
    military", "his diplomats"), or a state agent (own_sectors) of no country other
    than the orderer's, ordered by a state actor of those sectors.  No addressee named
    (a passive with no subject, a noun of ordering alone) counts as own when the
    orderer is such a state actor: its order goes down its own line."""
    sectors = _data()["own_sectors"]
    state = [a for a in orderer if a.sector in sectors]
    if addressee is not None and any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in addressee.children):
        return True
    if not state:
        return False
    if addressee is None:
        return True
    if addressed is None or addressed.sector not in sectors:
        return False
    if addressed.entity_id is not None and addressed.country is None:
        return False
    countries = {a.country for a in state if a.country}
    return addressed.country is None or addressed.country in countries


def _orders(trigger: Token) -> list[tuple[Token, Token, Token | None]]:
    """(the verb or noun of ordering, the act ordered, the addressee's head or None)
    on a trigger: the trigger itself as a verb of ordering, or a noun of ordering that is
    the direct object of a verb that gives it ("issued an order to troops to fire")."""
    words = [trigger]
    if trigger.lemma_.lower() in _data()["issuing_verbs"]:
        words += [c for c in trigger.children if c.dep_ == "dobj"]
    out = []
    for word in words:
        hit = _order(word)
        if hit is not None and (word is trigger) == (word.pos_ == "VERB"):
            out.append((word, hit[0], hit[1]))
    return out


def issued_act(trigger: Token) -> bool:
    """The act in the to-infinitive of a noun of ordering that a verb of issuing gives
    ("issued an order to its soldiers to arrest ..."): the act ordered, not a description
    of the noun (the coder's relcl/acl test)."""
    noun = trigger.head
    return trigger.dep_ == "acl" and _infinitive(trigger) and noun.dep_ == "dobj" and \
        noun.lower_ in _data()["nouns"] and noun.head.lemma_.lower() in _data()["issuing_verbs"]


def apply(triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]],
          governed: dict[int, Coding]) -> dict[int, Token]:
    """Recode orders down one's own chain of command (module doc); returns each act
    ordered with the verb of ordering or issuing whose factuality it takes.  ``governed``:
    the own coding of the words the governing pass left uncoded as the content of a noun
    ("issued an order to its soldiers to arrest ...": the arrest is what is ordered)."""
    data = _data()
    stated: dict[int, Token] = {}
    by_index = {t.i: t for t in triggers}
    for trigger in triggers:
        if trigger.i in governed and not coding[trigger.i].type:
            continue  # "refused to order troops to attack": the order is content itself
        for word, act, addressee in _orders(trigger):
            orderer = [a for a in found.get(trigger.i, []) if a.role == "source"]
            if not orderer:
                if word is not trigger and act.i in coding:
                    coding[act.i] = UNCODED
                continue
            addressed = None
            if addressee is not None:
                addressed = next((a for a in found.get(trigger.i, []) + found.get(word.i, [])
                                  if a.role != "source" and a.start <= addressee.idx < a.end),
                                 None)
            if not _own(addressee, orderer, addressed):
                if word is not trigger and act.i in coding:
                    coding[act.i] = UNCODED  # what another party is ordered to do: content
                continue
            if word is trigger or coding[trigger.i].type == "REQUEST":
                coding[trigger.i] = UNCODED  # no demand of one's own forces
            if word is not trigger and act.i in governed and not coding[act.i].type:
                coding[act.i] = governed[act.i]
            if act.i not in by_index or not coding.get(act.i, UNCODED).type:
                continue
            # the orderer takes the addressee's place among the act's own parties ("ordered
            # his aides to meet with the Iranian delegation": the president and the
            # delegation, each a source and a target as a meeting is coded, roles._symmetric)
            own = [a for a in found.get(act.i, []) if not _is(a, orderer) and not (
                addressee is not None and a.start <= addressee.idx < a.end)]
            targets = [a for a in own if a.role != "source"]
            partners = [a for a in own if a.role == "source"]
            sources = [a.model_copy(update={"role": "source"}) for a in orderer] + partners
            if partners and act.lemma_.lower() in SYMMETRIC:
                targets = [a.model_copy(update={"role": "target"}) for a in orderer] + targets
            if coding[act.i].type == "ASSAULT":
                # the force is not yet used: the order threatens it, coded on the order
                # ("ORDER * ATTACK" 138); the attack ordered stays an intent
                coding[trigger.i] = data["repression_threat"] \
                    if coding[act.i].cameo in data["repression_codes"] else data["force_threat"]
                found[trigger.i] = sources + targets
                continue
            found[act.i] = sources + targets
            stated[act.i] = trigger
    return stated


def _is(actor: EventActor, orderer: list[EventActor]) -> bool:
    """Whether ``actor`` names the orderer: the same entity or the same words."""
    return any((actor.entity_id is not None and actor.entity_id == o.entity_id)
               or (actor.start, actor.end) == (o.start, o.end) for o in orderer)
