"""Country names in the mentions: a country's exact name that spaCy typed a person, a
product or a work, or left out, is the country (``_country_names``); a country's name that
is the surname of a person the article names in full is that person
(``_surnames_not_countries``, "Lisa Monaco ... Monaco said").  Passes of ``mentions()``,
moved out of :mod:`.mentions`."""

from __future__ import annotations

from ... import names
from ..context import Context
from . import gazetteer
from .mentions import KEEP, Mention, _full_names

# What spaCy's small model calls a country's name when it does not call it a place
# ("Mauritius conferred ...", "Burkina Faso, Mali and Niger withdrew" as PERSON, "to
# Mauritius" as PRODUCT): round 27, 51 of 1,058 country names in the 60 VOA stories.
MISTYPED_COUNTRY = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART"})
NAME_JOINERS = frozenset({"of", "and", "the"})


def _country_names(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A country's exact name is the country (GPE) where spaCy typed it a person, a product
    or a work, or left it out standing alone between lowercase words ("Niger" typed DATE
    counts as left out); not after a title ("Mr. Jordan"), nor where the article names a
    person with that word ("Chad Smith"), nor inside a longer capitalized name ("Iran
    Shipping Lines")."""
    doc = ctx.doc
    people = {w for key in _full_names(found) for w in key}

    def country(start: int, end: int) -> bool:
        text = doc[start:end].text
        return gazetteer.country_of_name(text) is not None and not (
            set(names.name_key(text, person=True)) & people) and not (
            start and names.is_title(doc[start - 1].text))

    out = [make(m.start, m.end, "GPE") or m
           if m.label in MISTYPED_COUNTRY and country(m.start, m.end) else m for m in found]
    taken = {i for ent in doc.ents
             if ent.label_ in KEEP or not gazetteer.country_of_name(ent.text)
             for i in range(ent.start, ent.end)}
    taken |= {i for m in out for i in range(m.start, m.end)}
    for sent in doc.sents:
        i = sent.start
        while i < sent.end:
            # inside a name already found: no country of its own; nor from a word without
            # a capital (the first test of _standalone, whatever the end)
            if i in taken or not doc[i].text[:1].isupper():
                i += 1
                continue
            end = next((k for k in range(min(sent.end, i + 4), i, -1)
                        if _standalone(doc, sent, i, k) and country(i, k)), None)
            if end is None or any(j in taken for j in range(i, end)):
                i += 1
                continue
            made = make(i, end, "GPE")
            if made is not None:
                out.append(made)
            i = end
    return sorted(out, key=lambda m: m.start)


def _standalone(doc, sent, start: int, end: int) -> bool:
    """Capitalized words start..end that no capitalized word continues on either side."""
    words = doc[start:end]
    if not words[0].text[:1].isupper() or not words[-1].text[:1].isupper() or any(
            not (t.text[:1].isupper() or t.lower_ in NAME_JOINERS) for t in words):
        return False
    before = doc[start - 1] if start > sent.start else None
    after = doc[end] if end < sent.end else None
    return not (before is not None and before.text[:1].isupper() and before.is_alpha) and \
        not (after is not None and after.text[:1].isupper() and after.is_alpha)


def _surnames_not_countries(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A country's name that spaCy typed a person or an organization is the person where
    the article names a person with that surname ("Lisa Monaco, the deputy attorney
    general ... Monaco said" is Lisa Monaco, not the principality; not a given name:
    "Israel Katz ... Israel"): ``_make`` reads a country's name typed ORG as the country,
    which holds unless a person of that surname is about."""
    surnames = {key[-1] for key in _full_names(found)}
    spacy_label = {ent.start: ent.label_ for ent in ctx.doc.ents}
    out = []
    for m in found:
        if m.label == "GPE" and spacy_label.get(m.start) in ("ORG", "PERSON") and \
                gazetteer.country_of_name(m.text) and \
                (key := names.name_key(m.text, person=True)) and key[-1] in surnames:
            m = make(m.start, m.end, "PERSON") or m
        out.append(m)
    return out
