"""Readings of a coded trigger that are no event, round 7 of issue 18 (docs/events.md,
"Readings that are no event"; data in event_readings.yaml): a verb of effort with nothing
asked ("pushing back") is no request, and 'the threat of X' with no one making it is a
danger, not a threat made.  Kept apart from senses.py so that each rule can be read and
removed alone; senses.holds asks :func:`holds` first."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_tsv, load_yaml
from ..actors.kinds import kinds as actor_kinds
from . import relatives

# entity labels of someone who can act; coding.py imports this module, so it takes the
# set from here (coding.NAMES)
NAMES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("event_readings.yaml")
    return {key: frozenset(value) for key, value in data.items()}


def holds(token: Token, type_: str | None, pattern: str | None) -> bool:
    """False where the trigger's reading is no event of its type.  ``pattern``: the CAMEO
    code of a PETRARCH2 verb + object pattern that matched, if any (a pattern names its
    own sense and is never overruled here)."""
    if token.pos_ == "NOUN" and idiom(token):
        return False
    if type_ and participle_modifier(token):
        return False
    if type_ == "AGREE" and token.lemma_.lower() in _data()["certainty_passives"] and \
            token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and \
            not any(c.dep_ == "agent" for c in token.children):
        return False  # "Clinton is assured of winning": certain, no one pledged
    if type_ and linked_state(token):
        return False
    if pattern is None and token.pos_ == "VERB" and not _sense_object(token, type_):
        return False
    if type_ == "CONSULT" and _press_call(token):
        return False
    if type_ == "CONSULT" and token.pos_ == "VERB" and _news_conference(token):
        return False
    if type_ == "CONSULT" and token.lemma_.lower() == "visit" and _site_visit(token):
        return False
    if type_ and token.pos_ == "VERB" and _settled_in(token):
        return False
    if type_ and token.pos_ == "VERB" and _admitted(token):
        return False
    if type_ and token.pos_ == "VERB" and _seized_on(token):
        return False
    if type_ == "CONSULT" and token.pos_ == "VERB" and _only_self(token):
        return False
    if type_ == "REQUEST" and token.pos_ == "VERB" and pattern is None:
        return not _effort(token) and not _question(token)
    if type_ == "THREATEN" and token.pos_ == "NOUN":
        return not _danger(token) and not _contentless_threat(token)
    if type_ == "RETREAT" and token.pos_ == "NOUN" and token.lemma_.lower() == "release":
        return not _released_statement(token)
    return True


def _only_self(verb: Token) -> bool:
    """A verb coded CONSULT whose every object is a reflexive pronoun and that names no party
    met after 'to' or 'with' ("Obama inserted himself into the 2020 primary"; PETRARCH2's
    INTRODUCE block, 040): no one is consulted (PLOVER CONSULT is between actors); round
    18.  "introduced himself to the president" stays."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return bool(objects) and all(o.lower_ in _data()["reflexives"] for o in objects) and \
        not any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


def _admitted(verb: Token) -> bool:
    """Round 32: a verb of `admitting_verbs` with a that-clause and no object ("he allowed
    that his members tilt Republican"): it acknowledges a point (Merriam-Webster "allow"
    1b), it permits or concedes nothing; "allowed inspectors to enter" stays."""
    return verb.lemma_.lower() in _data()["admitting_verbs"] and not any(
        c.dep_ in ("dobj", "nsubjpass", "dative", "xcomp") for c in verb.children) and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children)


def _seized_on(verb: Token) -> bool:
    """Round 32: "seized on the issue", "seized upon the massacre": the preposition right
    after the verb makes it "take advantage of" (`opportunity_verbs`), no seizure; not
    'on' with a date or a time ("seized on Tuesday the town")."""
    data = _data()
    if verb.lemma_.lower() not in data["opportunity_verbs"] or verb.i + 1 >= len(verb.doc):
        return False
    prep = verb.doc[verb.i + 1]
    return prep.lower_ in data["opportunity_prepositions"] and prep.head.i == verb.i and \
        not any(o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def failed_nothing(verb: Token, inner) -> bool:
    """Round 33: a negative implicative (`negative_implicatives`, 'fail') whose governed
    act has no code of its own ("has failed to address the needs of workers", "failed to
    discover the cell"): that act did not take place and no political act was refused, so
    no REJECT; "failed to comply with the resolution" (a coded act) stays REJECT.  Round
    40: only an act of cooperation or yielding (`withheld_cooperation`, what CAMEO 12's
    subcodes refuse) is withheld by failing at it; "failed to prosecute the fraud", "fails
    to honor the sacrifices" report no act."""
    data = _data()
    return verb.lemma_.lower() in data["negative_implicatives"] and \
        inner.type not in data["withheld_cooperation"]


def _settled_in(verb: Token) -> bool:
    """'settle' with nothing settled and no party settled with, but a place it is settled
    in ("Mr. Biden settled in a chair", "to settle in a gilded building", "settled into
    his seat", "settled down"): Merriam-Webster "settle in", "settle down": to become
    established in a residence or situation, no settlement of a dispute (PETRARCH2's
    COMPROMISE block); round 18.  Not "settled in court", "settled with the union"."""
    data = _data()
    if verb.lemma_.lower() not in data["settling_verbs"] or any(
            c.dep_ in ("dobj", "nsubjpass", "dative") or
            (c.dep_ == "prep" and c.lower_ in ("with", "out")) for c in verb.children):
        return False
    return any((c.dep_ == "prt" and c.lower_ in data["settling_particles"]) or
               (c.dep_ == "prep" and c.lower_ in data["settling_particles"] and not any(
                   o.lemma_.lower() in data["settling_forums"] for o in c.children))
               for c in verb.children)


def participle_modifier(token: Token) -> bool:
    """An -ing participle that modifies the noun after it ("told cheering teachers",
    "welcomed visiting officials", "dispersed protesting students"): it describes the
    object of the verb before it, it is no act of that verb's subject.  The parser hangs it
    as the verb's complement with the noun as its object; a verb of event_readings.yaml
    `participle_hosts` takes a person as its object and no -ing complement (Huddleston &
    Pullum 2002, ch. 14: catenatives with gerund-participials are verbs like 'start',
    'keep', 'stop'), so the participle is the noun's modifier; an amod participle is one
    already.  Left uncoded: the participle's doer is the noun, which the roles do not
    read."""
    if token.tag_ != "VBG" or token.i == 0 or token.lemma_.lower() in _data()["hosted_acts"]:
        return False  # "assured visiting ministers": the visit meets the verb's subject
    noun = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if token.dep_ == "amod":
        return token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")
    return token.dep_ == "xcomp" and token.head.i == token.i - 1 and bool(noun) and \
        token.head.lemma_.lower() in _data()["participle_hosts"] and not any(
            c.dep_ in ("dobj", "dative") for c in token.head.children)


def idiom(noun: Token) -> bool:
    """An event noun right after the preposition of a fixed phrase ("the aide in charge
    of the port": control, no charge brought), the attribution layer's table
    (`noun_cue_limits` idioms in cues.yaml, from Merriam-Webster's idioms)."""
    from ..attribution.words import lexicon

    return noun.dep_ == "pobj" and noun.i == noun.head.i + 1 and \
        noun.head.lower_ in lexicon().noun_idioms.get(noun.lemma_.lower(), ())


def _site_visit(visit: Token) -> bool:
    """A visit whose every destination is a site, no party ("a visit to the old prison",
    "visited the camp"): PLOVER's CONSULT is between actors (plover_verbs.yaml, the
    consulting blocks); a site (`_thing_nouns`) has no host (the judges' WD2), nor has a
    natural feature named as such (round 18, `natural_features`: "summer visits to Lake
    Winola")."""
    if visit.pos_ == "VERB":
        places = [c for c in visit.children if c.dep_ == "dobj"]
    else:
        places = [o for c in visit.children if c.dep_ == "prep" and c.lower_ == "to"
                  for o in c.children if o.dep_ == "pobj"]
    features = _data()["natural_features"]
    return bool(places) and all(p.ent_type_ not in PARTIES and (
        p.lemma_.lower() in _thing_nouns() or any(  # round 18: "visits to Lake Winola"
            w.lower_ in features for w in (p, *p.children) if w is p or w.dep_ == "compound"))
        for p in places)


PARTIES = ("PERSON", "ORG", "GPE", "NORP")


def linked_state(token: Token) -> bool:
    """"felt slighted", "feel betrayed", "seemed defeated": a participle or adjective that
    completes a linking verb of perception (event_readings.yaml `linking_verbs`) is the
    subject's state, not its act; the parser hangs it as the verb's complement or makes
    the verb its auxiliary."""
    if token.tag_ not in ("VBN", "JJ"):
        return False
    links = _data()["linking_verbs"]
    # not "appears to have abandoned": a hedged act, no state
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.dep_ in ("acomp", "oprd", "xcomp") and token.head.lemma_.lower() in links:
        return not aux
    # the linking verb as the only auxiliary ("felt slighted")
    return len(aux) == 1 and aux[0].lower_ in links


def _parties(token: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _sense_object(verb: Token, type_: str | None) -> bool:
    """False where a verb's object (or its lack) shows a sense of no event
    (event_readings.yaml, "Word senses read by the object"): a signing of no agreement
    ("signed the statement", "signed on for the revival"), an offer of a view ("offered a
    glimpse of"), clapping aimed at no party."""
    data, lemma = _data(), verb.lemma_.lower()
    objects = _parties(verb, ("dobj", "nsubjpass"))
    if type_ == "SUPPORT" and lemma in data["signing_verbs"]:
        agreements = data["agreement_nouns"]
        if any(c.dep_ == "prt" and c.lower_ in data["joining_particles"]
               for c in verb.children):
            return any(c.dep_ == "prep" and c.lower_ in ("to", "onto") and any(
                o.lemma_.lower() in agreements for o in _parties(c, ("pobj",)))
                for c in verb.children)
        return not objects or any(o.lemma_.lower() in agreements or o.lower_ in agreements
                                  for o in objects)
    if type_ == "AGREE" and objects and all(o.lower_ in data["view_nouns"] for o in objects):
        return False
    if type_ == "SUPPORT" and lemma in data["gesture_verbs"]:
        aimed = objects + [o for p in _parties(verb, ("prep",)) if p.lower_ in ("for", "at")
                           for o in _parties(p, ("pobj",))]
        # a party: a name, a pronoun, a group (a plural noun: "clapped for the troops")
        return any(o.ent_type_ in PARTIES or o.tag_ in ("PRP", "NNS", "NNPS") for o in aimed)
    return True


def _press_call(call: Token) -> bool:
    """"a call to ABC's show", "a conference call with reporters", "called the Post": a
    call whose every party is a news outlet or the press is an interview, no CONSULT."""
    from ...outlets import normalize, outlets

    data = _data()
    if call.lemma_.lower() not in data["press_calls"]:
        return False
    parties = [o for p in _parties(call, ("prep",)) if p.lower_ in ("to", "with")
               for o in _parties(p, ("pobj",))]
    if call.pos_ == "VERB":
        parties += _parties(call, ("dobj",))
    known = outlets().canonical

    def press(o: Token) -> bool:
        owner = [c for c in o.children if c.dep_ == "poss"]  # "ABC's show"
        if owner and press(owner[0]):
            return True
        name = " ".join(t.text for t in o.subtree if t.dep_ not in ("det", "case", "punct"))
        return o.lemma_.lower() in data["press_parties"] or normalize(name) in known or \
            normalize(o.text) in known
    return bool(parties) and all(press(o) for o in parties)


def _news_conference(verb: Token) -> bool:
    """"held a news conference", "gave a press briefing": a statement to the press
    (PETRARCH2's HOLD block: "- * {&INFORMATION CONFERENCE} [017]", more specific than its
    "- * CONFERENCE [040]"; event_readings.yaml `press_events`), no meeting between
    actors; a joint one ("held a joint news conference") stays, it follows a meeting."""
    data = _data()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.lemma_.lower() in data["press_events"] and any(
            m.dep_ in ("compound", "amod", "nmod") and m.lower_ in data["press_modifiers"]
            for m in o.children) and not any(m.lower_ == "joint" for m in o.children)
        for o in objects)


def _released_statement(noun: Token) -> bool:
    """'the release of the F.B.I. report': a statement made public (plover_verbs.yaml
    statement_objects), not a release of persons or property (PLOVER 3.14 'release')."""
    from .coding import _rules

    objects = _rules()["statement_objects"]
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in objects or o.lower_ in objects)
        for o in c.children) for c in noun.children)


def questions(triggers: list[Token], coding: dict) -> None:
    """Uncode the requests that ask a question (:func:`_question`), also those the
    governing verbs made requests of (assertion._govern: "asked, 'You think ...?'")."""
    from .coding import UNCODED

    for t in triggers:
        if coding[t.i].type == "REQUEST" and t.pos_ == "VERB" and _question(t):
            coding[t.i] = UNCODED


def _question(verb: Token) -> bool:
    """'ask' that asks a question, not for an act: no infinitive, no 'for' phrase and no
    thing asked, and a question mark after it in its sentence ("asked, 'You think ...?'")
    or a clause of whether, if or a wh-word ("asked whether the talks would resume")."""
    data = _data()
    if verb.lemma_.lower() not in data["asking_verbs"]:
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "for"):
            return False  # "asked him to", "asked for help", "asked a favor"
    if any(c.dep_ == "ccomp" and any(
            w.lower_ in data["question_words"] and w.i < c.i for w in c.subtree)
            for c in verb.children):
        return True  # "asked whether the talks would resume"
    sent = verb.sent
    return any(t.text == "?" for t in verb.doc[verb.i + 1:sent.end])


def _effort(verb: Token) -> bool:
    """A verb of effort (PETRARCH2's DEMAND block: push, press) with no one pressed, nothing
    asked for and no clause said: "pushing back", "pushed to loosen the rules", "pressed
    ahead" strive or resist; "pushed Tokyo to", "pressed for talks" request."""
    data = _data()
    if verb.lemma_.lower() not in data["effort_verbs"]:
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "nsubjpass", "ccomp"):
            return False
        if c.dep_ in ("prep", "prt") and c.lower_ in data["effort_prepositions"] and any(
                o.dep_ == "pobj" for o in c.children):
            return False
    return True


def _danger(noun: Token) -> bool:
    """'the threat of new measures', 'the ongoing threat of attacks': a danger, no threat
    made (a singular 'threat' with nobody making it and no verb making or issuing it)."""
    data = _data()
    if noun.lemma_.lower() not in data["danger_nouns"] or noun.tag_ != "NN" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_):
            return False  # "Washington's threat", "the U.S. threat": someone's threat
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return False  # "a threat from China"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in data["threat_acts"]:
        return False  # "issued a threat of sanctions"
    return True


def _contentless_threat(noun: Token) -> bool:
    """'the threat from the Islamic State', 'against U.S. threats', 'threats against her
    ascendency': a 'threat' that says neither what is threatened (no 'of' phrase, no
    infinitive or clause: "threats of sanctions", "a threat to close the base") nor who
    made it (no genitive: "Ankara's threat"), that no verb makes or issues, and that is
    aimed at no named party is the danger, WordNet threat n.1 "something that is a source
    of danger" (round 36; PLOVER THREATEN codes a threat made, 3.11)."""
    data = _data()
    if noun.lemma_.lower() not in data["danger_nouns"]:
        return False
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")):
            return False
        if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ in ("VERB", "AUX") and (
                c.dep_ != "relcl"):
            return False  # "a threat to close the base", "the threat that it would"
        if c.dep_ == "prep" and c.lower_ in ("against", "to") and any(
                o.dep_ == "pobj" and (o.ent_type_ in NAMES or o.pos_ == "PRON")
                for o in c.children):
            return False  # "threats against Iran": aimed at a party
    head = noun.head
    return not (noun.dep_ in ("dobj", "nsubjpass") and
                head.lemma_.lower() in data["threat_acts"])


@lru_cache(maxsize=1)
def _particle_verbs() -> dict[tuple[str, str], str]:
    return {(row["verb"], row["particle"]): row["cameo"]
            for row in load_tsv("particle_verbs.tsv")}


def particle_cameo(verb: Token) -> str | None:
    """The CAMEO code of a verb with a particle that PETRARCH2 lists as a verb of its own
    ('+KICK_OUT' DEPORT 174, '+BREAK_DOWN' FAIL, no code: '---'), or None where the verb
    has no such particle.  A particle makes another verb ("kicked out" expels, it does not
    kick; "talks broke down" break with no one)."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        # the parser makes 'out' of "kicked out of the country" a preposition of its own
        if c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.i == verb.i + 1 and
                               not any(o.dep_ == "pobj" for o in c.children)):
            found = _particle_verbs().get((lemma, c.lower_))
            if found is not None:
                return found
    return None


def existing_agreement(noun: Token) -> bool:
    """An agreement named by whose it is ("defended Pyongyang and Moscow's treaty"), not
    carried by a verb of making it ("signed their treaty"): the document, no signing."""
    if not any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and
                                    c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in noun.children):
        return False
    head = noun.head
    return not (noun.dep_ in ("dobj", "nsubjpass", "pobj", "conj") and
                head.lemma_.lower() in _data()["agreement_acts"])


def pending(noun: Token) -> bool:
    """An act still in the legislature: the content of a bill ("a Turkey sanctions
    bill") or an event noun awaiting a step of passing it ("sanctions against Turkey
    are in Congress awaiting ratification", "sanctions need Senate approval")."""
    data = _data()
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in data["proposal_nouns"]:
        return True
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = noun.head
    verbs = [clause] + [c for c in clause.children if c.dep_ in ("advcl", "xcomp", "conj")
                        and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in data["pending_verbs"] and any(
        o.dep_ == "dobj" and o.lemma_.lower() in data["pending_steps"] for o in v.children)
        for v in verbs)


def thing_subject(verb: Token) -> bool:
    """A verb whose active subject is a common noun of a kind that names a thing, not an
    actor: "an online form challenged everyone's efforts", "the camps shelter 400,000
    refugees", "Japan's population continues to decline".  PLOVER's source is an actor
    (a person, group or organization acting); a facility, a camp, a form or a quantity
    does not act, whatever name owns it ("the EU's form").  The kinds are
    the actor layer's (entity_kinds.yaml) and event_readings.yaml's `thing_nouns`."""
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "continues to decline"
    for subj in clause.children:
        if subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or not subj.is_lower:
            continue  # "Trump blocked" parsed as a common noun keeps its capital
        if subj.ent_type_ and subj.lemma_.lower() not in actor_kinds().camp_nouns:
            continue  # a name; "Dadaab and Kakuma camps" is a place all the same
        if any(c.dep_ == "appos" for c in subj.children):
            continue  # "old friends Malaysia's former prime minister"
        if subj.lemma_.lower() in _thing_nouns() or subj.lower_ in _thing_nouns():
            return True
    return False


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    """Nouns that name things (the actor layer's facility and district place nouns and
    camps, ``kinds``; event_readings.yaml: forms and quantities).  Products are left out:
    a weapon or a vehicle is the instrument of an attack ("a drone killed three
    soldiers"), as an event noun is, and a warship stands for its navy ("U.S. warships
    passed")."""
    table = actor_kinds()
    words = set(table.camp_nouns) | set(table.place_nouns) | set(_data()["thing_nouns"])
    return frozenset(w.lower() for w in words)


def named_doer_relative(verb: Token) -> bool:
    """A relative clause whose relative pronoun is the object and whose subject is a name
    ("espionage charges which Washington has dismissed", "the report that Moscow
    denied"): it reports what the named actor did to the noun, not what the noun is like
    ("officials who headed", "a road which links"), so it is an event the sentence
    reports."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and
               c.lower_ in ("which", "that", "whom")]
    names = [c for c in verb.children if c.dep_ == "nsubj" and c.ent_type_ in NAMES]
    return bool(objects and names)


def act_relative(verb: Token, cameo: str | None, type_: str | None) -> bool:
    """Round 34: a supplementary relative clause (set off by a comma or a dash) whose
    relative pronoun is its subject ("McConnell, who has both endorsed Mr. Trump", "the
    union, which endorsed Hillary Clinton in November", "Trump, who has threatened not to
    show up"): it asserts an act of its antecedent apart from the noun phrase's
    identification (CGEL ch. 12, 4), an event the sentence reports, where the act is a
    verbal one of ``relative_act_types`` or ``relative_act_cameos``, told in the past or
    the perfect (a present tells a habit or a stance: "who denounces the governor at
    every rally", "who denies the accusation").  The coder asks
    that the antecedent be a coded source."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return False
    data = _data()
    if type_ not in data["relative_act_types"] and cameo not in data["relative_act_cameos"]:
        return False
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))):
        return False  # a habit or a stance: "who denounces the governor at every rally"
    if type_ == "SUPPORT" and not any(  # a party praised, not "welcomed support"
            c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMES)
            for c in verb.children):
        return False
    pronouns = [c for c in verb.children if c.dep_ == "nsubj" and
                c.lower_ in data["relative_subjects"]]
    return bool(pronouns) and pronouns[0].i > 0 and pronouns[0].i > verb.head.i and (
        verb.doc[pronouns[0].i - 1].text in data["relative_marks"] or
        _named_appositive(verb.head) or (
            type_ in data["relative_act_types"] and relatives.integrated_act(verb)))


def _named_appositive(noun: Token) -> bool:
    """Round 35: a noun in apposition to a name ("Gov. John Kasich of Ohio, a Republican
    who has refused to endorse Mr. Trump", "National Nurses United, a union that has
    endorsed Mr. Sanders"): the appositive is a supplement (CGEL ch. 15, 5), so a relative
    clause inside it tells an act of the named actor, as a supplementary relative does."""
    head = noun.head
    return noun.dep_ == "appos" and noun.i > head.i and (
        head.pos_ == "PROPN" or head.ent_type_ in NAMES)


def named_war(noun: Token) -> bool:
    """A war named by whose or where it is ("the Boko Haram conflict", "the Libyan civil
    war", "Syria's war"): the existing war, a setting, as a named agreement is the existing
    document, unless a verb of starting or waging it carries it ("Russia launched the
    Ukraine war").  The acts of the war are coded where a clause reports them."""
    if noun.lower_ == "fighting" or not any(
            c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and
                                 c.ent_type_ in ("NORP", "GPE", "ORG"))
            for c in noun.children):
        return False
    head = noun.head
    return not (noun.dep_ in ("dobj", "nsubjpass") and
                head.lemma_.lower() in _data()["war_acts"])


def accidental(trigger: Token) -> bool:
    """Harm an accident or a natural cause does: the verb's subject or the object of 'in',
    'from', 'by' or 'during' on it is one (``accidental_causes``: "killed in the crash",
    "an earthquake killed")."""
    causes = _data()["accidental_causes"]
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in causes:
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "from", "by", "during"):
            if any(o.dep_ == "pobj" and o.lower_ in causes for o in child.children):
                return True
    return False


def prepare() -> None:
    """Load the tables of readings and particle verbs now (see
    :func:`wiretrace.pipeline.load`)."""
    _data()
    _particle_verbs()
    _thing_nouns()
