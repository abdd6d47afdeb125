"""Definite descriptions that refer back to a named organization: "the Taliban ... The
insurgent group denied involvement", "the International Energy Agency ... the agency
said", "al-Shabab ... the militants launched an assault" (docs/actors.md, "Definite
descriptions").

A definite noun phrase with no restrictive modifier of its own, headed by one of the
nouns of ``data/anaphora.yaml``, stands for the most recent organization named before it
that fits the noun: its name ends in the noun ("the agency" for an Agency), or it holds a
sector of the noun's family (an armed group for "the militants", "the insurgent group"; a
government body for "the ministry"; any coded body but a state's for "the group", "the
organization").  A title ("the president", "the prime minister") stands in the same way
for the most recent person named with that title written before the name ("Afghan
President Ashraf Ghani ... The president declared").  Where another fitting organization
or person is named in the same sentence as that one, the choice is not clear and nothing
is returned."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import names
from ...lexicon import load_yaml
from ..context import Context
from .tenure import NOT_NOW

LOOK_BACK = 400  # tokens: a few paragraphs, as for the other definite nouns (generic.py)
# Modifiers after the noun that make its phrase restrictive: "the group of experts", "the
# agency responsible for ...", "the group that attacked the base".
RESTRICTIVE = frozenset({"prep", "relcl", "acl", "amod"})


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("anaphora.yaml")


def _family(noun: Token) -> str | None:
    """The family of sectors the antecedent of a definite ``noun`` must hold, narrowed by
    an agent modifier ("the insurgent group": insurgent REB -> armed); None when the noun
    is not an anaphoric one."""
    data = _data()
    family = data["nouns"].get(noun.lower_) or data["nouns"].get(noun.lemma_.lower())
    if family is None or family != "nonstate":
        return family
    from .agents import agent_sectors

    armed = set(data["families"]["armed"])
    for mod in noun.lefts:
        if mod.dep_ in ("amod", "compound") and (
                mod.lower_ in data["armed_modifiers"] or set(agent_sectors(mod.lower_)) & armed):
            return "armed"
    return family


def _definite(noun: Token) -> bool:
    """A definite phrase with nothing of its own that says which one it is: a definite
    determiner, no owner or name before the noun, and no restrictive modifier after it (a
    phrase set off by a comma, "The organization, led by ...", is not restrictive)."""
    if not any(c.dep_ == "det" and c.lower_ in _data()["determiners"] for c in noun.children):
        return False
    if any(c.dep_ == "poss" or c.ent_type_ or c.pos_ == "PROPN" for c in noun.lefts):
        return False  # "its ministry", "the U.N. agency": the phrase says whose
    for child in noun.rights:
        if child.dep_ in RESTRICTIVE and noun.doc[child.left_edge.i - 1].text != ",":
            return False
    return True


def _fits(ctx: Context, entity_id: str, noun: Token, family: str) -> bool:
    """Whether the entity is an organization the noun can stand for."""
    entity = ctx.entity(entity_id)
    if entity is None:
        return False
    families = _data()["families"]
    sectors = set(entity.sectors or ([entity.sector] if entity.sector else []))
    if entity.type != "ORG":
        # a group the tagger took for a person or place ("al-Shabab" PERSON), known as an
        # armed group by the dictionaries: a one-word name, never a named person's
        return family in ("armed", "nonstate") and len(entity.name.split()) == 1 \
            and bool(sectors & set(families["armed"]))
    words = entity.name.lower().split()
    if words and noun.lemma_.lower() in (words[-1], words[-1].rstrip("s")):
        return True  # "the International Energy Agency ... the agency"
    if family == "nonstate":
        # a body known to be no state's; an uncoded name may be no organization at all
        # (a forest the tagger typed ORG)
        return bool(sectors) and not sectors & set(families["not_nonstate"])
    return bool(sectors & set(families[family]))


def _title_words(noun: Token) -> tuple[str, ...]:
    """The words of a definite role noun's title, its time words left out: "the prime
    minister" -> (prime, minister), "the former president" -> (president,)."""
    mods = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")
            and t.lower_ not in NOT_NOW]
    return (*mods, noun.lower_)


def _titled(ctx: Context, noun: Token) -> set[str]:
    """The people named before ``noun`` with its title written right before a mention
    ("Prime Minister Mahathir Mohamad", "Afghan President Ashraf Ghani", "former
    President Gbagbo"): capitalized title words, the whole title alike."""
    wanted = _title_words(noun)
    out: set[str] = set()
    for i in range(max(0, noun.i - LOOK_BACK), noun.i):
        found = ctx.token_entity.get(i)
        if found is None or ctx.token_entity.get(i - 1) == found \
                or ctx.entity_type(found) != "PERSON":
            continue
        words: list[str] = []
        j = i - 1
        while j >= 0 and ctx.doc[j].is_title and j not in ctx.token_entity \
                and names.is_title(ctx.doc[j].text):
            words.insert(0, ctx.doc[j].lower_)
            j -= 1
        if tuple(words) == wanted:
            out.add(found)
    return out


def _candidates(ctx: Context, noun: Token):
    """Whether an entity fits the definite description ``noun``: the test for an
    organization's noun, or for a title ("the president"), being one of the people
    named with that title; None when the noun is neither."""
    family = _family(noun)
    if family is not None:
        return lambda found: _fits(ctx, found, noun, family)
    if noun.tag_ == "NN" and names.is_title(noun.text):
        titled = _titled(ctx, noun)
        return titled.__contains__ if titled else None
    return None


def antecedent(ctx: Context, noun: Token) -> str | None:
    """The entity id of the organization or person a definite description headed by
    ``noun`` refers back to, or None (not such a description, none named before it, or
    two that fit named in one sentence)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    fits = _candidates(ctx, noun) if noun.i not in ctx.token_entity \
        and _definite(noun) else None
    if fits is None:
        from .epithets import described_person

        return described_person(ctx, noun)  # "the Kentucky Republican": a named person
    for i in range(noun.i - 1, max(-1, noun.i - LOOK_BACK), -1):
        found = ctx.token_entity.get(i)
        if found is None or not fits(found):
            continue
        sent = ctx.doc[i].sent
        others = {ctx.token_entity.get(t.i) for t in sent if t.i < noun.i} - {found, None}
        if any(fits(other) for other in others):
            return None  # "Hamas and Islamic Jihad ... the militant group": which one?
        return found
    return None


def prepare() -> None:
    from . import epithets

    _data()
    epithets.prepare()
