"""People named by whom they serve or belong to (round 29, docs/actors.md): a candidate's
delegates are a party's people, PTY, not the candidate; a politician's family is an elite,
ELI, not the office; a state's representatives are its government's, GOV, not the
chamber's legislators.  Data: generic_actors.yaml (delegate_nouns, spouse_nouns,
representative_nouns, agent_phrases) and names.yaml (kinship, siblings, family_nouns),
with their sources."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import names
from ...lexicon import load_yaml
from ..context import Context
from . import gazetteer

NAMING = frozenset({"compound", "amod", "nmod", "poss"})
# People of a state's politics, whose family PETRARCH2 codes an elite (FIRST_FAMILY,
# FIRST_LADY, PRESIDENT'S_WIFE ELI)
POLITICAL = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI"})


_KEYS = ("delegate_nouns", "group_heads", "representative_nouns", "supporter_nouns")


@lru_cache(maxsize=len(_KEYS))
def _words(key: str) -> frozenset[str]:
    return frozenset(load_yaml("generic_actors.yaml").get(key) or ())


def prepare() -> None:
    """Read the word lists now (generic.prepare; round 39 review: not warmed before)."""
    for key in _KEYS:
        _words(key)


def owner_code(ctx: Context, head: Token) -> tuple[str | None, str] | None:
    """The country and sector of people named by a person before them, where they are
    not that person: a candidate's delegates ("Sanders delegates") PTY; a person's
    supporters ("Trump supporters") CVL; a politician's
    family ("Trump's wife", "the Bush family", "Clinton's father") ELI, of the
    politician's country.  None for any other noun."""
    delegates, country = party_delegates(ctx, head)
    if delegates:
        return country, "PTY"
    supporters, country = person_supporters(ctx, head)
    if supporters:
        return country, "CVL"
    family = family_of(ctx, head)
    return (family.country, "ELI") if family is not None else None


def family_of(ctx: Context, head: Token):
    """The politician whose family ``head`` names: a kinship, spouse or family noun under
    a person's name or possessive ("Trump's wife", "Cruz's wife"), or under a surname
    that ends the name of a person of the article ("the Bush family", the surname read
    as a family's by people.py); the person must be coded a state's or a party's, or an
    elite.  A family is no officeholder: PETRARCH2 codes FIRST_FAMILY, FIRST_LADY and
    PRESIDENT'S_WIFE ELI."""
    if head.pos_ not in ("NOUN", "PROPN") or not _kin_noun(head):
        return None
    # "wife", "son" need a person as owner: a name NER typed ORG ("Trump’s wife") is one
    typed = ("PERSON",) if head.lower_ in names.family_nouns() else ("PERSON", "ORG")
    for child in head.children:
        if child.dep_ not in ("poss", "compound", "nmod"):  # "Trump’s wife": nmod + case
            continue
        entity = ctx.entity(ctx.token_entity.get(child.i))
        if entity is not None and entity.type == "NORP" and " " not in entity.name:
            entity = _namesake(ctx, entity.name)  # "the Bush family": Jeb Bush's
        if entity is not None and entity.type in typed and entity.country \
                and entity.sector in POLITICAL:
            return entity
    return None


def _kin_noun(head: Token) -> bool:
    words = {head.lower_, head.lemma_.lower()}
    kin = set(names.kinship()) | names.siblings()[0] | names.family_nouns() | _words(
        "spouse_nouns")
    return bool(words & kin)


def _namesake(ctx: Context, surname: str):
    """The one coded person of the article whose name ends with ``surname`` and is a
    state's, a party's or an elite: the family's politician (several such people who
    share a country give that country)."""
    found = [e for e in ctx.entities if e.type == "PERSON" and e.country and
             e.sector in POLITICAL and e.name.split()[-1:] == [surname] and " " in e.name]
    return found[0] if found and len({e.country for e in found}) == 1 else None


def party_delegates(ctx: Context, head: Token) -> tuple[bool, str | None]:
    """Whether ``head`` names the convention delegates of a person named before it
    ("Sanders delegates", "Bernie Sanders's delegates"), and that person's country: a
    candidate's delegates are a party's people, PTY, not the candidate (whose code the
    name gave them before) nor a legislature's (PETRARCH2 DELEGATE LEG).  Delegates a
    convention's word names ("pledged delegates", "superdelegates") are PTY by
    generic_actors.yaml: agent_phrases."""
    if head.lower_ not in _words("delegate_nouns") or head.pos_ not in ("NOUN", "PROPN"):
        return False, None
    return _person_among(ctx, [c for c in head.lefts if c.dep_ in NAMING])


def _person_among(ctx: Context, owners: list[Token]) -> tuple[bool, str | None]:
    """Whether one of ``owners`` (the words that name whose people a noun's are) is a
    person's name, and the first such person's country."""
    for child in owners:
        entity = ctx.entity(ctx.token_entity.get(child.i))
        if entity is not None and entity.type == "PERSON":
            return True, entity.country
    return False, None


def supporter_noun(head: Token) -> bool:
    """Whether ``head`` is a supporter noun (``generic_actors.yaml: supporter_nouns``)."""
    return head.pos_ == "NOUN" and bool(
        {head.lower_, head.lemma_.lower()} & _words("supporter_nouns"))


def person_supporters(ctx: Context, head: Token) -> tuple[bool, str | None]:
    """Whether ``head`` names the supporters of a person named with it ("Trump
    supporters", "a Sanders supporter", "Clinton's supporters", "supporters of Bernie
    Sanders"), and that person's country: a person's supporters are private people, CVL
    (PETRARCH2 VOTER, PRIVATE_CITIZEN CVL), not the person, whose code the name gave them
    before (round 39).  Supporters of an organization are not these ("Muslim Brotherhood
    supporters" keep its code, as PETRARCH2's OPPOSITION_SUPPORTER is OPP)."""
    if not supporter_noun(head):
        return False, None
    owners = [c for c in head.lefts if c.dep_ in NAMING]
    owners += [o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    return _person_among(ctx, owners)


def state_representatives(ctx: Context, head: Token, sectors: list[str]) -> list[str]:
    """GOV for "representatives" in lowercase named by a state's demonym or name ("French
    representatives", the conjuncts of "U.S., French and Mexican representatives"); the
    sectors given otherwise.  A party's adjective ("Democratic representatives") or a US
    state's name ("Ohio representatives") keeps the legislators' LEG."""
    if head.lower_ not in _words("representative_nouns") or head.text != head.lower_:
        return sectors
    for child in head.lefts:
        if child.dep_ not in NAMING:
            continue
        for t in (child, *child.conjuncts):
            entity = ctx.entity(ctx.token_entity.get(t.i))
            if entity is None or entity.type not in ("NORP", "GPE") or entity.sector:
                continue
            if gazetteer.country_of_name(entity.name) or \
                    gazetteer.country_of_demonym(entity.name):
                return ["GOV", *[s for s in sectors if s not in ("GOV", "LEG")]]
    return sectors


def shared_noun(ctx: Context, name: Token) -> Token | None:
    """The plural noun a coordination of states' names or demonyms modifies where the
    parse hung the noun elsewhere ("by United Nations, U.S., French, Chinese, Russian and
    Mexican representatives": the demonyms parsed as conjuncts of "Nations", the noun in
    apposition to it).  Coordinated modifiers share the head after the last of them (CGEL
    ch. 15, coordination of dependents), so the noun right after the last conjunct,
    untagged by NER and not its head in the parse, is what each names."""
    chain = sorted((name, *name.conjuncts), key=lambda t: t.i)
    last = chain[-1]
    doc = name.doc
    if len(chain) < 2 or last.i + 1 >= len(doc) or not last.whitespace_:
        return None
    noun = doc[last.i + 1]
    if noun.tag_ != "NNS" or noun.text != noun.lower_ or last.head.i == noun.i \
            or noun.i in ctx.token_entity:
        return None
    entity = ctx.entity(ctx.token_entity.get(last.i))
    if entity is None or entity.type not in ("NORP", "GPE") or not entity.country:
        return None
    return noun


# Sectors of a noun for people that says nothing of whom they act for: PETRARCH2 codes
# MAN, PEOPLE and PERSON PPL, and CITIZEN, CIVILIAN, PASSENGER, CHILD CVL ("people",
# "passengers", "citizens" are no group that acts as one unless counted or placed)
UNPLACED = frozenset({"PPL", "CVL"})


def plural_agents(head: Token, sectors: list[str]) -> bool:
    """A plural noun for people that PETRARCH2's agent dictionary codes as a word of its
    own ("lawyers" LAWYER JUD, "politicians" POLITICIAN PTY, "economists" ECONOMIST EDU,
    "bishops" BISHOP CHR): a group that acts, an actor of its own as "police" or
    "protesters" are (round 29, h-ev29d). A singular role noun alone ("the spokesman",
    "the lawyer") is one person, no actor without a name or a body; a noun for people of
    no sector or of the general public ("people", "passengers") says nothing of whom they
    act for; representatives and delegates are read by whom they serve (above:
    PETRARCH2's REPRESENTATIVES LEG is the House's name). Heads: ``generic_actors.yaml:
    group_heads`` (WordNet's person.n.01) and ``plural_people`` (round 39: the people nouns
    PETRARCH2 codes alone, "rioters" OPP, "peasants" AGR, "mercenaries" UAF)."""
    from .generic import lemma, plural_noun

    word = lemma(head)
    return plural_noun(head) and word in _words("group_heads") | _words("plural_people") \
        and word not in _words("representative_nouns") | _words("delegate_nouns") \
        and bool(sectors) and sectors[0] not in UNPLACED
