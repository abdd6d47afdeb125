"""Verbs and verb phrases of criticism that PETRARCH2's dictionary leaves uncoded or codes
as force, round 15 of issue 18 (data in criticism_verbs.yaml, with its sources): words of
judgment ("excoriated", "vilified"), colloquial verbs of force used of words on a party or
a policy ("slammed the proposal", "bashed Mexico"), phrases ("railed against", "lit into",
"hit out at", "went after Bush", "called out Trump") and 'question' of
what a party has or is; round 16: a colloquial verb with any object whose "as" complement
condemns ("slammed the hearings as a sham").  All are ACCUSE 'disapprove', CAMEO 111.
Round 17: the target of a verb of saying coded for its condemning clause is what the
clause condemns, not the audience (:func:`speech_targets`); the 'at' phrase of a phrasal
verb of criticism is its target (:func:`at_targets`).
Kept apart so that the rule can be read and removed alone; coding.coding_for asks
:func:`coding` for a verb the tables leave uncoded or code as force."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from .coding import NAMES, UNCODED, Coding, _party_word, _rules, phrase_objects
from .statements import _condemned, _condemning, _condemning_clause

PRONOUNS = {"him", "her", "them", "me", "us", "you", "it"}
OWNERS = {"his", "her", "their", "its"}


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("criticism_verbs.yaml")
    return {
        "coding": Coding(*data["coding"]),
        "verbs": frozenset(data["verbs"]),
        "object_verbs": frozenset(data["object_verbs"]),
        "policy": frozenset(data["policy_objects"]),
        "phrases": {lemma: (frozenset(v.get("particles") or ()),
                            frozenset(v.get("prepositions") or ()), v["objects"])
                    for lemma, v in data["phrases"].items()},
        "questioning": frozenset(data["questioning"]),
    }


def prepare() -> None:
    _data()


def coding(token: Token, found: Coding) -> Coding | None:
    """ACCUSE 111 where a verb uncoded, or coded as force, criticizes (see the module);
    None where this rule has nothing to say."""
    if token.pos_ != "VERB":
        return None
    data = _data()
    lemma = token.lemma_.lower()
    if found.type == "REQUEST" and lemma in data["phrases"] and data["phrases"][lemma][0] \
            and any(c.dep_ == "prt" and c.lower_ in data["phrases"][lemma][0]
                    for c in token.children):
        found = UNCODED  # "called him out for his reliance on ...": criticism for a reason,
        # not the request of "called for" (round 17)
    if found.type not in (None, "ASSAULT"):
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in data["verbs"] and found.type is None and (
            objects or any(c.dep_ == "agent" for c in token.children)):
        return data["coding"]  # "excoriated the administration's handling"
    if lemma in data["object_verbs"] and objects and not with_instrument(token) and (any(
            _criticized(o, data) for o in objects) or _condemning(
            token, _rules()["condemnations"][1])):
        # "slammed the proposal", "blasted Trump's tax plan"; whatever the object, when
        # what it is called condemns it: "slammed the hearings as a sham" (PETRARCH2's
        # SLAM * (AS UNACCEPTABLE) 111; plover_verbs.yaml condemnations)
        return data["coding"]
    if lemma in data["phrases"]:
        particles, preps, kind = data["phrases"][lemma]
        if (not particles or any(c.dep_ == "prt" and c.lower_ in particles
                                 for c in token.children)) and (
                _phrase_object(token, preps, kind, data) or (
                    not preps and any(c.dep_ in ("dobj", "oprd") and _fits(c, kind, data)
                                      for c in token.children))):
            return data["coding"]  # "railed against Schengen", "called out Trump"
    if lemma in data["questioning"] and found.type is None and _questioned(token, objects):
        return data["coding"]  # "questioned Clinton's judgment"
    return None


def with_instrument(verb: Token) -> bool:
    """A 'with' phrase naming an instrument of force ("bashed him with a bat"; plover_verbs.yaml
    force_instruments): the verb is force, not words (also campaign._person_on_person)."""
    instruments = _rules()["force_instruments"]
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in instruments or o.lower_ in instruments)
        for o in p.children) for p in verb.children)


def _party(token: Token) -> bool:
    return _party_word(token) or token.pos_ == "PROPN" or token.lower_ in PRONOUNS - {"it"}


def _criticized(obj: Token, data: dict) -> bool:
    """A party, a policy, decision or statement, or a thing a named party has."""
    if _party(obj) or obj.lemma_.lower() in data["policy"] or obj.lower_ in data["policy"] \
            or obj.lemma_.lower() in _rules()["unassailable"]:
        return True
    return any(c.dep_ == "poss" and (c.ent_type_ in NAMES or c.pos_ == "PROPN")
               for c in obj.children)


def _fits(obj: Token, kind: str, data: dict) -> bool:
    if kind == "any":
        return True
    if kind == "named":
        # a person's pronoun as well ("called him out"; round 17), not "them" (troops)
        return obj.ent_type_ in NAMES or (obj.pos_ == "PROPN" and not obj.ent_type_) or \
            obj.lower_ in ("him", "her")
    return _criticized(obj, data)


def _phrase_object(verb: Token, preps: frozenset[str], kind: str, data: dict) -> bool:
    """The verb has one of the prepositions with an object that fits."""
    return any(_fits(o, kind, data) for o in phrase_objects(verb, preps))


def _questioned(verb: Token, objects: list[Token]) -> bool:
    """'question' of what a party has ("Clinton's judgment", "the governor's credentials",
    not a person: "questioned the suspect") or of whether a party is or does something."""
    for o in objects:
        if not _party(o) and any(c.dep_ == "poss" and (_party(c) or c.lower_ in OWNERS)
                                 for c in o.children):
            return True
    for c in verb.children:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                     for m in c.children):
            return any(s.dep_ in ("nsubj", "nsubjpass") and _party(s) for s in c.children)
    return False


def targets(look, triggers: list[Token], coding: dict[int, Coding],
            found: dict[int, list[EventActor]]) -> None:
    """The targets of criticism the argument finder misses or mistakes (round 17):
    :func:`speech_targets` and :func:`at_targets`."""
    speech_targets(look, triggers, coding, found)
    at_targets(look, triggers, coding, found)


def at_targets(look, triggers: list[Token], coding: dict[int, Coding],
               found: dict[int, list[EventActor]]) -> None:
    """The 'at' phrase of a phrasal verb of criticism names whom it criticizes ("lashed
    out at Turkey", "fired back at Christie", "hit out at Trump", "railed at the EU";
    PETRARCH2's LASH * OUT 111): a verb coded ACCUSE with the particle 'out' or 'back', or
    one whose phrase in criticism_verbs.yaml takes 'at'.  Only the first 'at' phrase after
    the verb, and only a party or what can be criticized (:func:`_criticized`): a later
    one is where it was said ("lashed out at Turkey at a rally").  Other verbs' 'at'
    phrases are places ("criticized the plan at the United Nations")."""
    from .roles import _actor

    phrases = _data()["phrases"]
    for verb in triggers:
        if verb.pos_ != "VERB" or coding[verb.i].type != "ACCUSE" or not (
                any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back")
                    for c in verb.children)
                or "at" in phrases.get(verb.lemma_.lower(), ((), ()))[1]):
            continue
        mine = found[verb.i]
        data = _data()
        for head in sorted((o for o in phrase_objects(verb, ("at",)) if o.i > verb.i),
                           key=lambda o: o.i)[:1]:
            for t in (head, *head.conjuncts):
                if not _criticized(t, data):
                    continue  # "lashed out at a rally": where, not whom
                actor = _actor(look, "target", t)
                if actor is not None and not any(a.role == "target" and a.start == actor.start
                                                  for a in mine):
                    mine = [*mine, actor]
        found[verb.i] = mine


def speech_targets(look, triggers: list[Token], coding: dict[int, Coding],
                   found: dict[int, list[EventActor]]) -> None:
    """A verb of saying coded ACCUSE for its that-clause ("told lawmakers that Trump's
    request was inappropriate"; plover_verbs.yaml condemning_speech): the clause's subject
    is what is condemned, so the target is that subject when it is a party, else the
    party that has it ("Trump's request": Trump), else none ("the call"); the audience
    ("lawmakers", the verb's object) hears the criticism and is no target (round 17)."""
    from .roles import _actor  # roles imports the coding tables this module reads

    rules = _rules()
    words = rules["condemnations"][1]
    for verb in triggers:
        if verb.pos_ != "VERB" or coding[verb.i].type != "ACCUSE" or \
                verb.lemma_.lower() not in rules["condemning_speech"] or \
                not _condemning_clause(verb, words):
            continue
        heads = [_condemned_party(c) for c in verb.children if c.dep_ == "ccomp"]
        audience = [o for o in verb.children if o.dep_ in ("dobj", "dative")]
        mine = [a for a in found[verb.i] if not (a.role == "target" and any(
            a.start <= o.idx < a.end for o in audience))]
        for head in (h for h in heads if h is not None):
            actor = _actor(look, "target", head)
            if actor is not None and not any(a.role == "target" and a.start == actor.start
                                              for a in mine):
                mine.append(actor)
        found[verb.i] = mine


def _condemned_party(clause: Token) -> Token | None:
    """The party a condemning clause is about: its subject when a party, else the
    subject's possessor when a party ("Trump's request was inappropriate": Trump)."""
    words = _rules()["condemnations"][1]
    if not any(_condemned(t, words) for c in clause.children if c.dep_ in ("acomp", "attr")
               for t in (c, *c.conjuncts)) and not any(
            c.dep_ == "conj" and _condemned(c, words) for c in clause.children):
        return None
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "csubj")):
        if _party(subject):
            return subject
        return next((c for c in subject.children if c.dep_ == "poss" and _party(c)), None)
    return None
