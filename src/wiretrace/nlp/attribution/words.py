"""The words of the attribution layer, read once from data/cues.yaml: reporting verbs, nouns
and adjectives by class (speech, claim, deny, cognitive, evidence, relay, refuse, stance,
intention), source and person nouns, and the tests built on them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...dates.words import word_set
from ...lexicon import load_yaml

SUBJECTS = {"nsubj", "csubj"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
FIRST_PERSON = {"i", "we", "me", "us", "you"}
# Dependency labels that put a clause under a cue as its reported content.
CLAUSAL = {"ccomp", "xcomp"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    nouns: dict[str, str]
    noun_preps: dict[str, frozenset[str]]
    adjectives: dict[str, str]
    adjective_preps: frozenset[str]
    object_content: frozenset[str]
    message_object: frozenset[str]
    shell_nouns: dict[str, str]
    message_particles: dict[str, frozenset[str]]
    addressee_object: frozenset[str]
    addressee_prep: dict[str, frozenset[str]]
    refusal_objects: frozenset[str]
    prep_content: dict[str, frozenset[str]]
    prep_object: dict[str, frozenset[str]]
    medium_preps: frozenset[str]
    medium_nouns: frozenset[str]
    saying: frozenset[str]
    contrast_marks: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], str, str], ...]
    source_nouns: dict[str, str]
    person_nouns: frozenset[str]
    person_suffixes: tuple[str, ...]
    anonymity_modifiers: frozenset[str]
    anonymity_phrases: tuple[str, ...]
    unauthorized: frozenset[str]
    pronouns: dict[str, str]
    position_nouns: frozenset[str]
    position_verbs: frozenset[str]
    position_governors: frozenset[str]
    doubt_markers: frozenset[str]
    doubt_predicates: frozenset[str]
    survey_preps: frozenset[str]
    survey_nouns: frozenset[str]
    quantifier_sources: frozenset[str]
    commissive: frozenset[str]
    pro_form_objects: frozenset[str]
    pro_form_adverbs: frozenset[str]
    question_verbs: frozenset[str]
    support_verbs: frozenset[str]
    regard_verbs: frozenset[str]
    naming_participles: frozenset[str]
    regard_adverbs: frozenset[str]
    self_participles: frozenset[str]
    namer_preps: frozenset[str]
    reputation_preps: dict[str, frozenset[str]]
    wording_verbs: frozenset[str]
    title_participles: frozenset[str]
    retort_particles: dict[str, frozenset[str]]
    phrasal: dict[str, tuple[tuple[str, str, frozenset[str], str], ...]]
    opinion_preps: frozenset[str]
    opinion_nouns: frozenset[str]
    object_clause: frozenset[str]
    audience_verbs: frozenset[str]
    attributing_adverbs: frozenset[str]
    audience_nouns: frozenset[str]
    act_stances: frozenset[str]
    act_objects: frozenset[str]
    act_against: frozenset[str]
    act_persons: frozenset[str]
    act_speakers: frozenset[str]
    act_places: frozenset[str]
    object_beliefs: frozenset[str]
    object_awareness: frozenset[str]
    question_object_verbs: frozenset[str]
    question_object_nouns: frozenset[str]
    publication_verbs: frozenset[str]
    publication_objects: frozenset[str]
    persuasion_verbs: frozenset[str]
    put_verbs: frozenset[str]
    put_said: frozenset[str]
    put_estimate: frozenset[str]
    finding_out: frozenset[str]
    finding_marks: frozenset[str]
    passive_preps: frozenset[str]
    passive_not: frozenset[str]
    # noun groups of rounds 14 and 15 (`request_nouns`, `wording_nouns`, `role_nouns`,
    # `attack_nouns`, `colon_nouns` in cues.yaml): lemmas, prepositions, and the group's
    # verbs (the copulas of role nouns, the verbs that launch an attack)
    noun_groups: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]
    light_nouns: dict[str, tuple[frozenset[str], frozenset[str], str]]
    decree_verbs: frozenset[str]
    decree_preps: frozenset[str]
    # round 41 (`obligation_verbs`, `infinitive_intentions`)
    obligation_verbs: frozenset[str]
    obligation_texts: frozenset[str]
    infinitive_intentions: frozenset[str]
    # round 17 (`experiencer_verbs`, `divided_verbs`, `loyalty_verbs`): attitudes
    experiencer_verbs: frozenset[str]
    divided_verbs: frozenset[str]
    divided_preps: frozenset[str]
    loyalty_verbs: frozenset[str]
    loyalty_preps: frozenset[str]
    loyalty_not: frozenset[str]
    # round 16 (`noun_cue_limits`): fixed phrases and topic prepositions where a listed
    # noun is no cue
    noun_idioms: dict[str, frozenset[str]]
    topic_preps: frozenset[str]
    # round 18: verbs of `prepositional_content` that are cues only as a finite verb or
    # with an auxiliary, and with no object of their own
    prep_active_only: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml("cues.yaml")
    verbs = {lemma: cls for cls, group in data["verbs"].items() for lemma in group["lemmas"]}
    nouns = {
        lemma: cls
        for cls, lemmas in data["noun_cues"].items()
        if cls not in ("source", "prepositions")
        for lemma in lemmas
    }
    source_nouns = {
        lemma: kind for kind, group in data["nouns"].items() if kind != "person"
        for lemma in group["lemmas"]
    }
    pronouns = {
        word: group
        for group, words in data["pronouns"].items()
        if group != "source"
        for word in words
    }
    phrases = tuple(
        (tuple(e["words"]), e["class"], e["object"]) for e in data["phrases"]["entries"]
    )
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        noun_preps={k: frozenset(v) for k, v in data["noun_cues"]["prepositions"].items()},
        adjectives={lemma: cls for cls, lemmas in data["adjectives"].items()
                    if cls not in ("source", "prepositions") for lemma in lemmas},
        adjective_preps=frozenset(data["adjectives"]["prepositions"]),
        object_content=frozenset(data["object_content"]["lemmas"]),
        message_object=frozenset(data["message_object"]["lemmas"]),
        shell_nouns={lemma: cls for cls, lemmas in data["shell_nouns"].items()
                     if cls != "source" for lemma in lemmas},
        message_particles={k: frozenset(v) for k, v in
                           data["message_object"]["particles"].items()},
        addressee_object=frozenset(data["addressee"]["object"]),
        addressee_prep={k: frozenset(v) for k, v in data["addressee"]["preposition"].items()},
        refusal_objects=frozenset(data["refusal_objects"]["lemmas"]),
        prep_content={k: frozenset(v) for k, v in
                      data["prepositional_content"]["lemmas"].items()},
        prep_active_only=frozenset(data["prepositional_content"]["active_only"]),
        prep_object={k: frozenset(v) for k, v in
                     data["prepositional_object"]["lemmas"].items()},
        medium_preps=frozenset(data["medium"]["prepositions"]),
        medium_nouns=frozenset(data["medium"]["lemmas"]),
        saying=frozenset(data["saying_lemmas"]["lemmas"]),
        contrast_marks=frozenset(data["contrast_marks"]["words"]),
        phrases=phrases,
        source_nouns=source_nouns,
        person_nouns=frozenset(data["nouns"]["person"]["lemmas"]),
        person_suffixes=tuple(data["nouns"]["person"]["suffixes"]),
        anonymity_modifiers=frozenset(data["anonymity"]["modifiers"]),
        anonymity_phrases=tuple(data["anonymity"]["phrases"]),
        unauthorized=frozenset(data["anonymity"]["unauthorized"]),
        pronouns=pronouns,
        position_nouns=frozenset(data["position"]["nouns"]),
        position_verbs=frozenset(data["position"]["verbs"]),
        position_governors=frozenset(data["position"]["governors"]),
        doubt_markers=word_set("conditional_subordinators"),  # timex.yaml (round 36)
        doubt_predicates=frozenset(data["doubt"]["predicates"]),
        survey_preps=frozenset(data["survey_nouns"]["prepositions"]),
        survey_nouns=frozenset(data["survey_nouns"]["lemmas"]),
        quantifier_sources=frozenset(data["quantifier_sources"]["lemmas"]),
        commissive=frozenset(data["commissive"]["lemmas"]),
        pro_form_objects=frozenset(data["pro_form_objects"]["objects"]),
        pro_form_adverbs=frozenset(data["pro_form_objects"]["adverbs"]),
        question_verbs=frozenset(data["question_verbs"]["lemmas"]),
        support_verbs=frozenset(data["support_verbs"]["lemmas"]),
        regard_verbs=frozenset(data["regard_verbs"]["lemmas"]),
        naming_participles=frozenset(data["regard_verbs"]["naming_participles"]),
        regard_adverbs=frozenset(data["regard_verbs"]["adverbs"]),
        self_participles=frozenset(data["regard_verbs"]["self_participles"]),
        namer_preps=frozenset(data["regard_verbs"]["namer_prepositions"]),
        reputation_preps={k: frozenset(v) for k, v in
                          data["regard_verbs"]["passive_reputation"].items()},
        wording_verbs=frozenset(data["wording_verbs"]["lemmas"]),
        title_participles=frozenset(data["wording_verbs"]["title_participles"]),
        retort_particles={k: frozenset(v) for k, v in
                          data["retort_particles"]["lemmas"].items()},
        phrasal=_phrasal(data["phrasal_cues"]["entries"]),
        opinion_preps=frozenset(data["opinion_nouns"]["prepositions"]),
        opinion_nouns=frozenset(data["opinion_nouns"]["lemmas"]),
        object_clause=frozenset(data["object_clause"]["lemmas"]),
        audience_verbs=frozenset(data["audience_object"]["lemmas"]),
        attributing_adverbs=frozenset(data["attributing_adverbs"]["lemmas"]),
        audience_nouns=frozenset(data["audience_object"]["nouns"]),
        act_stances=frozenset(data["speech_act_stances"]["lemmas"]),
        act_objects=frozenset(data["speech_act_stances"]["objects"]),
        act_against=frozenset(data["speech_act_stances"]["against"]),
        act_persons=frozenset(data["speech_act_stances"]["person_objects"]),
        act_speakers=frozenset(data["speech_act_stances"]["speaker_objects"]),
        act_places=frozenset(data["speech_act_stances"]["place_objects"]),
        object_beliefs=frozenset(data["object_beliefs"]["lemmas"]),
        object_awareness=frozenset(data["object_awareness"]["lemmas"]),
        question_object_verbs=frozenset(data["question_objects"]["lemmas"]),
        question_object_nouns=frozenset(data["question_objects"]["nouns"]),
        publication_verbs=frozenset(data["publication_verbs"]["lemmas"]),
        publication_objects=(frozenset(data["publication_verbs"]["objects"]) | frozenset(
            data["nouns"]["document"]["lemmas"])) - frozenset(
            data["publication_verbs"]["not_objects"]),
        persuasion_verbs=frozenset(data["persuasion_verbs"]["lemmas"]),
        put_verbs=frozenset(data["put_idioms"]["lemmas"]),
        put_said=frozenset(data["put_idioms"]["said_object"]),
        put_estimate=frozenset(data["put_idioms"]["estimate_preposition"]),
        finding_out=frozenset(data["finding_out"]["lemmas"]),
        finding_marks=frozenset(data["finding_out"]["marks"]),
        passive_preps=frozenset(data["passive_stances"]["prepositions"]),
        passive_not=frozenset(data["passive_stances"]["not_lemmas"]),
        noun_groups={key: (frozenset(data[key]["lemmas"]), frozenset(data[key]["prepositions"]),
                           frozenset(data[key].get("copulas") or data[key].get("verbs", ())))
                     for key in ("request_nouns", "wording_nouns", "role_nouns",
                                 "attack_nouns", "colon_nouns")},
        light_nouns={e["noun"]: (frozenset(e["verbs"]), frozenset(e["prepositions"]), e["class"])
                     for e in data["light_verb_nouns"]["entries"]},
        decree_verbs=frozenset(data["decree_verbs"]["lemmas"]),
        decree_preps=frozenset(data["decree_verbs"]["prepositions"]),
        obligation_verbs=frozenset(data["obligation_verbs"]["lemmas"]),
        obligation_texts=frozenset(data["obligation_verbs"]["texts"]),
        infinitive_intentions=frozenset(data["infinitive_intentions"]["lemmas"]),
        experiencer_verbs=frozenset(data["experiencer_verbs"]["lemmas"]),
        divided_verbs=frozenset(data["divided_verbs"]["lemmas"]),
        divided_preps=frozenset(data["divided_verbs"]["prepositions"]),
        loyalty_verbs=frozenset(data["loyalty_verbs"]["lemmas"]),
        loyalty_preps=frozenset(data["loyalty_verbs"]["prepositions"]),
        loyalty_not=frozenset(data["loyalty_verbs"]["not_objects"]),
        noun_idioms={k: frozenset(v) for k, v in data["noun_cue_limits"]["idioms"].items()},
        topic_preps=frozenset(data["noun_cue_limits"]["topic_prepositions"]),
    )


def cue_class(token: Token) -> str | None:
    """The cue class of a word (speech, claim, deny, cognitive, evidence, relay, refuse,
    stance, intention) or None."""
    lex = lexicon()
    lemma = token.lemma_.lower()
    if token.tag_.startswith("VB"):
        return lex.verbs.get(lemma) or ("speech" if retort(token) is not None else None) or (
            "intention" if lemma in lex.infinitive_intentions and _infinitive(token) else None)
    if token.pos_ in ("NOUN", "PROPN"):
        return lex.nouns.get(lemma)
    if lemma in ("accord", "according"):
        return "speech"
    return None


def to_marked(t: Token) -> bool:
    """Whether ``t`` has the infinitive marker "to" among its children ("wants [to] meet")."""
    return any(g.tag_ == "TO" for g in t.children)


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` takes a to-infinitive after it ("are looking to do much the
    same"; not "look at", "looks like")."""
    return any(c.dep_ == "xcomp" and c.i > verb.i and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in verb.children)


def _phrasal(entries: list[dict]) -> dict[str, tuple[tuple[str, str, frozenset[str], str], ...]]:
    """verb -> (particle, object, prepositions, class) of each phrasal cue."""
    out: dict[str, list[tuple[str, str, frozenset[str], str]]] = {}
    for e in entries:
        out.setdefault(e["verb"], []).append((e.get("particle", ""), e.get("object", ""),
                                              frozenset(e.get("prepositions", ())), e["class"]))
    return {k: tuple(v) for k, v in out.items()}


def retort(verb: Token) -> Token | None:
    """The particle of a verb of retort ("shot back") whose subject can speak, if any
    (`retort_particles` in cues.yaml)."""
    particles = lexicon().retort_particles.get(verb.lemma_.lower())
    if not particles:
        return None
    back = next((c for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1
                 and c.lower_ in particles), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if back is None or subject is None or subject.lower_ in ("it", "this", "that") or not (
            could_be_source(subject) or names_people(subject)):
        return None
    return back


def could_be_source(token: Token) -> bool:
    """A name or a noun like "sources", "officials", "a report" (not "major flaws")."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in (
        "PERSON", "ORG", "GPE", "NORP") or token.lemma_.lower() in lexicon().source_nouns


def names_people(token: Token) -> bool:
    """A common noun for people by what they do or are ("engineer", "farmers")."""
    lex = lexicon()
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (lemma in lex.person_nouns or (
        len(lemma) > 4 and lemma.endswith(lex.person_suffixes)))
