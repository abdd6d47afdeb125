"""What a coded trigger needs to be the event its code names, read from its object and
its construction (docs/events.md, PLOVER coding): a visit a destination, a call a party
called, an investigation something investigated, a concession someone it is made to,
force something it is used on; and the senses a noun takes by its modifiers ("missile
strikes", "a rescue mission"), or loses as a predicate ("was a rejection of")."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.gazetteer import (
    candidates,
    country_of_code,
    country_of_demonym,
    country_of_name,
    normalize,
)
from ..context import Context
from . import campaign, readings
from .coding import (
    NAMES,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    Coding,
    _agents,
    _called_party,
    _coding_for,
    _infinitive,
    _pattern_code,
    _pattern_objects,
    _patterns,
    _rules,
    advice_against,
    coding_for,
    is_event_noun,
)
from .pledges import POSSESSIVES

DESTINATIONS = {"to", "in", "at", "into", "for", "toward", "towards"}
PLACE_OR_PARTY = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}


def holds(token: Token, found: Coding) -> bool:
    """Whether a coded trigger has what its category needs (plover_verbs.yaml): a visit a
    destination that is a party or a named place ("arrived in Beijing", not "arrived and
    controlled the site"), a telephone call someone called; and whether a noun of
    support is an act ("gave support to") rather than a stance held ("U.S. support for
    Taiwan")."""
    if not found.type:
        return True
    pattern = _pattern_code(token) if token.pos_ == "VERB" else None
    if not readings.holds(token, found.type, pattern) or not campaign.holds(token, found.type):
        return False
    rules = _rules()
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        # read once for the checks below: the verb's PETRARCH2 block (whose bare default
        # applies when none of its patterns matched) and its objects
        block = _patterns()[0].get(lemma)
        # (a relative pronoun as its antecedent, an object gap's antecedent: round 44)
        objects = _pattern_objects(token)
        if found.type == "CONSULT" and lemma in rules["going_verbs"]:
            return any(
                (p.dep_ == "prep" and p.lower_ in DESTINATIONS and any(
                    o.dep_ == "pobj" and o.ent_type_ in PLACE_OR_PARTY for o in p.children))
                or (p.dep_ == "dobj" and p.ent_type_ in PLACE_OR_PARTY)
                for p in token.children)
        if found.type == "CONSULT" and lemma in rules["meeting_verbs"] and any(
                not _called_party(c) and c.lower_ not in _agents()["nouns"] and
                c.lower_ not in rules["guests"] and c.ent_type_ not in PLACE_OR_PARTY
                for c in objects):
            return False  # "met the deadline", "meet the needs": no one is met
        if found.type == "ASSAULT" and lemma in rules["dismissal_verbs"] and any(
                c.ent_type_ == "PERSON" or (
                    _called_party(c) and c.lower_ not in rules["unassailable"])
                for c in objects):
            return False  # "fired the interior minister": dismissed, not shot at
        if found.type == "CONSULT" and pattern is None and \
                block in rules["consulting"][0]:
            return _consulted(token, rules["consulting"][1])
        if found.type == "CONSULT" and lemma in rules["host_verbs"]:
            # CAMEO 043 "host a visit": a guest who is a party, or a meeting held
            # ("hosted Erdogan", "hosted talks"), not "hosted refugees", "hosted the games"
            return not objects or any(_guest(o) for o in objects)
        if found.type == "CONSULT" and lemma in rules["phone_verbs"]:
            return all(_called_party(c) for c in objects)
        if found.type == "THREATEN" and lemma in rules["warning_verbs"]:
            return _own_warning(token)
        if found.type == "SUPPORT" and lemma in rules["praise_verbs"]:
            if lemma in rules["object_praise_verbs"]:
                # "celebrated in Florida with supporters", "celebrate Labor Day": no
                # party or act; a free relative (parsed as a clause) names an act
                # ("celebrated what they called a new victory")
                return any(_praised(o) for o in objects) or any(
                    c.dep_ == "ccomp" for c in token.children)
            return not objects or any(_praised(o) for o in objects)
        if found.type in rules["own_campaign"][0] and objects and \
                all(_own_campaign(o) for o in objects):
            return False  # "suspended his campaign": campaign logistics, no relations
        if found.type == "ASSAULT" and pattern is None and not _assailed(token):
            return False
        if found.type == "ASSAULT" and pattern is None and \
                block in rules["activity_blocks"]:
            # PETRARCH2's ENGAGE block codes by the activity after 'in' ("engage in
            # talks" 046, "in a firefight" 193); with none of its patterns, force only
            # when that activity is an act PLOVER codes ("engaged in fighting"), not
            # "continues to engage in such activity"
            done = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in"
                    for o in p.children if o.dep_ == "pobj"]
            return not done or any(o.pos_ == "NOUN" and is_event_noun(o) and
                                   _coding_for(o).type is not None for o in done)
        if found.cameo == "050" and pattern is None and \
                block in readings._data()["disclosure_blocks"]:
            return False  # "revealed a call to the inquiry": a disclosure, no SUPPORT
        if found.cameo == "080" and block in rules["yield_blocks"] and \
                pattern is None:
            # PETRARCH2's ALLOW and SUBMIT defaults (080 yield): yielding to a party or to
            # what it asks ("approved the release", "allowed the visit", "submitted to the
            # demands"), not passing one's own law or handing in documents
            return not objects or any(_yielded(o) for o in objects)
        if found.cameo in rules["partners"][0] and pattern is None and \
                lemma not in rules["verbs"]:
            # a PETRARCH2 block's bare default, cooperation of no named kind: mutual only
            # with a partner ("worked with Japan"), not "conducted two tests"
            return _partnered(token, rules["partners"][1])
        if found.type == "AID" and pattern is None and \
                block in rules["protection_blocks"]:
            # protection is of people and places, not "defended the new law" (052 by
            # PETRARCH2's patterns when it names a decision or a plan)
            return not objects or any(_protected(o) for o in objects)
        if found.cameo == "110" and pattern is None and \
                block in rules["disputes"][0] and not any(
                c.dep_ in ("dobj", "nsubjpass", "ccomp") or (
                    c.dep_ == "prep" and c.lower_ in rules["disputes"][1])
                for c in token.children):
            return False  # disapproves of nothing: "competed for passengers"
        if found.mode == "investigate":
            # CAMEO 09x: investigating a party or an act (a crime, abuses, an attack), not
            # "monitoring developments", "studying the proposal", "explored options"
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
    warners = [c for c in verb.children if c.dep_ in SUBJECTS]
    subjects = {c.lemma_.lower() for c in warners}
    for c in verb.children:
        if c.dep_ in ("dobj", "dative") and _called_party(c):
            return True  # "warned Washington"
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            return True  # "warned of severe consequences"
        if c.dep_ == "prep" and c.lower_ == "against" and not advice_against(verb):
            return True  # "warned against any attack"; not "cautioned against drawing"
        if c.dep_ in ("ccomp", "xcomp"):
            inner = [s for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if c.dep_ == "xcomp" or (any(_same_party(s, warners) or
                                         s.lemma_.lower() in subjects for s in inner)
                                     and _prospective(c)):
                return True  # "warned it could turn to Russia"
    return False


PERSONAL_SELF = {"he", "she", "i"}


def _same_party(pronoun: Token, warners: list[Token]) -> bool:
    """Round 37: a pronoun in a warning's clause that can take up the one warning (Quirk et
    al. 1985, 6.15: a personal pronoun agrees with its antecedent in person, number and
    gender): "Ankara warned it could", "he warned he would", not "He cautioned that they
    would need to hear more" (another party's need, no threat of his).  A warner that is
    a pronoun or a name is read; a common noun is not ("the president warned he would",
    "the ministry warned it would": both stand)."""
    word = pronoun.lower_
    if word not in SELF_PRONOUNS:
        return False
    if not warners:
        return True
    if all(w.lower_ in SELF_PRONOUNS for w in warners):
        return any(w.lower_ == word or {w.lower_, word} == {"i", "we"} for w in warners)
    if not any(w.ent_type_ in NAMES for w in warners):
        return True  # round 37 review: a person noun's 'he' was read as another party
    person = any(w.ent_type_ == "PERSON" for w in warners)
    return (word in PERSONAL_SELF) == person


def _prospective(clause: Token) -> bool:
    """Round 27: a clause that says what its subject will or may do (a modal or 'going
    to': "warned it could turn to Russia") -- a threat declares an intent to act (CAMEO 13);
    "has been warning for weeks that it is short of fuel" states the warner's own plight."""
    if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "'ll") for c in clause.children):
        return True
    if clause.lower_ == "going" and any(c.dep_ == "xcomp" for c in clause.children):
        return True  # "it is going to close the strait"
    return any(c.dep_ in ("xcomp", "ccomp") and _prospective(c) for c in clause.children
               if c.pos_ in ("VERB", "AUX"))


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
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    for o in objects:
        if _called_party(o) or o.ent_type_:
            continue
        if o.lemma_.lower() in _rules()["unassailable"] or (
                o.pos_ == "NOUN" and is_event_noun(o) and _coding_for(o).type is None):
            return False
    # no one it is used on: a 'with' phrase naming only things is a struggle with them
    # ("breaking with tradition", "wrestling with a bill"; plover_verbs.yaml
    # force_instruments), not force ("clashed with police", "attacked with machetes")
    return bool(objects) or not any(
        p.dep_ == "prep" and p.lower_ == "with" and _things_only(p) for p in verb.children)


def _things_only(prep: Token) -> bool:
    """Whether a preposition's objects all name a thing force is not used on: a common
    noun that names no party (a group or role noun: "rebels", "riot police"; PETRARCH2's
    agent dictionary, generic_actors.yaml) and no instrument of force (plover_verbs.yaml
    force_instruments), and that is a condition, text or state of `unassailable`, an act
    PLOVER does not code as force ("criticism"), or an abstract noun by its suffix
    ("tradition", "government" aside: parties are ruled out first)."""
    from ..actors.generic import noun_sectors

    objects = [o for o in prep.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    rules = _rules()
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and not _called_party(o) and not noun_sectors(o)
        and o.lemma_.lower() not in rules["force_instruments"]
        and o.lower_ not in rules["force_instruments"]
        and (o.lemma_.lower() in rules["unassailable"]
             or (is_event_noun(o) and _coding_for(o).type not in ("ASSAULT", "COERCE"))
             or o.lower_.endswith(ABSTRACT_SUFFIXES))
        for o in objects)


# derivational suffixes of abstract nouns (acts, states, qualities): -tion, -sion, -ment,
# -ness, -ity, -ism, -ance, -ence, -ship, -hood (and their plurals)
ABSTRACT_SUFFIXES = tuple(x + p for x in ("tion", "sion", "ment", "ness", "ity", "ism",
                                          "ance", "ence", "ship", "hood")
                          for p in ("", "s"))


def _consulted(verb: Token, preps: frozenset[str]) -> bool:
    """Whether talk is with someone (plover_verbs.yaml consulting_blocks): a party after
    one of ``preps``, a party as its object, several parties as its subject, or a
    passive; a verb joined to another ("met Museveni and discussed trade") is read with
    that verb's subject and objects."""
    from ..actors.generic import noun_sectors

    def party(t: Token) -> bool:
        return _called_party(t) or t.ent_type_ in PLACE_OR_PARTY or bool(noun_sectors(t))

    verbs = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    for v in verbs:
        # "discussed trade with Putin": the parser may hang 'with' on the object
        objects = [c for c in v.children if c.dep_ == "dobj"]
        for c in [*v.children, *(p for o in objects for p in o.children)]:
            if c.dep_ in PASSIVE_SUBJECTS:
                return True
            if c.dep_ in ("dobj", "dative") and party(c):
                return True
            if c.dep_ == "prep" and c.lower_ in preps and any(
                    o.dep_ == "pobj" and party(o) for o in c.children):
                return True
            if c.dep_ in SUBJECTS and (
                    any(g.dep_ == "conj" for g in c.children)
                    or c.lower_ in ("they", "we", "both")
                    or (c.tag_ in ("NNS", "NNPS") and party(c))):
                return True
    return False


def _partnered(verb: Token, preps: frozenset[str]) -> bool:
    """Whether a verb of cooperation names whom it is done with or for (plover_verbs.yaml
    partner_codes): a party after 'with', 'between' or 'among', or one given to ("will
    provide food aid to refugees", "granted Kenya a loan")."""
    return any(p.dep_ == "dative" and _called_party(p) for p in verb.children) or any(
        p.dep_ in ("prep", "dative") and any(o.dep_ == "pobj" and (
            (p.lower_ in preps and (_called_party(o) or o.ent_type_ in PLACE_OR_PARTY))
            or (p.lower_ == "to" and (_called_party(o) or o.lower_ in _agents()["nouns"])))
            for o in p.children)
        for p in [*verb.children, *(c for o in verb.children if o.dep_ == "dobj"
                                    for c in o.children)])


def _own_campaign(token: Token) -> bool:
    """An object that is the subject's own electoral campaign (plover_verbs.yaml
    own_campaign): "his presidential campaign", "her own bid", not "its military
    campaign" or "the Kenyan campaign"."""
    _, nouns, modifiers = _rules()["own_campaign"]
    if token.lemma_.lower() not in nouns:
        return False
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in token.children):
        return False
    return all(c.lower_ in modifiers for c in token.children
               if c.dep_ in ("amod", "compound", "nmod"))


def _protected(token: Token) -> bool:
    """What protection (CAMEO 074, 075) can be given to: a party or a place, not an act
    or a thing of `unassailable` ("the treaty", "the law", "the economy")."""
    if _called_party(token) or token.ent_type_ in PLACE_OR_PARTY:
        return True
    return not (token.lemma_.lower() in _rules()["unassailable"] or (
        token.pos_ == "NOUN" and is_event_noun(token) and _coding_for(token).type is not None))


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
    speaker's own ("thanked his supporters"), an act ("welcomed the release"), or what a
    named party did or showed ("praised Mrs. Clinton's advocacy": the possessor is the
    one praised, its quality or deed the ground)."""
    if token.pos_ == "NOUN" and is_event_noun(token):
        return True
    if token.pos_ == "NOUN" and any(c.dep_ == "poss" and (
            c.ent_type_ in NAMES or c.lemma_.lower() in _rules()["kin_nouns"])
            for c in token.children):
        return True  # round 18: "praised his younger brother's faith": a person's quality
    own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "its", "our", "my")
              for c in token.children)
    named = token.ent_type_ in NAMES
    return named or (_called_party(token) and not own)


PLACE_BOUND = frozenset({"ASSAULT", "CONSULT", "PROTEST"})


def place_modifier(ctx: Context, head: Token, trigger: Token) -> bool:
    """A town or region named before an event noun is where it happened, not who did it
    ("the Bouake attack", "the Geneva talks"; PLOVER codes the location apart from the
    actors, manual 2.4): only a country's name, or its capital standing for its
    government ("Washington sanctions", as "Berlin rejected"), is an actor there; a
    capital before an attack, a meeting or a protest is its place ("the Kabul bombing",
    "the Hanoi summit")."""
    if head.dep_ != "compound" or trigger.pos_ != "NOUN":
        return False
    entity = ctx.entity(ctx.token_entity.get(head.i))
    if entity is None or entity.type not in ("GPE", "LOC", "FAC", "NORP"):
        return False
    place = entity.place
    if (place is not None and place.kind == "country") or country_of_name(entity.name):
        return False
    if entity.type == "NORP" and (country_of_demonym(head.text) or not candidates(head.text)):
        return False  # "the Bouake attack" (tagged NORP): a town; "Kurdish fighters" no
    alpha3 = (place.country if place is not None else None) or entity.country
    country = country_of_code(alpha3) if alpha3 else None
    capital = country is not None and bool(country.capital) and \
        normalize(country.capital) in {normalize(entity.name), normalize(head.text)}
    return not capital or coding_for(trigger).type in PLACE_BOUND
