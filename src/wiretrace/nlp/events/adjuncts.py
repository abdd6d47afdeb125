"""Doers named across an adjunct (docs/events.md, roles).  A passive without a "by" agent
whose adjunct "in" or "during" names an act of force has that act's doer as its own
source: "Morsi was ousted in a coup led by el-Sisi" (the coup's leader ousted him), "he
was killed in a gun battle with police" (the side he fought killed him).  A visit named in
an adjunct of a clause is the clause subject's: "Sanchez said during a visit to Beijing"."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import (
    NAMES,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    _coding_for,
    _infinitive,
    _party_word,
    _rules,
    coding_for,
    is_event_noun,
)
from .pressure import statement_noun

FORCE = {"ASSAULT", "COERCE"}


def adjunct_doers(verb: Token) -> list[Token]:
    """The heads of the doers of the act of force in a passive verb's adjunct ("in a coup
    led by X": X; "in a gun battle with police": police; "in an Israeli raid": Israeli),
    or none when the verb is no passive, has its agent, or the adjunct names no doer."""
    if verb.pos_ != "VERB" or not any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return []
    data = _rules()["adjunct_agents"]
    # "were threatened with economic consequences by China": the passive's "by" phrase,
    # which the parser hangs on the complement before it
    misplaced = [b for prep in verb.children if prep.dep_ == "prep"
                 for o in prep.children if o.dep_ == "pobj"
                 for by in o.children if by.dep_ == "prep" and by.lower_ == "by"
                 for b in by.children if b.dep_ == "pobj" and b.ent_type_ in NAMES]
    if misplaced:
        return misplaced
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in data["prepositions"]:
            continue
        for act in (o for o in prep.children if o.dep_ == "pobj"):
            if is_event_noun(act) and coding_for(act).type in FORCE:
                doers = _doers(act, data["fighting_nouns"])
                if doers:
                    return doers
    return []


def _doers(act: Token, fighting: frozenset[str]) -> list[Token]:
    """Who did an act named by a noun: the agent of a participle after it ("led by X",
    "carried out by X"), its "by" phrase, its national or named modifier or possessor;
    for a fight, the side it was "with" (the other side is the passive's subject)."""
    found = [p for c in act.children if c.dep_ == "acl" and c.tag_ == "VBN"
             for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    found += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj"]
    found += [c for c in act.children if c.dep_ in ("amod", "compound", "poss")
              and c.ent_type_ in NAMES]
    if act.lemma_.lower() in fighting:
        found += [p for c in act.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"]
    return found


def traveller(noun: Token) -> list[Token]:
    """The subject of the clause a visit noun is an adjunct of ("Sanchez said during a
    visit to Beijing": Sanchez), or a meeting noun one of a verb of communication
    ("leaders agreed at a summit"), when the visit names no doer of its own and the subject
    is a party or a pronoun; else none."""
    data = _rules()["adjunct_agents"]
    prep, verb = noun.head, noun.head.head
    lemma = noun.lemma_.lower()
    meeting = (lemma in data["meeting_nouns"] or noun.lower_ in data["meeting_nouns"]) and \
        prep.lower_ in data["meeting_prepositions"] and \
        verb.lemma_.lower() in data["meeting_verbs"]  # "agreed at a summit"
    if not meeting and (lemma not in data["travel_nouns"] or
                        prep.lower_ not in data["travel_prepositions"]):
        return []
    if noun.dep_ != "pobj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") or
           (c.dep_ in ("amod", "compound") and c.ent_type_ in NAMES) for c in noun.children):
        return []
    return [s for s in verb.children if s.dep_ in SUBJECTS and (
        _party_word(s) or s.pos_ == "PRON")]


def imposed_on(trigger: Token, prep: str) -> bool:
    """Whether a noun's 'on' phrase names whom its act is done to (plover_verbs.yaml
    `imposed_on`): a noun of force, coercion or sanction ("China's sanctions on
    Australia", "the crackdown on protesters")."""
    categories, prepositions, _ = _rules()["imposed_on"]
    return trigger.pos_ != "VERB" and prep in prepositions and \
        _coding_for(trigger).type in categories


def held_place(trigger: Token, obj: Token) -> bool:
    """Whether the object of a force noun's 'on' phrase is a place or property named by
    the party that holds it ("the army's attack on rebel camps", "strikes on Islamic State
    targets", "an assault on government buildings"; round 43): the noun's target, as the
    verb's object is ("attacked rebel camps"): PLOVER's ASSAULT is used on people, places
    and property (manual 3.16), and the prepositional complement of a deverbal noun keeps
    the verb's object (Quirk et al. 1985, 17.52; NomBank's ARG1 of attack.01).  Only a
    noun of force as the article reads it (not "attacks on her record", criticism), and
    only a common noun, no act, with a party as its modifier (a name, a group or role
    noun, a word of PETRARCH2's agent dictionary: generic.noun_sectors); not a possessor,
    which names whose act or quality it is as often ("attacks on Bill Clinton's scandals",
    "on Clinton's fitness": verbal attacks in 3 PolNeAR train articles).  "A ban on
    imports", "an attack on inflation" name no one."""
    from ..actors.agents import agent_sectors
    from ..actors.generic import noun_sectors

    return obj.pos_ == "NOUN" and not obj.ent_type_ and not is_event_noun(obj) and any(
        c.dep_ in ("compound", "amod", "nmod") and any(
            _party_word(w) or noun_sectors(w) or (w.pos_ == "ADJ" and agent_sectors(w.text))
            for w in c.subtree)  # "Islamic State targets", "rebel camps"
        for c in obj.children) and coding_for(trigger).type in _rules()["imposed_on"][2]


# Prepositions whose -ing complement is a subject-controlled adjunct of the clause
# ("After blasting the paper, Beck doubled down", "by reciting a passage"): its understood
# subject is the clause's subject (Quirk et al. 1985, 15.58; CGEL 14.5, a dangling
# participle is an error).  Written for wiretrace (round 17).
ADJUNCT_PREPOSITIONS = frozenset({"after", "before", "by", "while", "upon", "since"})


def adjunct_subject(trigger: Token) -> list[Token]:
    """The subjects of the clause an active -ing adjunct of criticism or threat with no
    subject of its own belongs to: a prepositional adjunct ("After criticizing X,
    the senator ..."), or a participle conjoined to such an adjunct or to a free
    participle of a request or an accusation ("spoke for an hour, criticizing - and
    threatening to sue - his rivals": coordinated verb phrases share their subject,
    Quirk et al. 13.53); else none."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        verb = verb.head
    if trigger.tag_ != "VBG" or verb.tag_ != "VBG" or any(
            c.dep_ in SUBJECTS | PASSIVE_SUBJECTS or c.dep_ == "auxpass"
            for c in (*trigger.children, *verb.children)) or not _verbal_attack(trigger):
        return []
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
            verb.head.lower_ in ADJUNCT_PREPOSITIONS:
        clause = verb.head.head
    elif verb is not trigger and verb.dep_ == "advcl" and \
            verb.lemma_.lower() in _rules()["participle_speech_acts"] and \
            coding_for(verb).type in ("REQUEST", "ACCUSE") and \
            speech_clause(verb.head):
        clause = verb.head  # the free participle's own rule (roles.py) gives it its source
    else:
        return []
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    # "after requesting him to ..., it was decided that": an expletive or a thing's 'it'
    # does not control the adjunct (the adjunct dangles)
    return [c for c in clause.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS
            and c.lower_ != "it"]


def _verbal_attack(verb: Token) -> bool:
    """A criticism or a threat ("After blasting X", "by threatening to sue"): only these;
    other adjuncts' verbs are often another sense ("after pushing out a new video").  A
    request was read too at first; its one event on a check set was a host's praise
    framed as urging ("began by crediting X and urging him to keep ..."), REQUEST judged
    wrong_type, and no dev set had a right one, so requests are left out (round 17)."""
    return coding_for(verb).type in ("ACCUSE", "THREATEN")


def speech_clause(verb: Token) -> bool:
    """Whether a free participle's clause is one of saying, whose subject makes the
    participle's request or accusation: a verb of saying (plover_verbs.yaml
    speech_content), or, round 29, a verb whose object is a statement (pressure.yaml
    statement_nouns: "sent a text message to his supporters, asking them not to
    protest", "released a statement Monday, calling for talks").  A participle after a
    statement is that statement's act whether the parser attaches it to the noun (as
    ``pressure.statement_participle`` reads it, "issued a declaration demanding") or,
    after a comma or an adjunct, to the verb: the attachment is ambiguous and the reading
    the same (the statement speaks for its author; Quirk et al. 1985, 17.101, 15.58)."""
    return verb.lemma_.lower() in _rules()["speech_content"] or any(
        c.dep_ == "dobj" and statement_noun(c) for c in verb.children)


def speech_act(trigger: Token) -> bool:
    """A request or an accusation whose free participle takes its clause's subject
    (plover_verbs.yaml participle_speech_acts), coded as such; or, round 29, a verb of
    asking that governs what is asked ("asking them not to stage protests": 'ask' is
    coded REQUEST only through the act it governs, plover_verbs.yaml governors.request,
    CAMEO 'ASK' 020, so its own coding is empty at this point)."""
    lemma = trigger.lemma_.lower()
    return lemma in _rules()["participle_speech_acts"] and (
        coding_for(trigger).type in ("REQUEST", "ACCUSE") or (
            _rules()["class"].get(lemma) == "request" and any(
                _infinitive(c) for c in trigger.children)))
