"""Codes of event arguments: the country and sector of the actor an argument names, for
this event (docs/actors.md, "Generic actors").

An argument that is an entity ("Turkey", "the State Department") carries the entity's
code.  An argument headed by a group or role noun is coded by the noun, as PETRARCH2,
PLOVER and ICEWS code unnamed actors: its sector from PETRARCH2's agent dictionary
(data/agents_petrarch.tsv, with data/generic_actors.yaml for the nouns it lacks), its
country from a country named in its own phrase ("Pakistani officials" -> PAK GOV,
"Israeli troops" -> ISR MIL, "students throughout Indonesia"), else, for the nouns that
stand alone as actors ("police", "protesters", "the government"), from the event's place
or the article's main country, each with its basis."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import load_yaml
from ...model import EventActor, Location
from ..context import Context
from . import anaphora, epithets, gazetteer, groups, several
from .affiliation import posted
from .agents import POLITICAL_SECTORS, _agents, _chunks, agent_sectors, aide_noun, regular_singulars
from .codes import FAITHS, _dictionary_sectors, faith
from .dated import at_event_time  # noqa: F401  (the coder calls it here)
from .tenure import (
    FORMER,
    STATE_ROLES,
    article_candidate,
    candidacy,
    candidacy_sectors,
    candidate_staff_noun,
    former,
    party_staff,
)

# words that only count the group named after them: "thousands of protesters"
QUANTITY_PREPS = frozenset({"of"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
PLACE_TYPES = frozenset({"GPE", "NORP", "LOC", "FAC"})
NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Code:
    country: str | None
    sector: str | None
    basis: str | None


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, str]]:
    data = load_yaml("generic_actors.yaml")
    return frozenset(data["nouns"]), {k: v for k, v in data["sectors"].items()}


def _quantities() -> frozenset[str]:
    from ..events.coder import _agents  # the counting words of data/agents.yaml

    return _agents()["quantities"]


def content_head(head: Token, depth: int = 0) -> Token:
    """"thousands of protesters", "some of the officials": the group counted."""
    if head.lower_ in _quantities() and depth < 3:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in QUANTITY_PREPS:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return content_head(pobj, depth + 1)
    return head


def noun_sectors(head: Token) -> list[str]:
    """The sectors of an agent noun with the plain words right before it ("riot police"
    COP, "security forces" COP, "government lawyers" JUD, GOV); empty when the noun is
    not one."""
    if head.pos_ not in NOUNS:
        return []
    word, lemma = head.lower_, head.lemma_.lower()
    single = _single_words()
    own = next((single[w] for w in (word, lemma, *_singulars(head)) if w in single), None)
    words = _modifier_words(head)
    # a phrase of the dictionary whose last word is no agent noun alone: "military base",
    # "naval base" MIL; on an aid noun a phrase must end at the noun: "military aid" is
    # the aid's kind (CAMEO 071-073: economic, military, humanitarian aid), no agent
    if party_staff(head):  # "the party chairman", "party officials": PTY (round 40)
        return ["PTY"]
    kind_of_aid = lemma in _words("aid_nouns")
    longer = agent_sectors(" ".join([*words, word]), headed=kind_of_aid) if words else []
    found = longer or own
    if not found:
        return []
    if found[0] != "OPP" and _of_the_opposition(head):
        found = ["OPP", *[c for c in found if c not in POLITICAL_SECTORS]]
    if candidacy([head]):
        # "The Democratic presidential nominee": PTY, not the office sought (round 42)
        found = candidacy_sectors(found)
    return found


def _singulars(head: Token) -> tuple[str, ...]:
    """The singulars of a generic plural the tagger read as a proper noun and left
    unlemmatized ("Protesters clashed ...", "Soldiers surrounded ..." at the start of a
    sentence), for the plurals generic_actors.yaml lists and (round 35, h-agcov35) for any
    plural that begins its sentence, capitalized by orthography, not as a name
    ("Landowners of Kenya attacked ...", "Ranchers in Lima ..."); and of a common plural
    the lemmatizer left whole ("seamen", "hit men": Quirk et al. 1985, 5.80-5.87).  The
    caller looks the singular up in PETRARCH2's agent dictionary."""
    word = head.lower_
    if head.lemma_.lower() != word:
        return ()
    if head.tag_ == "NNS" or head.tag_ == "NNPS" and is_generic(head) \
            or head.tag_ in ("NNP", "NNPS") and _starts(head):  # "Landlords" read NNP
        return regular_singulars(word)
    return ()


def plural_noun(head: Token) -> bool:
    """A plural common noun, also one the tagger read as a proper noun (``_singulars``)."""
    return head.tag_ in ("NNS", "NNPS") or bool(_singulars(head))


def _starts(head: Token) -> bool:
    """The first word of its sentence (after any opening quotation mark)."""
    before = [t for t in head.sent if t.i < head.i]
    return all(t.is_punct for t in before)


def lemma(head: Token) -> str:
    """The noun's lemma, or the singular of a plural the tagger left whole (``_singulars``)."""
    found = _singulars(head)
    return found[0] if found else head.lemma_.lower()


def _modifier_words(head: Token) -> list[str]:
    """The contiguous plain words right before the noun ("riot" in "riot police")."""
    words: list[str] = []
    for t in reversed(list(head.lefts)):
        if t.i != head.i - len(words) - 1 or t.dep_ not in ("compound", "amod") \
                or t.ent_type_ or not t.is_alpha or t.text in ("Union", "Unions") \
                and t.i > 0 and t.doc[t.i - 1].is_title:  # "European Union officials"
            break  # (unfound by NER) is a name's, not a trade union's "union official"
        words.insert(0, t.lower_)
    return words


def group_phrase(head: Token) -> bool:
    """A plural noun for people or groups that PETRARCH2's agent dictionary codes with the
    words before it ("prison guards", "opposition parties", "coup plotters"): an actor of
    its own, as "police" is.  Its head must name people (``generic_actors.yaml:
    group_heads``): things coded through the same modifiers ("parliamentary elections",
    "artillery shells") are no actors."""
    if not plural_noun(head) or lemma(head) not in _words("group_heads"):
        return False
    words = _modifier_words(head)
    alone = agent_sectors(head.lower_) or _single_words().get(lemma(head))
    return bool(words) and not alone \
        and bool(agent_sectors(" ".join([*words, head.lower_])))


def _of_the_opposition(head: Token, depth: int = 0) -> bool:
    """"members of parliament from the opposition", "an MP of the opposition" (PETRARCH2:
    "mp of the opposition", "spokesman for the opposition" OPP)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.lower_ == "opposition" or (
                        depth == 0 and _of_the_opposition(pobj, 1))):
                    return True
    return False


@lru_cache(maxsize=1)
def _single_words() -> dict[str, list[str]]:
    """One-word agent nouns, whole (not PETRARCH2's stems: "sovereign" is no stem of
    "sovereignty"), with the sectors of their code, the supplement's after."""
    out = {words[0]: _chunks(code) for phrases in _agents().values()
           for words, code in phrases if len(words) == 1}
    for word, code in _table()[1].items():
        out.setdefault(word, [code])
    return out


def is_generic(head: Token) -> bool:
    """A noun that stands alone as an actor ("police", "the government")."""
    nouns, _ = _table()
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def _phrase_country(ctx: Context, head: Token, depth: int = 0) -> str | None:
    """A country named in the noun's own phrase: a demonym or country before it
    ("Pakistani officials", "Eight Republican U.S. senators"), its possessor ("Syria's
    transitional authorities") or a place after a preposition ("troops in Mali",
    "officials from Pakistan")."""
    for child in head.children:
        if child.dep_ in MODIFIERS:
            entity = ctx.entity(ctx.token_entity.get(child.i))
            if entity is not None and entity.country and entity.type in PLACE_TYPES:
                return entity.country
            if entity is None and child.text[:1].isupper() and child.i > head.left_edge.i:
                # a demonym NER left untyped beside a typed word ("a Muslim American
                # soldier": only "Muslim" typed NORP)
                named = gazetteer.country_of_demonym(child.text)
                if named is not None:
                    return named.alpha3
    if depth == 0:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in", "throughout",
                                                       "across", "inside"):
                for pobj in prep.children:
                    entity = ctx.entity(ctx.token_entity.get(pobj.i))
                    if pobj.dep_ == "pobj" and entity is not None and entity.country \
                            and entity.type in PLACE_TYPES:
                        return entity.country
    return None


def _sending_state(ctx: Context, h: Token) -> str | None:
    """The state a diplomatic body serves (``generic_actors.yaml: diplomatic_bodies``): a
    country's name or demonym modifying it, its possessor first ("China's U.N. mission",
    "the Chinese embassy", "the U.S. embassy"); not a city, which names the host
    ("Guatemala's Washington embassy")."""
    if h.lemma_.lower() not in _words("diplomatic_bodies") and h.lower_ not in _words(
            "diplomatic_bodies"):
        return None
    for deps in (("poss",), ("amod", "compound", "nmod")):
        for child in h.children:
            entity = ctx.entity(ctx.token_entity.get(child.i)) if child.dep_ in deps else None
            if entity is None or not entity.country or entity.type not in PLACE_TYPES:
                continue
            if entity.type == "NORP" or gazetteer.country_of_name(entity.name) is not None:
                return entity.country
    return None


@lru_cache(maxsize=8)
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("generic_actors.yaml").get(key) or ())


# The sector of people named by a counted demonym ("thousands of Syrians"): civilians,
# CAMEO's CVL, as PETRARCH2 codes CIVILIAN and CITIZEN.
COUNTED_PEOPLE = "CVL"

# Sectors of bodies that belong to no one country.
STATELESS = frozenset({"IGO", "NGO", "MNC"})
# Sectors of organizations that belong to one country (CAMEO codes them with it): state
# bodies, parties, companies.
DOMESTIC = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "BUS"})


def entity_code(ctx: Context, entity_id: str | None) -> Code | None:
    """An entity's code.  A person with a role but no country ("Justice Minister Naser
    Eldin Abdel Bari") is coded like a generic actor: the country comes later from the
    event's place or the article, as are a faith's people ("Christians" CHR); a faith
    itself ("Islam") is no one state's and keeps no country."""
    entity = ctx.entity(entity_id)
    if entity is None or not (entity.country or entity.sector):
        return None
    if entity.country is None and (entity.type == "PERSON" and entity.sector not in STATELESS
                                   or entity.type == "NORP" and entity.sector in FAITHS
                                   and not faith(entity.name)):
        return Code(None, entity.sector, None)
    if entity.country is None and entity.type == "ORG" and entity.sector in DOMESTIC:
        # a state's body, a party or a company no dictionary knows ("the NCP", "Congress",
        # "Iberdrola"): one country's, coded like a generic actor from the place or article
        return Code(None, entity.sector, None)
    return Code(entity.country, entity.sector, "entity")


def argument_code(ctx: Context, head: Token, entity_id: str | None) -> Code | None:
    """The code of the actor an argument headed by ``head`` names; ``entity_id`` is the
    entity the argument was linked to (its own, a modifier's, an owner's)."""
    h = content_head(head)
    party_member = epithets.described_person(ctx, h) if h.i in ctx.token_entity else None
    if h.i in ctx.token_entity and party_member is None:  # the argument is a name
        code = entity_code(ctx, ctx.token_entity[h.i])
        entity = ctx.entity(ctx.token_entity[h.i])
        counted = h.i != head.i or any(c.dep_ == "nummod" and c.like_num for c in h.children)
        if counted and code is not None and code.sector is None \
                and entity is not None and entity.type == "NORP":
            # "tens of thousands of Sudanese", "Three Americans were killed": a counted
            # demonym is people, not the state
            return Code(code.country, COUNTED_PEOPLE, code.basis)
        shared = groups.shared_noun(ctx, h) if code is not None and code.country \
            and code.sector is None and entity.type in ("NORP", "GPE") else None
        if shared is not None and (sectors := noun_sectors(shared)):  # "U.S., French and
            # Mexican representatives" that the parse hung apart from the demonyms
            sectors = ["GOV"] if shared.lower_ in _words("representative_nouns") else sectors
            return Code(code.country, sectors[0], "phrase")
        return code
    named = _appositive_name(ctx, h)
    if named is not None:  # "his French counterpart Emmanuel Macron": the name is the actor
        return named
    counterpart = _counterpart(ctx, h, entity_id)
    if counterpart is not None:  # "his Ukrainian counterpart": the Ukrainian in his role
        return counterpart
    aide = _holders_aide(ctx, h)
    if aide is not None:  # "his senior climate adviser": the office holder's staff, GOV
        return aide
    referent = party_member or anaphora.antecedent(ctx, h)
    if referent is not None and (entity_id in (None, referent) or party_member):
        # "the Taliban ... The insurgent group denied": the organization named before
        code = entity_code(ctx, referent)
        if code is not None and code.sector and any(t.lower_ in FORMER for t in h.lefts):
            # "the former president": as a former title before a name (tenure.former);
            # one coded as an elite already (a past head of state) stays one (round 38)
            kept = [code.sector] if code.sector == "ELI" else [None]
            code = Code(code.country, (former([code.sector], list(h.lefts)) or kept)[0],
                        code.basis)
        if code is None or code.basis != "entity":
            return code
        return Code(code.country, code.sector, "antecedent")
    owned = groups.owner_code(ctx, h)  # "Sanders delegates" PTY, "Trump's wife" ELI
    if owned is not None:  # (round 29): not the person named before them
        return Code(*owned, "phrase" if owned[0] else None)
    sectors = groups.state_representatives(ctx, h, noun_sectors(h))
    entity = ctx.entity(entity_id)
    if not sectors and h.lemma_.lower() in _words("state_leaders") \
            and _state_modifier(ctx, h, entity_id):
        # "the Turkish and French leaders": a country's leaders are its state leaders
        # (PETRARCH2: STATE LEADER GOV), as for "North Korean leader Kim Jong Un"
        return Code(entity.country, "GOV", "phrase")
    sending = _sending_state(ctx, h)
    if sending is not None:  # "China's U.N. mission": China's, not the U.N.'s
        return Code(sending, "GOV", "phrase")
    if not sectors and (entity is None or not entity.country):
        state = _the_country(ctx, h)  # "the Southeast Asian nation"
        if state is not None:
            return state
    body = _owning_body(ctx, h) if entity is None or not entity.country else None
    if body is not None:  # "The court's president(, Judge Joan Donoghue)": the body's
        own = entity.sector if entity is not None else None
        return Code(body.country, own or body.sector or (sectors or [None])[0], "antecedent")
    # "the former Massachusetts governor", "a former Democratic senator": ELI, as a former
    # title before a name (tenure.former; round 42)
    sectors = former(sectors, list(h.lefts)) or sectors
    if entity is not None and entity.type == "PERSON" and sectors and entity.country \
            and h.lemma_.lower() in _words("headed_bodies") and h.i not in ctx.token_entity:
        # "the George W. Bush administration('s request)": the executive its head's name
        # classifies, of his country, with the noun's sector (GOV), not the person's own
        # code on the article's date (ELI for a past president; round 45)
        return Code(entity.country, sectors[0], "phrase")
    if entity is not None and entity.type == "NORP" and entity.sector and sectors:
        # "Democratic lawmakers", "Republican senators": a party's adjective on a role
        # noun names the role's holders (LEG), of the party's country; a faith's
        # ("Islamist militants") gives no country: the noun's actor is placed as others
        if entity.country:
            return Code(entity.country, sectors[0], "phrase")
    elif entity is not None and (entity.sector or not sectors):
        # the organization the agent acts for ("officials from the Ministry of
        # Infrastructure", "Taliban officials"), or a name on a noun that is no agent; one
        # who left a state's body is no more its ("a former Fed governor": tenure.former)
        code = entity_code(ctx, entity_id)
        left = former([code.sector], list(h.lefts)) if code is not None and sectors else []
        return Code(code.country, left[0], code.basis) if left else code
    if not sectors:
        return None
    around = [head] + ([head.head.head] if head.dep_ == "pobj" else [])
    if sectors[0] != "OPP" and any(_of_the_opposition(t) for t in around if t.i != h.i):
        # "members of parliament from the opposition": the group's side
        sectors = ["OPP", *[c for c in sectors if c not in POLITICAL_SECTORS]]
    country = _phrase_country(ctx, h)
    if country is None and entity is not None and entity.country:
        country = entity.country  # "the Pakistan military said it": via the antecedent
    if country is None and entity is None and not is_generic(h) and not group_phrase(h) \
            and not groups.plural_agents(h, sectors):  # "lawyers" JUD (round 29)
        return None  # a role noun alone ("the spokesman") is no actor of its own
    if country is None and _definite(h):
        body = _earlier_body(ctx, h)
        if body is not None:  # "the International Court of Justice ... The court"
            return Code(body.country, sectors[0], "antecedent")
        earlier = _earlier_country(ctx, h)
        if earlier:
            return Code(earlier, sectors[0], "antecedent")
    return Code(country, sectors[0], "phrase" if country else None)


def _owning_body(ctx: Context, h: Token):
    """The organization a role noun's definite possessor refers back to ("the International
    Court of Justice ... The court's president"): the agent serves that body, so it takes
    the body's country, or none for a body that belongs to no state (as "The court" itself
    does, ``_earlier_body``)."""
    for child in h.children:
        if child.dep_ == "poss" and child.pos_ in NOUNS and child.i not in ctx.token_entity \
                and _definite(child):
            return _earlier_body(ctx, child)
    return None


def _appositive_name(ctx: Context, h: Token) -> Code | None:
    """The code of a person or organization named in apposition to the noun ("his French
    counterpart Emmanuel Macron", "the group's leader, Abu Bakr"): apposition is identity,
    and the name says more than the noun or its modifiers."""
    for child in h.children:
        if child.dep_ != "appos":
            continue
        entity = ctx.entity(ctx.token_entity.get(child.i))
        if entity is not None and entity.type in ("PERSON", "ORG"):
            code = entity_code(ctx, entity.id)
            if code is not None and code.country and code.sector:
                return code
    return None


def _counterpart(ctx: Context, h: Token, entity_id: str | None) -> Code | None:
    """"his Ukrainian counterpart", "the minister's French counterpart": a counterpart
    holds the owner's role in another state (the word's sense: "a person or thing holding
    a position or performing a function that corresponds to that of another"), so the
    demonym's country with the owner's sector, where the owner has one."""
    entity = ctx.entity(entity_id)
    if h.lemma_.lower() not in _words("counterpart_nouns") or entity is None \
            or entity.type != "NORP" or not entity.country or entity.sector:
        return None
    owner = next((c for c in h.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    owner_id = ctx.token_entity.get(owner.i)
    if owner_id is None and owner.lower_ in ("his", "her"):
        # "Trump met his Ukrainian counterpart", "Trump's call with his ... counterpart":
        # the subject of the verb it is object of, or the owner of the event noun
        verb = h.head.head if h.dep_ == "pobj" else h.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"
                        or (c.dep_ == "poss" and verb.pos_ == "NOUN")), None)
        owner_id = None if subject is None else _referent(ctx, subject)
    code = entity_code(ctx, owner_id) if owner_id != entity_id else None
    if code is None or code.sector not in POLITICAL_SECTORS | {"MIL", "JUD", "COP"}:
        return None
    return Code(entity.country, code.sector, "phrase")


def _referent(ctx: Context, t: Token) -> str | None:
    """The entity ``t`` names, or, for a pronoun, the entity
    ``antecedents.pronoun_entity`` finds it stands for."""
    from .antecedents import pronoun_entity

    return ctx.token_entity.get(t.i) or pronoun_entity(
        ctx, t, lambda c, u: c.token_entity.get(u.i))


def _holders_aide(ctx: Context, h: Token) -> Code | None:
    """"his senior climate adviser(, Jane Doe)", "the governor's aides": the staff of an
    office holder named by a possessive are of the holder's government (PETRARCH2:
    PRESIDENTIAL_AIDE GOV), as :func:`codes._aide_to` reads them for a named holder ("Ms.
    Merkel's spokesman"); "his" / "her" stands for the subject of the verb the noun is
    object of (as for a counterpart: a possessive determiner's antecedent, Quirk et al.
    1985, 6.29), else for the entity ``antecedents.pronoun_entity`` finds.  Only a holder
    coded GOV (on the article's date) gives GOV; a candidate's staff (one the article
    calls a candidate, holding no state office: ``tenure.article_candidate``) are a
    party's people, PTY, as campaign staff are (round 33; round 45: "his operatives" of a
    nominee); a former aide ("his former adviser") serves no one now."""
    if h.pos_ != "NOUN" or not candidate_staff_noun(h) \
            or any(t.lower_ in FORMER for t in h.lefts):
        return None
    owner = next((c for c in h.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    owner_id = ctx.token_entity.get(owner.i)
    if owner_id is None and owner.lower_ in ("his", "her"):
        verb = h.head.head if h.dep_ == "pobj" else h.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != h.i),
                       None) if h.dep_ in ("dobj", "pobj", "dative") else None
        owner_id = _referent(ctx, subject if subject is not None else owner)
    if owner_id is None or ctx.entity_type(owner_id) != "PERSON":
        return None
    code = entity_code(ctx, owner_id)
    if code is not None and code.sector == "GOV" and aide_noun(h):
        return Code(code.country, "GOV", "phrase" if code.country else None)
    entity = ctx.entity(owner_id)
    if entity is None or not entity.name.split():
        return None
    # an office the dictionaries give on the article's date: a governor running for
    # president keeps a governor's staff (GOV), never a candidate's
    country, held = _dictionary_sectors(entity.name, ctx.article.published, person=True)
    if held[:1] == ["GOV"] and aide_noun(h):
        return Code(country, "GOV", "phrase" if country else None)
    if set(held) & STATE_ROLES or code is not None and code.sector in STATE_ROLES \
            or not article_candidate(ctx.doc, entity.name.split()[-1]):
        return None
    # "his operatives", "Clinton's aides": a candidate's staff, a party's people (round 45)
    country = code.country if code is not None else None
    return Code(country, "PTY", "phrase" if country else None)


def _state_modifier(ctx: Context, h: Token, entity_id: str | None) -> bool:
    """Whether ``entity_id`` is a state (a country's name or demonym, with no sector of its
    own) that modifies ``h``, alone or in a coordination of modifiers ("the Turkish and
    French leaders"), and no organization modifies it ("Taliban leaders")."""
    entity = ctx.entity(entity_id)
    if entity is None or not entity.country or entity.sector \
            or entity.type not in ("NORP", "GPE"):
        return False
    mods = [c for c in h.children if c.dep_ in MODIFIERS]
    mods += [c for m in mods for c in m.conjuncts]
    ids = {ctx.token_entity.get(t.i) for t in mods}
    others = [ctx.entity(i) for i in ids if i is not None and i != entity_id]
    return entity_id in ids and not any(e is not None and e.type == "ORG" for e in others)


LOOK_BACK = 400  # tokens: a few paragraphs
STATE_NOUNS = frozenset({"country", "nation"})


def _the_country(ctx: Context, h: Token) -> Code | None:
    """"the Southeast Asian nation", "the country": a definite noun for a state refers back
    to the last state named before it (a country's name, not a city's), judged as the
    country as a whole (no sector)."""
    if h.lemma_.lower() not in STATE_NOUNS or h.tag_ != "NN" or not _definite(h) \
            or _phrase_country(ctx, h):
        return None
    for i in range(h.i - 1, max(-1, h.i - LOOK_BACK), -1):
        entity = ctx.entity(ctx.token_entity.get(i))
        if entity is not None and entity.type == "GPE" and entity.country \
                and gazetteer.country_of_name(entity.name) is not None:
            return Code(entity.country, None, "antecedent")
    return None


def _definite(h: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in h.children)


def _earlier_country(ctx: Context, h: Token) -> str | None:
    """"Italian officials held talks ... the officials discussed": a definite group noun
    refers back to the last mention of the same noun, and takes its country when that
    mention named one in its phrase."""
    lemma = h.lemma_.lower()
    for i in range(h.i - 1, max(-1, h.i - LOOK_BACK), -1):
        t = ctx.doc[i]
        if t.lemma_.lower() == lemma and t.pos_ in NOUNS and i not in ctx.token_entity:
            return _phrase_country(ctx, t)
    return None


def _earlier_body(ctx: Context, h: Token):
    """"the International Court of Justice ... The court", "the United Nations' highest
    court ... the court": a definite singular noun refers back to the last mention of the
    same noun; where that mention is the head word of a named organization, or is owned by
    one, and the organization has a country or belongs to none (IGO, NGO, MNC), it is that
    organization (an IGO's court has no country; the article's country is not used)."""
    if h.tag_ not in ("NN", "NNP"):
        return None
    lemma = h.lemma_.lower()
    for i in range(h.i - 1, max(-1, h.i - LOOK_BACK), -1):
        t = ctx.doc[i]
        if t.lemma_.lower() != lemma or t.pos_ not in NOUNS:
            continue
        owners = [t] if i in ctx.token_entity else [
            c for c in t.children if c.dep_ in ("poss", "compound")]
        for owner in owners:
            entity = ctx.entity(ctx.token_entity.get(owner.i))
            if entity is not None and entity.type == "ORG" and (
                    entity.country or entity.sector in STATELESS):
                return entity
        if owners or not _definite(t):
            return None
        # an earlier "the court" is the same anaphor: look further back
    return None


PLURAL_PRONOUNS = frozenset({"they", "we", "their", "our"})
SINGULAR_PRONOUNS = frozenset({"it", "its"})


def agrees(pronoun: Token, antecedent: Token) -> bool:
    """A pronoun that can stand for a group noun: "they" for "the protesters", "it" for
    "the government"; never "he" or "she" (a person, not a group)."""
    word = pronoun.lower_
    if word in PLURAL_PRONOUNS:
        return True  # "the police said they", "the government ... they"
    return word in SINGULAR_PRONOUNS and antecedent.tag_ in ("NN", "NNP")


def generic_owner(head: Token) -> Token | None:
    """The generic actor a thing belongs to, for a target that names none ("dismissed
    the administration's accusation", "attacked positions of the army")."""
    for child in head.children:
        if child.dep_ == "poss" and is_generic(child):
            return child
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "by", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and is_generic(content_head(pobj)):
                    return pobj
    return None


def coded(actor: EventActor, code: Code | None) -> EventActor:
    if code is None:
        return actor
    return actor.model_copy(update={"country": code.country, "sector": code.sector,
                                    "code_basis": code.basis})


def main_country(ctx: Context) -> str | None:
    """The article's main country: the country named most often by the places, peoples
    and the state's and parties' people of the article (each mention counted), when one
    leads; None on a tie.  People count: a story on US politics names Ukraine more often
    than the US, but its actors are American (Trump, Sondland, Giuliani), and so are its
    unnamed ones ("the administration", "lawmakers")."""
    counts: Counter[str] = Counter()
    for e in ctx.entities:
        if e.country and (e.type in PLACE_TYPES or e.type == "PERSON"
                          and e.sector in STATE_PEOPLE):
            counts[e.country] += len(e.mentions)
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


# People of a state's politics: officials, legislators, judges, officers, party people,
# elites (not a group NER took for a person: "al-Shabab" REB).
STATE_PEOPLE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI"})
OWN_POSSESSIVES = frozenset({"its", "their"})


def _own(ctx: Context, actor: EventActor) -> bool:
    """"ordered its military", "withdraw their troops": a group noun owned by the
    subject's possessive pronoun."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                                    for c in content_head(span.root).children)


def place_countries(ctx: Context, found: list[EventActor], location: Location | None,
                    article_country: str | None) -> list[EventActor]:
    """A generic actor with no country in its phrase takes, when its/their owns it, the
    country of the event's source ("the government ordered its military"), else the
    event's place's (not a diplomat's: ``affiliation.posted``), else the article's main
    country, with that basis."""
    if not any(a.sector and a.code_basis is None for a in found):
        return found
    source = next((a.country for a in found if a.role == "source" and a.country
                   and a.code_basis in ("entity", "phrase", "antecedent")), None)
    if source:
        found = [a.model_copy(update={"country": source, "code_basis": "antecedent"})
                 if a.sector and a.code_basis is None and a.role != "source" and _own(ctx, a)
                 else a for a in found]
        if not any(a.sector and a.code_basis is None for a in found):
            return found
    if location is not None and location.country:
        country, basis = location.country, "place"
    elif article_country:
        country, basis = article_country, "article"
    else:
        return found
    return [a.model_copy(update=dict(zip(("country", "code_basis"), posted(
        ctx, a, country, basis, article_country)))) if a.sector and a.code_basis is None
        and not _several(ctx, a) else a for a in found]


def _several(ctx: Context, actor: EventActor) -> bool:
    """Of several states or a region: no one country to take (several.py)."""
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    head = content_head(span.root) if span is not None else None
    return head is not None and several.several_states(ctx, actor, head, generic_owner(head))


def prepare() -> None:
    anaphora.prepare()
    groups.prepare()
    _single_words()
    several.prepare()
