"""Acts received: "Malaysia accepted Chinese funding", "the journalist received an award
from Antony Blinken", "accepted $2 billion in Chinese funding".  The object of a verb of
receiving names an act of giving whose source is the giver (the object's own modifier,
or 'from' X) and whose target is the verb's subject, as PETRARCH2's OBTAIN block codes
it with its converse patterns ("RECEIVE * LOAN [:071]", "* PRIZE [:051]", "* &CURRENCY
(FROM) [:071]": the code with source and target swapped).  Data: plover_verbs.yaml
`received` (docs/events.md, "Light verbs")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import prep_objects
from .coding import UNCODED, Coding, _agents, code
from .roles import PERSONAL_PRONOUNS


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, str]]:
    data = load_yaml("plover_verbs.yaml")["received"]
    return frozenset(data["verbs"]), {k: str(v) for k, v in data["objects"].items()}


def _verb(noun: Token) -> Token | None:
    """The verb of receiving whose object is ``noun``, directly ("accepted Chinese
    funding") or after an amount ("accepted $2 billion in Chinese funding")."""
    verbs, _ = _table()
    obj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and \
            noun.head.head.dep_ == "dobj" and any(
                c.like_num or c.ent_type_ == "MONEY" for c in noun.head.head.subtree):
        obj = noun.head.head  # "$2 billion in Chinese funding", "$5 million of aid"
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return None
    return obj.head if obj.head.lemma_.lower() in verbs else None


def received(noun: Token) -> Coding | None:
    """The coding of a noun named as received, or None."""
    if noun.pos_ != "NOUN":
        return None
    _, objects = _table()
    cameo = objects.get(noun.lemma_.lower()) or objects.get(noun.lower_)
    if cameo is None or _verb(noun) is None:
        return None
    return code(cameo)


def _from_givers(verb: Token, actors: list[EventActor]) -> list[EventActor]:
    starts = [p.idx for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
              for p in c.subtree if p.dep_ == "pobj"]
    return [a.model_copy(update={"role": "source"}) for a in actors
            if a.role in ("other", "target") and any(a.start <= s < a.end for s in starts)]


def _of_givers(noun: Token, actors: list[EventActor]) -> list[EventActor]:
    """Round 28 (h-ev28c): the party after the received noun's 'of' ("won the endorsement
    of Bob Vander Plaats", "gained the backing of the union"): with a verb of receiving
    the 'of' phrase names the giver, a subjective genitive (Quirk et al. 1985, 17.42),
    not the one the act is done to (the verb's subject receives it)."""
    starts = [p.idx for p in prep_objects(noun, ("of",))]
    return [a.model_copy(update={"role": "source"}) for a in actors
            if a.role in ("other", "target") and _party(a)
            and any(a.start <= s < a.end for s in starts)]


def _party(a: EventActor) -> bool:
    """A name, a generic actor, a group or role noun ("the journalist"), a pronoun."""
    words = a.text.lower().split()
    return bool(a.entity_id or a.sector is not None) or bool(words) and (
        words[-1] in _agents()["nouns"] or words[-1] in PERSONAL_PRONOUNS | {"he", "she",
                                                                           "they", "we"})


def apply(triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    """The received noun is the event: coded as given, its own source (the giver named
    in its phrase) or the verb's 'from' phrase as source, the verb's subject as target;
    the verb of receiving is no event of its own."""
    at = {t.i for t in triggers}
    for n in triggers:
        got = received(n)
        verb = _verb(n) if got is not None else None
        if verb is None or verb.i not in at:
            continue
        own = [a for a in found[n.i] if a.role == "source"]
        givers = own or _of_givers(n, found[n.i]) or _from_givers(verb, found[verb.i])
        # the one who receives is a party: a name, a group or role, a pronoun ("Old
        # friends" of a heading run into the sentence is not: no target then)
        takers = [a.model_copy(update={"role": "target"}) for a in found[verb.i]
                  if a.role == "source" and _party(a)]
        if not givers:
            continue  # "UNHCR received $94 million": nobody named gives it
        coding[n.i] = got
        found[n.i] = givers + takers
        coding[verb.i] = UNCODED


def prepare() -> None:
    _table()
