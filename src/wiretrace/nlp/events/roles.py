"""Roles: the arguments of an event trigger read from the parse (source, target, other), the
entities they name (through pronouns, possessors and prepositions), the actors held under
a measure, and the recipient country an event is directed at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from heapq import heappop, heappush

from spacy.tokens import Token

from ...model import EventActor, Location, Recipient
from ..actors import generic
from ..actors.antecedents import clause_subject, pronoun_entity, relative_head
from ..actors.epithets import described_person
from ..context import Context
from . import disruptions, hardforms
from .adjuncts import (
    adjunct_doers,
    adjunct_subject,
    held_place,
    imposed_on,
    speech_act,
    speech_clause,
    traveller,
)
from .coding import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    SYMMETRIC,
    UNCODED,
    Coding,
    _agents,
    _party_word,
    _rules,
    is_event_noun,
)
from .coordination import shared_object, shared_passive
from .joint import with_joint
from .misparsed import finite_modifier
from .political_readings import building_modifier
from .pronouns import classifier, possessive_doer
from .reference import continued_subject, former_latter, quoted_speaker
from .senses import place_modifier
from .stances import fragment as _fragment

# --- arguments -------------------------------------------------------------------------

def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _reduced_passive(trigger: Token) -> bool:
    """A passive without its auxiliary, as headlines write it: "Hong Kong threatened with
    Chinese military intervention" (a past participle with a subject and no auxiliary),
    "US Chinook helicopter shot down in Afghanistan" (a fragment's phrasal verb with no
    object).  Its subject undergoes the event: the target, never the source."""
    if trigger.pos_ != "VERB" or not any(c.dep_ in SUBJECTS for c in trigger.children):
        return False
    children = list(trigger.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "oprd")
           for c in children):
        return False
    if not _fragment(trigger.sent):
        return False
    if trigger.tag_ == "VBN":
        return True
    pairs = _rules()["transitive_phrasal"]  # "shoot down", never "back down"
    return trigger.tag_ == "VBD" and any(
        c.dep_ == "prt" and f"{trigger.lemma_.lower()} {c.lower_}" in pairs for c in children)


def _headline_participle(trigger: Token) -> bool:
    """"Two Iranian diplomats expelled from Germany", "Opposition leader Navalny arrested
    in Moscow": in a fragment with no verb of its own, a participle after the noun it
    modifies is the reported event, done to that noun."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and \
        trigger.head.dep_ == "ROOT" and trigger.head.pos_ in ("NOUN", "PROPN") and \
        _fragment(trigger.sent)


# Categories of acts that come from someone: "from X" after such a noun names its doer
# ("criticism from the U.N.", "a visit from the king", "aid from Japan"); after a
# withdrawal, a release or an attack it names a place or what is left.
GIVEN = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AID", "REJECT", "AGREE",
                   "CONSULT"})


def _given(noun: Token) -> bool:
    from .coding import coding_for
    return coding_for(noun).type in GIVEN


TIME_NOUNS = frozenset({"day", "week", "weekend", "month", "year", "decade", "century",
                        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday"})


def _speaker_label(subject: Token) -> bool:
    """The name before the colon of a transcript's turn ("VOA: Putin recently visited
    China"), which the parser takes for the subject: it names who speaks, and the verb has
    its own subject after the colon (a second subject, or the label's apposition)."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ":" or \
            subject.i - subject.sent.start > 3:
        return False
    return any(c.dep_ in SUBJECTS and c.i > subject.i + 1 for c in subject.head.children) or \
        any(c.dep_ == "appos" and c.i > subject.i + 1 for c in subject.children)


def _raw_arguments(trigger: Token, kind: Callable[[Token], str] | None = None
                   ) -> list[tuple[str, Token]]:
    """The role words of a trigger.  ``kind`` gives a word's entity type as the article's
    entities read it (its linked entity's type), else spaCy's label of the token."""
    kind = kind or (lambda t: t.ent_type_)
    args: list[tuple[str, Token]] = []
    is_verb = trigger.pos_ == "VERB"
    # "21 passengers and four troops died in the attack": the subject of a verb of dying
    # undergoes the event (plover_verbs.yaml undergoer_verbs), like a passive's
    reduced = is_verb and (_reduced_passive(trigger) or
                           trigger.lemma_.lower() in _rules()["undergoer_verbs"])
    imposed: list[tuple[str, Token]] = []  # whom an act is done on, read below
    misread = finite_modifier(trigger) if is_verb else None
    if misread is not None:  # "Trump hosted Erdogan" parsed as a noun phrase (round 44)
        subjects, obj = misread
        return [("source", relative_head(t)) for s in subjects for t in _with_conjuncts(s)] \
            + [("target", t) for t in _with_conjuncts(obj)]
    for child in trigger.children:
        dep = child.dep_
        if dep in ("amod", "compound", "nmod") and any(c.tag_ == "POS" for c in child.children):
            dep = "poss"  # "the latter's refusal" parsed as a modifier: its 's marks a genitive
        if is_verb and dep in SUBJECTS and _speaker_label(child):
            # the turn's own subject: parsed as the label's apposition, or on its own
            said = [c for c in child.children if c.dep_ == "appos" and c.i > child.i + 1]
            if not said:
                continue
            child = said[0]
        if is_verb and dep in SUBJECTS:
            role = "target" if reduced else "source"
            args += [(role, relative_head(t)) for t in _with_conjuncts(child)]
        elif is_verb and dep in PASSIVE_SUBJECTS | OBJECTS:
            # "charges which Washington dismissed": the charges; "interrupted her speech":
            # the speaker (disruptions.py, round 36)
            args += [("target", relative_head(disruptions.target_of(trigger, t)))
                     for t in _with_conjuncts(child)]
        elif dep == "agent":  # "was captured by rebels"
            args += [("source", t) for p in child.children if p.dep_ == "pobj"
                     for t in _with_conjuncts(p)]
        elif dep == "prep" or dep == "prt" and any(c.dep_ == "pobj" for c in child.children):
            # a particle with an object is a preposition (CGEL 4.6.1: particles take no
            # complement), whatever the parse says: "called on [prt] fellow Democrats to"
            prep = child.lower_
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                objs = _with_conjuncts(pobj)
                if prep == "with" and trigger.lemma_.lower() in SYMMETRIC:
                    args += [("partner", t) for t in objs]
                elif not is_verb and prep == "of" and \
                        trigger.lemma_.lower() in _rules()["governing_nouns"] and \
                        is_event_noun(pobj):
                    # "threats of Washington sanctions": the content's own actor is the
                    # one who threatens, demands or offers it, not its target
                    args += [("source", c) for c in pobj.children
                             if c.dep_ in ("compound", "amod", "poss")
                             and c.ent_type_ in ("GPE", "NORP", "ORG")]
                elif not is_verb and prep == "of":   # "the capture of X"
                    args += [("target", t) for t in objs]
                elif not is_verb and prep == "by":   # "the attack by X"
                    args += [("source", t) for t in objs]
                elif not is_verb and prep == "from" and _given(trigger):
                    # "criticism from the United Nations", "a call from Putin"
                    args += [("source", t) for t in objs]
                elif is_verb and prep in ("on", "upon") and \
                        _rules()["class"].get(trigger.lemma_.lower()) == "request":
                    # "called on Beijing to ...", not "called Putin on Monday"
                    args += [("target", t) for t in objs if _party_word(t)]
                elif imposed_on(trigger, prep):  # "China's sanctions on Australia"
                    imposed += [("target", t) for t in objs
                                if _party_word(t) or t.lower_ in _agents()["nouns"]
                                or held_place(trigger, t)]  # r43: "on rebel camps"
                elif prep in {"between", "with", "against", "to", "for", "from"}:
                    role = "target" if prep in {"against", "between"} else "other"
                    args += [(role, t) for t in objs]
        elif not is_verb and dep == "poss" and (child.ent_type_ in ("DATE", "TIME") or
                                                 child.lemma_.lower() in TIME_NOUNS):
            continue  # "last week's summit": a temporal genitive dates it, nobody did it
        elif not is_verb and dep == "poss":  # "Haftar's bid", "Gaddafi's death"
            # a state or an organization is the doer ("the government's prosecution"),
            # unless a 'by' phrase names the doer: then the genitive is objective whoever
            # it names ("Assange's arrest by British police"; Quirk et al. 1985, 17.42;
            # CGEL 5.16).  The type is the linked entity's where there is one: spaCy
            # labels a lone surname before 's as ORG ("Following Assange's arrest").
            preps = {p.lower_ for p in trigger.children if p.dep_ == "prep"}
            by_doer = any(p.dep_ == "prep" and p.lower_ == "by" and any(
                o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") and
                o.lemma_.lower() not in TIME_NOUNS for o in p.children)
                for p in trigger.children)  # not "by Friday"
            done_to = trigger.lemma_.lower() in _rules()["undergoer_nouns"] and \
                "of" not in preps and \
                (by_doer or kind(child) not in ("ORG", "GPE", "NORP"))
            args.append(("target" if done_to else "source", child))  # "Mech Dara's arrest"
        elif not is_verb and dep in {"amod", "compound"} and child.ent_type_ in \
                {"NORP", "GPE", "ORG"}:
            # "an Israeli strike", "UN and US sanctions" (not spaCy's nmod: round 20 tried
            # it, and judged it made one right event and three wrong; docs/quality.md)
            args += [("source", t) for t in _with_conjuncts(child)]
        elif not is_verb and dep == "acl" and child.tag_ == "VBN":
            # "an arrest warrant issued by the International Criminal Court"
            args += [("source", p) for a in child.children if a.dep_ == "agent"
                     for p in a.children if p.dep_ == "pobj"]
    if is_verb or any(role == "source" for role, _ in args):  # a nominal with its own doer
        args += imposed
    # Control ("Haftar sought to meet X") and verb coordination ("arrived and met X"):
    # the governing verb's subject is this verb's subject too.
    has_subject = any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in trigger.children)
    if is_verb and not has_subject and (not any(role == "source" for role, _ in args) or any(
            c.dep_ == "auxpass" for c in trigger.children)):  # "... and were attacked by X"
        head = trigger
        while head.dep_ in {"xcomp", "conj"} and head.head.pos_ in {"VERB", "ADJ", "AUX"} \
                and head.head.i != head.i:
            head = head.head
            # "Syria is willing to withdraw": the adjective's subject is its copula's
            holder = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
            # "Mansour is expected to bid": the raised passive subject bids too.
            deps = SUBJECTS | PASSIVE_SUBJECTS if trigger.dep_ == "xcomp" else SUBJECTS
            subj = [c for c in holder.children if c.dep_ in deps]
            if subj:  # a passive verb's shared subject undergoes it ("hit a bomb and was
                role = "target" if any(  # then attacked", Quirk et al. 1985, 13.53)
                    c.dep_ == "auxpass" for c in trigger.children) else "source"
                args += [(role, relative_head(t)) for s in subj for t in _with_conjuncts(s)]
                break
    # A free participle of a request or an accusation ("the agency said in a report,
    # calling for more ambitious targets", "Bennett highlighted the curbs, demanding they
    # be reversed"): the understood subject of a subject-controlled adjunct is the
    # subject of the clause it is attached to (Quirk et al. 1985, 15.58); the speech act
    # it names is that speaker's.  Only for these speech acts: other adjuncts often
    # describe a result or a second actor's deed.
    if is_verb and not has_subject and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" \
            and not any(role == "source" for role, _ in args) and \
            trigger.head.pos_ in ("VERB", "AUX") and speech_act(trigger) and \
            speech_clause(trigger.head):  # or "sent a letter, urging" (round 29)
        subj = [c for c in trigger.head.children if c.dep_ in SUBJECTS]
        args += [("source", relative_head(t)) for s in subj for t in _with_conjuncts(s)]
    if is_verb and not has_subject and not any(role == "source" for role, _ in args):
        args += [("source", relative_head(t))  # "After blasting X, Beck ..." (round 17)
                 for s in adjunct_subject(trigger) for t in _with_conjuncts(s)]
    # Conjoined passive participles share their passive subject ("several rebels were
    # either neutralized or captured", "two journalists were arrested and detained"): it
    # undergoes each of them (coordination of verb phrases; Quirk et al. 1985, 13.53).
    shared = shared_passive(trigger) if is_verb else None
    if shared is not None and not any(role == "target" for role, _ in args):
        args += [("target", relative_head(t)) for c in shared.children
                 if c.dep_ in PASSIVE_SUBJECTS for t in _with_conjuncts(c)]
    # "Police detained and questioned three students": a shared object (coordination.py)
    if is_verb and not any(role == "target" for role, _ in args):
        args += [("target", relative_head(t)) for o in shared_object(trigger)
                 for t in _with_conjuncts(o)]
    # "was ousted in a coup led by X", "was killed in a gun battle with police"; "X said
    # during a visit to Beijing"
    if not any(role == "source" for role, _ in args):
        doers = adjunct_doers(trigger) if is_verb else traveller(trigger)
        args += [("source", relative_head(t)) for d in doers for t in _with_conjuncts(d)]
    # A participle modifying a noun: "an arrest warrant issued by the ICC" (acl).
    if is_verb and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        args.append(("target", trigger.head))
    return args


@dataclass
class _Lookup:
    """Per-article indexes the argument finder needs (built once per article)."""

    ctx: Context
    mention_at: dict[int, tuple[int, int]]   # token index -> its entity mention's offsets
    chunk_at: dict[int, tuple[int, int]]     # head token index -> its noun chunk's offsets

    @classmethod
    def build(cls, ctx: Context) -> _Lookup:
        # each entity token's first mention (in (start, end) order) that covers it: one
        # sweep over tokens and mentions in text order, the open mentions in a heap
        mention_at: dict[int, tuple[int, int]] = {}
        spans = sorted((m.start, m.end) for e in ctx.entities for m in e.mentions)
        open_spans: list[tuple[int, int]] = []
        k = 0
        for i in sorted(i for i in ctx.token_entity if 0 <= i < len(ctx.doc)):
            idx = ctx.doc[i].idx
            while k < len(spans) and spans[k][0] <= idx:
                heappush(open_spans, spans[k])
                k += 1
            while open_spans and open_spans[0][1] <= idx:
                heappop(open_spans)
            if open_spans:
                mention_at[i] = open_spans[0]
        try:
            chunks = list(ctx.doc.noun_chunks)
        except ValueError:  # a pipeline without a parser
            chunks = []
        chunk_at = {c.root.i: (c.start_char, c.end_char) for c in chunks}
        return cls(ctx, mention_at, chunk_at)


def _country_possessor(ctx: Context, head: Token) -> str | None:
    """The country or organization a word belongs to ("Haiti's efforts", "Belarus's
    rulers"); a person possessor is not it ("Haftar's son" is not Haftar)."""
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ in ("GPE", "NORP", "ORG") and \
                child.i in ctx.token_entity:
            return ctx.token_entity[child.i]
    return None


def _argument_entity(ctx: Context, head: Token, depth: int = 0) -> str | None:
    """The entity an argument refers to: the head word's own entity, else that of a name
    modifying it ("Israeli officials" -> Israel's NORP entity).  A possessor is not the
    argument: "Haftar's son" is not Haftar.  A group or role noun followed by its
    organization stands for it (data/agents.yaml).  An epithet of a named person ("the
    Vermont senator", "the Kentucky Republican") is that person (``actors.epithets``)."""
    described = described_person(ctx, head)
    if described is not None:
        return described
    if head.i in ctx.token_entity:
        return ctx.token_entity[head.i]
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i in ctx.token_entity:
            return ctx.token_entity[child.i]
    for child in head.children:  # "The Federal Minister for Interior, Aftab Sherpao,"
        if child.dep_ == "appos" and child.i in ctx.token_entity:
            return ctx.token_entity[child.i]
    agents = _agents()
    if head.pos_ == "NOUN" and head.lower_ not in agents["nouns"]:
        owner = _country_possessor(ctx, head)  # "praised Haiti's efforts"
        if owner:
            return owner
    word = head.lower_
    if word in agents["quantities"] and depth < 3:  # "thousands of Iraqi Kurds"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return _argument_entity(ctx, pobj, depth + 1)
    if word in agents["nouns"] or head.lemma_.lower() in agents["nouns"]:
        owner = _country_possessor(ctx, head)  # "Taiwan's Vice Foreign Minister"
        if owner:
            return owner
        # "workers affiliated with the Serbian Workers' Union", "militants loyal to X"
        for mod in head.children:
            if mod.dep_ in ("acl", "amod") and mod.pos_ in ("VERB", "ADJ") and depth < 3:
                for prep in mod.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                        for pobj in prep.children:
                            found = pobj.dep_ == "pobj" and _argument_entity(ctx, pobj,
                                                                             depth + 1)
                            if found:
                                return found
        # "officials from Italy's Ministry of Infrastructure", "students throughout Indonesia"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in agents["prepositions"]:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and depth < 3:
                        found = _argument_entity(ctx, pobj, depth + 1)
                        if found:
                            return found
    return None


TRIM = set('"\'“”‘’«»()[],;:-—–')


def _own_words(head: Token) -> tuple[int, int]:
    """A word with the modifiers before it ("the Libyan general" of "the Libyan general's
    rise"), for a possessor or a noun that heads no chunk of its own."""
    left = head.left_edge
    return left.idx, head.idx + len(head.text)


def _argument_span(look: _Lookup, head: Token) -> tuple[int, int]:
    """The words an argument stands for: its entity mention, else its noun chunk (without
    relative clauses or appositions), else the word itself; quote marks and punctuation at
    the edges are trimmed, and so are marked stretches (a wire dateline before the
    subject is blank in the parsed text: never part of an actor)."""
    start, end = look.mention_at.get(head.i) or look.chunk_at.get(head.i) or _own_words(head)
    verb = head.doc[head.i - 1] if head.i > 0 else None
    if verb is not None and verb.idx >= start and finite_modifier(verb) is not None:
        start = verb.idx + len(verb.text)  # "have since banned civilians": the verb's object
    end = max(end, hardforms.counted_end(head, _agents()["quantities"], look.mention_at) or 0)
    text = look.ctx.masked
    while start < end and (text[start] in TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in TRIM or text[end - 1].isspace()):
        end -= 1
    if start == end:
        return head.idx, head.idx + len(head.text)
    return start, end


def _symmetric(trigger: Token, args: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """"X met with Y", "X and Y met": PLOVER codes such events symmetrically, so every
    participant is both a source and a target.  Objects ("discussed the situation") are not
    participants and keep their role."""
    partners = [t for role, t in args if role == "partner"]
    subjects = [t for role, t in args if role == "source"]
    if trigger.lemma_.lower() not in SYMMETRIC or len(partners) + len(subjects) < 2:
        return [("target" if role == "partner" else role, t) for role, t in args]
    rest = [(role, t) for role, t in args if role not in {"partner", "source"}]
    both = subjects + partners
    return [("source", t) for t in both] + [("target", t) for t in both] + rest


TARGET_PREPOSITIONS = {"of", "for", "with", "against", "to", "by", "from"}


def _target_entity(ctx: Context, head: Token, depth: int = 0) -> str | None:
    """Whom a thing acted on belongs to, serves or comes from, when it is not named
    itself: "shelled positions of the Palestinian security forces", "suspended a program
    for Bosnia", "rejected calls by Belarus's rulers", "dismissed an appeal from the
    President"."""
    owner = _country_possessor(ctx, head)
    if owner:
        return owner
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPOSITIONS:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = _argument_entity(ctx, pobj) or (
                    _target_entity(ctx, pobj, depth + 1) if depth < 1 else None)
                if found:
                    return found
    return None


def _actor(look: _Lookup, role: str, head: Token) -> EventActor | None:
    ctx = look.ctx
    if head.is_punct or head.is_space or ctx.is_removed(head.idx, head.idx + len(head)):
        return None
    start, end = _argument_span(look, head)
    entity_id = _argument_entity(ctx, head)
    code_head = head  # the words the actor's code is read from (generic.py)
    if entity_id is None and head.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
        subject = clause_subject(head)  # "the police said they ...": the police
        if subject is not None and generic.agrees(head, subject):
            code_head = subject
        entity_id = pronoun_entity(ctx, head, _argument_entity)
        if entity_id is None and subject is None:  # "... They demanded": reference.py
            found = continued_subject(ctx, head, _argument_entity)
            if found is not None:
                entity_id, code_head = found
            entity_id = entity_id or quoted_speaker(ctx, head)  # '"We urge ...," X said'
    entity_id = entity_id or former_latter(ctx, head)  # "the latter's refusal"
    doer = None if entity_id else possessive_doer(ctx, head, _argument_entity)
    if doer is not None:  # "Russia used its veto", "the rebels went ahead with their ..."
        entity_id, code_head = doer
    owner_entity = None
    if entity_id is None and role == "target" and head.pos_ == "NOUN":
        entity_id = _target_entity(ctx, head)
        owner = None if entity_id else generic.generic_owner(head)
        if owner is not None:  # "dismissed the administration's accusation"
            code_head = owner
            # "the Bush administration's request": the owner's code is read with the name
            # that modifies it, as for "the Bush administration" as an argument of its own
            # (a thing of a body's carries the body's code); the actor stays the thing's
            owner_entity = _argument_entity(ctx, owner)
    code = generic.argument_code(ctx, code_head, entity_id or owner_entity)
    return generic.coded(EventActor(role=role, entity_id=entity_id, start=start, end=end,
                                    text=ctx.text[start:end]), code)


def actors(look: _Lookup, trigger: Token) -> list[EventActor]:
    out: list[EventActor] = []
    seen: set[tuple[str, int, int, str | None]] = set()

    def kind(token: Token) -> str:  # the linked entity's type, else spaCy's label
        linked = look.ctx.entity_type(look.ctx.token_entity.get(token.i))
        return linked if linked is not None else token.ent_type_

    raw = _raw_arguments(trigger, kind)
    for role, head in _symmetric(trigger, hardforms.adjust(trigger, raw)):
        if role == "source" and (place_modifier(look.ctx, head, trigger) or
                                 building_modifier(look.ctx, head, trigger) or
                                 classifier(look.ctx, head, trigger, _argument_entity)):
            continue
        actor = _actor(look, role, head)
        if actor is None:
            continue
        for a in with_joint(look.ctx, head, actor):
            key = (role, a.start, a.end, a.entity_id)
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


def _held(look: _Lookup, triggers: list[Token], coding: dict[int, Coding],
          found: dict[int, list[EventActor]]) -> None:
    """"X is designated under UN and US sanctions", "X remains subject to an arrest
    warrant": the one held under a measure is its target.  An event noun that only
    modifies another ("arrest warrant") is not an event of its own."""
    at = {t.i for t in triggers}
    for n in triggers:
        if n.pos_ != "NOUN":
            continue
        # "arrest warrant", "a possible war"; not before a noun that only frames it ("a
        # mediation effort": plover_verbs.yaml `frames`)
        if n.dep_ == "compound" and n.head.i in at and n.head.pos_ == "NOUN" and \
                n.head.lower_ not in _rules()["frames"] or any(
                c.dep_ == "amod" and c.lower_ in _rules()["unreal_modifiers"]
                for c in n.children):
            coding[n.i] = UNCODED
            continue
        node = n
        if n.dep_ == "conj" and n.head.dep_ == "pobj":  # parsed "under [UN] and [US sanctions]"
            if n.head.ent_type_ in ("ORG", "GPE", "NORP") and n.head.i not in at:
                actor = _actor(look, "source", n.head)
                if actor is not None:
                    found[n.i] = [actor, *found[n.i]]
            node = n.head
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in ("under", "to") or \
                _has_named_target(found[n.i]):
            continue
        holder = prep.head
        if prep.lower_ == "to" and holder.lower_ != "subject":
            continue
        verb = holder.head if holder.pos_ == "ADJ" else holder  # "remains subject to"
        while True:
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head  # "is designated ... and also remains subject to"
        for subject in subjects:
            actor = _actor(look, "target", subject)
            if actor is not None and actor.entity_id:
                found[n.i] = [*found[n.i], actor]



def _has_named_target(actors_: list[EventActor]) -> bool:
    return any(a.role == "target" and a.entity_id for a in actors_)


# Categories whose parties are all actors (manual 2.4.2): no recipient.
SYMMETRIC_TYPES = frozenset({"CONSULT"})
PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "it"})
# Prepositions whose object an event with no target is done to ("hack into", "fire on").
RECIPIENT_PREPOSITIONS = frozenset({"into", "on", "against", "at", "upon"})


def _recipient(ctx: Context, trigger: Token, event_type: str | None,
               found: list[EventActor], location: Location | None) -> Recipient | None:
    """The country a coded event is directed at: a named target's (or a generic target's:
    "fired on protesters"), else a country named in what it is done to, else the country
    where it took place, else the source's own, only where nothing in the sentence points
    elsewhere (see :class:`Recipient`)."""
    if event_type is None or event_type in SYMMETRIC_TYPES:
        return None

    def named_in_target() -> str | None:
        """A country named inside what the event is done to: "lifted a blockade on
        Palestinian lorries", "tried to hack into the computers of South Korean army
        officers"."""
        heads = []
        for a in found:
            span = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
            if a.role == "target" and a.entity_id is None and span is not None:
                heads.append(span.root)
        if not any(a.role == "target" for a in found):
            heads = [pobj for prep in trigger.children
                     if prep.dep_ == "prep" and prep.lower_ in RECIPIENT_PREPOSITIONS
                     for pobj in prep.children if pobj.dep_ == "pobj"]
        for head in heads:
            for token in head.subtree:
                entity = ctx.entity(ctx.token_entity.get(token.i))
                if entity is not None and entity.country and entity.type in ("NORP", "GPE"):
                    return entity.country
        return None

    targets = [a.country for a in found if a.role == "target" and a.country]
    if not targets and any(a.role == "target" and a.sector in generic.STATELESS for a in found):
        return None  # directed at an organization with no country (the UN, a company)
    if any(a.role == "target" and a.entity_id is None and a.text.lower() in PERSONAL_PRONOUNS
           for a in found):
        return None  # directed at someone the text names elsewhere ("supporting him")
    country = targets[0] if targets else named_in_target()
    if country:
        return Recipient(country=country, basis="target")
    if location is not None and location.country:
        return Recipient(country=location.country, basis="place")
    sources = [a.country for a in found if a.role == "source" and a.country
               and a.code_basis in ("entity", "phrase")]
    if not sources or _points_outward(ctx, trigger, found, sources[0]):
        return None
    return Recipient(country=sources[0], basis="domestic")


def _points_outward(ctx: Context, trigger: Token, found: list[EventActor],
                    own: str) -> bool:
    """Whether an event with no target country may be directed abroad, so that the
    source's own country is no safe guess: its sentence names another country or a party
    of one ("The Kremlin dismissed the administration's accusation"; "Ankara is warning it
    could turn to Russia"), or a target is an actor of another country or of one not known
    ("the administration's accusation" with no country found)."""
    if any(a.role == "target" and (a.country or a.sector) and a.country != own
           for a in found):
        return True  # a target of another country, or an actor of an unknown one
    sources = {(a.start, a.end) for a in found if a.role == "source"}
    for token in trigger.sent:
        if any(s <= token.idx < e for s, e in sources):
            continue
        entity = ctx.entity(ctx.token_entity.get(token.i))
        if entity is not None and entity.country and entity.country != own and \
                _near(token, trigger):
            return True
    return False


def _near(token: Token, trigger: Token) -> bool:
    """``token`` is a party of the event's own clause: outside the trigger's subtree
    (another clause of the sentence: "Taliban officials do not respond to VOA queries
    because they have imposed a ban"), or inside it under at most one noun ("turn to
    Russia's SU 35"), not deep in a complement of complements ("ordered X to appear for
    questioning in an investigation of arms sales to Croatia")."""
    nouns = 0
    node = token
    while node.i != trigger.i:
        if node.head.i == node.i:
            return True  # not under the trigger
        node = node.head
        if node.i != trigger.i and node.pos_ in ("NOUN", "PROPN"):
            nouns += 1
    return nouns <= 1
