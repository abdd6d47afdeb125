"""States and aggregates told with a coded verb (round 38, issue 18; data/aspect.yaml;
docs/events.md, "Round 38: states and aggregates"): a verb of attitude in any tense ("the
Clintons preferred the Dominican Republic"; Quirk et al. 1985, 4.28), a verb with an
adjunct of indefinite duration ("supported the cuts for years", "have been fighting about
Obama ever since he entered office"; Quirk et al. 1985, 8.55-8.62, CGEL ch. 3 5.2) and a
verb whose object is a comparative of quantity ("has deported more people than any other
president"; U6 of docs/judgments/CONVENTIONS.md) hold a state or sum many acts over a term:
none reports one act that took place."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from .coding import NAMES, UNCODED, Coding, is_event_noun
from .nonactors import _actor_word


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in load_yaml("aspect.yaml").items()
            if key != "condition_verbs"}


@lru_cache(maxsize=1)
def _condition_verbs() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_yaml("aspect.yaml")["condition_verbs"].items()}


def prepare() -> None:
    _data()
    _condition_verbs()


def _indefinite_span(noun: Token, data: dict[str, frozenset[str]], need_modifier: bool) -> bool:
    """A plural time noun with no number ("years", "recent years", "the past decades"),
    and no 'of' phrase ("called for years of austerity" asks for the years); with a
    modifier (after 'in', 'over', 'throughout') not one that looks ahead ("will visit in
    the coming months" places one act in a window)."""
    if noun.lower_ not in data["duration_nouns"] or any(
            c.dep_ == "nummod" or c.like_num or (c.dep_ == "prep" and c.lower_ == "of")
            or (need_modifier and c.lower_ in data["forward_modifiers"])
            for c in noun.children):
        return False
    return not need_modifier or any(c.lower_ in data["duration_modifiers"]
                                    for c in noun.children)


def indefinite_duration(verb: Token) -> bool:
    """An adjunct of indefinite duration hung on the verb itself: "for years", "over the
    years", "in recent years", "ever since he entered office" (not one inside a relative
    clause or an object: "a dynasty that defined Republicanism for decades, has clashed")."""
    data = _data()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in data["duration_prepositions"] and any(
                o.dep_ == "pobj" and _indefinite_span(o, data, c.lower_ != "for")
                for o in c.children):
            return True
        if c.i > verb.i and c.dep_ in ("advcl", "prep", "advmod") and (
                c.lower_ == "since" or any(m.lower_ == "since" for m in c.children
                                           if m.dep_ in ("mark", "prep"))) and any(
                e.lower_ == "ever" for e in (*c.children, *verb.children)
                if e.dep_ == "advmod" and e.i < max(c.i, *(m.i for m in c.children))):
            return True
    return False


def comparative_object(verb: Token) -> bool:
    """The verb's object is a comparative of quantity with 'than' ("deported more people
    than any other president", "shares more with X than a slogan"): a sum or a likeness."""
    words = _data()["comparative_quantities"]
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        quantity = o if o.lower_ in words else next(
            (a for a in o.children if a.dep_ == "amod" and a.lower_ in words), None)
        if quantity is not None and any(
                p.dep_ == "prep" and p.lower_ == "than"
                for x in (o, verb) for p in x.children):
            return True
    return False


def attitude(verb: Token) -> bool:
    """A verb of attitude, stative in every tense ("preferred", "respected a lot of
    things"); 'respect' for an agreement, a law or a right is compliance and stays."""
    data = _data()
    lemma = verb.lemma_.lower()
    if lemma not in data["attitude_verbs"]:
        return False
    return lemma not in data["compliance_verbs"] or not any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in data["compliance_objects"]
        for o in verb.children)


_FREE_RELATIVES = frozenset({"what", "whatever"})


def _party_noun(noun: Token, acts: bool) -> bool:
    """A noun that names a party ("Trump", "the administration's failure", "the decision
    of Kenya") or, where ``acts``, an act ("the crackdown", "illegal immigration").  A name
    as a compound names the party of a lament ("the Obama policies"), not of a risk or a
    meeting ("voter fatigue with Trump": "Trump fatigue" is a state)."""
    if noun.lower_ in _FREE_RELATIVES or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "confronted what may have been ...": a thing; "on Monday"
    if _actor_word(noun) or (acts and is_event_noun(noun)):
        return True
    for c in noun.children:
        if c.dep_ == "poss" and _actor_word(c):
            return True  # "the administration's failure"
        if c.dep_ == "compound" and _actor_word(c) and (
                acts or c.ent_type_ not in NAMES and c.pos_ != "PROPN"):
            return True  # "the Obama policies" (a lament), "the party leadership"
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and any(
                o.dep_ == "pobj" and _actor_word(o) for o in c.children):
            return True  # "the decision of Kenya"
    return False


def _clause_party(clause: Token, acts: bool) -> bool:
    """A finite clause with its own subject that names someone ("lamented that the danger
    came from Trump's ability"); a subjectless -ing or to-clause is the subject's own
    doing (Quirk et al. 1985, 16.41: "laments hosting the migrants")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or all(s.lower_ in _FREE_RELATIVES for s in subjects):
        return False
    return any(w.ent_type_ in NAMES or w.tag_ in ("PRP", "PRP$") and w.lower_ not in (
        "it", "its") or w.pos_ == "NOUN" and _party_noun(w, acts) for w in clause.subtree)


def condition_lamented(verb: Token, type_: str | None) -> bool:
    """A lament (CAMEO's LAMENT block, 'bemoan'), a 'confront' (MEET_PEOPLE) or a 'risk'
    (ENDANGER) whose complement names no party (nor, for a lament, an act): "bemoaned the
    current political climate", "confronts an urgent decision", "risked prolonging the
    fight" (aspect.yaml `condition_verbs`).  A phrase put before the verb is a setting,
    not what is lamented or met ("With X's exit, the party confronts ...")."""
    lemmas = _condition_verbs().get(type_ or "")
    if not lemmas or verb.lemma_.lower() not in lemmas:
        return False
    acts = type_ == "ACCUSE"
    preps = _data()["condition_prepositions"]
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            if _party_noun(c, acts):
                return False
        elif c.dep_ in ("ccomp", "dobj") and _clause_party(c, acts):
            return False
        elif c.dep_ == "prep" and c.i > verb.i and c.lower_ in preps and any(
                o.dep_ == "pobj" and _party_noun(o, acts) for o in c.children):
            return False
    return True


def apply(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode the coded verbs that hold an attitude, sum acts over a term, or lament or face
    a state of affairs."""
    for t in triggers:
        if coding[t.i].type and t.pos_ == "VERB" and (
                attitude(t) or indefinite_duration(t) or comparative_object(t)
                or condition_lamented(t, coding[t.i].type)):
            coding[t.i] = UNCODED
