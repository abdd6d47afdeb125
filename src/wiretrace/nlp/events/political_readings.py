"""Event words without the political reading their code needs (issue 18, round 28,
branch h-ev28b; data and sources in political_readings.yaml): a phrasal verb of dealing
with something ("seized on the massacre", "grappling with a dynamic") whose object is no
party, a campaign rally held by a person, popularity ("support for Trump among
Democrats"), an event noun in a list of things wanted ("wants a tax cut, a war with
Iran"), a plain-form verb hanging on an earlier modal that the parser made the conjunct
of a finite verb, "caught (up) in", "study" with no object, forums hosted or moderated,
one's own conduct moderated, idioms of "hit", "was met with" or "was heard" with no
party; a target inside the infinitive clause of a request ("urged lawmakers to close the
Charleston loophole", :func:`request_content`); a building named before an attack
noun, which is the place, not the attacker (asked by roles); and a gift, loan or
purchase between private parties (:func:`private_transfer`, round 41).  Kept apart so that the
rules can be read and removed alone; coder asks :func:`no_event`."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor
from ..context import Context, prep_objects
from .coding import ACTOR_KINDS, Coding, coding_for


@lru_cache(maxsize=1)
def _data() -> dict:
    data = load_yaml("political_readings.yaml")
    return {"dealing": {k: frozenset(v) for k, v in data["dealing_verbs"].items()},
            "rally": frozenset(data["rally_words"]),
            "protest_preps": frozenset(data["protest_preps"]),
            "protest_verbs": frozenset(data["protest_verbs"]),
            "popularity": frozenset(data["popularity_nouns"]),
            "popularity_preps": frozenset(data["popularity_preps"]),
            "popularity_mods": frozenset(data["popularity_modifiers"]),
            "arousal": frozenset(data["arousal_nouns"]),
            "wanting": frozenset(data["wanting_verbs"]),
            "modals": frozenset(data["hypothetical_modals"]),
            "entangle": frozenset(data["entangle_verbs"]),
            "buildings": frozenset(data["building_nouns"]),
            "reception": frozenset(data["reception_verbs"]),
            "audience": frozenset(data["audience_nouns"]),
            "audience_types": frozenset(data["audience_types"]),
            "public": frozenset(data["public_nouns"]),
            "public_types": frozenset(data["public_types"]),
            "public_state": frozenset(data["public_state_sectors"]),
            "addressee_preps": frozenset(data["addressee_preps"]),
            "investigate": frozenset(data["investigate_verbs"]),
            "forum_verbs": frozenset(data["forum_verbs"]),
            "forum_nouns": frozenset(data["forum_nouns"]),
            "restraint": frozenset(data["restraint_verbs"]),
            "idioms": {k: frozenset(v) for k, v in data["idiom_objects"].items()},
            "transfer_verbs": frozenset(data["transfer_verbs"]),
            "transfer_cameo": tuple(data["transfer_cameo"]),
            "private_sectors": frozenset(data["private_sectors"])}


def prepare() -> None:
    _data()


def _party(ctx: Context, token: Token) -> bool:
    """A token inside a name of an actor kind, or a pronoun for people."""
    if token.pos_ == "PRON":
        return token.lower_ not in ("it", "this", "that", "what", "which")
    return ctx.entity_type(ctx.token_entity.get(token.i)) in ACTOR_KINDS


def dealing(ctx: Context, trigger: Token) -> bool:
    """"seized on the massacre", "grappling with a dynamic": the verb's dealing sense
    (its preposition, no object of its own) with no party as the preposition's object."""
    preps = _data()["dealing"].get(trigger.lemma_.lower())
    if not preps or trigger.pos_ != "VERB" or any(
            c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return False
    objects = prep_objects(trigger, preps)
    return bool(objects) and not any(_party(ctx, o) for o in objects)


def entangled(ctx: Context, trigger: Token) -> bool:
    """"was caught in the middle", "is caught up in that contradiction": no agent, no
    object, and "up" or an "in" phrase naming no party or place."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _data()["entangle"] or any(
            c.dep_ in ("dobj", "agent") for c in trigger.children):
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return True
    objects = prep_objects(trigger, ("in",))
    return bool(objects) and not any(_party(ctx, o) for o in objects)


def campaign_rally(ctx: Context, trigger: Token, found: list[EventActor],
                   coding: Coding) -> bool:
    """A rally whose doers are all persons and that names nothing it is against: a
    campaign rally ("Sanders held a rally Saturday"), not a demonstration."""
    data = _data()
    if coding.type != "PROTEST" or trigger.lemma_.lower() not in data["rally"]:
        return False
    sources = [a for a in found if a.role == "source"]
    if not sources or any(ctx.entity_type(a.entity_id) != "PERSON" for a in sources):
        return False
    for c in trigger.subtree:
        if c.dep_ == "prep" and c.lower_ in data["protest_preps"] and c.head.i == trigger.i:
            return False  # "a rally against the war"
        if c.pos_ == "VERB" and c.lemma_.lower() in data["protest_verbs"]:
            return False  # "a rally to protest the deal"
    return not any(a.role == "target" for a in found)


def popularity(trigger: Token, coding: Coding) -> bool:
    """"support for Trump among Democrats", "his appeal among voters": a population's
    attitude (a poll's finding), no act."""
    data = _data()
    if coding.type not in ("SUPPORT", "REQUEST") or trigger.pos_ != "NOUN" or \
            trigger.lemma_.lower() not in data["popularity"]:
        return False
    for c in trigger.children:
        if c.dep_ == "prep" and c.lower_ in data["popularity_preps"]:
            return True
        if c.dep_ in ("amod", "compound") and \
                "".join(t.text for t in c.subtree).lower() in data["popularity_mods"]:
            return True  # "Trump's blue-collar appeal" (round 34)
    if trigger.lemma_.lower() != "appeal":
        return False
    # "appeals to the anxieties of voters" (round 34); the parser may hang the "to" that
    # follows the noun on the verb before it
    after = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    objects = prep_objects(trigger, ("to",)) + (
        [o for o in after.children if o.dep_ == "pobj"]
        if after is not None and after.lower_ == "to" and after.dep_ == "prep" and
        after.head.i != trigger.i else [])
    return any(o.lemma_.lower() in data["arousal"] for o in objects)


def wished(trigger: Token) -> bool:
    """An event noun in a list (conjuncts, appositions) whose first member is the object
    of a verb of wanting: "wants a tax cut, a war with Iran" (the first member itself is
    read by the intention cue)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("conj", "appos"):
        return False
    node = trigger
    for _ in range(6):
        if node.dep_ not in ("conj", "appos") or node.head.i == node.i:
            break
        node = node.head
    return node.dep_ == "dobj" and node.head.pos_ == "VERB" and \
        node.head.lemma_.lower() in _data()["wanting"]


def stranded_plain_form(trigger: Token) -> bool:
    """"would go against the vote - Clinton leads ... - and contradict the wishes": a
    plain form with no subject or auxiliary parsed as the conjunct of an inflected verb,
    after a hypothetical modal in the sentence (CGEL 15.3: it shares that auxiliary)."""
    if trigger.tag_ != "VB" or trigger.dep_ != "conj" or \
            trigger.head.tag_ not in ("VBZ", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in trigger.children):
        return False
    modals = _data()["modals"]
    return any(t.tag_ == "MD" and t.lower_ in modals and t.head.tag_ == "VB"
               for t in trigger.sent if t.i < trigger.head.i)


def no_object_study(trigger: Token, coding: Coding) -> bool:
    """"students studying at American universities": no object, clause or 'into'."""
    return coding.type in ("ACCUSE", "INVESTIGATE") and trigger.pos_ == "VERB" and \
        trigger.lemma_.lower() in _data()["investigate"] and not any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") or
            (c.dep_ == "prep" and c.lower_ in ("into", "whether")) for c in trigger.children)


def _objects(trigger: Token) -> list[Token]:
    out = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "a panel discussion hosted by"
        head = trigger.head
        out.append(head)
        if head.dep_ == "pobj" and head.head.head.i != head.head.i:
            out.append(head.head.head)  # "a discussion with X hosted by": attached low
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBN" and trigger.head.pos_ == "ADP":
        out.append(trigger.head.head)  # the same parsed as "with [X hosted by ...]"
    return out


def forum_or_idiom(trigger: Token) -> bool:
    """"hosted a panel discussion", "moderated a debate", "moderate his attacks", "hit
    the airwaves": the object is a forum, the subject's own conduct, or an idiom's."""
    data = _data()
    if trigger.pos_ != "VERB":
        return False
    lemma = trigger.lemma_.lower()
    objects = _objects(trigger)
    heads = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
    if lemma in data["forum_verbs"] and heads & data["forum_nouns"]:
        return True
    if lemma in data["restraint"] and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "my", "our")
            and _subjects_own(trigger, c.lower_) for o in objects for c in o.children):
        return True
    return bool(heads & data["idioms"].get(lemma, frozenset()))


def _subjects_own(trigger: Token, possessive: str) -> bool:
    """The possessive can be the subject's: it agrees with the subject in person and
    number ("he moderated his attacks"; not "the army restrained their leaders", whose
    "their" is another party's).  No subject of its own: taken as the subject's."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return True
    word = subject.lower_
    if possessive in ("my", "our"):
        return word == ("i" if possessive == "my" else "we")
    plural = word in ("they", "we") or subject.tag_ in ("NNS", "NNPS")
    return plural if possessive == "their" else not plural and word not in ("i", "you")


def passive_reception(ctx: Context, trigger: Token, coding: Coding) -> bool:
    """"was met with chants", "was heard on a microphone telling": a passive meeting or
    hearing with no agent and no party after "with" or "from"."""
    if coding.type != "CONSULT" or trigger.pos_ != "VERB" or \
            trigger.lemma_.lower() not in _data()["reception"] or \
            not any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children) or \
            any(c.dep_ == "agent" for c in trigger.children):
        return False
    return not any(_party(ctx, o) for o in prep_objects(trigger, ("with", "from")))


def request_content(triggers: list[Token], coding: dict[int, Coding],
                    found: dict[int, list[EventActor]]) -> None:
    """"urged lawmakers to close the Charleston loophole": a target inside the infinitive
    clause of a request verb that names its addressee (an object, or the object of "call
    on") is part of what is asked, not a party asked: it is dropped (as "other" the
    recipient rule would make a named one the target again)."""
    preps = _data()["addressee_preps"]
    for t in triggers:
        if coding[t.i].type != "REQUEST" or t.pos_ != "VERB":
            continue
        addressed = any(c.dep_ == "dobj" for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ in preps and any(o.dep_ == "pobj" for o in c.children)
            for c in t.children)
        clauses = [c for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not addressed or not clauses:
            continue
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
        found[t.i] = [a for a in found[t.i] if not (a.role == "target" and any(
            lo <= a.start and a.end <= hi for lo, hi in spans))]


def building_modifier(ctx: Context, head: Token, trigger: Token) -> bool:
    """"the Mother Emanuel Church shooting": a building's name before an ASSAULT noun is
    the place (asked by roles.actors for a would-be source)."""
    if head.dep_ != "compound" or trigger.pos_ != "NOUN" or \
            coding_for(trigger).type != "ASSAULT":
        return False
    entity = ctx.entity(ctx.token_entity.get(head.i))
    if entity is None or entity.type not in ("ORG", "FAC", "PERSON"):
        return False
    last = entity.name.split()[-1].lower() if entity.name.split() else ""
    return last in _data()["buildings"] or head.lower_ in _data()["buildings"]


def audience_only(ctx: Context, found: list[EventActor], coding: Coding) -> bool:
    """"roused the crowd", "assures his audience": praise or a promise whose only target is
    the audience a speaker addresses (political_readings.yaml 12), no party."""
    if coding.type not in _data()["audience_types"]:
        return False
    targets = [a for a in found if a.role == "target"]
    words = _data()["audience"]
    return bool(targets) and all(
        a.text.split() and a.text.split()[-1].lower() in words for a in targets) and \
        not any(a.role == "other" and a.entity_id for a in found)  # "to chants", no party


def public_appeal(ctx: Context, found: list[EventActor], coding: Coding) -> bool:
    """"encouraged Americans to join a fast", "is asking the people of this country to
    make her president": a request whose only target is the public at large and whose
    source holds no state sector is campaigning, no request of a party
    (political_readings.yaml 12b).  A state's or an official's call on its public stays."""
    data = _data()
    if coding.type not in data["public_types"]:
        return False
    targets = [a for a in found if a.role == "target"]
    sources = [a for a in found if a.role == "source"]
    if not targets or not sources:
        return False
    if not all(a.text.split() and a.text.split()[-1].strip("\"'“”‘’").lower()
               in data["public"] for a in targets):
        return False
    if any(_owned(a.text) for a in targets):
        return False  # "asked his people": a party's own staff or followers, no public
    return not any(a.sector in data["public_state"] or
                   ctx.entity_type(a.entity_id) in ("GPE", "NORP") for a in sources)


POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _owned(text: str) -> bool:
    """A noun phrase owned by a party ("his people", "Trump's supporters")."""
    words = text.split()
    return bool(words) and (words[0].strip("\"'“”‘’").lower() in POSSESSIVE_DETERMINERS or
                            any(w.endswith(("'s", "’s")) for w in words[:-1]))


def private_transfer(ctx: Context, trigger: Token, found: list[EventActor],
                     coding: Coding) -> bool:
    """A gift, loan, payment or purchase between private parties (political_readings.yaml
    13): "Stephens and his brother gave $2.5 million to a super PAC", "has lent his
    private plane to the Clintons".  A verb of PETRARCH2's GRANT, FINANCE, PURCHASE or
    TRADE blocks in a transfer sense (CAMEO 06x, 07x, 033x) whose doer and recipient are
    named persons or organizations and whose parties are none of them a state or a
    political body: PLOVER
    codes interactions of political actors; state funding and loans stay AID (U15)."""
    data = _data()
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in data["transfer_verbs"] or \
            not (coding.cameo or "").startswith(data["transfer_cameo"]):
        return False
    parties = [a for a in found if a.role in ("source", "target", "other")]
    if any(ctx.entity_type(a.entity_id) in ("GPE", "NORP") or
           (a.sector is not None and a.sector not in data["private_sectors"])
           for a in parties):
        return False
    # both ends named: a doer and a recipient that are persons or organizations (a
    # recipient left unnamed may be a state: "Airbus will contribute $12 million to fund
    # an extension" names only the money)
    named = {a.role for a in parties if ctx.entity_type(a.entity_id) in ("PERSON", "ORG")}
    return "source" in named and bool(named & {"target", "other"})


def no_event(ctx: Context, trigger: Token, found: list[EventActor], coding: Coding) -> bool:
    return private_transfer(ctx, trigger, found, coding) or dealing(ctx, trigger) or \
        entangled(ctx, trigger) or \
        campaign_rally(ctx, trigger, found, coding) or popularity(trigger, coding) or \
        wished(trigger) or stranded_plain_form(trigger) or \
        no_object_study(trigger, coding) or forum_or_idiom(trigger) or \
        passive_reception(ctx, trigger, coding) or audience_only(ctx, found, coding) or \
        public_appeal(ctx, found, coding)
