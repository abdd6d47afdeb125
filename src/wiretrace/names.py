"""Name keys: spelling-insensitive forms of names, so that "Saif al-Islam Qaddafi" and
"Saif al-Islam Gaddafi" compare equal while "Muammar Gaddafi" stays another name.
The folding table is data (``data/transliteration.yaml``); titles, kinship words,
generational suffixes and family nouns are in ``data/names.yaml``; the sex most bearers
of a given name have, in ``data/given_names.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

from .lexicon import load_tsv, load_yaml

Key = tuple[str, ...]

_VOWELS = re.compile(r"[aeiouywh]")
_NON_WORD = re.compile(r"[^a-z0-9]")
_DOUBLED = re.compile(r"(.)\1+")
# A name splits at spaces and hyphens; the hyphen is kept to tell "al-Islam" from "Al Gore".
_WORD = re.compile(r"[^\s\-\u2010-\u2015]+(?:[\-\u2010-\u2015](?=\S))?")


@dataclass(frozen=True)
class _Folding:
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    articles: frozenset[str]
    free_articles: frozenset[str]
    min_ratio: float
    min_length: int


@lru_cache(maxsize=1)
def _folding() -> _Folding:
    data = load_yaml("transliteration.yaml")
    return _Folding(
        rewrites=tuple((re.compile(r["from"]), r["to"]) for r in data["rewrites"]),
        articles=frozenset(data["articles"]),
        free_articles=frozenset(data["free_articles"]),
        min_ratio=float(data["similarity"]["min_ratio"]),
        min_length=int(data["similarity"]["min_length"]),
    )


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles and honorifics written before names ("general", "king", "mr")."""
    data = load_yaml("names.yaml")
    return frozenset(str(t).lower() for t in [*data["titles"], *data["title_abbreviations"]])


def title_abbreviation(word: str) -> str | None:
    """What a title written as a capital abbreviation stands for ("DP" -> "deputy
    president"); None for any other word."""
    if not (word.isupper() and word.isalpha()):
        return None
    return load_yaml("names.yaml")["title_abbreviations"].get(word.lower())


def title_short_form(word: str) -> str | None:
    """What an AP-style short title stands for ("Sen." -> "senator", "Lt" ->
    "lieutenant"); None for any other word.  Capitalized, with or without its period."""
    if not word[:1].isupper():
        return None
    return (load_yaml("names.yaml").get("title_short_forms") or {}).get(word.lower().rstrip("."))


def title_words(words: list[str]) -> list[str]:
    """A title's words as PETRARCH2's agent dictionary spells them ("Lt. Col." ->
    lieutenant colonel).  "Rep." / "Representative" is a legislator's only alone or after
    the words of ``legislator_title_modifiers`` ("Former Rep.", "state Rep."); after a
    modifier of its own it names an envoy or an official ("U.S. Trade Representative",
    "EU High Representative", "Special Representative") and is left as written."""
    allowed = frozenset(load_yaml("names.yaml").get("legislator_title_modifiers") or ())
    out = []
    for k, word in enumerate(words):
        form = title_abbreviation(word) or title_short_form(word)
        if form == "congressman" and any(w.isalpha() and w.lower() not in allowed
                                          for w in words[:k]):
            form = None
        out.append(form or word)
    return out


@lru_cache(maxsize=1)
def kinship() -> dict[str, str]:
    """Kinship noun -> the role it gives the person it describes: "son" -> "child"."""
    out: dict[str, str] = {}
    for role, words in load_yaml("names.yaml")["kinship"].items():
        for word in words:
            out[str(word).lower()] = role
    return out


@lru_cache(maxsize=1)
def siblings() -> tuple[frozenset[str], dict[str, str]]:
    """Sibling nouns, and the adjectives of age that give a role on one: "older" ->
    "elder", "younger" -> "younger" (``names.yaml: siblings``)."""
    table = load_yaml("names.yaml")["siblings"]
    ages = {str(w).lower(): role for role in ("elder", "younger") for w in table[role]}
    return frozenset(str(w).lower() for w in table["nouns"]), ages


@lru_cache(maxsize=1)
def generational_suffixes() -> frozenset[str]:
    """Words that close a person's name after the surname ("jr", "iii")."""
    return frozenset(str(w).lower() for w in load_yaml("names.yaml")["generational_suffixes"])


@lru_cache(maxsize=1)
def family_nouns() -> frozenset[str]:
    """Nouns for a family as a group ("family", "dynasty", "brothers")."""
    return frozenset(str(w).lower() for w in load_yaml("names.yaml")["family_nouns"])


def without_suffix(key: Key) -> Key:
    """A person's name key without a generational suffix at its end: ("joseph", "r",
    "biden", "jr") -> ("joseph", "r", "biden"); a key's words are folded, so the
    suffixes are too ("III" is "i" in ("hari", "hurt", "i"))."""
    suffixes = {fold(w) for w in generational_suffixes()}
    while len(key) > 2 and key[-1] in suffixes:
        key = key[:-1]
    return key


def is_title(word: str) -> bool:
    return word.lower().rstrip(".") in titles()


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """One word's spelling-insensitive form: "Qaddafi", "Gadhafi", "Kadhafi" -> "kadafi"."""
    out = _NON_WORD.sub("", anyascii(word).lower())
    for pattern, replacement in _folding().rewrites:
        out = pattern.sub(replacement, out)
    return _DOUBLED.sub(r"\1", out)


def split_name(text: str) -> list[tuple[str, bool]]:
    """The words of a name with, for each, whether a hyphen joins it to the next one."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        joined = word[-1:] in "-\u2010\u2011\u2012\u2013\u2014\u2015" and len(word) > 1
        out.append((word[:-1] if joined else word, joined))
    return out


@lru_cache(maxsize=4096)
def name_key(text: str, person: bool = False) -> Key:
    """The folded words of a name, without Arabic articles and, for a person, without the
    titles in front ("General Khalifa Haftar" -> ("kalifa", "haftar")).

    An article is dropped when hyphen-joined ("al-Islam") or, for "al"/"el", when written
    apart, except first in a person's name ("Al Gore" keeps "al")."""
    folding = _folding()
    words = split_name(text)
    if person:
        # "King Idris" -> "Idris"; a name that is only titles ("Prince") keeps them.
        n = 0
        while n < len(words) - 1 and is_title(words[n][0]):
            n += 1
        words = words[n:]
    key: list[str] = []
    for i, (word, joined) in enumerate(words):
        low = _NON_WORD.sub("", anyascii(word).lower())
        if len(words) > 1 and i < len(words) - 1:
            if joined and low in folding.articles:
                continue
            if low in folding.free_articles and not (person and i == 0 and word[:1].isupper()):
                continue
        folded = fold(word)
        if folded:
            key.append(folded)
    return tuple(key)


def skeleton(folded: str) -> str:
    return _VOWELS.sub("", folded)


@lru_cache(maxsize=8192)
def same_word(a: str, b: str) -> bool:
    """Two folded words are one spelling: equal, or the same consonants and close enough
    ("mohamed" / "muhamad"; not "hasan" / "husen")."""
    if a == b:
        return True
    folding = _folding()
    if min(len(a), len(b)) < folding.min_length or skeleton(a) != skeleton(b):
        return False
    return ratio(a, b) >= folding.min_ratio


def same_name(a: Key, b: Key) -> bool:
    """The same full name: as many words, each one spelling of the other."""
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b))


def is_suffix(short: Key, full: Key) -> bool:
    """``short`` ends ``full``: ("haftar",) of ("sadam", "haftar")."""
    n = len(short)
    return 0 < n < len(full) and same_name(short, full[-n:])


def is_prefix(short: Key, full: Key) -> bool:
    """``short`` starts ``full``: ("saif", "islam") of ("saif", "islam", "kadafi")."""
    n = len(short)
    return 0 < n < len(full) and same_name(short, full[:n])


@lru_cache(maxsize=1)
def _gender_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(titles, pronouns, kin nouns) -> gender, from names.yaml `gender`."""
    data = load_yaml("names.yaml")["gender"]

    def table(key: str) -> dict[str, str]:
        return {str(w).lower(): g for g, words in data[key].items() for w in words}

    return table("titles"), table("pronouns"), table("kin")


def title_gender(word: str) -> str | None:
    """"Mrs." -> "female", "King" -> "male"; None for a title that says nothing."""
    return _gender_words()[0].get(word.lower().rstrip("."))


def pronoun_gender(word: str) -> str | None:
    """"she" -> "female", "his" -> "male"; None for any other word."""
    return _gender_words()[1].get(word.lower())


def kin_gender(word: str) -> str | None:
    """"wife" -> "female", "father" -> "male": the gender a kinship or marriage noun gives
    the person it describes; None for any other word."""
    return _gender_words()[2].get(word.lower())


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given name, lower-cased -> "female" or "male" (``data/given_names.tsv``)."""
    sexes = {"F": "female", "M": "male"}
    return {row["name"].lower(): sexes[row["sex"]] for row in load_tsv("given_names.tsv")}


@lru_cache(maxsize=4096)
def given_name_gender(word: str) -> str | None:
    """The gender a given name says by itself: "Hillary" -> "female", "Bill" -> "male";
    None for a name both sexes bear ("Kim", "Leslie"), a name rare in the US counts
    ("Barack"), an initial ("J.") and a hyphenated name ("Jean-Yves").  The weakest
    evidence of a person's gender: US Social Security births 1900-2005, a name kept where
    one sex has 95% of its 200 or more births (``tools/build_given_names.py``)."""
    plain = anyascii(word)
    if not plain.isalpha():
        return None
    return _given_names().get(plain.lower())


@lru_cache(maxsize=1)
def _hypocorisms() -> dict[str, frozenset[str]]:
    """Folded given name -> the folded short or pet forms of it (``data/hypocorisms.tsv``)."""
    pairs: dict[str, set[str]] = {}
    for row in load_tsv("hypocorisms.tsv"):
        a, b = fold(row["name"]), fold(row["nickname"])
        if a and b and a != b:
            pairs.setdefault(a, set()).add(b)
    return {k: frozenset(v) for k, v in pairs.items()}


def short_form(short: str, full: str) -> bool:
    """A folded given name is a short or pet form of another ("lari" of "laurenke": fold's
    spellings of Larry and Laurence), by the curated table of ``data/hypocorisms.tsv``;
    never a name of itself, and not the other way round ("Daniel" is no form of "Dan")."""
    return short != full and short in _hypocorisms().get(full, frozenset())


def hypocorism(a: str, b: str) -> bool:
    """Two folded given names, either a short or pet form of the other ("jo" / "josef":
    Joe / Joseph, whichever is written first)."""
    return short_form(a, b) or short_form(b, a)


def full_names_gender(names_written) -> str | None:
    """The gender the given name of a person's full names says: the first word after any
    titles of each name of two words or more, where those that say one agree ("Hillary
    Rodham Clinton" female, "Bill Clinton" male; "Kim Lee" and "Barack Obama" none).  The
    weakest evidence of a person's gender, read by ``people`` and ``antecedents`` only
    where the article says nothing."""
    found = set()
    for text in names_written:
        words = text.split()
        while words and is_title(words[0]):
            words = words[1:]
        if len(words) >= 2 and words[0][:1].isupper():
            found.add(given_name_gender(words[0]))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def prepare() -> None:
    """Load the name tables now (called by the entity layer's prepare; see
    :func:`wiretrace.pipeline.load`): the folding rules are otherwise first read by the
    first name folded, which the actor dictionaries no longer do when read from the cache."""
    _folding()
    titles()
    kinship()
    siblings()
    generational_suffixes()
    family_nouns()
    _gender_words()
    _given_names()
    _hypocorisms()
