"""kinds: products, named events and amounts told apart from actors and places; surnames
and bracketed acronyms found again.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_entities import entity_layer  # noqa: F401  (fixture)


def labels(ctx) -> dict[str, str]:
    """mention text -> the type of its entity."""
    return {ctx.text[m.start:m.end]: e.type for e in ctx.entities for m in e.mentions}


CASES = [
    # (text, mention, expected type; None: no such mention)
    # a maker's name with a model designator is a product, designator included
    ("Qantas ordered ten Boeing 787 Dreamliners last year.", "Boeing 787 Dreamliners",
     "PRODUCT"),
    ("The airline will lease four Airbus A330-200 jets from a Dublin firm.",
     "Airbus A330-200", "PRODUCT"),
    ("Each plane has two Rolls-Royce Trent 900 engines.", "Rolls-Royce Trent 900",
     "PRODUCT"),
    # ... but not a flight number or a terminal: the airline stays an organization
    ("Investigators recovered the recorder of Air France Flight 447 from the sea.",
     "Air France", "ORG"),
    # a money amount is not a maker's model
    ("Shareholders paid Boeing 300 million dollars.", "Boeing", "ORG"),
    # names written like products
    ("Shoppers lined up for the iPhone on Friday.", "iPhone", "PRODUCT"),
    # named events
    ("Executives met at the Farnborough Air Show on Tuesday.", "Farnborough Air Show",
     "EVENT"),
    # a name only ever described as a product
    ("The company showed Kestrel, the new version of its flight software.", "Kestrel",
     "PRODUCT"),
    # ... unless the actor dictionaries know the name (PETRARCH2: an Iranian group)
    ("The company showed Falcon, the new version of its flight software.", "Falcon",
     "ORG"),
    # a ship named after a place is no place: "the tanker X" (both subjects in the parse)
    ("The tanker Jairan left port on Monday. The Jairan did not return.", "Jairan",
     "PRODUCT"),
    # ... but not a place that is the subject of a clause after a vessel noun
    ("The ship Iran seized last week was released.", "Iran", "GPE"),
    # a name typed PERSON that modifies a place noun is the place
    ("Fighting reached Ghazni province on Monday, and Ghazni officials fled.", "Ghazni",
     "GPE"),
    # a company that makes the product stays a company
    ("Intel said on Monday that Intel processors would power the machines.", "Intel", "ORG"),
]


@pytest.mark.parametrize("text,mention,expected", CASES, ids=[c[1] for c in CASES])
def test_kinds(entity_layer, text, mention, expected):  # noqa: F811
    assert labels(entity_layer(text)).get(mention) == expected


@pytest.mark.parametrize("text,code", [
    ("The tickets cost $99 (USD) each, the company said.", "USD"),
    ("Prices start at $249 USD in the United States.", "USD"),
])
def test_currency_codes_beside_amounts_are_not_organizations(entity_layer, text, code):  # noqa: F811
    assert code not in labels(entity_layer(text))


@pytest.mark.parametrize("text,person,surname", [
    ("Apple's chief executive Steve Jobs opened the show in San Francisco. Jobs, who "
     "founded the company, spoke for an hour.", "Steve Jobs", "Jobs"),
    ("Microsoft founder Bill Gates spoke on Monday. Gates unveiled the new software.",
     "Bill Gates", "Gates"),
    ("Airbus chief Tom Enders spoke. Enders told reporters the plane was late.",
     "Tom Enders", "Enders"),
])
def test_a_surname_alone_joins_the_person_named_in_full(entity_layer, text, person,  # noqa: F811
                                                        surname):
    ctx = entity_layer(text)
    found = next(e for e in ctx.entities if e.name == person)
    assert [ctx.text[m.start:m.end] for m in found.mentions] == [person, surname]


def test_a_plural_noun_that_is_also_a_surname_is_not_the_person(entity_layer):  # noqa: F811
    ctx = entity_layer("Steve Jobs spoke on Monday. Jobs are scarce in the valley.")
    found = next(e for e in ctx.entities if e.name == "Steve Jobs")
    assert len(found.mentions) == 1


def test_a_split_organization_name_is_joined(entity_layer):  # noqa: F811
    ctx = entity_layer("The contract was fought for between Boeing and Lockheed Martin, "
                       "and Lockheed won.")
    assert labels(ctx).get("Lockheed Martin") == "ORG"


def test_a_bracketed_acronym_is_a_mention_of_the_name_before_it(entity_layer):  # noqa: F811
    ctx = entity_layer("The deal will supply the United States Air Force (USAF) with "
                       "new tankers.")
    force = next(e for e in ctx.entities if "USAF" in
                 [ctx.text[m.start:m.end] for m in e.mentions])
    assert force.type == "ORG"
