"""events: event mentions (verbs and eventive nouns) with who-did-what-to-whom roles,
a first PLOVER/CAMEO coding, and the time, place, factuality and attribution of each."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from heapq import heappop, heappush

from spacy.symbols import ADJ, NOUN, VERB
from spacy.tokens import Token

from ... import plover
from ...lexicon import load_tsv, load_yaml
from ...model import Event, EventActor, Location, Offsets, Recipient
from ..actors import generic, places
from ..context import Context, tokens_tagged
from ..times import expressions as times
from . import factuality, magnitude

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
def _overrides() -> frozenset[str]:
    return frozenset(load_yaml("event_verbs.yaml")["overrides"])


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


@lru_cache(maxsize=1)
def _rules() -> dict:
    """plover_verbs.yaml: PLOVER verbs and nouns, governors, intent and request tables."""
    data = load_yaml("plover_verbs.yaml")
    return {
        "verbs": {k: Coding(*v) for k, v in data["verbs"].items()},
        "nouns": {k: Coding(*v) for k, v in data["nouns"].items()},
        "class": {lemma: cls for cls, lemmas in data["governors"].items()
                  if cls != "intent_adjectives" for lemma in lemmas},
        "intent_adjectives": frozenset(data["governors"]["intent_adjectives"]),
        "intent": {k: Coding(*v) for k, v in data["intent"].items()},
        "request_modes": data["request_modes"],
        "speech_content": frozenset(data["speech_content"]),
        "light_verbs": frozenset(data["light_verbs"]),
        "objects": {k: (Coding(*v["coding"]), frozenset(v["objects"]))
                    for k, v in data["objects"].items()},
        "prepositions": {k: (Coding(*v["coding"]), frozenset(v["prepositions"]),
                             frozenset(v.get("party") or ()))
                         for k, v in data["prepositions"].items()},
        "governing_nouns": frozenset(data["governing_nouns"]),
        "content_objects": frozenset(data["content_objects"]),
        "unreal_modifiers": frozenset(data["unreal_modifiers"]),
        "frames": frozenset(data["frames"]),
        "motion_verbs": frozenset(data["motion_verbs"]),
        "statement_verbs": frozenset(data["statement_verbs"]),
        "statement_objects": frozenset(data["statement_objects"]),
        "naming_verbs": frozenset(data["naming_verbs"]),
        "stative_verbs": frozenset(data["stative_verbs"]),
        "material_support": (frozenset(data["material_support"]["nouns"]),
                             {k: Coding(*v) for k, v in
                              data["material_support"]["modifiers"].items()}),
        "shows_of_force": (frozenset(data["shows_of_force"]["nouns"]),
                           frozenset(data["shows_of_force"]["modifiers"]),
                           Coding(*data["shows_of_force"]["coding"]),
                           Coding(*data["shows_of_force"]["joint"])),
        "needs_object": frozenset(data["needs_object"]),
        "stance_verbs": (frozenset(data["stance_verbs"]["present"]),
                         frozenset(data["stance_verbs"]["progressive"])),
        "settings": (frozenset(data["settings"]["prepositions"]),
                     frozenset(data["settings"]["nouns"]),
                     frozenset(data["settings"]["frames"])),
        "undergoer_nouns": frozenset(data["undergoer_nouns"]),
        "transitive_phrasal": frozenset(data["transitive_phrasal"]),
        "named_agreements": (frozenset(data["named_agreements"]["cameo"]),
                             frozenset(data["named_agreements"]["prepositions"])),
        "predicates": {k: (Coding(*v["coding"]), v.get("target"))
                       for k, v in data["predicates"].items()},
        "unasserted": {k: frozenset(v) for k, v in data["unasserted"].items()},
        "diplomatic_protest": (Coding(*data["diplomatic_protest"]["coding"]),
                               frozenset(data["diplomatic_protest"]["verbs"]),
                               frozenset(data["diplomatic_protest"]["modifiers"])),
    }


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, str], dict[str, list[tuple[tuple[str, ...], str]]]]:
    """PETRARCH2 verb + object patterns: lemma -> block, block -> (object words, CAMEO),
    longest first."""
    blocks: dict[str, str] = {}
    patterns: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in load_tsv("cameo_patterns.tsv"):
        if r["kind"] == "verb":
            blocks[r["key"]] = r["value"]
        else:
            patterns.setdefault(r["key"], []).append((tuple(r["value"].split()), r["cameo"]))
    for rows in patterns.values():
        rows.sort(key=lambda p: -len(p[0]))
    return blocks, patterns


@lru_cache(maxsize=1)
def _pattern_heads() -> dict[str, dict[str, list[int]]]:
    """block -> word -> the patterns (positions in the block, in order) whose first word,
    or last word if it has more than one, is that word: a pattern can only fit an object
    whose word or lemma is one of these (see :func:`_matches`)."""
    _, patterns = _patterns()
    heads: dict[str, dict[str, list[int]]] = {}
    for block, rows in patterns.items():
        index = heads.setdefault(block, {})
        for k, (words, _) in enumerate(rows):
            for word in {words[0], words[-1]}:
                index.setdefault(word, []).append(k)
    return heads


def _matches(obj: Token, words: tuple[str, ...]) -> bool:
    """Whether an object phrase fits a pattern's words: the head is the first word with the
    rest after it ("state of emergency"), or the last word with the rest before it as
    modifiers ("water blockade")."""
    forms = {obj.lower_, obj.lemma_.lower()}
    if words[0] in forms:
        after = [t.lower_ for t in obj.subtree if t.i > obj.i]
        it = iter(after)
        return all(w in it for w in words[1:])
    if len(words) > 1 and words[-1] in forms:
        before = [t.lower_ for t in obj.lefts]
        it = iter(before)
        return all(w in it for w in words[:-1])
    return False


def _pattern_code(token: Token) -> str | None:
    blocks, patterns = _patterns()
    block = blocks.get(token.lemma_.lower())
    if block is None or block not in patterns:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = _pattern_heads()[block]
    for obj in objects:
        fitting = {k for form in (obj.lower_, obj.lemma_.lower()) for k in heads.get(form, ())}
        for k in sorted(fitting):
            words, cameo = patterns[block][k]
            if _matches(obj, words):
                return cameo
    return None


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


def _show_of_force(token: Token) -> bool:
    """"military drills", "missile tests" (plover_verbs.yaml shows_of_force)."""
    nouns, modifiers, _, _ = _rules()["shows_of_force"]
    return token.lower_ in nouns and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in modifiers for c in token.children)


def is_event_noun(token: Token) -> bool:
    nouns, suffixes, blocked = _nouns()
    lemma = token.lemma_.lower()
    text = token.text.lower()
    if lemma in nouns or text in nouns or _show_of_force(token):
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


def coding_for(token: Token) -> Coding:
    """A trigger's own coding: an override of event_verbs.yaml, else the manual's object
    distinctions ("withdrew its ambassador"), else a PETRARCH2 verb + object pattern ("lift
    the blockade"), else the PLOVER lexicon (plover_verbs.yaml; a diplomatic protest), else
    the CAMEO code of the verb or noun."""
    lemma = token.lemma_.lower()
    rules = _rules()
    if lemma in rules["prepositions"]:  # "called on Beijing to", "broke with Brussels"
        moved, preps, party = rules["prepositions"][lemma]
        if any(c.dep_ in ("prep", "prt") and c.lower_ in preps and (
                c.lower_ not in party or any(o.dep_ == "pobj" and _party_word(o)
                                             for o in c.children))
               for c in token.children) or any(
                # "asked Trump for sanctions relief": the parser hangs 'for' on the person
                c.dep_ == "dobj" and _party_word(c) and any(
                    p.dep_ == "prep" and p.lower_ == "for" and "for" in preps
                    for p in c.children) for c in token.children) or (
                token.pos_ == "NOUN" and any(_infinitive(c) for c in token.children)):
            return moved
    if token.pos_ == "VERB":
        if _statement(token, lemma, rules) or (
                _standing(token, lemma, *rules["stance_verbs"])):
            return UNCODED
        if lemma in rules["needs_object"] and not any(
                c.dep_ in ("dobj", "nsubjpass", "dative") for c in token.children):
            return UNCODED  # "warships passed into the sea"
        if lemma in _overrides():  # a decision of this project, over any pattern
            return code(_verbs()[lemma])
        if lemma in rules["objects"]:  # the manual's distinctions, over PETRARCH2 patterns
            moved, objects = rules["objects"][lemma]
            if any(c.dep_ == "dobj" and (c.lemma_.lower() in objects or c.lower_ in objects)
                   for c in token.children):
                return moved
        pattern = _pattern_code(token)
        found = code(pattern)
        if found.type:
            return found
        if pattern and lemma not in rules["verbs"]:
            return UNCODED  # "expressed optimism" (013): PETRARCH2 names a statement

        if lemma in rules["verbs"]:
            return rules["verbs"][lemma]
    elif lemma == "protest":
        coding, verbs, modifiers = rules["diplomatic_protest"]
        if any(c.dep_ == "amod" and c.lower_ in modifiers for c in token.children) or (
                token.dep_ == "dobj" and token.head.lemma_.lower() in verbs):
            return coding
    elif lemma in rules["material_support"][0] and any(
            c.dep_ in ("amod", "compound") and c.lower_ in rules["material_support"][1]
            for c in token.children):
        kind = next(c.lower_ for c in token.children if c.dep_ in ("amod", "compound")
                    and c.lower_ in rules["material_support"][1])
        return rules["material_support"][1][kind]  # "military support": AID
    elif token.pos_ == "NOUN" and _show_of_force(token):
        _, _, shown, joint = rules["shows_of_force"]
        together = any(c.lower_ in ("joint", "combined", "bilateral", "multilateral")
                       for c in token.children if c.dep_ in ("amod", "compound")) or any(
            p.dep_ == "prep" and p.lower_ == "with" for p in token.children)
        return joint if together else shown
    elif lemma in rules["nouns"] or token.lower_ in rules["nouns"]:
        return rules["nouns"].get(lemma) or rules["nouns"][token.lower_]
    return code(_cameo_for(token))


COMPLEMENTS = {"oprd", "xcomp", "ccomp", "acomp", "attr"}


def _standing(verb: Token, lemma: str, present: frozenset[str],
              progressive: frozenset[str]) -> bool:
    """A stance verb in the simple present ("opposes", "claim") or a verb of disagreement
    in a progressive ("are disagreeing", "have been disputing"), outside a headline
    fragment: a state held (plover_verbs.yaml stance_verbs)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if lemma in present and verb.tag_ in ("VBZ", "VBP") and not aux:
        return not _fragment(verb.sent)
    if lemma in progressive and verb.tag_ == "VBG" and aux and all(
            a.lower_ in ("is", "are", "am", "'re", "'s", "been", "has", "have", "'ve")
            for a in aux):
        return not _fragment(verb.sent)
    return False


def _party_word(token: Token) -> bool:
    """A name of a country, group, organization or person, or a group or role noun
    ("the leadership", "the authorities"): someone, not a time or a thing."""
    return token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or \
        token.lemma_.lower() in _agents()["nouns"]


def _infinitive(token: Token) -> bool:
    """A to-infinitive complement or modifier ("its call to drop the charges")."""
    return token.dep_ in ("xcomp", "acl", "advcl") and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _statement(token: Token, lemma: str, rules: dict) -> bool:
    """A verb that hands over information to nobody named ("released two videos",
    "provided details"; "shared evidence with the U.S." is COOPERATE, PLOVER 3.5) or names
    something ("called the verdict a miscarriage of justice") makes a statement,
    which PLOVER does not code (plover_verbs.yaml statement_verbs, naming_verbs)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    to_someone = any(p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        for o in p.children) for p in token.children) or any(
        c.dep_ == "dative" for c in token.children)
    if lemma in rules["statement_verbs"] and not to_someone and any(
            o.lemma_.lower() in rules["statement_objects"] or o.lower_ in
            rules["statement_objects"] for o in objects):
        return True
    if lemma in rules["naming_verbs"]:
        if any(c.dep_ in COMPLEMENTS and not _infinitive(c) for c in token.children) or any(
                p.dep_ == "prep" and p.lower_ == "as" for p in token.children):
            return True  # "called them a punishment", "were called as witnesses"
        if any(o.dep_ in ("dobj", "nsubjpass") and o.dep_ and any(
                c.dep_ in COMPLEMENTS | {"appos"} for c in o.children) for o in objects):
            return True  # "called it a miscarriage": the complement hangs on the object
    return False


# --- arguments -------------------------------------------------------------------------

def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _argument_head(token: Token) -> Token:
    """For a relative pronoun subject ("Gaddafi, who seized power"), the noun it stands for."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _fragment(sent) -> bool:
    """A headline or caption-like fragment: no closing punctuation ("US Chinook helicopter
    shot down in Afghanistan", "Two Iranian diplomats expelled from Germany")."""
    last = next((w for w in reversed(sent) if not w.is_space and w.text not in QUOTES), None)
    return last is not None and last.text not in (".", "!", "?", ":", ";", "...")


QUOTES = {"'", '"', "\u2019", "\u2018", "\u201c", "\u201d"}


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


def _raw_arguments(trigger: Token) -> list[tuple[str, Token]]:
    args: list[tuple[str, Token]] = []
    is_verb = trigger.pos_ == "VERB"
    reduced = is_verb and _reduced_passive(trigger)
    for child in trigger.children:
        dep = child.dep_
        if is_verb and dep in SUBJECTS:
            role = "target" if reduced else "source"
            args += [(role, _argument_head(t)) for t in _with_conjuncts(child)]
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
                elif is_verb and prep in ("on", "upon") and \
                        _rules()["class"].get(trigger.lemma_.lower()) == "request":
                    # "called on Beijing to ...", not "called Putin on Monday"
                    args += [("target", t) for t in objs if _party_word(t)]
                elif prep in {"between", "with", "against", "to", "for", "from"}:
                    role = "target" if prep in {"against", "between"} else "other"
                    args += [(role, t) for t in objs]
        elif not is_verb and dep == "poss":  # "Haftar's bid", "Gaddafi's death"
            # a state or an organization is the doer ("the government's prosecution")
            done_to = trigger.lemma_.lower() in _rules()["undergoer_nouns"] and not any(
                p.dep_ == "prep" and p.lower_ == "of" for p in trigger.children) and \
                child.ent_type_ not in ("ORG", "GPE", "NORP")
            args.append(("target" if done_to else "source", child))  # "Mech Dara's arrest"
        elif not is_verb and dep in {"amod", "compound"} and child.ent_type_ in \
                {"NORP", "GPE", "ORG"}:
            # "an Israeli strike", "UN and US sanctions"
            args += [("source", t) for t in _with_conjuncts(child)]
        elif not is_verb and dep == "acl" and child.tag_ == "VBN":
            # "an arrest warrant issued by the International Criminal Court"
            args += [("source", p) for a in child.children if a.dep_ == "agent"
                     for p in a.children if p.dep_ == "pobj"]
    # Control ("Haftar sought to meet X") and verb coordination ("arrived and met X"):
    # the governing verb's subject is this verb's subject too.
    has_subject = any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in trigger.children)
    if is_verb and not has_subject and not any(role == "source" for role, _ in args):
        head = trigger
        while head.dep_ in {"xcomp", "conj"} and head.head.pos_ in {"VERB", "ADJ", "AUX"} \
                and head.head.i != head.i:
            head = head.head
            # "Syria is willing to withdraw": the adjective's subject is its copula's
            holder = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
            # "Mansour is expected to bid": the raised passive subject bids too.
            deps = SUBJECTS | PASSIVE_SUBJECTS if trigger.dep_ == "xcomp" else SUBJECTS
            subj = [c for c in holder.children if c.dep_ in deps]
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


PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"}
# Verbs that carry an embedded clause whose pronouns refer back to their subject: "Syria
# says it will withdraw", "Hungary has said it will support", "the rebels announced they".
CLAUSE_LINKS = {"ccomp", "xcomp", "conj", "advcl", "acomp"}


def _antecedent_subject(pronoun: Token) -> Token | None:
    """The subject of the verb whose clause holds a subject pronoun ("Syria says it will
    ...", "the police said they"), when the parse makes it the pronoun's antecedent."""
    if pronoun.lower_ not in PRONOUNS:
        return None
    node = pronoun.head
    while node.dep_ in CLAUSE_LINKS and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        if any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            break  # "officers who supported ...": not the pronoun's antecedent
        for child in subjects:
            if child.lower_ not in PRONOUNS:
                return child
    return None


def _antecedent(ctx: Context, pronoun: Token) -> str | None:
    """The entity a subject pronoun stands for when the parse makes it clear: the named
    subject of the verb whose clause holds the pronoun ("Syria says it will ...", "Haftar
    was disowned after he was captured"); for "he" and "she" where no such subject is
    found, the one person named before it in the sentence, if only one is ("officers who
    supported Gaddafi when he seized power")."""
    if pronoun.lower_ not in PRONOUNS:
        return None
    subject = _antecedent_subject(pronoun)
    if subject is not None:
        return _argument_entity(ctx, subject)
    if pronoun.lower_ in ("he", "she"):
        people = {ctx.token_entity[t.i] for t in pronoun.sent if t.i < pronoun.i
                  and t.i in ctx.token_entity
                  and ctx.entity_type(ctx.token_entity[t.i]) == "PERSON"}
        if len(people) == 1:
            return people.pop()
        if not people and pronoun.sent.start > 0:
            # "Taliban spokesperson Zabihullah Mujahid disclosed the decision ... He
            # accused the U.N. envoy": a he or she with no person before it in its own
            # sentence continues the person who is the subject of the sentence before
            # (the subject preference of centering; Grosz, Joshi & Weinstein 1995)
            root = pronoun.doc[pronoun.sent.start - 1].sent.root
            for child in root.children:
                if child.dep_ in SUBJECTS and child.lower_ not in PRONOUNS:
                    entity = _argument_entity(ctx, child)
                    if entity is not None and ctx.entity_type(entity) == "PERSON":
                        return entity
    return None


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
    organization stands for it (data/agents.yaml)."""
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


@lru_cache(maxsize=1)
def _agents() -> dict[str, frozenset[str]]:
    data = load_yaml("agents.yaml")
    return {key: frozenset(data[key]) for key in ("nouns", "prepositions", "quantities")}


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
        subject = _antecedent_subject(head)  # "the police said they ...": the police
        if subject is not None and generic.agrees(head, subject):
            code_head = subject
        entity_id = _antecedent(ctx, head)
    if entity_id is None and role == "target" and head.pos_ == "NOUN":
        entity_id = _target_entity(ctx, head)
        owner = None if entity_id else generic.generic_owner(head)
        if owner is not None:  # "dismissed the administration's accusation"
            code_head = owner
    code = generic.argument_code(ctx, code_head, entity_id)
    return generic.coded(EventActor(role=role, entity_id=entity_id, start=start, end=end,
                                    text=ctx.text[start:end]), code)


def _joint_entities(ctx: Context, head: Token, first: str | None) -> list[str]:
    """Other entities a phrase names through conjoined modifiers: "Senior Hungarian and
    Romanian officials" are Hungary's and Romania's (PLOVER's compound actor)."""
    out: list[str] = []
    for child in head.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i in ctx.token_entity:
            for other in child.conjuncts:
                entity_id = ctx.token_entity.get(other.i)
                if entity_id and entity_id != first and entity_id not in out:
                    out.append(entity_id)
    return out


def _joint(ctx: Context, actor: EventActor, entity_id: str) -> EventActor:
    """The same argument for another entity it names: "Hungarian and Romanian officials"
    are Romania's officials too (the noun's sector, the other country)."""
    if actor.code_basis == "phrase":
        other = ctx.entity(entity_id)
        return actor.model_copy(update={"entity_id": entity_id,
                                        "country": other.country if other else None})
    return generic.coded(actor.model_copy(update={"entity_id": entity_id}),
                         generic.entity_code(ctx, entity_id)
                         or generic.Code(None, None, None))


def actors(look: _Lookup, trigger: Token) -> list[EventActor]:
    out: list[EventActor] = []
    seen: set[tuple[str, int, int, str | None]] = set()
    for role, head in _symmetric(trigger, _raw_arguments(trigger)):
        actor = _actor(look, role, head)
        if actor is None:
            continue
        joint = [_joint(look.ctx, actor, e)
                 for e in _joint_entities(look.ctx, head, actor.entity_id)]
        for a in (actor, *joint):
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
        if n.dep_ == "compound" and n.head.i in at and n.head.pos_ == "NOUN" or any(
                c.dep_ == "amod" and c.lower_ in _rules()["unreal_modifiers"]
                for c in n.children):  # "arrest warrant", "a possible war"
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


# PLOVER categories that need a recipient (manual, table 7.1): the rest may be coded with
# a source alone ("the rebels surrendered", "students protested").
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}


def _codable(look: _Lookup, trigger: Token, found: list[EventActor], coding: Coding) -> bool:
    """Whether to give an event its political code.  It needs a named political actor ("the
    program costs $99" stays uncoded); a verb needs that actor as its source, or a target
    when the source is implicit in a passive ("he was captured", not "is expected to
    bid"), and a target where PLOVER requires a recipient.  Nouns are coded with whatever
    actor they have ("US sanctions", "the meeting between X and Y")."""
    def named(a: EventActor) -> bool:  # a name, or a generic actor ("police": generic.py)
        return look.ctx.entity_type(a.entity_id) in ACTOR_KINDS or a.sector is not None

    if not coding.type or not any(named(a) for a in found):
        return False
    if trigger.pos_ != "VERB":
        return True
    if trigger.dep_ in ("relcl", "acl") and not _headline_participle(trigger):
        # "refugees who entered the country illegally", "a curfew imposed in 1989": a
        # description of a participant, not an event the sentence reports
        return False
    roles = {a.role for a in found}
    if coding.type in NEEDS_RECIPIENT and not roles & {"target", "other"}:
        return False
    if coding.type == "COOPERATE" and not any(
            a.role in ("target", "other") and _is_party(a) for a in found):
        # cooperation is with someone (manual 3.5): "conducted two missile tests",
        # "controlled the site", "increased provocations" (PETRARCH2's OVERSEE_MANAGE and
        # BOOST defaults, 060) cooperate with nobody
        return False
    if any(named(a) for a in found if a.role == "source"):
        return True
    children = {c.dep_ for c in trigger.children}
    # "a roadside bombing killed one U.S. soldier": the attacker is implicit in the attack
    if "target" in roles and any(c.dep_ in SUBJECTS and c.pos_ == "NOUN" and is_event_noun(c)
                                 for c in trigger.children):
        return True
    # "he was captured": the captor is implicit (not so in "Mansour is expected to bid",
    # nor in "the curfew that was imposed", where nobody named undergoes it)
    undergone = _predicate_noun(trigger, _rules()["predicates"])
    passive = "nsubjpass" in children or _reduced_passive(trigger) or \
        _headline_participle(trigger) or (undergone is not None and undergone[2] == "subject")
    return passive and "xcomp" not in children and any(
        named(a) for a in found if a.role == "target")


def _is_party(a: EventActor) -> bool:
    """A named party, or a group or role noun ("the protesters", "officials"), or a
    personal pronoun: someone an action can be directed to, not a thing."""
    if a.entity_id:
        return True
    words = a.text.lower().split()
    agents = _agents()["nouns"]
    return bool(words) and (words[-1] in agents or words[-1] in PERSONAL_PRONOUNS)


def sentence_offsets(sent) -> Offsets:
    """A sentence's extent without the line breaks and spaces the parser kept in it."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return Offsets(start=sent.start_char, end=sent.start_char)
    return Offsets(start=words[0].idx, end=words[-1].idx + len(words[-1].text))


UNCODED = Coding(None, None, None)
FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}
OBLIGATION_AUX = {"must", "should"}


def _mode_for(inner: Coding) -> str | None:
    return _rules()["request_modes"].get(inner.type) if inner.type else None


def _role_copy(actors_: list[EventActor], roles: set[str], role: str,
               skip: list[EventActor]) -> list[EventActor]:
    taken = {(a.start, a.end) for a in skip}
    out = []
    for a in actors_:
        if a.role in roles and (a.start, a.end) not in taken:
            taken.add((a.start, a.end))
            out.append(a.model_copy(update={"role": role}))
    return out


def _threat(intent: Coding | None) -> Coding:
    """THREATEN, keeping the mode of an intent already read as a threat ("threatened to
    ban": restrict)."""
    mode = intent.mode if intent is not None and intent.type == "THREATEN" else None
    return Coding("THREATEN", mode, "130")


def _has_named_target(actors_: list[EventActor]) -> bool:
    return any(a.role == "target" and a.entity_id for a in actors_)


def _named_parties(tokens, found: dict[int, list[EventActor]]) -> list[EventActor]:
    """The named targets and other parties of the events among ``tokens``."""
    return [a for x in tokens if x.i in found for a in found[x.i]
            if a.role in ("target", "other") and a.entity_id]


def _conditional(t: Token) -> bool:
    """"will withdraw its force unless X arranges talks": an intent made conditional on the
    other side's yielding is a threat."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                         for m in c.children) for c in t.children)


CONDITIONS = {"if", "unless", "whether"}


def _unasserted_head(t: Token, intent_adjectives: frozenset[str],
                     governors: dict[str, str], words: dict[str, frozenset[str]]) -> str | None:
    """What ``t`` heads when it heads a clause whose events the text does not assert
    happened (see plover_verbs.yaml `unasserted`; the kinds are Factuality.assertion's): a
    condition ("if he gave them a veto"), a purpose ("surrounded the city to prevent
    civilians from leaving", "so that they could leave"), or something intended: an
    infinitive under a word that is neither implicative nor a governor ("sought to meet",
    "a plan to attack"), the clause of a wish or expectation ("hoped the swap would pave
    the way"), the content of a noun of that meaning ("hopes of a deal", "the risk of
    war"); None for anything else."""
    dep = t.dep_
    marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
    if dep == "advcl" and marks & CONDITIONS:
        return "condition"
    if dep == "advcl" and marks & words["purpose_marks"]:
        return "purpose"
    when = marks | {c.lower_ for c in t.children if c.dep_ == "advmod"}  # "when" is advmod
    if dep == "advcl" and when & words["temporal_marks"] and t.tag_ in ("VBZ", "VBP") and \
            any(w.dep_ == "aux" and w.lower_ in FUTURE_AUX for w in t.sent):
        return "condition"  # "When Turkey leaves the religious policy, ... will be better"
    head = t.head
    if head.i == t.i:
        return None
    if head.pos_ == "ADP" and dep in ("pobj", "pcomp"):
        prep, head = head, head.head
        unreal = prep.lower_ in ("of", "for") and head.pos_ == "NOUN" and \
            head.lemma_.lower() in words["unreal_nouns"] and \
            head.lemma_.lower() not in words["infinitive_only_nouns"]
        return "intended" if unreal else None
    lemma = head.lemma_.lower()
    if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and lemma in words["unreal_nouns"]:
        return "intended"  # "the hope that ...", "an opportunity to meet"
    if t.pos_ not in ("VERB", "AUX"):
        return None
    if dep == "ccomp" and head.pos_ == "VERB" and lemma in words["wish_verbs"]:
        return "intended"  # "hoped the swap would pave the way"
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
    if not infinitive or dep not in ("advcl", "xcomp", "acl", "relcl", "ccomp"):
        return None
    if lemma in words["implicative"] or lemma in governors or \
            (head.pos_ == "ADJ" and lemma in intent_adjectives):
        return None  # "managed to land", "agreed to meet" (_govern), "is willing to"
    return "purpose" if dep == "advcl" else "intended"


def _unasserted(triggers: list[Token], coding: dict[int, Coding], sents) -> dict[int, str]:
    """Events the text does not assert happened, with what they are (Factuality.assertion).
    Those in a condition stay uncoded ("if he gave them a veto", as the content of a
    governing verb does, :func:`_govern`); purposes, plans, wishes and polar questions
    (:func:`_unasserted_head`, :func:`_polar_question`) keep their code: their factuality
    says that they are not asserted, so they are never events that happened."""
    rules = _rules()
    words = rules["unasserted"]
    at = {t.i for t in triggers}
    out: dict[int, str] = {}
    for t in triggers:
        node = t
        while node.head.i != node.i:  # spaCy makes a new Token object at each access
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONS
                                            for c in node.children):
                coding[t.i] = UNCODED
                out[t.i] = "condition"
                break
            node = node.head
        if t.i in out:
            continue
        node = t
        while node.head.i != node.i:
            kind = _unasserted_head(node, rules["intent_adjectives"], rules["class"], words)
            if kind:
                for x in node.subtree:
                    if x.i in at and x.i not in out and not _presupposed(x, node):
                        out[x.i] = kind
                break
            node = node.head
    questions = [(sent.start, sent.end) for sent in sents if sent.text.rstrip().endswith("?")
                 and _polar_question(sent)]
    for t in triggers:
        if any(a <= t.i < b for a, b in questions):
            out.setdefault(t.i, "question")
    return out


DEFINITE = {"the", "this", "these", "those", "that"}


def _presupposed(x: Token, clause: Token) -> bool:
    """An event noun inside an unasserted clause that the text takes as given: definite,
    possessed or named by its actor ("to meet the limits of the Paris climate pact", "a
    deterrent against U.S. threats"), unless it is what the clause's own verb does ("to
    impose the sanctions")."""
    if x.pos_ != "NOUN" or x.i == clause.i:
        return False
    if x.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and x.head.pos_ == "VERB":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
               or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "GPE", "ORG"))
               for c in x.children)


def _polar_question(sent) -> bool:
    """"Will China invade Taiwan?", "Can Africa's opposition parties be liberated?": a
    question that asks whether something happens asserts nothing (a wh-question presupposes
    its event: "Why did Russia attack?")."""
    words = [w for w in sent if not w.is_space and not w.is_punct]
    last = next((w for w in reversed(sent) if not w.is_space), None)
    if not words or last is None or last.text != "?":
        return False
    first = words[0]
    return first.tag_ == "MD" or (first.pos_ == "AUX" and first.dep_ != "ROOT")


def _obligation_request(t: Token) -> bool:
    """"X must (should) do Y" as the content of a verb with a subject ("a spokesperson told
    VOA the U.N. must maintain sanctions"): a request made by that verb's subject."""
    aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
    return bool(aux & OBLIGATION_AUX) and t.dep_ == "ccomp" and t.head.pos_ == "VERB" and \
        any(c.dep_ in SUBJECTS for c in t.head.children)


def _light_verbs(triggers: list[Token], coding: dict[int, Coding],
                 found: dict[int, list[EventActor]]) -> None:
    """"Students staged demonstrations", "X imposed sanctions on Y", "granted asylum to Z",
    "launched a mediation effort": the event noun is the event, with the verb's subject as
    its source and the verb's other named parties as its targets, and the verb's future
    tense ("will provide food aid" is an intent); the verb is not an event of its own."""
    rules = _rules()
    at = {t.i for t in triggers}
    for n in triggers:
        if n.pos_ == "VERB" or not coding[n.i].type:
            continue
        obj = n
        if n.dep_ == "compound" and n.head.lower_ in rules["frames"]:
            obj = n.head  # "a mediation effort"
        verb = obj.head
        if obj.dep_ == "pobj" and verb.lower_ == "for" and \
                verb.head.lemma_.lower() in rules["motion_verbs"]:
            obj, verb = verb, verb.head  # "return to Geneva for talks": the talks are theirs
            if not any(a.role == "source" and a.entity_id for a in found[n.i]):
                found[n.i] = [a for a in found.get(verb.i, []) if a.role == "source"] + \
                    found[n.i]
            continue
        described = None
        if obj.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ == "ccomp" and \
                not any(c.dep_ == "dobj" for c in verb.head.children):
            # "conducted the military drills encircling Taiwan", parsed as a clause
            # "drills encircling Taiwan" under the light verb: the participle describes
            # the noun, which is the light verb's object
            described, verb = verb, verb.head
        elif obj.dep_ != "dobj":
            continue
        if verb.lemma_.lower() not in rules["light_verbs"] or verb.i not in at:
            continue
        mine = found[n.i]
        if described is not None:
            mine = [a for a in mine if a.role != "source"] + [
                a for a in found.get(described.i, []) if a.role == "target"]
            coding[described.i] = UNCODED
        if not any(a.role == "source" and a.entity_id for a in mine):  # not "their strike"
            mine = [a for a in found[verb.i] if a.role == "source"] + mine
        if obj is not n:
            mine = mine + found.get(obj.i, [])
        if not any(a.role == "target" for a in mine):
            mine = mine + [a for a in found[verb.i] if a.role in ("target", "other")
                           and not (a.start <= n.idx < a.end)]
        found[n.i] = mine
        if {c.lower_ for c in verb.children if c.dep_ == "aux"} & FUTURE_AUX:
            coding[n.i] = rules["intent"].get(coding[n.i].type, coding[n.i])
        coding[verb.i] = UNCODED


def _predicate_noun(verb: Token, predicates: dict) -> tuple[Token, Coding, object] | None:
    """The noun of a verb + noun predicate ("opened fire", "went on strike", "came under
    attack", "took two soldiers hostage") and its entry in plover_verbs.yaml `predicates`."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        nouns = [c] if c.dep_ in ("dobj", "oprd", "attr", "npadvmod") else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else []
        for n in nouns:
            entry = predicates.get(f"{lemma} {n.lemma_.lower()}") or \
                predicates.get(f"{lemma} {n.lower_}")
            if entry:
                return n, *entry
    return None


def _predicates(look: _Lookup, triggers: list[Token], coding: dict[int, Coding],
                found: dict[int, list[EventActor]]) -> None:
    """Verb + noun predicates (plover_verbs.yaml `predicates`): the verb is the event, with
    its code and its target where the entry says ("opened fire on protesters": the
    protesters; "came under attack": the subject, and no source); the noun is part of it."""
    predicates = _rules()["predicates"]
    at = {t.i for t in triggers}
    for verb in triggers:
        if verb.pos_ != "VERB":
            continue
        hit = _predicate_noun(verb, predicates)
        if hit is None:
            continue
        noun, coded, where = hit
        coding[verb.i] = coded
        if noun.i in at:
            coding[noun.i] = UNCODED
        mine = [a for a in found[verb.i] if not (a.start <= noun.idx < a.end)]
        heads: list[Token] = []
        if where == "subject":
            heads = [c for c in verb.children if c.dep_ in SUBJECTS]
            mine = [a for a in mine if a.role != "source"]
        elif where == "object":  # "took two Palestinians hostage": on the noun itself
            heads = [c for c in verb.children if c.dep_ == "dobj" and c.i != noun.i] or \
                [c for c in noun.children if c.dep_ in ("compound", "nmod")
                 and c.ent_type_ in ACTOR_KINDS]
        elif where:
            heads = [p for x in (verb, noun) for prep in x.children
                     if prep.dep_ == "prep" and prep.lower_ in where
                     for p in prep.children if p.dep_ == "pobj"]
        for head in heads:
            actor = _actor(look, "target", head)
            if actor is not None and not any(a.role == "target" and a.start == actor.start
                                              for a in mine):
                mine.append(actor)
        found[verb.i] = mine


def _things(triggers: list[Token], coding: dict[int, Coding]) -> None:
    """Event nouns that name a thing, not an act (plover_verbs.yaml stative_verbs,
    named_agreements): "poses a threat to NATO", "under the Paris climate pact"."""
    rules = _rules()
    cameos, preps = rules["named_agreements"]
    for n in triggers:
        if n.pos_ != "NOUN" or not coding[n.i].type:
            continue
        setting_preps, setting_nouns, setting_frames = rules["settings"]
        if n.dep_ == "dobj" and n.head.lemma_.lower() in rules["stative_verbs"]:
            coding[n.i] = UNCODED
        elif n.dep_ == "pobj" and n.head.lower_ in setting_preps and \
                n.lower_ in setting_nouns:
            coding[n.i] = UNCODED  # "in the Libyan civil war": a setting
        elif n.dep_ == "pobj" and n.head.lower_ == "of" and \
                n.head.head.lower_ in setting_frames and n.head.head.dep_ == "pobj":
            coding[n.i] = UNCODED  # "at the start of Brexit negotiations"
        elif coding[n.i].cameo in cameos and n.dep_ == "pobj" and \
                n.head.lower_ in preps and any(
                    c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                    or c.ent_type_ in ("NORP", "GPE", "ORG", "EVENT", "LAW")
                    for c in n.children):
            coding[n.i] = UNCODED


WH_WORDS = {"WP", "WRB", "WDT", "WP$"}


def _asks_a_question(clause: Token) -> bool:
    """A clause that is a question ("asked what ...", "asked whether ...", a quoted
    question): asking it requests nothing."""
    return any(c.tag_ in WH_WORDS or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
               for c in clause.children) or any(
        c.dep_ in ("nsubj", "dobj", "attr") and any(d.tag_ in WH_WORDS for d in c.children)
        for c in clause.children)


def _govern(look: _Lookup, triggers: list[Token], coding: dict[int, Coding],
            found: dict[int, list[EventActor]]) -> None:
    """Events that govern another ("agreed to withdraw", "threatened to ban X", "demanded
    that X leave", "refused to meet") are coded by their class and the governed event's
    category, which becomes their content and stays uncoded; an intent adjective ("is
    willing to withdraw") and the future tense ("will give Tanzania a grant") turn the
    event itself into an intent; "X must do Y" in a statement is a request to X."""
    rules = _rules()
    at = {t.i: t for t in triggers}
    content: set[int] = set()  # governed events: what was agreed, demanded, refused
    for t in triggers:
        cls = rules["class"].get(t.lemma_.lower()) if t.pos_ == "VERB" else None
        if cls is None or t.i in content:  # "demanded that they refuse": refuse is content
            continue
        governed = [c for c in t.children if c.i in at and (
            c.dep_ in ("xcomp", "ccomp")
            # "have sworn to fight": an infinitive the parser hangs as an adverbial clause
            or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children
                                         if a.dep_ == "aux"))]
        if not governed:  # "agreed to a six-month extension", "called for talks"
            governed = [p for prep in t.children if prep.dep_ == "prep"
                        and prep.lower_ in ("to", "for", "on") for p in prep.children
                        if p.dep_ in ("pobj", "pcomp") and p.i in at]
        if not governed:
            continue
        e = governed[0]
        inner = coding[e.i]
        if cls == "request" and e.dep_ == "ccomp" and _asks_a_question(e):
            continue  # "What al-Shabab person has a child, she asked": a question, no request
        if cls in ("reject", "request") and e.lemma_.lower() in rules["speech_content"] \
                and not inner.type:
            coding[t.i] = UNCODED  # "declined to comment": a stance towards the press
            continue
        if cls == "intent":
            new = rules["intent"].get(inner.type)
            if new is None:
                continue
        elif cls == "threaten":
            new = _threat(rules["intent"].get(inner.type))
        elif cls == "request":
            new = Coding("REQUEST", _mode_for(inner), "100")
        else:
            new = Coding("REJECT", _mode_for(inner), "120")
        if _conditional(t) and new.type in ("AGREE", "THREATEN"):
            new = _threat(new)
        coding[t.i] = new
        # what was promised, demanded or refused is content, down to its objects
        # ("promised to continue military aid": continue, aid)
        for x in e.subtree:
            if x.i in coding:
                coding[x.i] = UNCODED
                content.add(x.i)
        own = found[t.i]
        if not _has_named_target(own):
            # "demanded that the US cancel plans": the US is the one asked
            if cls == "request" and e.dep_ == "ccomp":
                found[t.i] = own + _role_copy(found[e.i], {"source"}, "target", own)
            else:  # the named parties of the content: "promised to continue aid to X"
                parties = _named_parties(e.subtree, found)
                # "threatened to break relations with Russia"
                parties = parties or [a for x in e.subtree if x.dep_ == "pobj"
                                      and x.head.lower_ in ("with", "against", "toward",
                                                            "towards")
                                      and x.i in look.ctx.token_entity
                                      for a in [_actor(look, "target", x)] if a is not None]
                parties = parties or [a for a in found[e.i] if a.role == "target"]
                found[t.i] = own + _role_copy(parties, {"target", "other"}, "target", own)
    for t in triggers:  # what is demanded, refused, threatened or offered as a noun
        is_governor = t.pos_ == "VERB" and coding[t.i].type and (
            rules["class"].get(t.lemma_.lower()) or coding[t.i].type in rules["content_objects"])
        if is_governor:
            inside = [x for c in t.children if c.dep_ == "dobj" for x in c.subtree]
        elif t.pos_ == "NOUN" and t.lemma_.lower() in rules["governing_nouns"]:
            inside = [x for c in t.children if c.dep_ in ("acl", "ccomp", "relcl", "prep")
                      for x in c.subtree]
        else:
            continue
        for x in inside:
            if x.i in coding and x.i != t.i:
                coding[x.i] = UNCODED
                content.add(x.i)
        if is_governor and rules["class"].get(t.lemma_.lower()) in ("threaten", "request") \
                and not _has_named_target(found[t.i]):
            # "threatened further action against Russia": the content's named parties
            found[t.i] = found[t.i] + _role_copy(_named_parties(inside, found),
                                                 {"target", "other"}, "target", found[t.i])
    for t in triggers:
        if t.pos_ != "VERB" or t.i in content:
            continue
        head = t.head
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if t.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in rules["intent_adjectives"]:
            new = rules["intent"].get(coding[t.i].type)
            if new is not None:
                coding[t.i] = new
        elif aux & FUTURE_AUX and coding[t.i].type and not any(
                c.dep_ in PASSIVE_SUBJECTS for c in t.children):  # "will be awarded": no intent
            new = rules["intent"].get(coding[t.i].type)
            negated = any(c.dep_ == "neg" for c in t.children)
            if new is not None and negated and new.type == "AGREE":
                new = Coding("REJECT", _mode_for(coding[t.i]), "120")  # "will not accept"
            elif new is not None and _conditional(t):
                new = _threat(new)
            if new is not None and new.type != coding[t.i].type:
                coding[t.i] = new
        elif _obligation_request(t):
            coding[t.i] = Coding("REQUEST", _mode_for(coding[t.i]), "100")
            own = found[t.i]
            asked = _role_copy(own, {"source"}, "target", [])
            look_speakers = [a for a in found.get(head.i, []) if a.role == "source"]
            found[t.i] = look_speakers + asked + [a for a in own
                                                  if a.role not in ("source", "target")]


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


def annotate(ctx: Context) -> None:
    look = _Lookup.build(ctx)
    triggers: list[Token] = []
    sentence_of: dict[int, Offsets] = {}
    sents = ctx.sentences
    starts = [sent.start for sent in sents]
    offsets: dict[int, Offsets] = {}
    # the tokens is_trigger may accept: verbs, adjectives, nouns, past participles
    for i in tokens_tagged(ctx.doc, frozenset({VERB, ADJ, NOUN}), lambda tag: tag == "VBN"):
        token = ctx.doc[i]
        if i not in ctx.removed_tokens and is_trigger(token):
            triggers.append(token)
            k = bisect_right(starts, i) - 1
            if k not in offsets:
                offsets[k] = sentence_offsets(sents[k])
            sentence_of[i] = offsets[k]
    found = {t.i: actors(look, t) for t in triggers}
    coding = {t.i: coding_for(t) for t in triggers}
    _light_verbs(triggers, coding, found)
    _predicates(look, triggers, coding, found)
    _things(triggers, coding)
    _held(look, triggers, coding, found)
    _govern(look, triggers, coding, found)
    unasserted = _unasserted(triggers, coding, sents)
    doubted = factuality.doubted(ctx, triggers)
    events: list[Event] = []
    main_country = generic.main_country(ctx)
    for token in triggers:
        start, end = token.idx, token.idx + len(token.text)
        chosen = coding[token.i] if _codable(look, token, found[token.i], coding[token.i]) \
            else UNCODED
        if chosen.type and not _has_named_target(found[token.i]):
            # the named party an action is directed to is its recipient ("aid to Mozambique")
            found[token.i] = [a.model_copy(update={"role": "target"})
                              if a.role == "other" and a.entity_id else a
                              for a in found[token.i]]
        said = token.head if chosen.type == "REQUEST" and token.pos_ == "VERB" and \
            _obligation_request(token) else token
        # the request of "X must do Y" is made when the speaker says it: its factuality
        # (tense, certainty) is the saying's, not the modal content's
        fact = factuality.assess(ctx, said, unasserted.get(said.i),
                                 doubted=said.i in doubted)
        location = places.event_location(ctx, token)
        found[token.i] = generic.place_countries(ctx, found[token.i], location, main_country)
        events.append(Event(
            id=f"ev{len(events) + 1}",
            trigger=ctx.span(start, end),
            lemma=token.lemma_.lower(),
            pos=_pos(token),
            sentence=sentence_of[token.i],
            type=chosen.type,
            mode=chosen.mode,
            cameo=chosen.cameo,
            actors=found[token.i],
            time=times.event_time(ctx, token, fact.tense),
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
                  _pattern_heads, _state_adjectives, _agents, generic.prepare,
                  magnitude.prepare, plover.prepare):
        table()
