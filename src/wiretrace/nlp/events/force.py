"""Force, coercion and protest by generic actors in the forms news writes them (issue
18, round 16; docs/events.md, "Force by instrument, clashes and nominal force"):

* an instrument fired, thrown or used at someone ("police fired tear gas at the
  crowd", "threw petrol bombs at police"): the verb is coded by its instrument object
  (PETRARCH2's FIRE, THROW and USE patterns); the one it is aimed at is the target, the
  instrument is none (:func:`_aimed`);
* a clash between sides ("clashes between police and students", "fighting erupted
  between X and Y", a gerund with no subject: "displaced by fighting between X and Y"):
  each side is source and target, as PETRARCH2's CLASH * (BETWEEN)
  [190:190] codes it (:func:`_sides`);
* a particle verb of force or coercion done 'on' a party ("cracked down on
  protesters"): the party is the target (:func:`_bore_down`);
* a noun of force, coercion or protest with an agent noun before it ("a police raid",
  "the army siege", "student protests"): the agent is the doer (:func:`_modifier_doer`);
* fire exchanged ("rebels exchanged gunfire with troops"): force by each side on the
  other (:func:`_exchanged`);
* such a noun opening a sentence, read as a proper name by the tagger ("Clashes
  erupted ..."): a trigger all the same (:func:`capitalized_noun`).

Data: force_forms.yaml; plover_verbs.yaml ``force_instruments``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..actors import generic
from .coding import NAMES, Coding, _nouns, _rules, code
from .roles import _actor, _Lookup, _with_conjuncts


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("force_forms.yaml").items()}


@lru_cache(maxsize=1)
def _reciprocal() -> dict[str, str]:
    return {k: str(v) for k, v in load_yaml("force_forms.yaml")["reciprocal_objects"].items()}


def _covers(actor: EventActor, token: Token) -> bool:
    return actor.start <= token.idx < actor.end


def _party(look: _Lookup, role: str, token: Token) -> EventActor | None:
    """The actor ``token`` names in ``role``, or None where it names no actor (a name,
    a generic actor with a sector or a country)."""
    actor = _actor(look, role, token)
    if actor is None or not (actor.entity_id or actor.sector or actor.country):
        return None
    return actor


def _objects(head: Token, preps: frozenset[str]) -> list[Token]:
    return [t for p in head.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" for t in _with_conjuncts(o)]


def _aimed(look: _Lookup, verb: Token, found: list[EventActor]) -> list[EventActor]:
    """"fired tear gas at protesters": the instrument object is no target; the party
    it is aimed at is ("threw petrol bombs and bricks": what is thrown with a weapon,
    too), as it is for a verb of force with no object ("fired on protesters")."""
    table = _table()
    instruments = table["instruments"] | _rules()["force_instruments"]
    used = [t for c in verb.children if c.dep_ == "dobj"
            if any(t.lemma_.lower() in instruments or t.lower_ in instruments
                   for t in _with_conjuncts(c)) for t in _with_conjuncts(c)]
    if not used and (verb.lemma_.lower() not in table["aimed_verbs"] or any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children)):
        return found  # "fired on protesters": no object, the party aimed at is the target
    out = [a.model_copy(update={"role": "other"})
           if a.role == "target" and any(_covers(a, t) for t in used) else a for a in found]
    aimed = table["aimed_prepositions"]  # "used water cannon on the crowd": either head
    for token in _objects(verb, aimed) + [o for t in used for o in _objects(t, aimed)]:
        if any(a.role == "target" and _covers(a, token) for a in out):
            continue
        actor = _party(look, "target", token)
        if actor is not None and (token.ent_type_ in NAMES or generic.noun_sectors(
                generic.content_head(token))):  # "broke into the real estate market"
            out = [a for a in out if not (a.role == "other" and _covers(a, token))]
            out.append(actor)
    return out


def _bore_down(look: _Lookup, verb: Token, found: list[EventActor]) -> list[EventActor]:
    """"cracked down on protesters": a particle verb of force or coercion is done to the
    party of its 'on' phrase, as the noun is ("the crackdown on protesters",
    plover_verbs.yaml `imposed_on`)."""
    if any(a.role == "target" for a in found) or not any(
            c.dep_ == "prt" and c.lower_ in _table()["pressing_particles"]
            for c in verb.children):
        return found
    parties = [a for t in _objects(verb, frozenset({"on", "upon"}))
               if (t.ent_type_ in NAMES or generic.noun_sectors(generic.content_head(t)))
               and (a := _party(look, "target", t)) is not None]
    return found + parties


def _exchanged(look: _Lookup, verb: Token, found: list[EventActor]
               ) -> tuple[str, list[EventActor]] | None:
    """"rebels exchanged gunfire with troops": the code of the fire exchanged,
    and every side as source and target; None for any other exchange."""
    if verb.lemma_.lower() not in _table()["reciprocal_verbs"]:
        return None
    fire = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _reciprocal()]
    if not fire:
        return None
    partners = _objects(verb, frozenset({"with"})) + _objects(fire[0], frozenset({"with"}))
    sides = [a for a in found if a.role == "source"] + [
        a for a in (_party(look, "source", t) for t in partners) if a is not None]
    if len(sides) < 2:
        return None
    rest = [a for a in found if a.role != "source" and not any(_covers(a, t)
                                                                  for t in partners + fire)]
    return _reciprocal()[fire[0].lower_], \
        sides + [a.model_copy(update={"role": "target"}) for a in sides] + rest


def _sides(look: _Lookup, noun: Token, found: list[EventActor]) -> list[EventActor]:
    """"clashes between police and protesters", "fighting erupted between X and Y": every
    side is a source and a target."""
    table = _table()
    if noun.lemma_.lower() not in table["clash_nouns"] and \
            noun.lower_ not in table["clash_nouns"]:
        return found
    sides = _objects(noun, table["sides_prepositions"])
    if not sides and noun.dep_ == "nsubj" and \
            noun.head.lemma_.lower() in table["occurrence_verbs"]:
        sides = _objects(noun.head, table["sides_prepositions"])
    parties = [a for a in (_party(look, "source", t) for t in sides) if a is not None]
    if len(parties) < 2:
        return found
    rest = [a for a in found if not any(_covers(a, t) for t in sides)]
    return parties + [a.model_copy(update={"role": "target"}) for a in parties] + rest


def _modifier_doer(look: _Lookup, noun: Token, found: list[EventActor]) -> list[EventActor]:
    """"a police raid", "student protests": the agent noun before the event noun is
    its doer, where the noun has none."""
    if any(a.role == "source" for a in found):
        return found
    doers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"
             and not c.ent_type_ and generic.noun_sectors(c)]
    actors = [a for a in (_party(look, "source", c) for c in doers) if a is not None]
    return actors + found


def capitalized_noun(token: Token) -> bool:
    """A noun of force, coercion or protest that opens a sentence and that the tagger read
    as a proper name ("Clashes erupted ...", "Protests spread ..."): an event noun all the
    same (event_nouns.yaml, with a code of ``doer_types``)."""
    if token.tag_ not in ("NNP", "NNPS") or token.ent_type_ or not token.is_sent_start \
            or not token.text[1:].islower():
        return False
    entry = next((e for w in (token.lower_, *generic.regular_singulars(token.lower_))
                  if (e := _nouns()[0].get(w))), {})
    return code(entry.get("cameo")).type in _table()["doer_types"]


def apply(look: _Lookup, triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    """Read the actors of the forms above into ``found`` (before events are coded)."""
    types = _table()["doer_types"]
    for t in triggers:
        kind = coding[t.i].type
        if t.pos_ == "VERB":
            exchanged = _exchanged(look, t, found[t.i])
            if exchanged is not None:
                coding[t.i], found[t.i] = code(exchanged[0]), exchanged[1]
            elif kind == "ASSAULT":
                found[t.i] = _bore_down(look, t, _aimed(look, t, found[t.i]))
                if not any(a.role == "source" for a in found[t.i]):
                    found[t.i] = _sides(look, t, found[t.i])  # "by fighting between X and Y"
            elif kind == "COERCE":
                found[t.i] = _bore_down(look, t, found[t.i])
        elif kind in types:
            found[t.i] = _modifier_doer(look, t, _sides(look, t, found[t.i]))


def prepare() -> None:
    """Load the table now (see :func:`wiretrace.pipeline.load`)."""
    _table()
    _reciprocal()
