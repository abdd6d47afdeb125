"""kinds: second thoughts on spaCy's named mentions, from the article itself.

spaCy's small model calls most capitalized names ORG or PERSON.  In news many of them are
things: products ("iPod", "Boeing 737", "Rolls-Royce Trent 900"), named events ("Paris Air
Show"), currency codes next to amounts ("$99 (USD)").  They are relabelled PRODUCT or
EVENT (still listed as entities, never actors) or dropped (amounts).  And a person named in
full is found again where the article uses the surname alone and spaCy missed it
("Jobs").  The word lists are data (``data/entity_kinds.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Doc, Token

from ...lexicon import load_yaml
from ..context import tokens_spelled
from . import gazetteer

# "A380", "737s", "787", "A330-200", "VC-10", "A400M", "3G", "900"
_MODEL = re.compile(r"^[A-Za-z]{0,4}-?\d[\dA-Za-z]*(?:-\d+[A-Za-z]*)?s?$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z]")  # "iPod", "iPhones", "eBook"
_QUANTITY = frozenset({"million", "billion", "trillion", "thousand", "hundred", "percent",
                       "%", "per", "times", "years", "days", "people"})
ACTOR_OR_PLACE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
NAME_PARTS = frozenset({"PERSON", "ORG", "PRODUCT"})
PRODUCT = "PRODUCT"


class Mention(Protocol):
    start: int
    end: int
    char_start: int
    text: str
    label: str


Make = Callable[[int, int, str], "Mention | None"]


@dataclass(frozen=True)
class Kinds:
    product_nouns: frozenset[str]
    modified_nouns: frozenset[str]
    event_heads: frozenset[str]
    numbered: frozenset[str]
    currencies: frozenset[str]  # the codes that are not a country's alpha-2 + a letter
    alpha2: frozenset[str]
    suffixes: frozenset[str]
    organization_nouns: frozenset[str]
    organization_roles: frozenset[str]
    organization_heads: frozenset[str]
    particles: frozenset[str]
    vessels: frozenset[str]
    place_nouns: dict[str, str]  # a place noun after a name -> FAC or GPE ("province")
    camp_nouns: frozenset[str]  # "camp", "settlement": a place only with a camp_kinds word
    camp_kinds: frozenset[str]


@lru_cache(maxsize=1)
def kinds() -> Kinds:
    data = load_yaml("entity_kinds.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data[key])

    return Kinds(
        product_nouns=words("product_nouns"),
        modified_nouns=words("modified_nouns"),
        event_heads=words("event_heads"),
        numbered=frozenset(w.lower() for w in words("numbered_not_products")),
        currencies=words("currency_codes"),
        alpha2=frozenset(c.alpha2 for c in gazetteer.countries() if c.alpha2),
        suffixes=words("corporate_suffixes"),
        organization_nouns=words("organization_nouns"),
        organization_roles=words("organization_roles"),
        organization_heads=words("organization_heads") | words("corporate_suffixes"),
        particles=words("name_particles"),
        vessels=words("vessel_nouns"),
        place_nouns={str(w): label.upper() for label, group in data["place_nouns"].items()
                     for w in group},
        camp_nouns=words("camp_nouns"),
        camp_kinds=words("camp_kinds"),
    )


def _is_currency(text: str) -> bool:
    """An ISO 4217 code: a country's alpha-2 and a letter ("USD"), or one of the others."""
    k = kinds()
    return len(text) == 3 and text.isupper() and (text in k.currencies or text[:2] in k.alpha2)


def is_model(token: Token) -> bool:
    """A model designator: letters and digits, not a year ("A380", "737s")."""
    text = token.text
    return bool(_MODEL.match(text)) and not _YEAR.match(text)


def _noun_at(doc: Doc, i: int, nouns: frozenset[str]) -> bool:
    """A product noun starts at token i ("laptops", "operating system")."""
    if i >= len(doc) or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    two = " ".join(t.lemma_.lower() for t in doc[i:i + 2])
    return doc[i].lemma_.lower() in nouns or two in nouns


# ---------------------------------------------------------------- single mentions


def _flight(doc: Doc, m: Mention, make: Make) -> Mention | None:
    """"Adam Air Flight 574" -> the airline; "Flight", "Terminal" and the like inside a
    name end the organization's part of it."""
    for i in range(m.start + 1, m.end):
        if doc[i].lower_ in kinds().numbered and (
                i + 1 >= len(doc) or doc[i + 1].like_num or is_model(doc[i + 1])):
            return make(m.start, i, m.label) if m.label == "ORG" else m
    return m


def _model(doc: Doc, m: Mention, make: Make) -> Mention | None:
    """"Boeing 737s", "Airbus A330-200", "Rolls-Royce Trent 900": a maker's name with a
    model designator is a product (the designator and a model name after it join)."""
    if m.label not in ("ORG", "PERSON", PRODUCT):
        return None
    last = doc[m.end - 1]
    if m.end - m.start >= 2 and is_model(last) and doc[m.end - 2].lower_ not in kinds().numbered:
        # "Group of 8", "Group of 20": a number after "of" names a body, not a model
        return None if doc[m.end - 2].lower_ == "of" else make(m.start, m.end, PRODUCT)
    end = m.end
    if last.lower_ in kinds().numbered:
        return None
    while end < len(doc) and (is_model(doc[end]) or (
            doc[end].text in ("-", "\u2010", "\u2011") and end + 1 < len(doc)
            and is_model(doc[end + 1]) and end > m.end)):
        end += 1
    if end == m.end or (end < len(doc) and doc[end].lower_ in _QUANTITY):
        return None
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1  # "Boeing 787 Dreamliner(s)"
    return make(m.start, end, PRODUCT)


def _amount(doc: Doc, text: str, m: Mention) -> bool:
    """A currency code beside an amount ("$99 (USD)", "$249 USD"), or a unit glued to a
    number ("30GB")."""
    if m.char_start and text[m.char_start - 1].isdigit():
        return True
    if not _is_currency(m.text):
        return False
    before = m.start - 1
    while before >= 0 and doc[before].text in ("(", "["):
        before -= 1
    after = doc[m.end] if m.end < len(doc) else None
    return (before >= 0 and (doc[before].like_num or doc[before].is_currency)) or (
        after is not None and after.like_num)


def _event(doc: Doc, m: Mention) -> bool:
    heads = kinds().event_heads
    last = doc[m.end - 1].text
    two = " ".join(t.text for t in doc[max(m.end - 2, m.start):m.end])
    return m.end - m.start >= 2 and (last in heads or two in heads)


def _camel(doc: Doc, m: Mention, is_known_actor: Callable[[str], bool]) -> bool:
    """"iPod", "iTunes Music Store": a name whose first word starts lower-case and goes on
    in capitals is written as a product name, unless it is a known company or carries a
    corporate suffix ("eBay Inc.")."""
    if not _CAMEL.match(doc[m.start].text):
        return False
    after = doc[m.end].text if m.end < len(doc) else ""
    inside = {t.text for t in doc[m.start:m.end]}
    return not (after in kinds().suffixes or inside & kinds().suffixes
                or is_known_actor(m.text))


# ------------------------------------------------------------------ whole article


def _plain(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def _as_products(found: list[Mention], make: Make,
                 chosen: Callable[[Mention], bool]) -> list[Mention]:
    """The mentions, with the actors and places ``chosen`` picks relabelled PRODUCT."""
    return [(make(m.start, m.end, PRODUCT) or m)
            if m.label in ACTOR_OR_PLACE and chosen(m) else m for m in found]


def _propagate(found: list[Mention], make: Make) -> list[Mention]:
    """A name that is a product in one place is a product everywhere in the article, and
    so is a longer name that starts with it ("iPod" -> "iPod Nano")."""
    products = {_plain(m.text) for m in found if m.label == PRODUCT}
    return _as_products(found, make, lambda m: any(
        _plain(m.text)[:len(p)] == p for p in products))


def _product_evidence(doc: Doc, m: Mention) -> bool:
    k = kinds()
    root = doc[m.start:m.end].root
    if _noun_at(doc, m.end, k.product_nouns | k.modified_nouns) and root.head.i >= m.end:
        return True  # "MacBook Air laptops"
    if root.dep_ == "appos" and root.head.lemma_.lower() in k.product_nouns:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in k.product_nouns for c in root.children):
        return True  # "Tiger, the newest version of the system"
    before = doc[m.start - 1] if m.start else None
    return (before is not None and before.pos_ == "NOUN"
            and before.lemma_.lower() in k.product_nouns
            and m.start <= before.head.i < m.end)  # "web browser Safari"


def _described_products(doc: Doc, found: list[Mention], make: Make,
                        is_known_actor: Callable[[str], bool]) -> list[Mention]:
    """Names that the article only ever describes as products."""
    evidence: dict[tuple[str, ...], list[bool]] = {}
    for m in found:
        evidence.setdefault(_plain(m.text), []).append(
            m.label == PRODUCT or _product_evidence(doc, m))
    products = {name for name, said in evidence.items() if all(said)}
    return _as_products(found, make, lambda m: _plain(m.text) in products
                        and not is_known_actor(m.text))


def _vessel_evidence(doc: Doc, m: Mention) -> bool:
    """A vessel noun right before the name and part of its phrase ("the tanker Jairan",
    "the ship's"), or in apposition to it ("the Jairan, a cargo ship")."""
    vessels = kinds().vessels
    root = doc[m.start:m.end].root
    before = doc[m.start - 1] if m.start else None
    if before is not None and before.lower_ in vessels and before.pos_ == "NOUN" and (
            m.start <= before.head.i < m.end or root.head.i == before.i
            or before.head.i == root.head.i != root.i):  # "the tanker Jairan left": both
        # subjects of "left"; not "the ship Iran seized" (Iran the subject of a clause)
        return True
    if root.dep_ == "appos" and root.head.lower_ in vessels:
        return True
    return any(c.dep_ == "appos" and c.lower_ in vessels for c in root.children)


def _vessels(doc: Doc, found: list[Mention], make: Make,
             is_known_actor: Callable[[str], bool]) -> list[Mention]:
    """Names the article once calls a vessel ("the tanker Jairan ... the Jairan"), spaCy
    typing them as places or people: each mention of the name is a PRODUCT."""
    names = {_plain(m.text) for m in found
             if m.label in ACTOR_OR_PLACE and _vessel_evidence(doc, m)}
    return _as_products(found, make, lambda m: _plain(m.text) in names
                        and m.label in ACTOR_OR_PLACE and not is_known_actor(m.text))


def _headline_case(doc: Doc, token: Token) -> bool:
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def _surnames(doc: Doc, found: list[Mention], make: Make) -> list[Mention]:
    """A person named in full ("Steve Jobs") is found again where the surname stands
    alone and spaCy did not mark it ("Jobs announced")."""
    taken = {i for m in found for i in range(m.start, m.end)}
    surnames = {doc[m.end - 1].text for m in found
                if m.label == "PERSON" and m.end - m.start >= 2 and doc[m.end - 1].is_title}
    out = []
    for token in tokens_spelled(doc, surnames):
        if token.i in taken:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        prev = doc[token.i - 1] if token.i else None
        if (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN") or (
                prev is not None and prev.is_title and prev.pos_ == "PROPN"
                and not prev.is_sent_start):
            continue  # part of another name
        if _headline_case(doc, token) or (token.is_sent_start and token.tag_ != "NNP" and not (
                token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ != "VBP")):
            continue  # "Jobs welcomed" is the man, "Jobs are scarce" is not
        mention = make(token.i, token.i + 1, "PERSON")
        if mention is not None:
            out.append(mention)
    return out


def _joined(doc: Doc, found: list[Mention], make: Make) -> list[Mention]:
    """Two names spaCy cut apart where the first modifies the second ("Lockheed" +
    "Martin" -> "Lockheed Martin"): one organization; a person's name cut at a surname
    particle ("Ursula Von der" + "Leyen"): one person."""
    out: list[Mention] = []
    particles = kinds().particles
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.label == "PERSON" and m.end - m.start == 1
                and doc[m.start].is_title and prev.end <= m.start <= prev.end + 2
                and any(t.lower_ in particles for t in doc[prev.end - 1:m.start])
                and all(t.lower_ in particles for t in doc[prev.end:m.start])):
            joined = make(prev.start, m.end, "PERSON")  # "Ursula Von der" + "Leyen"
            if joined is not None:
                out[-1] = joined
                continue
        if (prev is not None and prev.end == m.start and prev.label in NAME_PARTS
                and m.label in NAME_PARTS and "ORG" in (prev.label, m.label)
                and doc[prev.end - 1].dep_ == "compound"
                and m.start <= doc[prev.end - 1].head.i < m.end):
            joined = make(prev.start, m.end, "ORG")
            if joined is not None:
                out[-1] = joined
                continue
        out.append(m)
    return out


def _acronyms(doc: Doc, found: list[Mention], make: Make) -> list[Mention]:
    """An acronym in brackets right after a name is a mention of it: "the United States
    Air Force (USAF)"."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for m in found:
        i = m.end
        if (m.label in ACTOR_OR_PLACE and i + 2 < len(doc) and doc[i].text == "("
                and doc[i + 2].text == ")" and i + 1 not in taken):
            letters = doc[i + 1].text.replace(".", "").replace("&", "")
            if letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6:
                mention = make(i + 1, i + 2, m.label)
                if mention is not None:
                    out.append(mention)
    return out


def refine(doc: Doc, text: str, found: list[Mention], make: Make,
           is_known_actor: Callable[[str], bool]) -> list[Mention]:
    """The mentions with things relabelled, amounts dropped and surnames added; ``make``
    builds a mention from token bounds and a label (None if it is not a name)."""
    found = _joined(doc, found, make)
    out: list[Mention] = []
    covered = -1  # a model designator that a product took in ends here
    for m in found:
        if m.start < covered or _amount(doc, text, m):
            continue
        m = _flight(doc, m, make)
        if m is None:
            continue
        product = _model(doc, m, make)
        if product is not None:
            m = product
            covered = m.end
        elif _event(doc, m):
            m = make(m.start, m.end, "EVENT") or m
        elif m.label in ACTOR_OR_PLACE and _camel(doc, m, is_known_actor):
            m = make(m.start, m.end, PRODUCT) or m
        out.append(m)
    out = _propagate(out, make)
    out = _described_products(doc, out, make, is_known_actor)
    out = _vessels(doc, out, make, is_known_actor)
    out.extend(_acronyms(doc, out, make))
    out.extend(_surnames(doc, out, make))
    return sorted(out, key=lambda m: m.start)
