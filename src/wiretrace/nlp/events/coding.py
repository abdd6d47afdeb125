"""Event coding: which words are event triggers and the PLOVER/CAMEO code each takes from the
dictionaries (PETRARCH2's verbs and patterns, the event nouns, the CAMEO-to-PLOVER table),
before its construction is read (:mod:`.assertion`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ... import cache
from ...lexicon import load_tsv, load_yaml

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
        "participle_speech_acts": frozenset(data["participle_speech_acts"]),
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
        "investigated_nouns": frozenset(data["investigated_nouns"]),
        "yield_blocks": frozenset(data["yield_blocks"]),
        "meeting_verbs": frozenset(data["meeting_verbs"]),
        "dismissal_verbs": frozenset(data["dismissal_verbs"]),
        "unassailable": frozenset(data["unassailable"]),
        "host_verbs": frozenset(data["host_verbs"]),
        "guests": frozenset(data["guests"]),
        "future_modifiers": frozenset(data["future_modifiers"]),
        "intent_states": frozenset(data["intent_states"]),
        "armed_strikes": {key: Coding(*v) if key.endswith("coding") else frozenset(v)
                          for key, v in data["armed_strikes"].items()},
        "classifying_verbs": frozenset(data["classifying_verbs"]),
        "going_verbs": frozenset(data["going_verbs"]),
        "phone_verbs": frozenset(data["phone_verbs"]),
        "stance_nouns": frozenset(data["stance_nouns"]),
        "acted_nouns": frozenset(data["acted_nouns"]),
        "send_verbs": frozenset(data["send_verbs"]),
        "warning_verbs": frozenset(data["warning_verbs"]),
        "praise_verbs": frozenset(data["praise_verbs"]),
        "opinion_verbs": frozenset(data["opinion_verbs"]),
        "quantity_frames": frozenset(data["quantity_frames"]),
        "stance_verbs": (frozenset(data["stance_verbs"]["present"]),
                         frozenset(data["stance_verbs"]["progressive"])),
        "settings": (frozenset(data["settings"]["prepositions"]),
                     frozenset(data["settings"]["nouns"]),
                     frozenset(data["settings"]["frames"])),
        "undergoer_nouns": frozenset(data["undergoer_nouns"]),
        "undergoer_verbs": frozenset(data["undergoer_verbs"]),
        "transitive_phrasal": frozenset(data["transitive_phrasal"]),
        "named_agreements": (frozenset(data["named_agreements"]["cameo"]),
                             frozenset(data["named_agreements"]["prepositions"])),
        "predicates": {k: (Coding(*v["coding"]), v.get("target"), v.get("source"))
                       for k, v in data["predicates"].items()},
        "unasserted": {k: frozenset(v) for k, v in data["unasserted"].items()},
        "diplomatic_protest": (Coding(*data["diplomatic_protest"]["coding"]),
                               frozenset(data["diplomatic_protest"]["verbs"]),
                               frozenset(data["diplomatic_protest"]["modifiers"])),
    }


@lru_cache(maxsize=1)
@cache.on_disk("event-patterns")  # 13,000 rows sorted and indexed: kept between processes
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
@cache.on_disk("event-pattern-heads")
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


def _named_frame(obj: Token, words: tuple[str, ...]) -> bool:
    """A pattern on a bare frame noun ("START * MISSION" 036) does not fit a frame whose
    content a noun before it names ("launched a rescue mission", "a search operation"):
    the dictionary lists the missions it means by their own words ("peace mission" 045,
    "humanitarian mission" 073), so the compound is another act."""
    return len(words) == 1 and words[0] in _rules()["frames"] and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in obj.children)


def _pattern_code(token: Token) -> str | None:
    blocks, patterns = _patterns()
    block = blocks.get(token.lemma_.lower())
    if block is None or block not in patterns:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "issued a series of warnings": the pattern is read on the counted noun
    frames = _rules()["quantity_frames"]
    objects += [p for o in objects if o.lower_ in frames for prep in o.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
    heads = _pattern_heads()[block]
    for obj in objects:
        fitting = {k for form in (obj.lower_, obj.lemma_.lower()) for k in heads.get(form, ())}
        for k in sorted(fitting):
            words, cameo = patterns[block][k]
            if _matches(obj, words) and not _named_frame(obj, words):
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
    the CAMEO code of the verb or noun; then the checks of what such an event needs
    (:func:`_holds`)."""
    found = _coding_for(token)
    return found if _holds(token, found) else UNCODED


DESTINATIONS = {"to", "in", "at", "into", "for", "toward", "towards"}
PLACE_OR_PARTY = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}


def _holds(token: Token, found: Coding) -> bool:
    """Whether a coded trigger has what its category needs (plover_verbs.yaml): a visit a
    destination that is a party or a named place ("arrived in Beijing", not "arrived and
    controlled the site"), a telephone call someone called; and whether a noun of
    support is an act ("gave support to") rather than a stance held ("U.S. support for
    Taiwan")."""
    if not found.type:
        return True
    rules = _rules()
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if found.type == "CONSULT" and lemma in rules["going_verbs"]:
            return any(
                (p.dep_ == "prep" and p.lower_ in DESTINATIONS and any(
                    o.dep_ == "pobj" and o.ent_type_ in PLACE_OR_PARTY for o in p.children))
                or (p.dep_ == "dobj" and p.ent_type_ in PLACE_OR_PARTY)
                for p in token.children)
        if found.type == "CONSULT" and lemma in rules["meeting_verbs"] and any(
                c.dep_ in ("dobj", "nsubjpass") and not _called_party(c) and
                c.lower_ not in _agents()["nouns"] and c.lower_ not in rules["guests"] and
                c.ent_type_ not in PLACE_OR_PARTY for c in token.children):
            return False  # "met the deadline", "meet the needs": no one is met
        if found.type == "ASSAULT" and lemma in rules["dismissal_verbs"] and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or (
                    _called_party(c) and c.lower_ not in rules["unassailable"]))
                for c in token.children):
            return False  # "fired the interior minister": dismissed, not shot at
        if found.type == "CONSULT" and lemma in rules["host_verbs"]:
            # CAMEO 043 "host a visit": a guest who is a party, or a meeting held
            # ("hosted Erdogan", "hosted talks"), not "hosted refugees", "hosted the games"
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            return not objects or any(_guest(o) for o in objects)
        if found.type == "CONSULT" and lemma in rules["phone_verbs"]:
            return not any(c.dep_ in ("dobj", "nsubjpass") and not _called_party(c)
                           for c in token.children)
        if found.type == "THREATEN" and lemma in rules["warning_verbs"]:
            return _own_warning(token)
        if found.type == "SUPPORT" and lemma in rules["praise_verbs"]:
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            return not objects or any(_praised(o) for o in objects)
        if found.type == "ASSAULT" and _pattern_code(token) is None and not _assailed(token):
            return False
        if found.cameo == "080" and _patterns()[0].get(lemma) in rules["yield_blocks"] and \
                _pattern_code(token) is None:
            # PETRARCH2's ALLOW and SUBMIT defaults (080 yield): yielding to a party or to
            # what it asks ("approved the release", "allowed the visit", "submitted to the
            # demands"), not passing one's own law or handing in documents
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            return not objects or any(_yielded(o) for o in objects)
        if found.mode == "investigate":
            # CAMEO 09x: investigating a party or an act (a crime, abuses, an attack), not
            # "monitoring developments", "studying the proposal", "explored options"
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
            return not objects or any(_investigated(o) for o in objects)
        if lemma in rules["opinion_verbs"] and found.type in ("ACCUSE", "REJECT") and any(
                c.dep_ == "ccomp" for c in token.children):
            return False  # "has argued that the bloc's linchpin is ...": a view stated
        return True
    if _predicate_nominal(token):
        return False
    if found.type in ("SUPPORT", "COOPERATE") and lemma in rules["stance_nouns"]:
        return token.dep_ == "dobj" and token.head.pos_ == "VERB"
    if lemma in rules["acted_nouns"] or token.lower_ in rules["acted_nouns"]:
        return token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB"
    return True


SELF_PRONOUNS = {"it", "they", "we", "he", "she", "i"}


def _own_warning(verb: Token) -> bool:
    """A warning that is a threat: addressed to someone, of or against something, or about
    what the one warning will do (plover_verbs.yaml warning_verbs)."""
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ in SUBJECTS}
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and _called_party(c):
            return True  # "warned Washington"
        if c.dep_ == "prep" and c.lower_ in ("of", "against", "about"):
            return True  # "warned of severe consequences"
        if c.dep_ in ("ccomp", "xcomp"):
            inner = [s for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if c.dep_ == "xcomp" or any(s.lower_ in SELF_PRONOUNS or
                                        s.lemma_.lower() in subjects for s in inner):
                return True  # "warned it could turn to Russia"
    return False


COPULAS = {"be", "become", "remain"}


def _predicate_nominal(token: Token) -> bool:
    """A noun that says what something is, not that something happened: the complement of
    a copula ("the vote was a rejection of the plan"; "it was the first visit by X"
    presents one) or the "as" phrase of a verb that
    classifies (plover_verbs.yaml classifying_verbs: "can be defined as a meeting of
    democracies", "described the strike as an attack on workers")."""
    head = token.head
    if token.dep_ in ("attr", "oprd") and head.lemma_.lower() in COPULAS:
        # "It was the first visit by a Chinese leader": a presentational "it" reports it
        return not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)
    return token.dep_ == "pobj" and head.lower_ == "as" and head.dep_ == "prep" and \
        head.head.lemma_.lower() in _rules()["classifying_verbs"]


def _armed_strike(token: Token, senses: dict) -> bool:
    """A strike that is armed force, not a stoppage of work (plover_verbs.yaml
    armed_strikes): named by a weapon or arm ("missile strikes", "air strikes"), aimed at
    something ("strikes on Hamas targets", "a strike against the convoy"), or doing harm
    ("strikes killed ten civilians", "the strike hit a school")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in senses["modifiers"]
           for c in token.children):
        return True
    if any(p.dep_ == "prep" and p.lower_ in ("on", "against") for p in token.children):
        return True
    return token.dep_ in SUBJECTS and token.head.lemma_.lower() in senses["harm_verbs"]


def _guest(token: Token) -> bool:
    """Whom a visit is hosted for (CAMEO 043): a name of a person, country or body, an
    official or delegation (plover_verbs.yaml `guests`), or a meeting PLOVER codes as
    CONSULT ("hosted talks", "hosted a summit")."""
    if token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or \
            token.lemma_.lower() in _rules()["guests"]:
        return True
    return token.pos_ == "NOUN" and is_event_noun(token) and \
        _coding_for(token).type == "CONSULT"


def _assailed(verb: Token) -> bool:
    """Whether a verb PETRARCH2 codes by its block as force (ASSAULT) is used on someone
    or something force can hit (PLOVER 3.16: people, places, property): not on an act or
    a state ("attacked the budget plan" is criticism, "battling inflation", "targeted
    growth" are no force; plover_verbs.yaml `unassailable`), nor an effort towards
    something that is not done to a party ("struggling to contain the outbreak", not
    "struggling to stamp out al-Shabab")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and _infinitive(c):
            # "struggling to stamp out al-Shabab" fights someone; "struggling to contain
            # the outbreak" fights no one
            return any(o.dep_ == "dobj" and (_called_party(o) or o.lower_ in _agents()["nouns"])
                       for o in c.children)
    for o in verb.children:
        if o.dep_ not in ("dobj", "nsubjpass") or _called_party(o) or o.ent_type_:
            continue
        if o.lemma_.lower() in _rules()["unassailable"] or (
                o.pos_ == "NOUN" and is_event_noun(o) and _coding_for(o).type is None):
            return False
    return True


def _yielded(token: Token) -> bool:
    """What can be allowed or submitted as a concession (CAMEO 08x): a party, or an act
    PLOVER codes ("approved the release", "permitted the deployment", "accepted the
    demands")."""
    return _called_party(token) or (
        token.pos_ == "NOUN" and is_event_noun(token) and _coding_for(token).type is not None)


def _investigated(token: Token) -> bool:
    """What an investigation (CAMEO 09x) is of: a party (a name, a group or role noun, a
    pronoun), an act that PLOVER codes ("probed the killing", "investigating the
    allegations") or a wrongdoing CAMEO 091-094 name (plover_verbs.yaml
    investigated_nouns: "investigating corruption"); not "monitoring developments"."""
    if _called_party(token) or token.lemma_.lower() in _rules()["investigated_nouns"]:
        return True
    return token.pos_ == "NOUN" and is_event_noun(token) and _coding_for(token).type is not None


def _praised(token: Token) -> bool:
    """What praise or thanks can be given to as a political act: a party that is not the
    speaker's own ("thanked his supporters"), or an act ("welcomed the release")."""
    if token.pos_ == "NOUN" and is_event_noun(token):
        return True
    own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its", "our", "my")
              for c in token.children)
    named = token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    return named or (_called_party(token) and not own)


def _called_party(token: Token) -> bool:
    """Someone a telephone call can be made to: a name, a group or role noun, a pronoun."""
    return _party_word(token) or token.lower_ in ("him", "her", "them", "me", "us", "you")


def _coding_for(token: Token) -> Coding:
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
    elif lemma in rules["armed_strikes"]["nouns"] and token.pos_ == "NOUN" and \
            _armed_strike(token, rules["armed_strikes"]):
        aerial = any(c.dep_ in ("amod", "compound") and c.lower_ in
                     rules["armed_strikes"]["aerial"] for c in token.children)
        return rules["armed_strikes"]["aerial_coding" if aerial else "coding"]
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
    """A stance verb in the simple present ("opposes", "claim") or held "long" or "always"
    ("has long supported", "had always opposed"), or a verb of disagreement
    in a progressive ("are disagreeing", "have been disputing"), outside a headline
    fragment: a state held (plover_verbs.yaml stance_verbs)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if lemma in present and verb.tag_ in ("VBZ", "VBP") and not aux:
        return not _fragment(verb.sent)
    if lemma in present and any(c.dep_ == "advmod" and c.lower_ in ("long", "always")
                                for c in verb.children):
        return True  # "Uganda has long supported the rebels": a position held
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



UNCODED = Coding(None, None, None)


@lru_cache(maxsize=1)
def _agents() -> dict[str, frozenset[str]]:
    data = load_yaml("agents.yaml")
    return {key: frozenset(data[key]) for key in ("nouns", "prepositions", "quantities")}


QUOTES = {"'", '"', "\u2019", "\u2018", "\u201c", "\u201d"}


def _fragment(sent) -> bool:
    """A headline or caption-like fragment: no closing punctuation ("US Chinook helicopter
    shot down in Afghanistan", "Two Iranian diplomats expelled from Germany")."""
    last = next((w for w in reversed(sent) if not w.is_space and w.text not in QUOTES), None)
    return last is not None and last.text not in (".", "!", "?", ":", ";", "...")
