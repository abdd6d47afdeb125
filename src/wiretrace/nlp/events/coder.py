"""events: event mentions (verbs and eventive nouns) with who-did-what-to-whom roles,
a first PLOVER/CAMEO coding, and the time, place, factuality and attribution of each."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Token

from ... import plover
from ...lexicon import load_yaml
from ...model import Event, EventActor, Offsets
from ...timex import value_range
from .. import times
from ..actors import animate, generic, places
from ..actors.agents import POLITICAL_SECTORS
from ..actors.antecedents import PEOPLE_ARGUMENTS, named_anchor
from ..context import Context, tokens_tagged
from . import (
    accusations,
    aspect,
    calling,
    campaign,
    complements,
    constructions,
    consult,
    courts,
    criticism,
    evaluations,
    factuality,
    force,
    gates,
    generics,
    hardforms,
    headings,
    hypothetical,
    individuals,
    intents,
    magnitude,
    nonactors,
    noun_phrases,
    orders,
    pledges,
    political_readings,
    polls,
    pressure,
    readings,
    recall28,
    receiving,
    requests,
    routes,
    speech_content,
    speech_readings,
)
from .assertion import (
    _govern,
    _has_named_target,
    _light_verbs,
    _obligation_request,
    _predicate_noun,
    _predicates,
    _things,
)
from .coding import (
    ACTOR_KINDS,
    SUBJECTS,
    UNCODED,
    Coding,
    _not_event_verbs,
    _nouns,
    _overrides,
    _pattern_heads,
    _patterns,
    _plover,
    _pos,
    _rules,
    _state_adjectives,
    _verbs,
    coding_route,
    is_event_noun,
    is_trigger,
)
from .nonasserted import _unasserted
from .quoted_content import speech_head
from .roles import (
    PERSONAL_PRONOUNS,
    _agents,
    _headline_participle,
    _held,
    _Lookup,
    _recipient,
    _reduced_passive,
    actors,
    shared_passive,
)
from .verb_patterns import _other_acts

NAME = "events.v1"

# PLOVER categories that need a recipient (manual, table 7.1): the rest may be coded with
# a source alone ("the rebels surrendered", "students protested").
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}


def _codable(look: _Lookup, trigger: Token, found: list[EventActor], coding: Coding) -> bool:
    """Whether to give an event its political code (:func:`refusal` finds no reason)."""
    return refusal(look, trigger, found, coding) is None


def refusal(look: _Lookup, trigger: Token, found: list[EventActor],
            coding: Coding) -> str | None:
    """Why an event is not given its political code, or None (tools/missed_causes.py
    reports it).  It needs a named political actor ("the
    program costs $99" stays uncoded); a verb needs that actor as its source, or a target
    when the source is implicit in a passive ("he was captured", not "is expected to
    bid"), and a target where PLOVER requires a recipient.  Nouns are coded with whatever
    actor they have ("US sanctions", "the meeting between X and Y")."""
    force_or_coercion = coding.type in FORCE_TYPES and not readings.accidental(trigger)

    def coded_actor(a: EventActor) -> bool:  # a name, or a generic actor ("police")
        return look.ctx.entity_type(a.entity_id) in ACTOR_KINDS or a.sector is not None

    def named(a: EventActor) -> bool:  # or people with no name who use or undergo force
        return coded_actor(a) or (force_or_coercion and a.role in ("source", "target")
                                  and _person(look.ctx.doc, a, a.role == "target"))

    if not coding.type:
        return "no_code"
    if not any(named(a) for a in found) and not (
            coding.type == "ASSAULT" and not _above_body(look.ctx, trigger)
            and _placed_attack(trigger, found)):
        return "no_named_actor"
    if _private_words(look, found, coding) or _private_visit(trigger, found, coding) or \
            _home_visit(look, trigger, found, coding) or _media_contact(found, coding):
        return "private"  # "a JetBlue pilot lamented": words between private parties
    if speech_readings.no_event(trigger, coding) or \
            political_readings.no_event(look.ctx, trigger, found, coding):
        return "reading"
    if trigger.pos_ != "VERB":
        return None
    if readings.thing_subject(trigger):
        return "thing_subject"  # "an online form challenged ...": a thing does not act
    if _participial_adjective(trigger):
        return "quality"  # "the Japanese are friendly and accepting": a quality
    if trigger.dep_ in ("relcl", "acl") and not _headline_participle(trigger) and \
            not _when_clause(trigger) and not readings.named_doer_relative(trigger) and \
            not (readings.act_relative(trigger, coding.cameo, coding.type) and any(
                a.role == "source" and coded_actor(a)
                and a.start <= named_anchor(trigger.head).idx < a.end  # round 43
                for a in found)) and \
            not hardforms.agentive_participle(trigger, coding.type, found) and \
            pressure.statement_participle(trigger) is None and \
            not recall28.content_clause(trigger) and \
            not recall28.attack_toll(trigger, coding.type) and \
            not orders.issued_act(trigger):  # "the fact that", "attacks that"
        # "refugees who entered the country illegally", "a curfew imposed in 1989": a
        # description of a participant, not an event the sentence reports
        return "relcl_acl"
    roles = {a.role for a in found}
    if coding.type in NEEDS_RECIPIENT and not roles & {"target", "other"}:
        return "no_recipient"
    if coding.type in ("AID", "COOPERATE") and "target" not in roles and all(
            _from_phrase(look.ctx.doc, a) for a in found if a.role == "other"):
        return "no_recipient"  # "stringers contributed from Mogadishu": an origin
    if coding.type in ("COOPERATE", "AID") and \
            trigger.lemma_.lower() in _rules()["send_verbs"] and not any(
            a.role == "other" and _is_party(a) for a in found):
        # "troops were deployed to the villages": what is sent is no recipient
        return "no_recipient"
    if coding.type == "COOPERATE" and not any(
            a.role in ("target", "other") and _is_party(a) for a in found):
        # cooperation is with someone (manual 3.5): "conducted two missile tests",
        # "controlled the site", "increased provocations" (PETRARCH2's OVERSEE_MANAGE and
        # BOOST defaults, 060) cooperate with nobody
        return "no_recipient"
    if any(named(a) for a in found if a.role == "source"):
        return None
    children = {c.dep_ for c in trigger.children}
    if "target" in roles and recall28.attack_toll(trigger, coding.type):
        # "attacks that killed 130 people": the attack's toll, people unnamed (round 28)
        return None if any(named(a) for a in found if a.role == "target") \
            else "no_named_target"
    # "a roadside bombing killed one U.S. soldier": the attacker is implicit in the attack
    if "target" in roles and any(c.dep_ in SUBJECTS and c.pos_ == "NOUN" and is_event_noun(c)
                                 for c in trigger.children):
        # (a named target: "the crash killed five people" is no attack)
        return None if any(coded_actor(a) for a in found if a.role == "target") \
            else "no_named_target"
    # "he was captured": the captor is implicit (not so in "Mansour is expected to bid",
    # nor in "the curfew that was imposed", where nobody named undergoes it)
    undergone = _predicate_noun(trigger, _rules()["predicates"])
    passive = "nsubjpass" in children or shared_passive(trigger) is not None or \
        _reduced_passive(trigger) or \
        _headline_participle(trigger) or (undergone is not None and undergone[2] == "subject") \
        or accusations.undergone(trigger)  # "two soldiers stand accused of the bombing"
    # round 35: of a verb of giving the passive subject is the thing given, and the one it
    # goes to is the recipient, the target PLOVER codes (manual 3.6; the dative
    # alternation, Quirk et al. 1985, 10.21: "aid was sent to Libya" = "sent Libya aid")
    # (agentless only: an unnamed "by" phrase, often a means read as the agent, "delivered
    # by truck to the refugees", leaves the event refused as before; reviewer, round 35)
    recipient = coding.type in NEEDS_RECIPIENT and coding.type != "SANCTION" and \
        "agent" not in children
    # round 39: "the delegation was urged to accept", "Clinton has been asked to release":
    # a directive verb's object is its own argument, the addressee, so its passive subject
    # is the one asked (Quirk et al. 1985, 16.63; CGEL ch. 14, 5.2, "ordinary" objects),
    # unlike the raised subject of "is expected / believed to" (kept out above)
    directive = coding.type in DIRECTIVE_TYPES
    return None if passive and ("xcomp" not in children or directive) and any(
        named(a) for a in found if a.role == "target" or (
            recipient and a.role == "other" and _is_party(a))) else "no_named_source"


PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
PROCESS_NOUNS = frozenset({"war", "conflict", "fighting", "violence", "insurgency", "battle",
                           "warfare", "combat", "hostilities", "crisis", "campaign", "unrest"})


def _placed_attack(trigger: Token, found: list[EventActor]) -> bool:
    """Round 43 (h-evrecall43): one attack named by a singular noun with its place and no
    doer named ("a shooting at the Emanuel church in Charleston", "Friday's Munich mall
    shooting", "the assault on Paris"): a specific act of violence the text asserts, coded
    whoever did it (the rubric's "attackers detonated a car bomb"; an empty source is
    right where the sentence names no doer, CONVENTIONS U12), as the verb is ("was shot
    on the deck").  Plural and placeless nouns stay refused: aggregates and habits (U6),
    "attacks" in general.  Not a war or a conflict, a period or process (U8: "the Libyan
    civil war" is no act), nor a predicative noun that only classes another act ("the
    attack ranks as the deadliest mass shooting": a subject complement characterizes its
    subject, Quirk et al. 1985, 10.8)."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN" or any(
            a.role == "source" for a in found) or \
            trigger.lemma_.lower() in PROCESS_NOUNS or trigger.dep_ == "attr" or (
            trigger.dep_ == "pobj" and trigger.head.lower_ == "as") or _framed_act(trigger):
        return False

    def place(t: Token) -> bool:
        return t.ent_type_ in PLACE_KINDS or any(
            c.dep_ == "compound" and c.ent_type_ in PLACE_KINDS for c in t.children)

    return any(c.dep_ in ("compound", "nmod", "amod", "poss") and place(c)
               for c in trigger.children) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and any(
            o.dep_ == "pobj" and place(o) for o in c.children)
        for c in trigger.children)


def _above_body(ctx: Context, token: Token) -> bool:
    """Whether ``token`` is in the headline of a text with a body below it: a headline
    names in brief the act its lead tells with its parties ("Raid in Borno" over "Nigerian
    troops killed nine civilians in a raid ..."), so a doerless attack noun there is no
    act of its own (round 43)."""
    end = ctx.headline_end
    return token.idx < end < len(ctx.text.rstrip())


def _framed_act(noun: Token) -> bool:
    """Whether an attack noun is the frame of a clause whose doer the clause names ("troops
    killed nine civilians in a raid on a village", "gunmen opened fire during an attack
    on the base"): the noun names the act the clause tells, whose doer is the clause's
    subject, so it is no second act with no doer (CONVENTIONS U12: an empty source is
    right only where the sentence names no doer).  Not a passive or a subjectless clause
    ("were killed in an attack in Kabul": the doer is unnamed)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return False
    verb = noun.head.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in verb.children)


# Force and coercion are coded with unnamed people as their parties (the rubric of the
# judged sets and PLOVER: "three Americans were killed", "he was rearrested", "attackers
# detonated a car bomb"): violence and arrests are events whoever does them.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Directives (PLOVER REQUEST, DEMAND): coded in the agentless passive with a to-infinitive
DIRECTIVE_TYPES = frozenset({"REQUEST", "DEMAND"})


@lru_cache(maxsize=1)
def _force_words() -> dict[str, frozenset[str]]:
    """Nouns for people (generic_actors.yaml ``group_heads``, singular), nouns naming
    people by the force they use (``force_agents``), and words that count the people
    after 'of' (agents.yaml ``quantities``: "dozens of", "some of")."""
    groups = load_yaml("generic_actors.yaml")
    return {"group_heads": frozenset(groups["group_heads"]),
            "force_agents": frozenset(groups["force_agents"]),
            "quantities": frozenset(load_yaml("agents.yaml")["quantities"])}


def _person(doc, actor: EventActor, undergoer: bool) -> bool:
    """An argument that names people without a name or a sector.  The one who undergoes
    the act: a noun for people (``generic_actors.yaml: group_heads``, WordNet's
    person.n.01), a number of them ("Sixty of those who escaped", "130 people"), or a
    third-person pronoun ("he was rearrested").  The doer: a noun that names people by
    the force they use (``force_agents``: "attackers detonated a car bomb"); a pronoun
    doer left unresolved is too often a figure of speech ("she has dominated Sanders"),
    and a people noun alone ("villagers", "students") does not say who used force."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.pos_ == "PRON":
        # third persons only: "they're ripping you off", "we struck on the idea", "struck
        # me as" are no force
        return undergoer and head.lower_ in PEOPLE_ARGUMENTS
    if head.like_num or head.lower_ in _force_words()["quantities"]:
        # "Sixty of those who escaped", "dozens of villagers": the people counted
        counted = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [o for c in counted for o in c.children if o.dep_ == "pobj"]
        return any(o.lower_ in ("those", "them", "us") or _people_noun(o) for o in objects)
    if not undergoer:  # a doer: only a noun that names one by the force used ("attackers")
        return head.pos_ == "NOUN" and head.lemma_.lower() in _force_words()["force_agents"]
    return _people_noun(head)


def _people_noun(head: Token) -> bool:
    """A noun for people who are no political office or body alone ("villagers",
    "women", "attackers"; not "the senator", whose "came under attack" is words)."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in _force_words()["group_heads"] and \
        not set(generic.noun_sectors(head)) & POLITICAL_SECTORS


def _private_words(look: _Lookup, found: list[EventActor], coding: Coding) -> bool:
    """A verbal act (plover_verbs.yaml private_parties: consulting, appealing,
    criticizing, agreeing...) whose coded actors are all private (civilians, business)
    and none a state or a political body: "a JetBlue pilot lamented", "Matthaes, a
    Vietnam dweller, warned against hospital care", "Isozaki founded Beru Corporation".
    Criticism or praise OF the public by a named person the article gives no sector
    ("Beck criticized evangelical voters") is not known to be private: only its target is
    (round 17)."""
    categories, sectors, _ = _rules()["private_parties"]
    if coding.type not in categories:
        return False
    coded = [a for a in found if a.role in ("source", "target") and (a.country or a.sector)]
    if coding.type in ("ACCUSE", "SUPPORT") and all(a.role == "target" for a in coded) and any(
            a.role == "source" and not (a.country or a.sector)
            and look.ctx.entity_type(a.entity_id) == "PERSON" for a in found):
        return False
    return bool(coded) and all(a.sector in sectors for a in coded)


def _media_contact(found: list[EventActor], coding: Coding) -> bool:
    """Round 27: a consultation or a request whose other side is the press -- a CONSULT
    whose coded targets or coded sources are all news outlets or journalists
    (plover_verbs.yaml media_contacts), a REQUEST by the press of no one: an interview, a
    media appearance or a newspaper's inquiry, journalism, not an interaction PLOVER
    codes ("newspapers urged him to resign", "demanded that CNN retract" name a party
    pressed and stay)."""
    rules = _rules()["media_contacts"]
    if coding.type not in rules["categories"]:
        return False
    targets = [a for a in found if a.role == "target" and (a.country or a.sector)]
    sources = [a for a in found if a.role == "source" and (a.country or a.sector)]
    if targets:  # "visited NBC", "called the Times"; not "demanded that CNN retract",
        # a party pressing the press
        return coding.type == "CONSULT" and all(a.sector in rules["sectors"] for a in targets)
    # the press meeting or questioning someone ("Kelly confronted him in the debate"), or
    # asking no one ("Kelly asked for the interview"); not "newspapers urged him to
    # resign", an editorial demand of someone
    return bool(sources) and all(a.sector in rules["sectors"] for a in sources) and (
        coding.type == "CONSULT" or not any(a.role == "target" for a in found))


def _private_visit(trigger: Token, found: list[EventActor], coding: Coding) -> bool:
    """A visit (CONSULT by a verb of going) whose visitors are all private parties
    (civilians, business): "Chinese tourists visited Vietnam" is travel, not a visit
    between parties."""
    _, sectors, visits = _rules()["private_parties"]
    lemma = trigger.lemma_.lower()
    if coding.type != "CONSULT" or trigger.pos_ != "VERB" or (
            lemma not in _rules()["going_verbs"] and lemma not in visits):
        return False
    sources = [a for a in found if a.role == "source" and (a.country or a.sector)]
    return bool(sources) and all(a.sector in sectors for a in sources)


def _home_visit(look: _Lookup, trigger: Token, found: list[EventActor],
                coding: Coding) -> bool:
    """A visit (CONSULT by a verb of going or visiting, or a travel noun) whose
    destinations are all places in the visitors' own country and no party: "Sanders
    visited Missouri", "Obama arrived in Orlando", "a visit to the border" by a
    president of that country.  CAMEO 042 is travel "for a meeting"; PLOVER's CONSULT
    is between parties (manual 3.2): a trip at home has no second party.  A foreign
    visitor ("Biden visited Israel") or a named host ("visited Putin") keeps it."""
    _, _, visits = _rules()["private_parties"]
    lemma = trigger.lemma_.lower()
    if coding.type != "CONSULT" or (lemma not in _rules()["going_verbs"] and
                                    lemma not in visits and
                                    lemma not in _rules()["adjunct_agents"]["travel_nouns"]):
        return False
    sources = [a for a in found if a.role == "source"]
    ctx = look.ctx
    if not sources or any(a.role in ("target", "other") and a.entity_id and
                          ctx.entity_type(a.entity_id) not in places.PLACE_TYPES
                          for a in found):
        return False  # "visited Putin": a host
    article = None
    home = set()
    for a in sources:  # a person's country, else the article's (as place_countries gives)
        country = a.country
        if country is None and a.sector:
            article = article or generic.main_country(ctx) or "?"
            country = article
        home.add(country)
    if len(home) != 1 or None in home or "?" in home:
        return False
    destinations = _destinations(trigger)
    return bool(destinations) and all(_country_of(ctx, t) in home for t in destinations)


def _destinations(trigger: Token) -> list[Token]:
    """Where a verb of going or visiting, or a travel noun, goes: its object, or the
    object of 'to', 'in', 'at' ... ("visited Missouri", "arrived in Orlando", "a visit
    to the border")."""
    from .senses import DESTINATIONS

    out = [c for c in trigger.children if c.dep_ == "dobj"]
    out += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in DESTINATIONS
            for o in p.children if o.dep_ == "pobj"]
    return out


def _country_of(ctx, token: Token) -> str | None:
    """The country of a place named by a token, or None where it names no place."""
    entity = ctx.entity(ctx.token_entity.get(token.i))
    if entity is None or entity.type not in places.PLACE_TYPES:
        return None
    place = entity.place
    return (place.country if place is not None else None) or entity.country


def _participial_adjective(trigger: Token) -> bool:
    """An -ing participle with no complement, coordinated with a predicate adjective
    ("the Japanese are friendly and accepting"): a participial adjective naming a
    quality (Quirk et al. 1985, 7.15), not an act."""
    return trigger.tag_ == "VBG" and trigger.dep_ == "conj" and \
        trigger.head.pos_ == "ADJ" and trigger.head.dep_ in ("acomp", "attr") and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in trigger.children)


def _from_phrase(doc, actor: EventActor) -> bool:
    """An argument in a 'from' phrase ("contributed from Mogadishu and Nairobi"): where
    something comes from, not the recipient a giving or cooperating verb needs."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def _when_clause(trigger: Token) -> bool:
    """A relative clause on a time ("since 2011, when the two ports closed their
    quays"): it tells what happened then, as a when-clause does, not what a
    participant is like.  (Round 36 tried any supplementary when-relative set off by a
    comma, whatever noun the parser hangs it on: one dev row gained, one new check event
    wrong, "the Korean War, when X's attempt ... provoked a counterattack"; taken out.)"""
    return trigger.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in trigger.children) and (
        trigger.head.ent_type_ in ("DATE", "TIME"))


def _not_own_target(found: list[EventActor]) -> list[EventActor]:
    """An event's parties without a target that is its only source over again, the same
    entity under the same words ("the militia fought back" read with the militia as
    the one fought): an event is between two parties (PLOVER manual 2.4), so a party
    named on both sides and no other is the doer only.  Symmetric events of two parties
    ("X met with Y", each a source and a target) keep both."""
    def party(a: EventActor) -> tuple:
        return (a.entity_id, " ".join(a.text.lower().split()))

    parties = {party(a) for a in found if a.role in ("source", "target")}
    if len(parties) != 1 or None in next(iter(parties)) or \
            not any(a.role == "source" for a in found):
        return found
    return [a for a in found if a.role != "target"]


def _own_forces(found: list[EventActor]) -> list[EventActor]:
    """A state's own forces sent with no party to receive them (MOBILIZE, coding.py):
    what is sent is the mobilizing side, not a target -- the doer's own when it is named
    ("the army deployed troops"), the side itself when none is ("troops were deployed")."""
    if any(a.role == "source" for a in found):
        return [a for a in found if a.role != "target"]
    return [a.model_copy(update={"role": "source"}) if a.role == "target" else a
            for a in found]


def _is_party(a: EventActor) -> bool:
    """A named party, or a group or role noun ("the protesters", "officials"), or a
    personal pronoun: someone an action can be directed to, not a thing."""
    if a.entity_id:
        return True
    words = a.text.lower().split()
    agents = _agents()["nouns"]
    return bool(words) and (words[-1] in agents or words[-1] in PERSONAL_PRONOUNS)


def _ahead(ctx: Context, noun: Token, when) -> bool:
    """An event noun (no tense of its own) that is still to come: dated by its own
    phrase after the article's date ("next week's summit", "talks on Friday" in an
    article of Monday), or named as scheduled ("the upcoming talks", "talks scheduled for
    next month"; plover_verbs.yaml `future_modifiers`)."""
    if noun.pos_ != "NOUN":
        return False
    words = _rules()["future_modifiers"]
    if any((c.dep_ in ("amod", "compound") and c.lower_ in words) or
           (c.dep_ == "acl" and c.lower_ in words) for c in noun.children):
        return True
    if when.basis != "explicit" or ctx.anchor is None:
        return False
    days = value_range(when.value, ctx.anchor)
    return days is not None and days.first is not None and days.first > ctx.anchor.isoformat()


def sentence_offsets(sent) -> Offsets:
    """A sentence's extent without the line breaks and spaces the parser kept in it."""
    doc = sent.doc  # the first and last words, read from the ends (not every token)
    first = next((doc[i] for i in range(sent.start, sent.end) if not doc[i].is_space), None)
    if first is None:
        return Offsets(start=sent.start_char, end=sent.start_char)
    last = next(doc[i] for i in range(sent.end - 1, first.i - 1, -1) if not doc[i].is_space)
    return Offsets(start=first.idx, end=last.idx + len(last.text))


def annotate(ctx: Context) -> None:
    look = _Lookup.build(ctx)
    triggers: list[Token] = []
    sentence_of: dict[int, Offsets] = {}
    sents = ctx.sentences
    starts = [sent.start for sent in sents]
    offsets: dict[int, Offsets] = {}
    # a database copy's abstract restates the lead like a headline: no events coded there
    lo, hi = ctx.article.meta.get("summary") or (0, 0)
    # the tokens is_trigger may accept: verbs, adjectives, nouns, past participles
    for i in tokens_tagged(ctx.doc, frozenset({VERB, ADJ, NOUN, PROPN}),
                           lambda tag: tag == "VBN"):
        token = ctx.doc[i]
        if lo <= token.idx < hi:
            continue
        if i not in ctx.removed_tokens and (is_trigger(token) or force.capitalized_noun(token)
                                             or receiving.received(token) is not None):
            triggers.append(token)
            k = bisect_right(starts, i) - 1
            if k not in offsets:
                offsets[k] = sentence_offsets(sents[k])
            sentence_of[i] = offsets[k]
    found = {t.i: actors(look, t) for t in triggers}
    pressure.statement_sources(look, triggers, found)  # "issued a declaration demanding"
    recall28.drop_factive_noun(triggers, found)  # "the fact that he declined": no party
    own = {t.i: coding_route(t) for t in triggers}
    coding = {i: c for i, (c, _) in own.items()}
    route = routes.Tracer(coding, {i: r for i, (_, r) in own.items()})
    step = route.step  # each pass, named as the route of what it recodes (routes.py)
    step("asked_from", requests.asked_from, look, triggers, coding, found)  # "sought X from"
    step("between", consult.between_parties, triggers, coding, found)  # "talks between X and Y"
    step("light_verb", _light_verbs, triggers, coding, found)
    step("receiving", receiving.apply, triggers, coding, found)
    step("undergone", constructions.apply_undergone, triggers, coding, found)
    step("force", force.apply, look, triggers, coding, found)  # "fired tear gas at"
    step("predicate", _predicates, look, triggers, coding, found)
    step("criticism", criticism.targets, look, triggers, coding, found)  # "lashed out at"
    step("evaluations", evaluations.targets, look, triggers, coding, found)  # "concern over"
    step("speech_content", speech_content.targets, look, triggers, coding, found)  # "hinted"
    step("accusations", accusations.apply, look, triggers, coding, found)  # "a probe into X"
    step("things", _things, triggers, coding)
    step("held", _held, look, triggers, coding, found)
    step("courts", courts.apply, triggers, coding, found)  # "the court struck down the law"
    step("hypothetical", hypothetical.apply, triggers, coding)  # "would have invaded"
    planned = intents.plans_of_no_cooperation(triggers, coding)  # read before 'govern'
    step("govern", _govern, look, triggers, coding, found)
    step("intents", intents.uncode_plans, planned, coding)  # "planned to stay neutral"
    stated = step("threats", pressure.conditional_threats, triggers, coding, found)  # "if"
    stated |= step("obligations", speech_content.obligations, look, triggers, coding, found)
    step("pledges", pledges.giving, triggers, coding, found)  # "said the U.S. will provide"
    step("intents", intents.unexpressed_intents, ctx, triggers, coding, found)
    step("polls", polls.apply, ctx, triggers, coding, found)  # "Americans reject the deal, a poll"
    step("questions", readings.questions, triggers, coding)  # "Bartiromo asked, 'You ...?'"
    step("nonactors", nonactors.apply, triggers, coding)  # "stocks beat forecasts"
    step("thing_sources", nonactors.thing_sources, triggers, coding, found)  # "hit by imports"
    nonactors.act_sources(triggers, coding, found)  # "the bombing killed": no source
    step("generics", generics.apply, triggers, coding)  # "China regularly condemns"
    step("aspect", aspect.apply, triggers, coding)  # "preferred", "for years", "more than"
    step("complements", complements.apply, triggers, coding)  # "attended the wedding"
    step("individuals", individuals.apply, ctx, triggers, coding, found)  # "attacking Heidi"
    step("request_content", political_readings.request_content, triggers, coding, found)
    ordered = step("order", orders.apply, triggers, coding, found,  # "ordered its army to"
                   {i: c for i, (c, _) in own.items() if route[i] == "govern"})
    route.routes.update(dict.fromkeys(ordered, "order"))
    stated |= ordered
    unasserted = _unasserted(triggers, coding, sents)
    headings.apply(ctx, triggers, coding, unasserted)  # a title repeated, a question subhead
    doubted = factuality.doubted(ctx, triggers)
    events: list[Event] = []
    main_country = generic.main_country(ctx)
    for token in triggers:
        start, end = token.idx, token.idx + len(token.text)
        found[token.i] = _not_own_target(found[token.i])
        chosen = coding[token.i] if _codable(look, token, found[token.i], coding[token.i]) \
            and not gates.gated(token, found[token.i], coding[token.i].type, route[token.i], ctx) \
            else UNCODED
        if chosen == _rules()["send_own_forces"][0] and \
                token.lemma_.lower() in _rules()["send_verbs"]:
            found[token.i] = _own_forces(found[token.i])
        if chosen.type and not _has_named_target(found[token.i]):
            # the named party an action is directed to is its recipient ("aid to Mozambique")
            found[token.i] = [a.model_copy(update={"role": "target"})
                              if a.role == "other" and a.entity_id else a
                              for a in found[token.i]]
        said = (speech_head(token) or token.head) if chosen.type == "REQUEST" and \
            token.pos_ == "VERB" and \
            _obligation_request(token) else stated.get(token.i) or pressure.said(
            token, chosen, coding)
        if said is token:  # "announced that the U.S. will provide a ship to Vietnam"
            said = pledges.said(token, chosen, coding, found)
        # the request of "X must do Y" is made when the speaker says it: its factuality
        # (tense, certainty) is the saying's, not the modal content's; so is a threat or a
        # refusal its speaker states in the future ("said it would retaliate")
        fact = pressure.refusal(token, chosen, factuality.assess(  # "will not accept"
            ctx, said, unasserted.get(said.i), doubted=said.i in doubted))
        when = times.event_time(ctx, token, fact.tense)
        if fact.tense != "future" and _ahead(ctx, token, when):
            fact = fact.model_copy(update={"tense": "future"})
        location = places.event_location(ctx, token)
        found[token.i] = animate.private_people(ctx, generic.at_event_time(
            ctx, animate.home_people(ctx, generic.place_countries(
                ctx, found[token.i], location, main_country), main_country), when))
        events.append(Event(
            id=f"ev{len(events) + 1}",
            trigger=ctx.span(start, end),
            lemma=token.lemma_.lower(),
            pos=_pos(token),
            sentence=sentence_of[token.i],
            type=chosen.type,
            mode=chosen.mode,
            cameo=chosen.cameo,
            route=route[token.i] if chosen.type else None,
            actors=found[token.i],
            time=when if fact.tense != "future" else times.event_time(ctx, token, "future"),
            location=location,
            recipient=_recipient(ctx, token, chosen.type, found[token.i], location),
            factuality=fact,
            attribution=list(ctx.token_attribution.get(token.i, [])),
        ))
    ctx.events = plover.attach(magnitude.attach(ctx, events))


def prepare() -> None:
    """Load the event dictionaries (verbs, nouns, patterns, PLOVER table) now (see
    :func:`wiretrace.pipeline.load`)."""
    for table in (_plover, _verbs, _overrides, _not_event_verbs, _nouns, _rules, _patterns,
                  _pattern_heads, _other_acts, _state_adjectives, _agents, generic.prepare,
                  magnitude.prepare, plover.prepare, readings.prepare, receiving.prepare,
                  campaign.prepare, constructions.prepare, criticism.prepare, noun_phrases.prepare,
                  force.prepare, pressure.prepare, pledges.prepare, nonactors.prepare,
                  headings.prepare, requests.prepare, evaluations.prepare, individuals.prepare,
                  courts.prepare, accusations.prepare, speech_readings.prepare,
                  recall28.prepare, political_readings.prepare, gates.prepare,
                  speech_content.prepare, orders.prepare, aspect.prepare, calling.prepare,
                  complements.prepare,
                  _force_words):
        table()
