"""Generic and habitual statements are no events (event_readings.yaml `frequency_adverbs`,
with its sources; docs/events.md, "Generic and habitual statements"): a verbal act in the
simple present with an adverb of frequency ("China regularly condemns the visits", "Iran
rarely criticizes Moscow") states a habit, a verb in the simple present whose subject is a
bare plural with no name ("governments accuse journalists of spying") states a general
truth, and a that-clause condemning any or every act of a kind ("said every attack on
civilians is a war crime") accuses no one; none reports an act that took place.  Since
round 36 (U6 of docs/judgments/CONVENTIONS.md) the habit of a material act is no event
either ("regularly attack", "coordinates ... on a regular basis", "when attacked" under
"regularly escape", "under near-constant attack"); a material act with no mark of
frequency stays an event ("al-Shabab targets government buildings")."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import NAMES, UNCODED, Coding, _rules
from .nonactors import _actor_word, _things
from .readings import _data
from .stances import fragment

SIMPLE_PRESENT = ("VBZ", "VBP")


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present, with no auxiliary (not "has attacked", "is meeting"),
    outside a headline fragment (headlines report past events in the present)."""
    return verb.pos_ == "VERB" and verb.tag_ in SIMPLE_PRESENT and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and not fragment(verb.sent)


def _frequency_adverb(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _data()["frequency_adverbs"]
               for c in verb.children)


def habitual(verb: Token, type_: str | None) -> bool:
    """A coded act in the simple present with an adverb of frequency: a habit (Quirk et al.
    1985, 4.20 habitual present).  Round 16 read verbal acts only; since round 35's U6
    (docs/judgments/CONVENTIONS.md) a habitual material act is no event either.  Round 44:
    in any tense with an adverb of usual occurrence (:func:`_habit_adverb`)."""
    return bool(type_) and (_simple_present(verb) and _frequency_adverb(verb) or
                            _habit_adverb(verb))


def _habit_adverb(verb: Token) -> bool:
    """Round 44: an adverb of usual or customary occurrence on a verb in any tense
    ("generally supported", "had historically resisted"; event_readings.yaml
    `habit_adverbs_any_tense`), outside a headline fragment."""
    return not fragment(verb.sent) and any(
        c.dep_ == "advmod" and c.lower_ in _data()["habit_adverbs_any_tense"]
        for c in verb.children)


def frequency_phrase(verb: Token) -> bool:
    """A verb, in any tense, with a phrase of indefinite frequency: "on a regular basis"
    and "around the clock" hung on the verb itself, "24/7" anywhere in its clause (wherever
    the parser hangs it); Quirk et al. 1985, 8.64: such an adverbial makes a dynamic verb
    habitual (U6)."""
    data = _data()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and any(
                o.dep_ == "pobj" and o.lemma_.lower() == "basis" and any(
                    a.dep_ == "amod" and a.lower_ in data["frequency_adjectives"]
                    for a in o.children) for o in c.children):
            return True
        if c.dep_ in ("prep", "advmod") and c.lower_ in data["frequency_clock"] and any(
                o.lower_ == "clock" for o in c.children):
            return True
    return any(t.lower_ in data["frequency_tokens"] for t in _own_clause(verb))


def _own_clause(verb: Token) -> list[Token]:
    """The tokens of a verb's clause, without the clauses hung on it."""
    out, stack = [], [verb]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in (
            "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj") and not (
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return out


def habitual_when(verb: Token) -> bool:
    """A verb in a 'when' or 'whenever' clause hung on a verb with an adverb of frequency
    ("they regularly escape to Cameroon when attacked by government forces"): the clause
    tells what happens each time the habit recurs (Quirk et al. 1985, 15.25; U6)."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _data()["generic_when"]
        for c in verb.children if c.i < verb.i) and _frequency_adverb(verb.head)


def frequent_noun(noun: Token) -> bool:
    """An event noun with an adjective of indefinite frequency and no doer ("under
    near-constant attack", "frequent raids"): many acts summed, by no one named, no one
    act (U6).  With its doer named ("regular attacks by anti-Balaka militias", "Russia's
    frequent raids") it is the ongoing campaign of an actor, which U6 keeps."""
    if noun.pos_ != "NOUN" or not any(
            c.dep_ == "amod" and c.lower_ in _data()["frequency_adjectives"]
            for c in noun.children):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or (
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in NAMES)
        for c in noun.children)


def generic(verb: Token) -> bool:
    """A verb in the simple present whose every subject is a bare plural common noun:
    no determiner, possessor, number or name ("governments accuse journalists", "police
    arrest protesters who block the road"), a kind, not a party that acted (Krifka et al.
    1995, characterizing sentences)."""
    if not _simple_present(verb):
        return False
    subjects = [t for s in verb.children if s.dep_ == "nsubj" for t in (s, *s.conjuncts)]
    return bool(subjects) and all(_bare_plural(s) for s in subjects)


def general_verdict(verb: Token, type_: str | None) -> bool:
    """An accusation read from a that-clause that condemns a kind, not an act: its subject
    is quantified by any, every or all ("said every attack on civilians is a war crime",
    "warned that any strike would be illegal"): a general judgement, no one accused
    (plover_verbs.yaml stance_verbs.generic quantifiers; Krifka et al. 1995)."""
    if type_ != "ACCUSE":
        return False
    quantifiers = _rules()["generic_stance"][0]
    return any(c.dep_ == "ccomp" and c.lemma_ == "be" and any(
        s.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ in ("det", "predet") and d.lower_ in quantifiers for d in s.children)
        for s in c.children) for c in verb.children)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a trigger is in: the trigger itself, or the verb a noun
    trigger is the subject or object of ("slaps tariffs on goods" -> slaps)."""
    node = token
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "prep") or \
                node.head.i == node.i:
            return None
        node = node.head
    return None


PRESENT_BE = frozenset({"am", "is", "are", "'m", "'s", "'re", "’m", "’s", "’re"})


def _present_clause(verb: Token) -> bool:
    """A verb (or 'be') in the simple present with no auxiliary: no modal, no 'will'.
    Round 40: or a participle whose only auxiliary is a present 'be' ("I'm deeply
    offended when he fails to honor ...": the simple present of a passive or of an
    adjectival participle, Quirk et al. 1985, 3.74-3.78)."""
    if verb.pos_ == "VERB" and verb.tag_ == "VBN":
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in PRESENT_BE
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in SIMPLE_PRESENT and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _when_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _data()["generic_when"]
        for c in verb.children if c.i < verb.i)


def generic_when(token: Token) -> bool:
    """A trigger in a sentence that states what happens whenever something happens: a
    'when' or 'whenever' clause in the simple present hanging on a main clause in the
    simple present ("When a state imposes tariffs, its own consumers pay them", "Whenever
    the ministry protests, the embassy replies"): a general truth or a habit, not an act
    that took place (Quirk et al. 1985, 15.25: 'when' of general present time, close to
    conditional 'if'; the judges' C10). Either clause's triggers are uncoded; a main
    clause with 'will' (future reference) or in the past is left alone, and so are
    headline fragments."""
    verb = _clause_verb(token)
    if verb is None or fragment(verb.sent) or not _present_clause(verb):
        return False
    if _when_clause(verb):
        return _present_clause(verb.head)
    return any(_when_clause(c) and _present_clause(c) for c in verb.children)


def thing_state(verb: Token) -> bool:
    """Round 37: a coded verb in the simple present whose every subject is a common noun
    that names no one ("the camps shelter 410,000 refugees", "the protests degrade the
    party's claim", "the new rules undermine the right"): a property of a thing, told in
    the state present (Quirk et al. 1985, 4.20), not an act of an actor (PLOVER's source
    is an actor, manual ch. 2).  A document speaks for its author ("the report accuses")
    and a weapon for its user; both stay."""
    if not _simple_present(verb):
        return False
    subjects = [s for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    data = _things()
    return bool(subjects) and all(
        s.pos_ == "NOUN" and not _actor_word(s) and
        not {s.lower_, s.lemma_.lower()} & (data["documents"] | data["weapons"])
        for s in subjects)


def _bare_plural(noun: Token) -> bool:
    if noun.tag_ != "NNS" or noun.ent_type_ in NAMES:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet", "appos") or
                   c.ent_type_ in NAMES for c in noun.children)


def apply(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Uncode the coded verbs that state a habit or a general truth, and the triggers of a
    generic 'when' sentence."""
    for t in triggers:
        type_ = coding[t.i].type
        if type_ and t.pos_ == "VERB" and (habitual(t, type_) or generic(t) or
                                           general_verdict(t, type_) or
                                           frequency_phrase(t) or habitual_when(t) or
                                           thing_state(t)):
            coding[t.i] = UNCODED
        elif type_ and frequent_noun(t):
            coding[t.i] = UNCODED
        elif type_ and generic_when(t):
            coding[t.i] = UNCODED
