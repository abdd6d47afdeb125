"""Demands, rejections and threats by construction, round 16 of issue 18 (data in
pressure.yaml, with its sources): an accusation called false ("called the charges
absurd"), an ultimatum ("gave Peru until Friday to free the sailors"), an offhand
dismissal ("brushed off the criticism"), a request made in a statement ("issued a declaration
demanding"), a threat or refusal stated in the future ("said it would
retaliate") and a conditional threat ("said sanctions could come if ..."), made when
said.  Kept apart so that the rules can be read and removed alone: coding.coding_for asks
:func:`coding`, assertion asks :func:`governs` (the content of an ultimatum)
and :func:`judged`, and coder.annotate asks :func:`statement_sources`,
:func:`conditional_threats` and :func:`said` (whose factuality a stated threat takes)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...dates.words import word_set
from ...lexicon import load_yaml
from .coding import SUBJECTS, Coding, _called_party, _infinitive, _rules, code
from .factuality import _clitic, future_auxes
from .object_senses import hyphenated
from .quoted_content import speech_head

QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "\u2018", "\u2019"})


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("pressure.yaml")
    ult, dis, said_ = data["ultimatums"], data["dismissals"], data["said_intents"]
    return {
        "rejection": Coding(*data["rejection"]),
        "own_subjects": frozenset(said_["own_subjects"]),
        "ultimatum": code(ult["cameo"]),
        "ultimatum_verbs": frozenset(ult["verbs"]),
        "durations": frozenset(ult["durations"]),
        "marks": frozenset(ult["marks"]),
        "dismissal_verbs": {k: frozenset(v) for k, v in dis["verbs"].items()},
        "said_types": frozenset(said_["types"]),
        "statement_nouns": frozenset(data["statement_nouns"]),
        "accusations": frozenset(data["accusations"]),
        "permission_verbs": frozenset(data["refusals"]["permission_verbs"]),
        "negated_types": frozenset(data["refusals"]["negated_types"]),
    }


def prepare() -> None:
    _data()
    _conditional()


def coding(token: Token, found: Coding) -> Coding | None:
    """REJECT, REQUEST or THREATEN where an uncoded verb's construction makes one (see the
    module); None where these rules have nothing to say."""
    if token.pos_ != "VERB":
        return None
    data = _data()
    lemma = token.lemma_.lower()
    if found == _rules()["condemnations"][0]:  # "called the accusations baseless"
        return data["rejection"] if _accusation_judged(token, data) else None
    if found.type in ("CONCEDE", "RETREAT") and lemma in data["permission_verbs"] and \
            _negated(token):
        # "does not allow reporters into the province" ("will not allow": assertion.py);
        # RETREAT where the object selects access ("did not permit the inspectors")
        return Coding("REJECT", _rules()["request_modes"]["CONCEDE"], "120")
    if found.type is not None:
        return None
    if lemma in data["ultimatum_verbs"] and _ultimatum(token, data):
        return data["ultimatum"]  # "gave Peru until Friday to free the sailors"
    if lemma in data["dismissal_verbs"] and any(
            c.dep_ == "prt" and c.lower_ in data["dismissal_verbs"][lemma]
            for c in token.children) and any(c.dep_ == "dobj" and c.i > token.i
                                             for c in token.children) and \
            any(c.dep_ == "nsubj" for c in token.children):
        return data["rejection"]  # "brushed off the criticism"; not a gerund's generic act
    return None


def _negated(verb: Token) -> bool:
    """Negated, and not a future ('will not allow' is a refused intent, assertion.py)."""
    return any(c.dep_ == "neg" for c in verb.children) and not future_auxes(verb)


def refusal(token: Token, found: Coding, fact):
    """The factuality of a refusal made by negating a permission ("does not allow", "did
    not permit"): the REJECT is asserted and positive.  Not a future ("X will not accept"
    may be anyone's prediction; said by X itself it is :func:`said`'s)."""
    if found.type != "REJECT" or token.pos_ != "VERB" or fact.polarity != "negative" or \
            fact.tense == "future" or not _negated(token):
        return fact
    from .coding import _coding_for

    own = _coding_for(token)  # what the verb is without its negation
    if own.type not in _data()["negated_types"]:
        return fact  # "did not reject the proposal": a refusal negated
    return fact.model_copy(update={"polarity": "positive"})


def judged(verb: Token, found: Coding) -> bool:
    """An accusation called false by ``verb`` (coded REJECT here): the calling is the
    event, not the accusation it names (as for any condemnation)."""
    return found == _data()["rejection"] and verb.lemma_.lower() in _rules()["naming_verbs"]


def governs(verb: Token, found: Coding) -> str | None:
    """The governor class ("threaten") of an ultimatum coded here, whose infinitive is its
    content; None for any other verb."""
    data = _data()
    lemma = verb.lemma_.lower()
    if lemma in data["ultimatum_verbs"] and found.cameo == data["ultimatum"].cameo:
        return "threaten"
    return None


def said(token: Token, found: Coding, coded: dict) -> Token:
    """The token whose factuality a stated threat or refusal takes: the verb of saying
    over "it would retaliate" / "it will not accept" when the one who will act is the
    speaker and the saying is no event of its own; else the token itself."""
    data = _data()
    future = future_auxes(token)
    if found.type not in data["said_types"] or token.pos_ != "VERB" or not future:
        return token
    head = speech_head(token)  # round 30: or another sentence of the same quote
    if head is None:
        return token
    if future[0] == "would" and _quoted(token, head):
        return token  # '"I would not support him," he said': conditional, not a future
    if head.pos_ != "VERB" or (head.i in coded and coded[head.i].type):
        return token
    speaker = [c for c in head.children if c.dep_ in SUBJECTS]
    actor = [c for c in token.children if c.dep_ in SUBJECTS]
    if not speaker or not actor:
        return token
    own = actor[0].lower_ in data["own_subjects"] or \
        actor[0].lemma_.lower() == speaker[0].lemma_.lower()
    return head if own else token


def statement_participle(trigger: Token) -> Token | None:
    """The statement noun a request or accusation participle modifies ("a declaration
    demanding ..."), or None."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "acl" or trigger.tag_ != "VBG" or \
            trigger.lemma_.lower() not in _rules()["participle_speech_acts"]:
        return None
    noun = trigger.head
    return noun if statement_noun(noun) else None


def statement_noun(noun: Token) -> bool:
    """A noun of a statement (pressure.yaml statement_nouns: "statement", "letter", "a
    mass text message")."""
    nouns = _data()["statement_nouns"]
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns or hyphenated(noun) in nouns


def statement_authors(trigger: Token) -> list[Token]:
    """Who issued the statement a participle's act is made in: its possessor or 'by'
    phrase, else the subject of the verb it is the object of ("the party issued a
    declaration demanding"); none for other participles."""
    noun = statement_participle(trigger)
    if noun is None:
        return []
    own = [c for c in noun.children if c.dep_ == "poss"] + [
        o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
        for o in p.children if o.dep_ == "pobj"]
    if own:
        return own
    if noun.dep_ in ("dobj", "conj") and noun.head.pos_ == "VERB":
        return [c for c in noun.head.children if c.dep_ in SUBJECTS]
    return []


def _accusation_judged(verb: Token, data: dict) -> bool:
    """What a condemning verb judges is an accusation: its object, or its clause's subject
    ("said the charges were baseless")."""
    judged = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children
        if s.dep_ in SUBJECTS]
    return any(j.lower_ in data["accusations"] or j.lemma_.lower() in data["accusations"]
               for j in judged)


def _quoted(clause: Token, head: Token) -> bool:
    """A clause in direct speech: a quotation mark between it and its verb of saying.  There
    'would' is conditional; in reported speech it is the backshifted 'will' (Quirk et al.
    1985, 14.31)."""
    lo, hi = sorted((clause.left_edge.i, head.i))
    return any(t.text in QUOTES for t in clause.doc[max(lo - 1, 0):hi + 1])


def _ultimatum(verb: Token, data: dict) -> bool:
    """Given a party, a span of time or "until" a time, and a to-infinitive of what to do."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not any(_called_party(o) for o in objects):  # a name, a group, a pronoun
        return False
    # "three days" is an object, or an adverbial noun phrase to the parser
    timed = any(c.dep_ in ("dobj", "dative", "npadvmod") and c.lemma_.lower() in
                data["durations"] for c in verb.children) or any(
        p.dep_ == "prep" and p.lower_ in data["marks"] for p in verb.children)
    return timed and any(_infinitive(c) for o in [verb, *objects] for c in o.children)


def statement_sources(look, triggers: list[Token], found: dict) -> None:
    """A request or accusation participle on a statement noun with no source of its own
    takes the statement's author as its source (see :func:`statement_authors`)."""
    from .roles import _actor

    for t in triggers:
        if any(a.role == "source" for a in found[t.i]):
            continue
        authors = [a for tok in statement_authors(t)
                   for a in [_actor(look, "source", tok)] if a is not None]
        if authors:
            found[t.i] = authors + found[t.i]


@lru_cache(maxsize=1)
def _conditional() -> dict:
    data = load_yaml("pressure.yaml")["conditional_threats"]
    # the condition's marks: timex.yaml's one list of conditional subordinators (round 36)
    return {k: frozenset(v) for k, v in data.items()} | {
        "marks": word_set("conditional_subordinators")}


def conditional_threats(triggers: list[Token], coding: dict, found: dict) -> dict[int, Token]:
    """Conditional threats stated without a verb of threatening (pressure.yaml): the act
    threatened becomes THREATEN by the speaker against the condition's subject.  Returns
    each such trigger with the verb of saying whose factuality it takes."""
    from .assertion import _role_copy

    rules, data = _rules(), _conditional()
    at = {t.i for t in triggers}
    stated: dict[int, Token] = {}
    for clause in triggers:
        if clause.pos_ != "VERB" or clause.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and _clitic(c) in data["modals"] for c in clause.children):
            continue
        said_, speakers = _saying(clause.head, coding, found, data)
        condition = [c for c in clause.children if c.dep_ == "advcl" and c.i in at and any(
            m.dep_ == "mark" and m.lower_ in data["marks"] for m in c.children)]
        if said_ is None or not condition:
            continue
        acts = [x for x in (clause, *[c for c in clause.children
                                      if c.dep_ in ("nsubj", "nsubjpass", "dobj")])
                if x.i in at and (coding[x.i].type in data["types"] or (
                    x.pos_ == "NOUN" and x.lemma_.lower() in data["nouns"]))]
        if not acts:
            continue
        act = next((x for x in acts if x.pos_ == "NOUN"), acts[0])
        if act.i == clause.i and not _own_doer(clause, said_):
            continue  # round 45: another's act foretold ("worried that ... Patriot could
            # threaten", "you would be shooting yourself in the foot"), no threat of his
        inner = coding[act.i].type or "SANCTION"  # a tariff: SANCTION (plover_verbs.yaml)
        coding[act.i] = rules["intent"].get(inner, coding[act.i])  # THREATEN stays
        targets = _role_copy(found[condition[0].i], {"source"}, "target", speakers)
        found[act.i] = speakers + targets + [a for a in found[act.i]
                                             if a.role not in ("source", "target")]
        stated[act.i] = said_
    return stated


def _own_doer(clause: Token, said_: Token) -> bool:
    """Whether a content verb's active subject, if it has one, is the speaker: a personal
    pronoun other than 'you' or the speaker's own word, as ``said`` reads a threat stated
    in the future (pressure.yaml ``said_intents``).  PLOVER 3.11 codes the threat of the
    one who will act; a verb with no active subject (a passive, "tariffs would be
    raised") names no other doer and stays the speaker's."""
    actor = [c for c in clause.children if c.dep_ == "nsubj"]
    if not actor:
        return True
    who = said_
    if not any(c.dep_ in SUBJECTS for c in who.children) and who.dep_ == "advcl":
        who = who.head  # "..., indicating that ...": the participle's clause speaks
    speaker = [c for c in who.children if c.dep_ in SUBJECTS]
    return actor[0].lower_ in _data()["own_subjects"] or any(
        actor[0].lemma_.lower() == s.lemma_.lower() for s in speaker)


def _saying(verb: Token, coding: dict, found: dict, data: dict) -> tuple[Token | None, list]:
    """The uncoded verb of saying over a clause and its speakers' actors (a participle's
    are its clause's: "Chile softened its tone, indicating that ..."), or (None, [])."""
    if verb.pos_ != "VERB" or verb.i not in found or coding[verb.i].type:
        return None, []
    who = verb
    if not any(c.dep_ in SUBJECTS for c in verb.children) and verb.tag_ == "VBG" and \
            verb.dep_ == "advcl" and verb.head.i in found:
        who = verb.head
    subjects = [c for c in who.children if c.dep_ in SUBJECTS]
    if not subjects or any(s.lower_ in data["forecasters"] or
                           s.lemma_.lower() in data["forecasters"] for s in subjects):
        return None, []
    speakers = [a.model_copy(update={"role": "source"}) for a in found[who.i]
                if a.role == "source"]
    return (verb, speakers) if speakers else (None, [])
