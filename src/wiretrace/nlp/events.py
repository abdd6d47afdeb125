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
    return {r["lemma"]: r["cameo"] for r in load_tsv("cameo_verbs.tsv")}


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


def is_trigger(token: Token) -> bool:
    if token.is_space or token.is_punct or not token.text.strip():
        return False
    if token.pos_ == "VERB":
        return True
    return token.pos_ == "NOUN" and is_event_noun(token)


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
                    args += [("target", t) for t in objs]
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
    # Control and raising: "Haftar sought to meet X" -> Haftar is the subject of meet.
    if is_verb and not any(role == "source" for role, _ in args):
        head = trigger
        while head.dep_ in {"xcomp", "conj"} and head.head is not head:
            head = head.head
            subj = [c for c in head.children if c.dep_ in SUBJECTS]
            if subj:
                args += [("source", _argument_head(t)) for s in subj for t in _with_conjuncts(s)]
                break
    # A verb in a relative clause acts on / through the noun it modifies.
    if is_verb and trigger.dep_ == "relcl" and not any(r == "source" for r, _ in args):
        args.append(("source", trigger.head))
    # A participle modifying a noun: "an arrest warrant issued by the ICC" (acl).
    if is_verb and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        args.append(("target", trigger.head))
    return args


def _argument_span(ctx: Context, head: Token) -> tuple[int, int, str | None]:
    """The words an argument stands for: its entity mention, else its noun chunk (without
    relative clauses or appositions), else the word itself."""
    ent = ctx.token_entity.get(head.i)
    if head.ent_iob_ != "O" and head.ent_type_:
        for e in ctx.doc.ents:
            if e.start <= head.i < e.end:
                return e.start_char, e.end_char, ent
    for chunk in _noun_chunks(ctx):
        if chunk.start <= head.i < chunk.end:
            if ent is None:
                ent = next((ctx.token_entity[t.i] for t in chunk if t.i in ctx.token_entity),
                           None)
            return chunk.start_char, chunk.end_char, ent
    return head.idx, head.idx + len(head.text), ent


def _noun_chunks(ctx: Context):
    cached = getattr(ctx, "_noun_chunks", None)
    if cached is None:
        try:
            cached = list(ctx.doc.noun_chunks)
        except ValueError:  # no parser in the pipeline
            cached = []
        ctx._noun_chunks = cached  # type: ignore[attr-defined]
    return cached


def actors(ctx: Context, trigger: Token) -> list[EventActor]:
    out: list[EventActor] = []
    seen: set[tuple[str, int, int]] = set()
    for role, head in _raw_arguments(trigger):
        if head.is_punct or head.is_space or ctx.is_removed(head.idx, head.idx + len(head)):
            continue
        start, end, entity_id = _argument_span(ctx, head)
        key = (role, start, end)
        if key in seen:
            continue
        seen.add(key)
        out.append(EventActor(role=role, entity_id=entity_id, start=start, end=end,
                              text=ctx.text[start:end]))
    # "with"-meetings are symmetrical: the partner is a source too, the subject a target.
    if trigger.lemma_.lower() in SYMMETRIC:
        sources = [a for a in out if a.role == "source"]
        targets = [a for a in out if a.role == "target"]
        if sources and targets:
            out += [a.model_copy(update={"role": "target"}) for a in sources]
            out += [a.model_copy(update={"role": "source"}) for a in targets]
    return out


def _has_named_actor(ctx: Context, found: list[EventActor]) -> bool:
    kinds = {e.id: e.type for e in ctx.entities}
    return any(a.entity_id and kinds.get(a.entity_id) in ACTOR_KINDS for a in found)


def sentence_offsets(sent) -> Offsets:
    """A sentence's extent without the line breaks and spaces the parser kept in it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return Offsets(start=sent.start_char, end=sent.start_char)
    return Offsets(start=words[0].idx, end=words[-1].idx + len(words[-1].text))


def annotate(ctx: Context) -> None:
    events: list[Event] = []
    for sent in ctx.doc.sents:
        sentence = sentence_offsets(sent)
        for token in sent:
            if not is_trigger(token):
                continue
            start, end = token.idx, token.idx + len(token.text)
            if ctx.is_removed(start, end):
                continue
            found = actors(ctx, token)
            # Political coding needs a political actor: "the program costs $99" stays uncoded.
            coding = code(_cameo_for(token)) if _has_named_actor(ctx, found) else code(None)
            fact = factuality.assess(ctx, token)
            events.append(Event(
                id=f"ev{len(events) + 1}",
                trigger=ctx.span(start, end),
                lemma=token.lemma_.lower(),
                pos="verb" if token.pos_ == "VERB" else "noun",
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
