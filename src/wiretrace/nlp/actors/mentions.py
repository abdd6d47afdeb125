"""Mentions: the named mentions an article's entities are made of (spaCy's entities, trimmed
of titles, quotes and possessives, typed again where the text says otherwise), and the
records the entity layer groups them into."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ... import names
from ...lexicon import load_tsv, load_yaml
from ..context import Context
from . import gazetteer, kinds
from .codes import _dictionary_code

# Actors (PERSON, ORG, NORP), places (GPE, LOC, FAC) and named things worth listing
# (EVENT, PRODUCT, WORK_OF_ART, LAW).  Dates, times, numbers, money and LANGUAGE are not
# entities here (times have their own layer).
KEEP = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "PRODUCT",
                  "WORK_OF_ART", "LAW"})
# Labels whose mentions merge with each other when their names are equal: spaCy often
# calls one name PERSON in one sentence and ORG in the next ("Zachary Keyser").
KIND = {"PERSON": "actor", "ORG": "actor", "GPE": "place", "LOC": "place", "FAC": "place"}
POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
# A possessive written with a left single quotation mark for the apostrophe (a "smart
# quote" typed the wrong way round), which the tokenizer leaves on the word ("Trump\u2018s").
GLUED_POSSESSIVE = "\u2018s"
# Words an acronym skips: "International Criminal Court" -> ICC, "Department of State".
ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "la", "&"})
CONVERSE = {"child": "parent", "parent": "child", "elder": "younger", "younger": "elder"}
# Roles for which the text's family, not one person, is the topic (people._choose, step 2).
GENERATIONS = frozenset({"child", "parent"})
PRONOUNS = frozenset({"his", "her"})
# A clitic the tokenizer splits from its host ("Here|'s", "they|'re", "do|n't"): it leans
# on the word before it, so it begins no name (CGEL ch. 18, clitics).
CLITIC = re.compile(r"^(?:['\u2019](?:s|re|ll|d|ve|m)|n['\u2019]t)$", re.IGNORECASE)
# A quotation mark glued to the next word ("paranoia,\u201dClinton said": one token): the
# mark bounds the quotation, so the name begins after it.
GLUED_QUOTE = re.compile(r"[\"\u201c\u201d]([A-Z][A-Za-z.'\u2019-]*)$")
# Named things (not actors or places) whose span may run from a description into a
# person's name ("Liar of the Year Barack Obama" EVENT, "All Shamsa can do" WORK_OF_ART).
NAMED_THINGS = frozenset({"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
# Tags of the words such a description is made of before the name: determiners, nouns,
# adjectives (no preposition: "Late Night With Seth Meyers" is a show's name).
_DESCRIPTION_TAGS = ("DT", "PDT", "NN", "NNS", "NNP", "NNPS", "JJ")


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    char_start: int
    char_end: int
    text: str
    label: str
    key: names.Key
    roles: set[str] = field(default_factory=set)
    name: str = ""  # the name it stands for where longer than its text ("Khizr Khan")


@dataclass
class Cluster:
    mentions: list[Mention]
    label: str = ""
    country: str | None = None
    candidates: list[Cluster] = field(default_factory=list)

    @property
    def key(self) -> names.Key:
        return max((m.key for m in self.mentions), key=len)

    def first(self) -> int:
        return min(m.char_start for m in self.mentions)


# ------------------------------------------------------------------------- mentions


def _trim(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Token bounds of a mention without a leading "the", a trailing possessive or
    punctuation, an unclosed parenthesis, or anything after a line break ("AYMAN
    SAHELY/" -> "AYMAN SAHELY"; "the Washington Free Beacon" -> "Washington Free Beacon";
    "Singapore Airlines (SIA" -> "Singapore Airlines")."""
    doc = ctx.doc
    for i in range(start, end):
        if "\n" in doc[i].text or (doc[i].text == "(" and
                                    not any(t.text == ")" for t in doc[i:end])):
            end = i
            break
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct
                           or doc[start].is_space or CLITIC.match(doc[start].text)):
        start += 1  # a clitic leans on the word before it: "Here's Clinton" -> "Clinton"
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text != ")")):
        end -= 1
    return start, end


# Parts of speech no name ends with: an adverb, a verb, a preposition or particle, a
# conjunction, a determiner or a pronoun (Penn tags).
_NOT_NAME_END = ("RB", "VB", "IN", "RP", "TO", "CC", "MD", "WRB", "WDT", "PRP", "DT")


def _person_end(ctx: Context, start: int, end: int) -> int:
    """The end of a person's name that NER ran on into the words after it: a heading run
    into the next sentence ("Reaction from President Moise Shortly before the press
    conference": "Moise"), a headline's verb ("Erdogan Reaches Out to Egypt": "Erdogan").
    Capitalized words that stand apart and that the tagger reads as an adverb, a verb, a
    preposition and the like are cut from the end ("Jae-in", joined, stays)."""
    doc = ctx.doc
    while end - start > 1:
        last, before = doc[end - 1], doc[end - 2]
        if not (last.is_title and before.whitespace_ and last.tag_.startswith(_NOT_NAME_END)):
            break
        end -= 1
    return end


def _named_body(ctx: Context, end: int) -> bool:
    """The capitalized noun right after a NORP span is an organization's head that the
    span's last word modifies and no entity covers ("the Islamic State"; ``entity_kinds.
    yaml: norp_bodies``); also where the name begins a hyphenated modifier ("Islamic
    State-linked attacks": the parser hangs "Islamic" on "attacks")."""
    doc = ctx.doc
    if end >= len(doc) or doc[end].ent_type_ or not doc[end - 1].whitespace_:
        return False
    hyphened = end + 1 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_
    if not hyphened and (doc[end - 1].dep_ != "compound" or doc[end - 1].head.i != end):
        return False
    return doc[end].text in (load_yaml("entity_kinds.yaml").get("norp_bodies") or ())


def _person_start(ctx: Context, start: int, end: int) -> int:
    """The start of a person's name that NER ran back onto a question's auxiliary at the
    start of a sentence ("Will Warren continue to face the heat?": "Warren"; "Can Biden
    win?").  The tagger reads such a word as an auxiliary (MD, or a form of "do", "be",
    "have"); a given name it reads as a proper noun ("Will Smith said") stays."""
    doc = ctx.doc
    while end - start > 1 and doc[start].is_sent_start and doc[start].pos_ == "AUX" \
            and doc[start].tag_.startswith(("MD", "VB")):
        start += 1
    if end - start == 2 and doc[start].is_sent_start and _imperative(doc[start].text) \
            and doc[start + 1].dep_ not in ("nsubj", "nsubjpass", "appos") \
            and (end >= len(doc) or doc[end].text != ",") \
            and any(e.label_ == "PERSON" and len(e) >= 2 and e.start != start
                    and e[-1].text == doc[start + 1].text for e in doc.ents):
        # "Combine Clinton and Sanders' numbers" after "Hillary Clinton": an imperative's
        # verb run into the surname of a person the article names in full; not where
        # the name is a subject or set off by a comma ("Grant Reed, her son, said")
        start += 1
    return start


def _described_name(ctx: Context, start: int, end: int) -> int:
    """The start of a person's name that NER ran a description before into one PERSON
    span: a plural demonym ("Floridians Jeb Bush"), a clause's subject and its verb's
    clitic ("That’s Jeb Bush"), an epithet ("''Fascist Trump,''" on a shirt).  A
    proper name takes no dependent before it but a title (CGEL ch. 5), so the words before
    the name are no part of it where the rest is a name the article gives a person
    elsewhere, in full (the end of another PERSON span that begins otherwise: "Jeb Bush",
    "That’s Jeb Bush") or as the last word of another person's full name ("Trump" of
    "Donald J. Trump"), and every word before it
    is a determiner, a demonym, a plural noun or an adjective (:func:`_describes`), none a
    title, a given name or a word the actor dictionaries write first in a name ("Mitt",
    "Newt").  Round 41: PolNeAR dev13 politico 2016-02-17 (two spans), dev10 nyt
    2016-03-12; the EVENT and WORK_OF_ART spans of the same kind are round 35's
    ``_person_inside`` (dev9 "the Year Barack Obama", "’s Clinton")."""
    doc = ctx.doc
    whole = doc[start:end].text
    others = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
              and e.text != whole and e[0].text != doc[start].text]
    for i in range(start + 1, end):
        tail = doc[i:end]
        if not all(t.text[:1].isupper() and t.tag_ in ("NNP", "NNPS") for t in tail):
            continue
        if not any(len(e) >= len(tail) and e[-len(tail):].text == tail.text
                   for e in others):
            continue
        before = [t for t in doc[start:i] if t.is_alpha]
        return i if before and all(_describes(t) for t in before) else start
    return start


def _describes(token) -> bool:
    """Whether a word before a name is a description, not part of the name: a determiner,
    a demonym, a plural noun ("Floridians": a given name has no plural) or an adjective
    ("Fascist") of the lemmatizer's index; never a title, a given name
    (``names.given_name_gender``) or a first word of a dictionary name.  A singular noun
    may be a given name the tables miss ("Hunter Biden" beside "Joe Biden": "hunter" is a
    noun, and a son's given name), so it describes nothing here."""
    from .agents import regular_singulars
    from .coordinated import _given_and_surnames
    from .predicates import common_words

    low = token.lower_
    if token.tag_ in ("DT", "PDT"):
        return True
    if names.is_title(token.text) or names.given_name_gender(token.text) \
            or _given_and_surnames()[0].get(names.fold(low), 0) > 0 \
            or names.fold(low) in _name_starts():
        return False
    if gazetteer.country_of_demonym(token.text) is not None or low in common_words("adj"):
        return True
    return token.tag_ in ("NNS", "NNPS") and bool(
        set(regular_singulars(low)) & common_words("noun"))


def _imperative(word: str) -> bool:
    """A sentence's first word that is the base form of a verb of the CAMEO/PETRARCH2 verb
    dictionary, capitalized only because it begins an imperative clause (grammar: an
    imperative opens with the verb's base form, no subject), and that begins no name of
    the actor dictionaries (a given name: "Will", "Mark", "Grant" stay)."""
    low, verbs, starts = word.lower(), _base_verbs(), _name_starts()
    return word[:1].isupper() and low in verbs and names.fold(low) not in starts


@lru_cache(maxsize=1)
def _base_verbs() -> frozenset[str]:
    return frozenset(str(r["lemma"]).lower() for r in load_tsv("cameo_verbs.tsv"))


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    from .codes import _folded_people

    return frozenset(key[0] for key in _folded_people())


def _name_tail(ctx: Context, start: int, end: int) -> int:
    """The end of a person's name that NER cut short: a capitalized proper noun right
    after the span, outside any entity, that the span's last word is a compound of (one
    flat name: "Chin JouSen recently founded ...", NER typing only "Chin"), unless it is
    a title, a word in capitals or a role in an organization ("Ryanair CEO") or an
    organization's last word ("Trump Organization")."""
    doc = ctx.doc
    while end < len(doc) and end > start:
        last, nxt = doc[end - 1], doc[end]
        if not (last.dep_ == "compound" and last.head.i == nxt.i and last.whitespace_
                and nxt.tag_ == "NNP" and nxt.text[:1].isupper() and nxt.is_alpha
                and not nxt.ent_type_ and not names.is_title(nxt.text) and not nxt.is_upper
                and nxt.text not in kinds.kinds().organization_heads
                and nxt.lemma_.lower() not in kinds.kinds().organization_roles):
            break
        end += 1
    return end


def _numbered_name(ctx: Context, start: int, end: int) -> bool:
    """An organization's name that goes on with "of" and a number the actor dictionaries
    list it with ("Group of 8", "Group of 20": PETRARCH2 GROUP_OF_EIGHT, the state list's
    G-8 and G20), where NER typed only the words before "of"."""
    doc = ctx.doc
    if start >= end or end + 1 >= len(doc) or doc[end].lower_ != "of" \
            or not doc[end + 1].like_num:
        return False
    return _known_actor(doc[start:end + 2].text)


def _is_description(words: list[str]) -> bool:
    """Titles and nationality words without a name: "the Libyan General"."""
    content = [w for w in words if w.lower() != "the"]
    return (any(names.is_title(w) for w in content)
            and all(names.is_title(w) or gazetteer.country_of_demonym(w) for w in content))


def _make(ctx: Context, start: int, end: int, label: str) -> Mention | None:
    """A mention of the tokens start..end, trimmed to the name itself; None when nothing
    of a name is left or it lies in removed text (a caption, a credit)."""
    if label == "NORP" and _named_body(ctx, end):
        end, label = end + 1, "ORG"  # "the Islamic State": NER typed "Islamic" NORP
    start, end = _trim(ctx, start, end)
    if label == "ORG" and _numbered_name(ctx, start, end):
        end += 2  # "the Group of 8": NER stopped at "of" before the number
    if label == "PERSON":
        start = _person_start(ctx, start, end)
        end = _person_end(ctx, start, _name_tail(ctx, start, end))
        start = _described_name(ctx, start, end)
    if start >= end:
        return None
    if label in NAMED_THINGS and (named := _person_inside(ctx, start, end)) is not None:
        return _make(ctx, named, end, "PERSON")  # "the Year Barack Obama": "Barack Obama"
    char_start = ctx.doc[start].idx
    if (glued := GLUED_QUOTE.search(ctx.doc[start].text)) is not None \
            and glued.start() > 0 and end - start == 1:
        char_start += glued.start(1)  # "paranoia,\u201dClinton": "Clinton"
    char_end = ctx.doc[end - 1].idx + len(ctx.doc[end - 1].text)
    if label == "PERSON" and ctx.doc[end - 1].text.endswith(GLUED_POSSESSIVE) \
            and len(ctx.doc[end - 1].text) > len(GLUED_POSSESSIVE):
        char_end -= len(GLUED_POSSESSIVE)  # "Donald Trump\u2018s comments": one token
    if ctx.is_removed(char_start, char_end):
        return None
    text = ctx.text[char_start:char_end]
    if not any(c.isupper() for c in text):
        return None  # names are capitalized in English; "the son" is not a name
    if label in ("PERSON", "ORG") and _is_description(text.split()):
        return None
    if label == "ORG" and _titled_person(text):
        label = "PERSON"  # "Spokeswoman Sandy Angers" tagged ORG
    elif label == "ORG" and (named := _name_after_titles(ctx, start, end)) is not None:
        return _make(ctx, named, end, "PERSON")  # "Turkish Presidential Advisor Mesut Casin"
    if label == "PERSON" and end - start > 2 and names.title_abbreviation(ctx.doc[start].text):
        # "DP Rigathi Gachagua": the abbreviated title is no part of the name (the role
        # is read from it before the name, as for "President William Ruto")
        return _make(ctx, start + 1, end, label)
    if label == "ORG" and gazetteer.country_of_name(text):
        label = "GPE"  # "Libya" tagged ORG is still the country
    key = names.name_key(text, person=label == "PERSON")
    return Mention(start, end, char_start, char_end, text, label, key) if key else None


def _person_inside(ctx: Context, start: int, end: int) -> int | None:
    """Where a person's name starts that ends the span of a named thing, NER having run
    a description before it into one EVENT or WORK_OF_ART ("Liar-of the Year Barack
    Obama", "All Shamsa can do"): the name is the span's last words, capitalized proper
    nouns, from a given name on, and the words before it are a description (a
    determiner, or nouns and adjectives that are no title and no given name).  The name
    is two words or more from a word the actor dictionaries write first in a name, whose
    last word ends a name spaCy types PERSON elsewhere in the article ("Barack Obama" in an
    article of "Obama"), or it begins with the given name of a person spaCy names in full
    elsewhere in the article ("Shamsa" of "Shamsa Mohamed Aden").  Round 35."""
    from .coordinated import _given_and_surnames

    doc = ctx.doc
    first, last = _given_and_surnames()

    def given(word: str) -> bool:
        folded = names.fold(word)
        return first.get(folded, 0) > last.get(folded, 0)

    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start != start]
    for i in range(start + 1, end):
        word, tail = doc[i], doc[i:end]
        if not all(t.text[:1].isupper() and t.tag_ == "NNP" for t in tail):
            continue
        known = (end - i >= 2 and first.get(names.fold(word.text), 0) > 0
                 and any(e[-1].text == tail[-1].text for e in people)) or any(
            len(e) >= 2 and e[0].text == word.text for e in people)
        if not known:
            continue
        before = [t for t in doc[start:i] if t.is_alpha]
        if before and all(t.tag_ in ("DT", "PDT") or (
                t.tag_.startswith(_DESCRIPTION_TAGS) and not names.is_title(t.text)
                and not given(t.text)) for t in before):
            return i
        return None
    return None


def _titled_person(text: str) -> bool:
    """A title and then a given name and a surname: "Spokeswoman Sandy Angers", "Senator
    John McCain".  Not an organization named after a title ("General Electric Co.",
    "General Dynamics Land Systems", "Prime Minister's Office"): the words after the
    title are two or three capitalized words, none a title, a country or an
    organization's last word."""
    words = text.split()
    rest = words[1:]
    if not (names.is_title(words[0]) and words[0][:1].isupper() and 2 <= len(rest) <= 3):
        return False
    heads = kinds.kinds().organization_heads
    return all(w[:1].isupper() and w.replace("'", "").replace("-", "").replace(".", "").isalpha()
               and not names.is_title(w) and w not in heads and "'" not in w[-2:]
               and not gazetteer.country_of_name(w) and not gazetteer.country_of_demonym(w)
               for w in rest)


def _name_after_titles(ctx: Context, start: int, end: int) -> int | None:
    """Where the name starts in an organization's span that is a description and a titled
    person ("Turkish Presidential Advisor Mesut Casin", "Egyptian Foreign Minister Sameh
    Shoukry"): the last two or three words are a name after a title (see
    :func:`_titled_person`), the words before the title capitalized words of a description
    (nationalities, adjectives), none an organization's last word or a possessive."""
    words = [t.text for t in ctx.doc[start:end]]
    heads = kinds.kinds().organization_heads
    for n in (2, 3):
        k = len(words) - n - 1  # the title's place
        if k < 1 or not _titled_person(" ".join(words[k:])):
            continue
        if all(w[:1].isupper() and w.isalpha() and w not in heads for w in words[:k]):
            return end - n
    return None


def _known_actor(name: str) -> bool:
    """The actor dictionaries know the name (so it is not a product's)."""
    return _dictionary_code(name, None) != (None, None)


def mentions(ctx: Context) -> list[Mention]:
    """Named mentions of the body text, in order, trimmed to the name itself; products,
    named events and amounts told apart from actors and places (``kinds``)."""
    from .country_names import _country_names, _surnames_not_countries

    found = [m for ent in ctx.doc.ents if ent.label_ in KEEP
             for m in [_make(ctx, ent.start, ent.end, ent.label_)] if m is not None]
    make = lambda start, end, label: _make(ctx, start, end, label)  # noqa: E731
    found = _headline_clauses(ctx, kinds.refine(ctx.doc, ctx.text, found, make, _known_actor),
                              make)
    found = _country_names(ctx, _surnames_not_countries(ctx, found, make), make)
    found = _destination_then_name(ctx, _possessive_spans(ctx, found, make), make)
    found = _inverted_names(ctx, _place_then_surname(ctx, found, make))
    from .coordinated import coordinated_given_names
    from .repairs import _capitals, _missed_surnames

    found = _missed_surnames(ctx, _capitals(ctx, found, make), make)

    return coordinated_given_names(ctx, found, make, _full_names(found))


def _possessive_spans(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A span NER ran over a genitive: the possessor and the noun it determines as one name
    ("in Donald Trump's America", PERSON; "toward Holcomb's 2016 election campaign";
    "Trump's July 25 call", PRODUCT; "Boston's Walsh", ORG).  A genitive 's closes its
    noun phrase (CGEL ch. 5: the genitive is a phrasal clitic on a whole NP, the
    determiner of the head after it), so the words on either side are no one name: where
    the words before it, or after it, are a person the article names elsewhere in full
    (the full name, or its surname), the mention is that person.  Not a name of a thing
    whose possessor no person is ("David's Sling"), nor an organization's name
    ("Manchester Memorial High School's Homecoming": an organization word in it); a span
    typed ORG is cut only for the person after the genitive (NER typed the head:
    "Bashir's Government" stays the government); a title (WORK_OF_ART: "A Child's First
    Book of Trump") never."""
    doc = ctx.doc
    out: list[Mention] = []
    for m in found:
        cut = next((i for i in range(m.start + 1, m.end - 1)
                    if doc[i].text in POSSESSIVE and doc[i].tag_ == "POS"), None)
        part = None
        if cut is not None and m.label in ("PERSON", "ORG", "PRODUCT"):
            full = _full_names([o for o in found if o is not m])
            if m.label != "ORG" and _named_elsewhere(doc[m.start:cut], full):
                part = make(m.start, cut, "PERSON")  # "Donald Trump's America"
            elif _named_elsewhere(doc[cut + 1:m.end], full):
                part = make(cut + 1, m.end, "PERSON")  # "Boston's Walsh"
        out.append(part or m)
    return out


def _named_elsewhere(words, full: list[names.Key]) -> bool:
    """Whether the capitalized ``words`` (a span), none an organization's word, are a
    person's full name of ``full`` or the surname of one."""
    heads = kinds.kinds().organization_heads
    key = names.name_key(words.text, person=True)
    return bool(key) and all(t.text[:1].isupper() and t.text not in heads for t in words) \
        and any(names.same_name(key, k) or (len(key) == 1 and key[0] == k[-1]) for k in full)


def _full_names(found: list[Mention]) -> list[names.Key]:
    """The keys of the article's people named in two words or more ("Lisa Monaco", "Chad
    Smith"), not a country spaCy typed a person ("Burkina Faso")."""
    return [m.key for m in found if m.label == "PERSON" and len(m.key) > 1
            and gazetteer.country_of_name(m.text) is None]


_INITIAL = re.compile(r"[A-Z]\.")


def _inverted_names(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A name written surname first, as an index or a list of references writes it ("see
    Doe, John Q."): a one-word name, a comma, and a person's name that ends with an
    initial, which no full name in running text ends with, are one person, whose key is
    the name in its usual order ("John Q. Doe").  Two names in a list ("Doe, John Smith")
    stay apart: the second does not end with an initial."""
    doc = ctx.doc
    for a, b in zip(found, found[1:]):
        if a.label in ("PERSON", "ORG") and b.label == "PERSON" and a.end - a.start == 1 \
                and b.start == a.end + 1 and doc[a.end].text == "," \
                and b.end - b.start >= 2 and _INITIAL.fullmatch(doc[b.end - 1].text) \
                and not _INITIAL.fullmatch(doc[a.start].text):
            key = names.name_key(f"{b.text} {a.text}", person=True)
            if key:
                a.label, a.key, b.key = "PERSON", key, key
    return found


# The kinds of gazetteer place a heading names ("Europe and Africa").
_HEADING_PLACES = {"region": "LOC", "country": "GPE"}
# The kinds of place a sentence run on from a heading starts with ("Ankara will likely").
_SENTENCE_PLACES = {**_HEADING_PLACES, "city": "GPE"}


def _place_then_surname(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A heading that names a place, run into a sentence that starts with a person's
    surname, leads NER to one place name ("Europe and Africa Erdogan has recently made
    overtures": "Africa Erdogan"): a name of another type whose last word is the surname of
    a person named in full in the article, and whose other words are a region or a
    country, is that place and that surname."""
    surnames = {m.key[-1] for m in found if m.label == "PERSON" and len(m.key) >= 2}
    people = {names.name_key(m.text, person=True) for m in found if m.label == "PERSON"}
    out: list[Mention] = []
    for m in found:
        parts = None
        # not a person's full name typed PERSON elsewhere ("Jordan Peterson" GPE once)
        if m.label != "PERSON" and m.end - m.start >= 2 and m.key[-1] in surnames \
                and names.name_key(m.text, person=True) not in people \
                and ctx.doc[m.end - 2].whitespace_:
            rest = ctx.doc[m.start:m.end - 1].text
            place = next(iter(gazetteer.candidates(rest)), None)
            label = _HEADING_PLACES.get(place.place.kind) if place is not None \
                and place.place.name == rest else None
            if label is not None:
                parts = [make(m.start, m.end - 1, label), make(m.end - 1, m.end, "PERSON")]
        elif m.label == "PERSON" and m.end - m.start >= 2 and m.key[:-1] \
                and " ".join(m.key[:-1]) in surnames and ctx.doc[m.end - 2].whitespace_:
            parts = _surname_then_place(ctx, m, make)
        out.extend(parts if parts and None not in parts else [m])
    return out


def _destination_then_name(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """"former U.S. ambassador to Ukraine Marie Doe", "special envoy to Ukraine Kurt Roe":
    NER runs the object of a role noun's "to" (the country a diplomat is sent to) into the
    name after it, one span of any type.  A span after a noun's "to" ("to the") that begins
    with a country's name and goes on with two capitalized words or more, the last of them
    used alone elsewhere in the article (news names a person in full once, then by
    surname), is that country and that person ("talked to Jordan Lee Marsh" is no role's)."""
    words = {m.text for m in found if m.end - m.start == 1}
    out: list[Mention] = []
    for m in found:
        parts = None
        before = list(ctx.doc[max(0, m.start - 2):m.start])
        to = next((t for t in before if t.lower_ == "to" and t.head.pos_ == "NOUN"), None)
        if m.label in ("ORG", "GPE", "NORP", "PERSON") and ctx.doc[m.end - 1].text in words \
                and to is not None and [t.lower_ for t in before if t.i > to.i] in ([], ["the"]):
            for n in (1, 2):
                rest = ctx.doc[m.start + n:m.end]
                if len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest) \
                        and gazetteer.country_of_name(ctx.doc[m.start:m.start + n].text):
                    parts = [make(m.start, m.start + n, "GPE"), make(m.start + n, m.end, "PERSON")]
                    break
        out.extend(parts if parts and None not in parts else [m])
    return out


def _surname_then_place(ctx: Context, m: Mention, make) -> list[Mention] | None:
    """The mirror case: a heading that ends with a surname run into a sentence that starts
    with a place ("Trump, Erdogan" then "Ankara will likely be looking ...": "Erdogan
    Ankara" typed PERSON) is that surname and that place, where the last word is a city,
    country or region of the gazetteer and the words before it the surname of a person
    named in full in the article."""
    last = ctx.doc[m.end - 1].text
    place = next(iter(gazetteer.candidates(last)), None)
    label = _SENTENCE_PLACES.get(place.place.kind) if place is not None \
        and place.place.name == last else None
    if label is None:
        return None
    return [make(m.start, m.end - 1, "PERSON"), make(m.end - 1, m.end, label)]


def _headline_clauses(ctx: Context, found: list[Mention], make) -> list[Mention]:
    """A headline's capitalized words lead NER to take a clause for one name ("Ankara
    Defies Washington", "Erdogan Reaches Out to Egypt"): a name of two words or more found
    only in the headline, never written in the body, that holds names the body uses
    ("Ankara", "Washington") with words between them is those names; not one name inside
    another ("US Air Force" where the body writes "Air Force")."""
    end = ctx.headline_end
    if not end:
        return found
    body = ctx.text[end:]
    used = {m.text: m.label for m in found if m.char_start >= end}
    out: list[Mention] = []
    for m in found:
        if m.char_end > end or m.end - m.start < 2 or m.label not in ("ORG", "PERSON") \
                or m.text in body:
            out.append(m)
            continue
        parts: list[Mention] = []
        i = m.start
        while i < m.end:
            for j in range(m.end, i, -1):
                text = ctx.text[ctx.doc[i].idx:ctx.doc[j - 1].idx + len(ctx.doc[j - 1].text)]
                if (j - i) < (m.end - m.start) and text in used:
                    part = make(i, j, used[text])
                    if part is not None:
                        parts.append(part)
                    i = j
                    break
            else:
                i += 1
        apart = len(parts) >= 2 and all(
            any(t.is_alpha for t in ctx.doc[a.end:b.start]) for a, b in zip(parts, parts[1:]))
        out.extend(parts if apart else [m])
    return out
