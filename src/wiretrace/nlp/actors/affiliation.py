"""Where a person works: the name's root in the parse, the role nouns in apposition to
it, and the organization named with the name or its role by a preposition ("Atilla
Yesilada of Global Source Partners", "Mara Velt, a spokesperson for UNHCR Kenya";
docs/actors.md, "People named with their organization")."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import Entity, EventActor
from ..context import Context, prep_objects
from .agents import aide_noun
from .dictionaries import _name_sector
from .predicates import headed_bodies, relative_roles


def name_root(span) -> Token:
    """The token a name's phrase hangs from: the span's root, or where the parser took a
    first name for a verb and hung the name from it ("Sayed Abdul Wajeed Sadat, the ...
    head for the Red Cross": "Sayed" VERB), the name's last word."""
    root = span.root
    if root.pos_ not in ("PROPN", "NOUN", "PRON") and span[-1].pos_ == "PROPN":
        return span[-1]
    return root


def after_destination(root: Token) -> bool:
    """A name the parser hangs as the object of a role noun's "to" ("envoy to Ukraine Kurt
    Roe", "ambassador to London Zheng Zeguang"): the words before it in its phrase are
    the destination, not the person's country; not a verb's "to" ("wrote to British
    Prime Minister X"), nor a staff noun's, whose "to" names whom the staff serve
    ("advisers to Acme", "regulators and advisers to Acme": the role is not the name's;
    agents.aide_noun)."""
    if not (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "NOUN"):
        return False
    noun = root.head.head
    return not any(aide_noun(t) for t in (noun, *noun.conjuncts))


def role_noun(token: Token) -> bool:
    """A noun in apposition that can be a role: a common noun, or a capitalized title
    that is no name ("Army Chief of Staff, General Jane Doe"); the agent
    dictionary decides whether it is one."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


ORGANIZATION_PREPS = frozenset({"of", "at", "with", "from"})
# sectors of a state's or a party's people: an organization with none of them is no state's
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "OPP", "ELI"})


def held_in(noun: Token, org_of: dict[int, Entity] | None, sectors: list[str]) -> Entity | None:
    """The coded organization a head's role noun is held in, named by "of" or "at"
    ("David Nevins, the chief executive of Showtime", "president of entertainment at
    Fox"), where it is no state's body: PETRARCH2 codes "president" and "chief executive"
    GOV, a head of state or government, but a company's or a body's head is its own
    (PETRARCH2: CEO BUS).  None where the role's sector is not GOV."""
    if not org_of or sectors[:1] != ["GOV"] or noun.pos_ != "NOUN":
        return None
    for obj in prep_objects(noun, ("of", "at")):
        org = org_of.get(obj.i)
        if org is not None and org.sectors and org.sectors[0] not in STATE_SECTORS:
            return org
    return None


# a trade union named by its common noun, lowercase ("the firefighters union", "the
# union's president"): PETRARCH2's LABOR_UNION, TRADE_UNION LAB (its "union" alone is left
# out because it caught the European Union, a name, so the word must be the common noun)
UNION_NOUNS = frozenset({"union", "unions"})


def union_head(noun: Token, sectors: list[str]) -> bool:
    """A head's role noun PETRARCH2 codes GOV ("president", "chief") held in a trade union
    named by its common noun, by "of" / "at" or a possessive ("Thomas Hanify, the
    president of the state firefighters union", "the union's president, Jane Doe"): the
    union's head, LAB, no state's (as :func:`held_in` for a coded organization)."""
    if sectors[:1] != ["GOV"] or noun.pos_ != "NOUN":
        return False
    objs = [c for c in noun.children if c.dep_ == "poss"]
    objs += prep_objects(noun, ("of", "at"))
    return any(o.text in UNION_NOUNS for o in objs)  # lowercase: no "European Union"


def organization_of(ctx: Context, entity: Entity, org_of: dict[int, Entity]
                    ) -> tuple[str | None, list[str], bool] | None:
    """The coded organization a person is named with by a preposition, on the name or on
    a role noun in apposition: "Atilla Yesilada of Global Source Partners", "Ralf
    Matthaes, founder of Infocus Mekong Research", "John Doe, an analyst at the Brookings
    Institution".  News introduces a person it gives no title by where they work; the
    person speaks for it.  A name NER missed counts when its head word gives a sector.
    Returns the organization's country and sectors, and whether it was named after a role
    noun that stands for the organization it belongs to (``agents.yaml: nouns``: "a
    spokesperson for UNHCR Kenya", "director of a program at the Brookings
    Institution"), whose own sector ("spokesperson" MED) then gives way to the
    organization's."""
    from ..events.coding import _agents  # the role nouns of data/agents.yaml

    agents = _agents()["nouns"]
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = name_root(span)
        holders = [root] + [t for t in root.children if t.dep_ == "appos" and role_noun(t)]
        if root.dep_ == "appos" and role_noun(root.head):
            holders.append(root.head)
        # roles conjoined in apposition: "former ... chief and current fellow at X"
        holders += [c for t in holders[1:] for c in t.conjuncts if role_noun(c)]
        # a present "who is ..." clause is an apposition ("X, who is a fellow at Y")
        holders += [t for t in relative_roles(root) if role_noun(t)]
        # "X, who heads the Y agency": the body headed, as "head of Y" names it
        for obj in headed_bodies(root):
            named_in = next((t.i for t in (obj, *obj.lefts)
                             if t.i in org_of and (t is obj or t.dep_ == "compound")), None)
            if named_in is not None:
                return org_of[named_in].country, list(org_of[named_in].sectors), False
        for holder in holders:
            speaks = holder is not root and (holder.lower_ in agents
                                             or holder.lemma_.lower() in agents)
            for prep in holder.children:
                if prep.dep_ != "prep" or not (prep.lower_ in ORGANIZATION_PREPS or (
                        prep.lower_ == "for" and holder is not root)):  # "director for X"
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    named_in = next((t.i for t in (obj, *obj.lefts)  # "the X consultancy"
                                     if t.i in org_of and (t is obj or t.dep_ == "compound")),
                                    None)
                    if named_in is not None:
                        return org_of[named_in].country, list(org_of[named_in].sectors), speaks
                    words = [t for t in obj.lefts if t.dep_ == "compound"] + [obj]
                    named = _name_sector(" ".join(t.text for t in words)) \
                        if obj.pos_ == "PROPN" and not obj.ent_type_ else None
                    if named:  # a name NER missed ("Global Source Partners")
                        return None, [named], speaks
    return None


def works_for(ctx: Context, entity: Entity, org_of: dict[int, Entity], country: str | None,
              sectors: list[str]) -> tuple[str | None, list[str]]:
    """A person's country and sectors given the organization they are named with
    (:func:`organization_of`: "Atilla Yesilada of Global Source Partners"), for a person
    no dictionary codes: the organization's, where the person has no sector and no other
    country; a spokesperson (PETRARCH2's SPOKESMAN MED, as a press officer) speaks for the
    organization named after the role ("a spokesperson for UNHCR Kenya"; PETRARCH2:
    "spokesman for the opposition" OPP); a body of no state keeps the person's country.
    Otherwise ``country`` and ``sectors`` as they are."""
    org = organization_of(ctx, entity, org_of)
    if org is None:
        return country, sectors
    org_country, org_sectors, speaks = org
    if (not sectors or speaks and sectors == ["MED"]) and country in (None, org_country) \
            or not sectors and org_country is None:
        return org_country or country, org_sectors
    return country, sectors


# PETRARCH2's agents for a state's diplomats (AMBASSADOR, ENVOY, DIPLOMAT, CONSUL, EMISSARY GOV)
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary"})


def posted(ctx: Context, actor: EventActor, country: str | None, basis: str,
           article_country: str | None) -> tuple[str | None, str | None]:
    """The country and basis an uncoded event actor takes from the event's place
    (``basis`` "place") or the article; a person the text titles a diplomat ("Ambassador
    Gordon Sondland", "X, the envoy") serves the sending state in the receiving one
    (Vienna Convention on Diplomatic Relations, art. 1), so the place of the act is no
    evidence of the country: the article's instead."""
    entity = ctx.entity(actor.entity_id) if basis == "place" and actor.entity_id else None
    for m in entity.mentions if entity is not None and entity.type == "PERSON" else ():
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = name_root(span) if span is not None else None
        if root is None:
            continue
        near = [t for t in root.subtree if t.i < span.start]
        near += [t for t in root.children if t.dep_ == "appos"]
        near += [root.head] if root.dep_ == "appos" else []
        if any(t.lemma_.lower() in DIPLOMATS for t in near):
            return article_country, "article" if article_country else None
    return country, basis
