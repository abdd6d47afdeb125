"""Event coding: which words are event triggers and the PLOVER/CAMEO code each takes from the
dictionaries (PETRARCH2's verbs and patterns, the event nouns, the CAMEO-to-PLOVER table),
before its construction is read (:mod:`.assertion`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...dates.words import word_set
from ...lexicon import load_tsv, load_yaml
from . import disruptions, object_senses, verb_patterns
from .noun_phrases import phrase_cameo
from .readings import NAMES, particle_cameo
from .stances import generic_stance, standing
from .verb_patterns import NO_EVENT, _matches, _pattern_heads, _patterns, subject_code

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
    extra = load_yaml("accusations.yaml")["nouns"]  # round 28: rebuke, subpoena ...
    return (
        {k: (v or {}) for k, v in data["nouns"].items()} | {
            k: {"cameo": v[2]} for k, v in extra.items()},
        tuple(data["suffixes"]),
        frozenset(data["not_events"]),
    )


def _subordinators() -> dict[str, frozenset[str]]:
    """The marks of a condition ("if", "unless"; "whether", a question, is no more
    asserted) and the temporal subordinators, from timex.yaml's one list of each (round
    36).  'till' was never among this module's temporal marks; kept out so that the move
    changes no output."""
    return {"conditions": word_set("conditional_subordinators") | {"whether"},
            "temporal_marks": word_set("temporal_subordinators") - {"till"}}


@lru_cache(maxsize=1)
def _rules() -> dict:
    """plover_verbs.yaml: PLOVER verbs and nouns, governors, intent and request tables."""
    data = load_yaml("plover_verbs.yaml")
    extra = load_yaml("accusations.yaml")  # round 28: impeach, subpoena, "press charges"
    return {
        "verbs": {k: Coding(*v) for k, v in (data["verbs"] | extra["verbs"]).items()},
        "nouns": {k: Coding(*v) for k, v in (data["nouns"] | extra["nouns"]).items()},
        "class": {lemma: cls for cls, lemmas in data["governors"].items()
                  if cls != "intent_adjectives" for lemma in lemmas},
        "intent_adjectives": frozenset(data["governors"]["intent_adjectives"]),
        "participle_speech_acts": frozenset(data["participle_speech_acts"]),
        "intent": {k: Coding(*v) for k, v in data["intent"].items()},
        "request_modes": data["request_modes"],
        "speech_content": frozenset(data["speech_content"]),
        "light_verbs": frozenset(data["light_verbs"]),
        "condemning_speech": frozenset(data["condemning_speech"]),
        "aspect_verbs": frozenset(data["aspect_verbs"]),
        "light_nominals": frozenset(data["light_nominals"]),
        "objects": object_senses.load(data["objects"]),
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
        "challenging": (frozenset(data["challenging"]["verbs"]),
                        Coding(*data["challenging"]["coding"])),
        "condemnations": (Coding(*data["condemnations"]["coding"]),
                          frozenset(data["condemnations"]["words"])
                          | frozenset(load_yaml("evaluations.yaml")["condemning_words"])),
        "stative_verbs": frozenset(data["stative_verbs"]),
        "material_support": (frozenset(data["material_support"]["nouns"]),
                             {k: Coding(*v) for k, v in
                              data["material_support"]["modifiers"].items()}),
        "shows_of_force": (frozenset(data["shows_of_force"]["nouns"]),
                           frozenset(data["shows_of_force"]["modifiers"]),
                           Coding(*data["shows_of_force"]["coding"]),
                           Coding(*data["shows_of_force"]["joint"])),
        "weapon_tests": (frozenset(data["shows_of_force"]["verbs"]),
                         frozenset(data["shows_of_force"]["weapons"])),
        "needs_object": frozenset(data["needs_object"]),
        "no_object": frozenset(data["no_object"]),
        "collective_senses": frozenset(data["collective_senses"]),
        "shared_object_types": frozenset(data["shared_object_types"]),
        "investigated_nouns": frozenset(data["investigated_nouns"]),
        "yield_blocks": frozenset(data["yield_blocks"]),
        "activity_blocks": frozenset(data["activity_blocks"]),
        "partners": (frozenset(data["partner_codes"]), frozenset(data["partner_prepositions"])),
        "consulting": (frozenset(data["consulting_blocks"]),
                       frozenset(data["consulting_prepositions"])),
        "protection_blocks": frozenset(data["protection_blocks"]),
        "own_campaign": (frozenset(data["own_campaign"]["types"]),
                         frozenset(data["own_campaign"]["nouns"]),
                         frozenset(data["own_campaign"]["modifiers"])),
        "disputes": (frozenset(data["disputing_blocks"]),
                     frozenset(data["disapproved_prepositions"])),
        "generic_stance": (frozenset(data["stance_verbs"]["generic"]["quantifiers"]),
                           frozenset(data["stance_verbs"]["generic"]["exempt"])),
        "private_parties": (frozenset(data["private_parties"]["categories"]),
                            frozenset(data["private_parties"]["sectors"]),
                            frozenset(data["private_parties"]["visits"])),
        "media_contacts": {k: frozenset(v) for k, v in data["media_contacts"].items()},
        "meeting_verbs": frozenset(data["meeting_verbs"]),
        "dismissal_verbs": frozenset(data["dismissal_verbs"]),
        "unassailable": frozenset(data["unassailable"]),
        "force_instruments": frozenset(data["force_instruments"])
        | frozenset(data["shows_of_force"]["weapons"]),
        "host_verbs": frozenset(data["host_verbs"]),
        "guests": frozenset(data["guests"]),
        "future_modifiers": frozenset(data["future_modifiers"]),
        "intent_states": frozenset(data["intent_states"]),
        "infinitive_intents": frozenset(data["infinitive_intents"]),
        "armed_strikes": {key: Coding(*v) if key.endswith("coding") else frozenset(v)
                          for key, v in data["armed_strikes"].items()},
        "classifying_verbs": frozenset(data["classifying_verbs"]),
        "going_verbs": frozenset(data["going_verbs"]),
        "phone_verbs": frozenset(data["phone_verbs"]),
        "stance_nouns": frozenset(data["stance_nouns"]),
        "acted_nouns": frozenset(data["acted_nouns"]),
        "send_verbs": frozenset(data["send_verbs"]),
        "send_own_forces": (Coding(*data["send_own_forces"]),
                            frozenset(data["send_recipient_preps"])),
        "warning_verbs": frozenset(data["warning_verbs"]),
        "warning_advice": (Coding(*data["warning_advice"]["coding"]),
                           frozenset(data["warning_advice"]["threatening_against"]),
                           frozenset(data["warning_advice"]["threatened_against"])),
        "praise_verbs": frozenset(data["praise_verbs"]),
        "object_praise_verbs": frozenset(data["object_praise_verbs"]),
        "kin_nouns": frozenset(data["kin_nouns"]),
        "opinion_verbs": frozenset(data["opinion_verbs"]),
        "quantity_frames": frozenset(data["quantity_frames"]),
        "measure_nouns": frozenset(data["measure_nouns"]),
        "stance_verbs": (frozenset(data["stance_verbs"]["present"]),
                         frozenset(data["stance_verbs"]["progressive"])),
        "settings": (frozenset(data["settings"]["prepositions"]),
                     frozenset(data["settings"]["nouns"]),
                     frozenset(data["settings"]["frames"])),
        "meeting_settings": {k: frozenset(v) for k, v in data["meeting_settings"].items()},
        "undergoer_nouns": frozenset(data["undergoer_nouns"]),
        "imposed_on": (frozenset(data["imposed_on"]["categories"]),
                       frozenset(data["imposed_on"]["prepositions"]),
                       frozenset(data["imposed_on"]["held_places"])),
        "undergoer_verbs": frozenset(data["undergoer_verbs"]),
        "adjunct_agents": {k: frozenset(v) for k, v in data["adjunct_agents"].items()},
        "transitive_phrasal": frozenset(data["transitive_phrasal"]),
        "named_agreements": (frozenset(data["named_agreements"]["cameo"]),
                             frozenset(data["named_agreements"]["prepositions"])),
        "predicates": {k: (Coding(*v["coding"]), v.get("target"), v.get("source"))
                       for k, v in (data["predicates"] | extra["predicates"]).items()},
        "unasserted": {k: frozenset(v) for k, v in data["unasserted"].items()}
        | _subordinators(),
        "unnamed_criticism": {k: frozenset(v) for k, v in data["unnamed_criticism"].items()},
        "diplomatic_protest": (Coding(*data["diplomatic_protest"]["coding"]),
                               frozenset(data["diplomatic_protest"]["verbs"]),
                               frozenset(data["diplomatic_protest"]["modifiers"])),
    }


def _named_frame(obj: Token, words: tuple[str, ...]) -> bool:
    """A pattern on a bare frame noun ("START * MISSION" 036) does not fit a frame whose
    content a noun before it names ("launched a rescue mission", "a search operation"):
    the dictionary lists the missions it means by their own words ("peace mission" 045,
    "humanitarian mission" 073), so the compound is another act."""
    return len(words) == 1 and words[0] in _rules()["frames"] and any(
        c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in obj.children)


def _pattern_code(token: Token) -> str | None:
    """The code of the PETRARCH2 pattern the verb fits; None where none fits or one that
    blocks it fits (for the sense checks, which read a code the coder chose elsewhere)."""
    found = _pattern_match(token)
    return None if found == NO_EVENT else found


def _pattern_match(token: Token) -> str | None:
    """The code of the PETRARCH2 pattern the verb fits (NO_EVENT: one that blocks it)."""
    blocks, patterns = _patterns()[:2]
    block = blocks.get(token.lemma_.lower())
    if block is None:
        return None
    objects = _pattern_objects(token)
    if found := subject_code(token, block, objects, True):
        return found
    # "issued a series of warnings": the pattern is read on the counted noun; so in a
    # measure partitive ("sent 40 tonnes of medical aid", CGEL 5.9.2; round 35)
    frames, n = _rules()["quantity_frames"] | _rules()["measure_nouns"], len(objects)
    objects += [p for o in objects if o.lower_ in frames for prep in o.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj"]
    if found := verb_patterns.particle_code(token, block):
        return found
    heads = _pattern_heads().get(block, {})
    for obj in objects:
        fitting = {k for form in verb_patterns.object_forms(obj) for k in heads.get(form, ())}
        for k in sorted(fitting):
            words, cameo = patterns[block][k]
            if _matches(obj, words) and not _named_frame(obj, words):
                return cameo
    return subject_code(token, block, objects[:n], False)


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
    if lemma in nouns or text in nouns or _show_of_force(token) or phrase_cameo(token):
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
    """A trigger's own coding (:func:`coding_route`, without its route)."""
    return coding_route(token)[0]


def coding_route(token: Token) -> tuple[Coding, str]:
    """A trigger's own coding and the route that gave it (docs/events.md "Routes"): an
    override of event_verbs.yaml, else the manual's object distinctions ("withdrew its
    ambassador"), else a PETRARCH2 verb + object pattern ("lift the blockade"), else the
    PLOVER lexicon (plover_verbs.yaml; a diplomatic protest), else the CAMEO code of the
    verb or noun; then the checks of what such an event needs (:func:`senses.holds`)."""
    from . import campaign, criticism, evaluations, pressure, requests, speech_content
    from .senses import holds  # senses reads this module's tables

    own, route = _coding_route(token)
    found = own
    for name, rule in (("criticism", criticism), ("pressure", pressure),  # r15-19
                       ("requests", requests), ("evaluations", evaluations),
                       ("speech_content", speech_content)):  # r29: what a verb of saying says
        if moved := rule.coding(token, own):
            found, route = moved, name
            break
    if found.type and token.pos_ == "VERB" and route != "object":
        # "kicked out" expels, "talks broke down" (PETRARCH2's multi-word verbs)
        moved = particle_cameo(token)
        if moved is not None and code(moved).type != found.type:
            found, route = code(moved), "particle"
    if found.type == "ASSAULT" and campaign.verbal(token):
        found, route = _rules()["condemnations"][0], "campaign"  # "Twitter attacks"
    elif found.type in ("ASSAULT", "COERCE") and campaign.civil_obstruction(token):
        found, route = code("144"), "campaign"  # r18: "teachers surrounded the Statehouse"
    elif found.type == "AID" and campaign.verbal_defence(token):
        found, route = code("052"), "campaign"  # "defended Sanders as a mainstream candidate"
    elif found.cameo == "062" and token.lemma_.lower() in _rules()["send_verbs"] and \
            not _sent_to_party(token):
        found, route = _rules()["send_own_forces"][0], "own_forces"  # r20: "troops were deployed"
    return (found, route) if holds(token, found) else (UNCODED, "uncoded")


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


def _sent_to_party(verb: Token) -> bool:
    """Whether what a send verb moves goes to a party ("sent troops to Mali")."""
    preps = _rules()["send_own_forces"][1]
    return any(c.dep_ == "dative" for c in verb.children) or any(
        p.dep_ == "prep" and p.lower_ in preps and any(
            o.dep_ == "pobj" and (_party_word(o) or o.pos_ == "PROPN") for o in p.children)
        for p in verb.children)


def _called_party(token: Token) -> bool:
    """Someone a telephone call can be made to: a name, a group or role noun, a pronoun."""
    return _party_word(token) or token.lower_ in ("him", "her", "them", "me", "us", "you")


def _coding_for(token: Token) -> Coding:
    return _coding_route(token)[0]


def _coding_route(token: Token) -> tuple[Coding, str]:
    from . import calling  # it reads this module
    from .statements import _condemning, _condemning_clause, _statement  # they read this module

    lemma = token.lemma_.lower()
    rules = _rules()
    if lemma in rules["prepositions"]:  # "called on Beijing to", "broke with Brussels"
        moved, preps, party = rules["prepositions"][lemma]
        if any(c.dep_ in ("prep", "prt") and c.lower_ in preps and (
                c.lower_ not in party or any(o.dep_ == "pobj" and _party_word(o)
                                             for o in c.children)
                or _asked_to_act(token, c))
               for c in token.children) or _for_to_clause(token, preps) or any(
                # "asked Trump for sanctions relief": the parser hangs 'for' on the person
                c.dep_ == "dobj" and _party_word(c) and any(
                    p.dep_ == "prep" and p.lower_ == "for" and "for" in preps
                    for p in c.children) for c in token.children) or (
                token.pos_ == "NOUN" and (any(_infinitive(c) for c in token.children)
                                          or _subject_of_infinitive(token))):
            return moved, "preposition"
    if token.pos_ == "VERB":
        if lemma in rules["naming_verbs"] and _condemning(token, rules["condemnations"][1]):
            return rules["condemnations"][0], "condemning"  # "called X 'unbearable'"
        if lemma in calling.verbs() and (graded := calling.evaluating(token)):
            return graded, "evaluating"  # r39: "called her a liar"; r43: label, brand, dub, term
        if lemma in rules["challenging"][0] and _challenged_attribute(token):
            return rules["challenging"][1], "challenging"  # r45: "questioned his judgment"
        if lemma in rules["condemning_speech"] and _condemning_clause(
                token, rules["condemnations"][1]):
            return rules["condemnations"][0], "condemning"  # "warned that X is illegal"
        if _statement(token, lemma, rules) or (
                standing(token, lemma, *rules["stance_verbs"])) or generic_stance(
                token, *rules["generic_stance"]):
            return UNCODED, "uncoded"
        if lemma in rules["needs_object"] and token.dep_ not in ("relcl", "acl") and not any(
                c.dep_ in ("dobj", "nsubjpass", "dative", "ccomp")
                for v in _sharing(token) for c in v.children):  # a relative's is its head
            return UNCODED, "uncoded"  # "warships passed into the sea", "yet charge less"
        if lemma in rules["no_object"] and any(c.dep_ == "dobj" for c in token.children):
            return UNCODED, "uncoded"  # "demonstrate the added value": show, not protest
        if lemma in rules["weapon_tests"][0] and _weapon_tested(token, rules):
            return rules["shows_of_force"][2], "weapon_test"  # "tested a missile"
        if lemma in rules["warning_verbs"] and advice_against(token) and any(
                c.dep_ in ("dobj", "dative") and _called_party(c) for c in token.children):
            return rules["warning_advice"][0], "warning_advice"  # "warned X against moving"
        if lemma in _overrides():  # a decision of this project, over any pattern
            return code(_verbs()[lemma]), "override"
        if (moved := object_senses.sense(token, rules["objects"].get(lemma),
                                         _direct_objects(token), _party_word)) and not (
                lemma in rules["collective_senses"] and disruptions.one_speaker(token)):
            return Coding(*moved), "object"  # the manual's distinctions, over PETRARCH2's
        pattern = _pattern_match(token)
        if pattern == NO_EVENT:
            return UNCODED, "uncoded"  # "killed himself", "the earthquake killed" (PETRARCH2 "---")
        found = code(pattern)
        if found.type:
            return found, "pattern"
        if pattern and lemma not in rules["verbs"]:
            return UNCODED, "uncoded"  # "expressed optimism" (013): PETRARCH2 names a statement

        if lemma in rules["verbs"]:
            return rules["verbs"][lemma], "plover_verb"
        if _pair_names_other_act(token, lemma):
            return UNCODED, "uncoded"  # "paid a visit" (PAY * VISIT 042:043): no FINANCE
    elif lemma == "protest":
        coding, verbs, modifiers = rules["diplomatic_protest"]
        if any(c.dep_ == "amod" and c.lower_ in modifiers for c in token.children) or (
                token.dep_ == "dobj" and token.head.lemma_.lower() in verbs):
            return coding, "noun_rule"
    elif lemma in rules["material_support"][0] and any(
            c.dep_ in ("amod", "compound") and c.lower_ in rules["material_support"][1]
            for c in token.children):
        kind = next(c.lower_ for c in token.children if c.dep_ in ("amod", "compound")
                    and c.lower_ in rules["material_support"][1])
        return rules["material_support"][1][kind], "noun_rule"  # "military support": AID
    elif lemma in rules["armed_strikes"]["nouns"] and token.pos_ == "NOUN" and \
            _armed_strike(token, rules["armed_strikes"]):
        aerial = any(c.dep_ in ("amod", "compound") and c.lower_ in
                     rules["armed_strikes"]["aerial"] for c in token.children)
        return rules["armed_strikes"]["aerial_coding" if aerial else "coding"], "noun_rule"
    elif token.pos_ == "NOUN" and _show_of_force(token):
        _, _, shown, joint = rules["shows_of_force"]
        together = any(c.lower_ in ("joint", "combined", "bilateral", "multilateral")
                       for c in token.children if c.dep_ in ("amod", "compound")) or any(
            p.dep_ == "prep" and p.lower_ == "with" for p in token.children)
        return joint if together else shown, "noun_rule"
    elif lemma in rules["nouns"] or token.lower_ in rules["nouns"]:
        return rules["nouns"].get(lemma) or rules["nouns"][token.lower_], "plover_noun"
    elif phrased := phrase_cameo(token):  # "punitive measures", "transfer of arms"
        return code(phrased), "noun_phrase"
    return code(_cameo_for(token)), "cameo_" + _pos(token)


def _sharing(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated with: coordinated verbs may share one
    object ("killed and wounded dozens", Quirk et al. 1985, 13.53)."""
    return [verb, *(v for v in verb.conjuncts if v.pos_ == "VERB")]


def _pair_names_other_act(token: Token, lemma: str) -> bool:
    """Whether the verb's object fits a pattern of its PETRARCH2 block coded as a pair
    whose subject's act is of another PLOVER category than the verb's own code ("paid a
    visit": PAY * VISIT 042:043, a visit, not FINANCE's 061; "coordinated efforts":
    COORDINATE * EFFORTS 060:060).  The matcher does not read pairs (verb_patterns.act),
    but with such an object the dictionary codes no default: the verb's code alone does
    not apply (as a pattern with a code PLOVER lacks, "expressed optimism", leaves it
    uncoded).  A pair of the verb's own category ("attended a meeting", 042:043 in
    GO_SOMEWHERE, attend 042) leaves it as it is."""
    block = _patterns()[0].get(lemma)
    own = code(_verbs().get(lemma)).type
    if not block or not own:
        return False
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(code(cameo).type != own for cameo in verb_patterns.pair_acts(objects, block))


def _objects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The verb's children of ``deps``, a relative pronoun among them standing for its
    antecedent ("a report which Moscow denied", "a law that was repealed"; CGEL 12.3),
    and the antecedent of an object gap (:func:`_gap_antecedent`)."""
    head = _relative_head(verb)
    found = [head if head is not None and o.lower_ in ("which", "that") else o
             for o in verb.children if o.dep_ in deps]
    gap = _gap_antecedent(verb)
    return found + [gap] if gap is not None else found


def _direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects, read as :func:`_objects` reads them."""
    return _objects(verb, ("dobj",))


def _pattern_objects(verb: Token) -> list[Token]:
    """What a verb's PETRARCH2 patterns are read on: its direct object or passive subject
    (the active object, Quirk et al. 1985, 3.63), read as :func:`_objects` reads them.
    Round 44: the patterns were read on a relative pronoun itself, which no pattern
    names."""
    return _objects(verb, ("dobj", "nsubjpass"))


def _relative_clause(verb: Token) -> Token | None:
    """The verb of the relative clause ``verb`` is (or is coordinated in: "allegations
    which the opposition repeated and which he denied"), on a noun; else None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB" and clause.head.i < clause.i:
        clause = clause.head
    return clause if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN") \
        else None


def _relative_head(verb: Token) -> Token | None:
    """The antecedent of the relative clause ``verb`` is, or is coordinated in."""
    clause = _relative_clause(verb)
    return clause.head if clause is not None else None


def _gap_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause's missing object stands for (round 44; CGEL 12.3, the
    relativized element is the object): a bare relative with its own subject and no
    object ("the weapons Russia has used", "the charges he denied"), or a verb with no
    object of its own coordinated with the clause's verb, the two sharing its object
    ("a charge that she has faced and has always denied"; Quirk et al. 1985, 13.53).
    None where the verb takes a complement or strands a preposition instead ("the city
    he lived in"), or the relative word is its subject ("the man who left")."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "dative", "attr", "acomp",
                      "oprd") or (c.dep_ == "prep" and not any(o.dep_ == "pobj"
                                                               for o in c.children))
           for c in verb.children):
        return None
    clause = _relative_clause(verb)
    if clause is None:
        return None
    if clause is verb:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(c.lower_ in RELATIVE_PRONOUNS for c in subjects):
            return None
        return clause.head
    own = [c for c in clause.children if c.dep_ == "dobj"]
    if any(o.lower_ in ("which", "that") for o in own) or (
            not own and _gap_antecedent(clause) is not None):
        return clause.head
    return None


def _weapon_tested(verb: Token, rules: dict) -> bool:
    """The object of 'test' is a weapon, or named by a military modifier ("a Russian
    anti-aircraft weapon system"; plover_verbs.yaml shows_of_force)."""
    weapons, modifiers = rules["weapon_tests"][1], rules["shows_of_force"][1]
    return any(o.lemma_.lower() in weapons or o.lower_ in weapons or any(
        c.dep_ in ("amod", "compound", "nmod") and (c.lower_ in modifiers or c.lower_ in weapons)
        for c in o.children)
        for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def _asked_to_act(verb: Token, prep: Token) -> bool:
    """"called on democratic nations to establish ...", "calls on parties concerned to be
    rational": the one called on is asked to do what the to-infinitive says (PETRARCH2's
    CALL (ON) appeal), whoever it is; the infinitive hangs on the verb or inside the
    called phrase.  A verb with an object of its own ("called Putin on Monday to discuss
    trade": a telephone call and its purpose) or a time after 'on' is not asked."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    called = [o for o in prep.children if o.dep_ == "pobj"
              and o.ent_type_ not in ("DATE", "TIME")]
    return bool(called) and (any(_infinitive(c) for c in verb.children) or any(
        _infinitive(t) for o in called for t in o.subtree if t is not o))


def advice_against(verb: Token) -> bool:
    """Round 37: a warning "against" a course of action, advice and no threat
    (plover_verbs.yaml `warning_advice`): the object of 'against' (a gerund or a noun) is
    no act of force or pressure ("cautioned against drawing lessons", "against a betrayal
    of our values"); "warned against any attack" keeps its threat."""
    _, kinds, words = _rules()["warning_advice"]
    against = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return bool(against) and not any(
        o.lemma_.lower() in words or o.lower_ in words or
        _coding_for(o).type in kinds for o in against)


def _subject_of_infinitive(noun: Token) -> bool:
    """"its call to the authorities to drop all charges": a to-infinitive takes no
    nominative subject, so a noun the parser makes its subject is the noun the infinitive
    completes (what is called for)."""
    if noun.dep_ == "nsubj" and any(a.dep_ == "aux" and a.lower_ == "to"
                                    for a in noun.head.children):
        return True
    # "renewed its call to the police to free ...": the parser hangs the infinitive that
    # follows the call's phrase on the verb above it
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ == "to" and after.dep_ == "aux" and \
        _infinitive(after.head) and after.head.head == noun.head


def _for_to_clause(verb: Token, preps: frozenset[str]) -> bool:
    """A for-to clause after the verb ("called for the charge to be dropped", "pressed for
    the talks to resume"): the parser makes 'for' the mark of an infinitive clause rather
    than a preposition; what the clause says is what is asked."""
    return "for" in preps and any(
        _infinitive(c) or c.dep_ in ("advcl", "ccomp") and any(
            a.dep_ in ("aux", "auxpass") and a.lower_ == "to" for a in c.children)
        for c in verb.children if any(m.dep_ == "mark" and m.lower_ == "for"
                                      for m in c.children))


def _party_word(token: Token) -> bool:
    """A name of a country, group, organization or person, or a group or role noun
    ("the leadership", "the authorities"): someone, not a time or a thing."""
    return token.ent_type_ in NAMES or \
        token.lemma_.lower() in _agents()["nouns"]


def _challenged_attribute(verb: Token) -> bool:
    """Round 45: the verb's object (or passive subject) is no party itself (no name, no
    PETRARCH2 agent noun, no aide) and is something of a party's, a possessor or an 'of'
    object naming one ("questioned Mr. Cruz's eligibility", "the integrity of the U.S.
    voting system"), or its complement asks why or whether ("questioned why the
    foundation had not reined in donations").  A person noun outside the agent
    dictionaries ("his driver") is still read as a thing."""
    from ..actors.agents import agent_sectors, aide_noun  # a role noun is a person

    def owner(o: Token) -> bool:
        return _party_word(o) or o.pos_ == "PROPN" or o.pos_ == "PRON"
    return any(
        not _party_word(o) and o.pos_ == "NOUN" and not aide_noun(o)
        and not agent_sectors(o.lemma_) and (
            any(c.dep_ == "poss" and owner(c) for c in o.children)
            or any(owner(p) for p in phrase_objects(o, ("of",))))
        for o in _pattern_objects(verb)) or any(
        # "questioned why the foundation had not reined in donations": the propriety of
        # a party's act (WordNet question v.2)
        c.dep_ == "ccomp" and any(w.lower_ in ("why", "whether") and w.i < c.i
                                  for w in c.children)
        for c in verb.children)


def phrase_objects(token: Token, preps: tuple[str, ...] | frozenset[str] | None = None
                   ) -> list[Token]:
    """The objects of ``token``'s prepositional phrases (of ``preps`` only, when given)."""
    return [o for p in token.children if p.dep_ == "prep" and (preps is None or p.lower_ in preps)
            for o in p.children if o.dep_ == "pobj"]


def _infinitive(token: Token) -> bool:
    """A to-infinitive complement or modifier ("its call to drop the charges")."""
    return token.dep_ in ("xcomp", "acl", "advcl") and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


UNCODED = Coding(None, None, None)


@lru_cache(maxsize=1)
def _agents() -> dict[str, frozenset[str]]:
    data = load_yaml("agents.yaml")
    return {key: frozenset(data[key]) for key in ("nouns", "prepositions", "quantities")}
