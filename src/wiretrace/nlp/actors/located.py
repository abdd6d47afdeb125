"""Countries of the places named around an actor (issue 20): a place word before a title
("Virginia Sen. X", "London's mayor"), a big city's country, the place a describing noun
is in ("a consultancy in Ho Chi Minh City"), the country a bare body's name is given
elsewhere ("U.S. Congress ... Congress"), the article's leading country.  Moved from
codes.py in round 38 (no behaviour change)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ...model import Entity
from ..context import Context
from . import gazetteer
from .agents import agent_sectors


def _article_country(entities: list[Entity]) -> str | None:
    """The country the article's places and peoples name most often (each mention
    counted), when one leads: where a place the gazetteer lacks lies ("Dadaab", "Lamu
    County"), as news qualifies a place abroad by its country and a local one not."""
    counts: Counter[str] = Counter()
    for e in entities:
        if e.country and e.type in ("GPE", "NORP", "LOC", "FAC"):
            counts[e.country] += len(e.mentions)
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[1][1] < top[0][1]) else None


def _located(noun: Token, country_of: dict[int, str]) -> str | None:
    """"a consultancy in Ho Chi Minh City", "a firm based in Lagos": the country of the
    place the describing noun is in."""
    for child in noun.children:
        prep = child
        if child.dep_ == "acl" and child.lower_ == "based":
            prep = next((c for c in child.children if c.dep_ == "prep"), None)
        if prep is None or prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for t in pobj.subtree:
                if t.i in country_of:
                    return country_of[t.i]
                if t.ent_type_ == "GPE" and t.ent_iob_ == "B":  # a big city's country
                    ent = next((e for e in t.doc.ents if e.start == t.i), None)
                    found = gazetteer.country_of_city(ent.text) if ent is not None else None
                    if found:
                        return found
    return None


def _place_country(ctx: Context, i: int, entity: Entity) -> str | None:
    """The country a place or nationality word at token ``i`` gives the title after it: a
    US state's name is the United States' ("Virginia Sen. Tim Kaine") and so is a demonym
    joined to "American" ("Mexican-American reporter Jorge Ramos"); a big city's name is
    its country's ("London's mayor Sadiq Khan", "Kyiv mayor X"), as "the mayor of London"
    is (PETRARCH2 codes a place by its country, AW1).  None for any other entity."""
    city = _city_country(entity)
    if not (entity.type in ("NORP", "GPE") and (entity.country or gazetteer.us_state(
            entity.name)) or city):
        return None
    return "USA" if gazetteer.hyphen_american(ctx.doc, i) else entity.country or city or "USA"


def _city_country(entity: Entity) -> str | None:
    """The country of a big city's name (``gazetteer.country_of_city``), typed GPE or, with
    no sector, ORG (NER types "London's" before a title ORG)."""
    if entity.type == "GPE" or entity.type == "ORG" and not entity.sectors:
        return gazetteer.country_of_city(entity.name)
    return None


def _body_country(ctx: Context, entity: Entity) -> str | None:
    """A body named by its bare one-word name ("Congress", "Parliament") is the one the
    article names with its country elsewhere ("U.S. Congress's ... act", "Kenya's
    Parliament"), when it names it so with one country only."""
    if len(entity.name.split()) != 1 or not agent_sectors(entity.name):
        return None  # a body's common name, not a name of its own ("U.N.")
    doc = ctx.doc
    found = set()
    for t in doc:
        if t.text != entity.name or t.i == 0:
            continue
        end = t.i - 1 if doc[t.i - 1].lower_ in ("'s", "\u2019s") else t.i
        for n in (1, 2, 3):
            if end - n < 0:
                break
            words = doc[end - n:end].text
            named = gazetteer.country_of_name(words) or (
                gazetteer.country_of_demonym(words) if n == 1 else None)
            if named is not None:
                found.add(named.alpha3)
                break
    return found.pop() if len(found) == 1 else None
