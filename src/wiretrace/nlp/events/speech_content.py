"""A neutral verb of saying typed by the grammar of what it reports, round 29 of issue 18
(branch h-ev29c; data and sources in speech_content.yaml): a threat whose content is the
speaker's own harmful act under a modal of possibility ("Beijing hinted that it could
retaliate with tariffs": THREATEN on 'hinted', the act's target its target), and praise or
disapproval by a predicate of a party ("said Clinton would be an excellent president":
SUPPORT 'praise'; "said Trump was a failure": ACCUSE 'disapprove'; on 'said', the clause's
subject its target).  Requests ("X must do Y") and threats in the future
("said it would retaliate") keep their readings on the content verb (assertion.py,
pressure.py), condemnations theirs on the verb of saying (statements._condemning_clause).
Kept apart so that the rules can be read and removed alone: coding.coding_for asks
:func:`coding`, coder.annotate asks :func:`targets`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from .coding import SUBJECTS, UNCODED, Coding, _party_word, _rules


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("speech_content.yaml")
    return {
        "threat_verbs": frozenset(data["threat_verbs"]),
        "possible": frozenset(data["possible_modals"]),
        "threat": Coding(*data["threat"]["coding"]),
        "praise_words": frozenset(data["praise_words"]),
        "praise": Coding(*data["praise"]["coding"]),
        "disapproval_words": frozenset(data["disapproval_words"]),
        "disapproval": Coding(*data["disapproval"]["coding"]),
        "evaluation_verbs": frozenset(data["evaluation_verbs"]),
        "semimodals": frozenset(data["obligation_semimodals"]),
        "own": frozenset(load_yaml("pressure.yaml")["said_intents"]["own_subjects"]),
        "nouns": frozenset(load_yaml("pressure.yaml")["conditional_threats"]["nouns"]),
        "undergoers": frozenset(data["charged_acts"]["undergoers"]),
        "failing": frozenset(data["charged_acts"]["failing"]),
        "of_pronouns": frozenset(data["spoken_of"]["pronouns"]),
    }


def prepare() -> None:
    from . import calling

    _data()
    calling.prepare()


def _speakers(verb: Token) -> list[Token]:
    """The verb's subjects, or for a participle with none its clause's ("..., indicating
    that ..."; Quirk et al. 1985, 15.58)."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def _clauses(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]


def _aux(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "aux"}


def _negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in clause.children)


def _harm(act: Token) -> Coding | None:
    """The THREATEN an act's stated intent is (plover_verbs.yaml intent), or None."""
    from .coding import coding_for

    found = coding_for(act)
    intent = _rules()["intent"].get(found.type) if found.type else None
    return intent if intent is not None and intent.type == "THREATEN" else None


def threat_act(verb: Token) -> Token | None:
    """The harmful act a neutral verb of saying states as the speaker's own possibility
    ("hinted that it could retaliate", "said it might impose sanctions"), or None."""
    data = _data()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in data["threat_verbs"]:
        return None
    speakers = _speakers(verb)
    if not speakers:
        return None
    for clause in _clauses(verb):
        if not _aux(clause) & data["possible"] or _negated(clause) or any(
                c.dep_ == "auxpass" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or not (subjects[0].lower_ in data["own"] or any(
                subjects[0].lemma_.lower() == s.lemma_.lower() for s in speakers)):
            continue  # "experts said China could retaliate": a prediction
        for act in _acts(clause):
            if _harm(act) is not None or act.lower_ in data["nouns"]:
                return act
    return None


def _acts(clause: Token) -> list[Token]:
    """The clause's verb, its objects and what it is done with ("could impose sanctions",
    "could retaliate with tariffs")."""
    return [clause, *[o for o in clause.children if o.dep_ == "dobj"],
            *[o for p in clause.children if p.dep_ == "prep" and p.lower_ == "with"
              for o in p.children if o.dep_ == "pobj"]]


# generic reference: "any president would have to ..." names no party (Quirk et al. 1985,
# 5.52-5.59: a / any / every / each with a singular noun refers to the class)
GENERIC = frozenset({"any", "every", "each", "a", "an", "no"})


def _party(token: Token) -> bool:
    if any(c.dep_ == "det" and c.lower_ in GENERIC for c in token.children):
        return False
    return _party_word(token) or (token.pos_ == "PROPN" and token.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP")) or token.lower_ in ("he", "she", "they")


def _judging(word: Token, words: frozenset[str]) -> bool:
    forms = {word.lower_, word.lemma_.lower()}
    forms |= {f"{c.lower_} {f}" for c in word.children if c.dep_ == "compound"
              for f in tuple(forms)}
    return bool(forms & words) or (word.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in words for c in word.children))


def evaluated(verb: Token) -> tuple[Token, Coding] | None:
    """The party a verb of saying's that-clause praises or disapproves of by its predicate
    ("said Clinton would be an excellent president", "said Trump was a failure") and the
    coding, or None."""
    data = _data()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in (
            _rules()["condemning_speech"] | data["evaluation_verbs"]):
        return None
    for clause in _clauses(verb):
        if clause.lemma_ != "be" and (party := _charged(verb, clause)) is not None:
            return party, data["disapproval"]
        if clause.lemma_ != "be" or _negated(clause) or _aux(clause) & data["possible"]:
            continue
        subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
        if len(subjects) != 1 or not _party(subjects[0]):
            continue
        heads = [t for h in clause.children if h.dep_ in ("acomp", "attr")
                 for t in (h, *h.conjuncts)]
        for words, kind in (("praise_words", "praise"),
                            ("disapproval_words", "disapproval")):
            if any(_judging(t, data[words]) for t in heads):
                return subjects[0], data[kind]
    return None


CONDITIONS = frozenset({"if", "whether", "unless"})


def _doer(clause: Token) -> Token | None:
    """The party that does the clause's act: its active subject, or the subject's named
    owner ("Obama's policy had hurt ...")."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
        return None
    subject = subjects[0]
    if _party(subject):
        return subject
    owners = [c for c in subject.children if c.dep_ == "poss" and _party(c)]
    return owners[0] if owners else None


def _charged(verb: Token, clause: Token) -> Token | None:
    """The party a verb of saying's that-clause charges with a deed the VADER lexicon
    rates at least the floor below neutral ("said Mr. Trump had disrespected American
    troops", "said Mr. Cameron had failed to personalize their campaign"; speech_content.yaml
    `charged_acts`), or None: not a verb of feeling or suffering, no passive, negation,
    modal, habit, question or condition, no code of its own, not the speaker's own deed."""
    from . import calling
    from .coding import coding_for
    from .generics import _simple_present

    data, naming = _data(), calling._data()
    if clause.pos_ != "VERB" or clause.lemma_.lower() in data["undergoers"]:
        return None
    value = calling._valence(clause, naming["valence"])
    if value is None or value > -naming["floor"]:
        return None
    if _negated(clause) or _simple_present(clause) or any(
            c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "aux" and (
                c.tag_ == "MD" or c.lower_ == "to")) or (
                c.dep_ == "mark" and c.lower_ in CONDITIONS) for c in clause.children):
        return None
    if clause.sent.text.rstrip().rstrip("'\"”’ ").endswith("?"):
        return None
    if clause.lemma_.lower() not in data["failing"] and coding_for(clause).type is not None:
        return None
    doer = _doer(clause)
    speakers = _speakers(verb)
    if doer is None or not speakers or any(
            doer.lemma_.lower() == s.lemma_.lower() for s in speakers):
        return None
    return doer


def spoken_of(verb: Token, party: Token) -> Token:
    """The party a verb of saying says its words 'of' ("''He's a great gentleman,'' the
    developer said of Mr. Clinton": Mr. Clinton) where the evaluated party is a personal
    pronoun of the third person; else the party itself (speech_content.yaml `spoken_of`)."""
    data = _data()
    if party.lower_ not in data["of_pronouns"]:
        return party
    topics = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" and _party(o)]
    return topics[0] if len(topics) == 1 else party


def coding(token: Token, found: Coding) -> Coding | None:
    """THREATEN or SUPPORT for an uncoded verb of saying by what it reports (see the
    module); None where these rules have nothing to say."""
    if found.type is not None or token.pos_ != "VERB":
        return None
    if threat_act(token) is not None:
        return _data()["threat"]
    found = evaluated(token)
    return found[1] if found is not None else None


def targets(look, triggers: list[Token], coding: dict[int, Coding],
            found: dict[int, list[EventActor]]) -> None:
    """The threat's target is its act's ("sanctions on Lithuania": Lithuania); the
    evaluation's the clause's subject.  An evaluation of the speaker, or of no party the
    coder can name, is no event (self-praise endorses nobody)."""
    from .roles import _actor  # roles imports the coding tables this module reads

    data = _data()
    for verb in triggers:
        kind = coding[verb.i]
        if kind == data["threat"] and (act := threat_act(verb)) is not None:
            mine = [a for a in found[verb.i] if a.role == "source"]
            acts = [act, *_acts(act)] if act.pos_ == "VERB" else [act, act.head]
            aimed = [a.model_copy(update={"role": "target"}) for x in acts
                     for a in found.get(x.i, []) if a.role == "target"
                     and (a.entity_id or a.sector) and not any(
                         a.start <= y.idx < a.end for y in acts)]
            found[verb.i] = mine + [a for a in aimed if not any(
                b.start == a.start for b in mine)]
        elif kind in (data["praise"], data["disapproval"]) and \
                (hit := evaluated(verb)) is not None and hit[1] == kind:
            party = spoken_of(verb, hit[0])
            mine = [a for a in found[verb.i] if a.role == "source"]
            actor = _actor(look, "target", party)
            if actor is None or not (actor.entity_id or actor.sector) or any(
                    a.entity_id and a.entity_id == actor.entity_id for a in mine):
                coding[verb.i] = UNCODED
                continue
            found[verb.i] = mine + [actor]


def _obliged(act: Token) -> tuple[Token, Token] | None:
    """For the act after a semi-modal of obligation in a verb of saying's clause ("told
    the officials they would need to deliver"), the verb of saying and the one obliged."""
    from .assertion import FIRST_PERSON

    semi = act.head
    if act.pos_ != "VERB" or act.dep_ != "xcomp" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in act.children) or \
            any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children):
        return None
    if semi.lemma_.lower() not in _data()["semimodals"] or semi.dep_ != "ccomp" or \
            _negated(semi) or semi.head.pos_ != "VERB":
        return None
    said_ = semi.head
    speakers = [c for c in said_.children if c.dep_ in SUBJECTS]
    subjects = [c for c in semi.children if c.dep_ == "nsubj"]
    if not speakers or not subjects:
        return None
    who = subjects[0]
    if who.lower_ in FIRST_PERSON or who.lemma_.lower() == speakers[0].lemma_.lower():
        return None
    if who.pos_ == "PRON":  # "told the officials they would need to": the addressee
        heard = [c for c in said_.children if c.dep_ in ("dobj", "dative")]
        return (said_, heard[0]) if heard and who.lower_ in ("they", "you") else None
    if not _party(who):
        return None
    return said_, who


def obligations(look, triggers: list[Token], coding: dict[int, Coding],
                found: dict[int, list[EventActor]]) -> dict[int, Token]:
    """REQUEST for the act after 'have to' / 'need to' in what a speaker says (see
    :func:`_obliged`); returns each such trigger with the verb of saying whose factuality
    it takes."""
    from .assertion import _mode_for
    from .roles import _actor

    stated: dict[int, Token] = {}
    for act in triggers:
        hit = _obliged(act)
        if hit is None or coding[act.i].type in ("REQUEST", "THREATEN"):
            continue
        said_, who = hit
        speakers = [a.model_copy(update={"role": "source"}) for a in found.get(said_.i, [])
                    if a.role == "source"]
        if not speakers:
            continue
        target = _actor(look, "target", who)
        coding[act.i] = Coding("REQUEST", _mode_for(coding[act.i]), "100")
        found[act.i] = speakers + ([target] if target is not None else []) + [
            a for a in found[act.i] if a.role not in ("source", "target")]
        stated[act.i] = said_
    return stated
