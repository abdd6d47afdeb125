"""events: event mentions (verbs and eventive nouns) with who-did-what-to-whom roles,
a first PLOVER/CAMEO coding, and the time, place, factuality and attribution of each."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..model import Event, EventActor, Offsets
from . import factuality, places, times
from .context import Context
from .lexicon import load_tsv, load_yaml

NAME = "events.v1"

# Dependency labels (ClearNLP, as spaCy's English models use them) -> role.
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "dative"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Verbs whose "with" partner acts as much as the subject does ("X met with Y"): PLOVER codes
# CONSULT and similar categories symmetrically, so the partner is a source and a target.
SYMMETRIC = {"meet", "talk", "negotiate", "agree", "clash", "fight", "discuss", "confer",
             "cooperate", "consult", "sign", "ally", "reconcile", "speak", "trade"}
# Reporting and light verbs that carry no actor of their own in event data.
ACTOR_KINDS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


@dataclass(frozen=True)
class Coding:
    type: str | None
    mode: str | None
    cameo: str | None


@lru_cache(maxsize=1)
def _plover() -> dict[str, tuple[str, str]]:
    return {r["cameo"]: (r["plover"], r["mode"]) for r in load_tsv("cameo2plover.tsv")}


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    adjust = load_yaml("event_verbs.yaml")
    verbs = {r["lemma"]: r["cameo"] for r in load_tsv("cameo_verbs.tsv")}
    for lemma in adjust["uncoded"]:
        verbs.pop(lemma, None)
    verbs.update({k: str(v) for k, v in adjust["overrides"].items()})
    return verbs


@lru_cache(maxsize=1)
def _not_event_verbs() -> frozenset[str]:
    return frozenset(load_yaml("event_verbs.yaml")["not_events"])


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, dict], tuple[str, ...], frozenset[str]]:
    data = load_yaml("event_nouns.yaml")
    return (
        {k: (v or {}) for k, v in data["nouns"].items()},
        tuple(data["suffixes"]),
        frozenset(data["not_events"]),
    )


def code(cameo: str | None) -> Coding:
    """PLOVER type and mode for a CAMEO code: the longest prefix in the conversion table."""
    if not cameo:
        return Coding(None, None, None)
    table = _plover()
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in table:
            plover, mode = table[cameo[:n]]
            return Coding(plover, mode or None, cameo)
    return Coding(None, None, None)


def is_event_noun(token: Token) -> bool:
    nouns, suffixes, blocked = _nouns()
    lemma = token.lemma_.lower()
    text = token.text.lower()
    if lemma in nouns or text in nouns:
        return True
    if lemma in blocked or text in blocked or len(lemma) < 6:
        return False
    return lemma.endswith(suffixes)


@lru_cache(maxsize=1)
def _state_adjectives() -> frozenset[str]:
    return frozenset(load_yaml("event_verbs.yaml")["state_adjectives"])


PREDICATIVE = {"acomp", "ROOT", "conj", "xcomp", "ccomp", "oprd"}


def is_trigger(token: Token) -> bool:
    if token.is_space or token.is_punct or not token.text.strip():
        return False
    if token.pos_ == "VERB":
        return token.lower_ not in _not_event_verbs()
    if token.pos_ in ("ADJ", "VERB") or token.tag_ == "VBN":
        # "was uninvolved in the election"
        return token.lower_ in _state_adjectives() and token.dep_ in PREDICATIVE
    return token.pos_ == "NOUN" and is_event_noun(token)


def _pos(token: Token) -> str:
    if token.pos_ == "VERB":
        return "verb"
    return "noun" if token.pos_ in ("NOUN", "PROPN") else "adjective"


def _cameo_for(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return _verbs().get(lemma)
    nouns, _, _ = _nouns()
    entry = nouns.get(lemma) or nouns.get(token.text.lower()) or {}
    return entry.get("cameo")


# --- arguments -------------------------------------------------------------------------

def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _argument_head(token: Token) -> Token:
    """For a relative pronoun subject ("Gaddafi, who seized power"), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _raw_arguments(trigger: Token) -> list[tuple[str, Token]]:
    args: list[tuple[str, Token]] = []
    is_verb = trigger.pos_ == "VERB"
    for child in trigger.children:
        dep = child.dep_
        if is_verb and dep in SUBJECTS:
            args += [("source", _argument_head(t)) for t in _with_conjuncts(child)]
        elif is_verb and dep in PASSIVE_SUBJECTS:
            args += [("target", _argument_head(t)) for t in _with_conjuncts(child)]
        elif is_verb and dep in OBJECTS:
            args += [("target", t) for t in _with_conjuncts(child)]
        elif dep == "agent":  # "was captured by rebels"
            args += [("source", t) for p in child.children if p.dep_ == "pobj"
                     for t in _with_conjuncts(p)]
        elif dep == "prep":
            prep = child.lower_
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                objs = _with_conjuncts(pobj)
                if prep == "with" and trigger.lemma_.lower() in SYMMETRIC:
                    args += [("partner", t) for t in objs]
                elif not is_verb and prep == "of":   # "the capture of X"
                    args += [("target", t) for t in objs]
                elif not is_verb and prep == "by":   # "the attack by X"
                    args += [("source", t) for t in objs]
                elif prep in {"between", "with", "against", "to", "for"}:
                    role = "target" if prep in {"against", "between"} else "other"
                    args += [(role, t) for t in objs]
        elif not is_verb and dep == "poss":  # "Haftar's bid", "Gaddafi's death"
            args.append(("source", child))
        elif not is_verb and dep in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
            args.append(("source", child))  # "an Israeli strike"
    # Control ("Haftar sought to meet X") and verb coordination ("arrived and met X"):
    # the governing verb's subject is this verb's subject too.
    has_subject = any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in trigger.children)
    if is_verb and not has_subject and not any(role == "source" for role, _ in args):
        head = trigger
        while head.dep_ in {"xcomp", "conj"} and head.head.pos_ == "VERB" and head.head is not head:
            head = head.head
            # "Mansour is expected to bid": the raised passive subject bids too.
            deps = SUBJECTS | PASSIVE_SUBJECTS if trigger.dep_ == "xcomp" else SUBJECTS
            subj = [c for c in head.children if c.dep_ in deps]
            if subj:
                args += [("source", _argument_head(t)) for s in subj for t in _with_conjuncts(s)]
                break
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
        mention_at: dict[int, tuple[int, int]] = {}
        spans = sorted((m.start, m.end) for e in ctx.entities for m in e.mentions)
        for token in ctx.doc:
            if token.i in ctx.token_entity:
                for start, end in spans:
                    if start <= token.idx < end:
                        mention_at[token.i] = (start, end)
                        break
        try:
            chunks = list(ctx.doc.noun_chunks)
        except ValueError:  # a pipeline without a parser
            chunks = []
        chunk_at = {c.root.i: (c.start_char, c.end_char) for c in chunks}
        return cls(ctx, mention_at, chunk_at)


def _argument_entity(ctx: Context, head: Token) -> str | None:
    """The entity an argument refers to: the head word's own entity, else that of a name
    modifying it ("Israeli officials" -> Israel's NORP entity).  A possessor is not the
    argument: "Haftar's son" is not Haftar.  A group or role noun followed by its
    organization stands for it (data/agents.yaml)."""
    if head.i in ctx.token_entity:
        return ctx.token_entity[head.i]
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i in ctx.token_entity:
            return ctx.token_entity[child.i]
    agents = _agents()
    if head.lower_ in agents["nouns"]:  # "officials from Italy's Ministry of Infrastructure"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in agents["prepositions"]:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.i in ctx.token_entity:
                        return ctx.token_entity[pobj.i]
    return None


@lru_cache(maxsize=1)
def _agents() -> dict[str, frozenset[str]]:
    data = load_yaml("agents.yaml")
    return {key: frozenset(data[key]) for key in ("nouns", "prepositions")}


TRIM = set('"\'“”‘’«»()[],;:-—–')


def _own_words(head: Token) -> tuple[int, int]:
    """A word with the modifiers before it ("the Libyan general" of "the Libyan general's
    rise"), for a possessor or a noun that heads no chunk of its own."""
    left = head.left_edge
    return left.idx, head.idx + len(head.text)


def _argument_span(look: _Lookup, head: Token) -> tuple[int, int]:
    """The words an argument stands for: its entity mention, else its noun chunk (without
    relative clauses or appositions), else the word itself; quote marks and punctuation at
    the edges are trimmed."""
    start, end = look.mention_at.get(head.i) or look.chunk_at.get(head.i) or _own_words(head)
    text = look.ctx.text
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


def actors(look: _Lookup, trigger: Token) -> list[EventActor]:
    ctx = look.ctx
    out: list[EventActor] = []
    seen: set[tuple[str, int, int]] = set()
    for role, head in _symmetric(trigger, _raw_arguments(trigger)):
        if head.is_punct or head.is_space or ctx.is_removed(head.idx, head.idx + len(head)):
            continue
        start, end = _argument_span(look, head)
        entity_id = _argument_entity(ctx, head)
        key = (role, start, end)
        if key in seen:
            continue
        seen.add(key)
        out.append(EventActor(role=role, entity_id=entity_id, start=start, end=end,
                              text=ctx.text[start:end]))
    return out


# PLOVER categories whose events need no target ("students protested", "troops mobilized").
INTRANSITIVE = {"PROTEST", "MOBILIZE"}


def _codable(ctx: Context, trigger: Token, found: list[EventActor]) -> bool:
    """Whether to give an event a political code.  It needs a named political actor ("the
    program costs $99" stays uncoded), and a verb needs both a source and a target, as in
    PETRARCH's source-verb-target triples ("Mansour is expected to bid" has neither an
    expecter nor an expected party), except passives with an implicit agent ("he was
    captured") and categories that take no target."""
    kinds = {e.id: e.type for e in ctx.entities}
    if not any(a.entity_id and kinds.get(a.entity_id) in ACTOR_KINDS for a in found):
        return False
    if trigger.pos_ != "VERB":
        return True
    roles = {a.role for a in found}
    if {"source", "target"} <= roles:
        return True
    children = {c.dep_ for c in trigger.children}
    if "target" in roles and "nsubjpass" in children and "xcomp" not in children:
        return True  # "he was captured": the captor is implicit, not "is expected to bid"
    return code(_cameo_for(trigger)).type in INTRANSITIVE


def sentence_offsets(sent) -> Offsets:
    """A sentence's extent without the line breaks and spaces the parser kept in it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return Offsets(start=sent.start_char, end=sent.start_char)
    return Offsets(start=words[0].idx, end=words[-1].idx + len(words[-1].text))


def annotate(ctx: Context) -> None:
    look = _Lookup.build(ctx)
    events: list[Event] = []
    for sent in ctx.doc.sents:
        sentence = sentence_offsets(sent)
        for token in sent:
            if not is_trigger(token):
                continue
            start, end = token.idx, token.idx + len(token.text)
            if ctx.is_removed(start, end):
                continue
            found = actors(look, token)
            coding = code(_cameo_for(token)) if _codable(ctx, token, found) else code(None)
            fact = factuality.assess(ctx, token)
            events.append(Event(
                id=f"ev{len(events) + 1}",
                trigger=ctx.span(start, end),
                lemma=token.lemma_.lower(),
                pos=_pos(token),
                sentence=sentence,
                type=coding.type,
                mode=coding.mode,
                cameo=coding.cameo,
                actors=found,
                time=times.event_time(ctx, token, fact.tense),
                location=places.event_location(ctx, token),
                factuality=fact,
                attribution=list(ctx.token_attribution.get(token.i, [])),
            ))
    ctx.events = events
