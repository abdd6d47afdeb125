"""Two of the model's rule components, run faster with the same results:

- the attribute rules (coarse part of speech, morphology and lemma exceptions from the
  fine-grained tag, the word and the dependency), applied with an index instead of
  spaCy's Matcher;
- the rule lemmatizer, whose lemma depends only on the word, its part of speech and its
  morphology: looked up per such triple for a whole Doc at once (spaCy's own cache
  builds a morphology object for every token to find its key), and computed on a miss
  by spaCy's own code over the same tables with the word lists held as sets (the model
  keeps them as lists, so each candidate form was a scan of up to 57,528 nouns: 0.15 ms
  a miss, 8% of the pipeline on news text).

spaCy's ``attribute_ruler`` tests every token against every pattern (179 in
``en_core_web_sm``; three of them regular expressions run in Python for every token): 14%
of the pipeline's time on news text.  The patterns are all one or two tokens, and each
names the word or the tag of its first token (or, for five, only the dependency or
whitespace), so an index on those finds the few patterns a token can start.  The same
patterns are applied in the same order with spaCy's own attribute setter: the annotations
are identical (a test compares every token on real articles), only faster.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs

NAME = "wiretrace_attributes"
LEMMAS = "wiretrace_lemmatizer"
KNOWN = {"LOWER", "TAG", "DEP", "IS_SPACE"}  # the token attributes the index handles
COLUMNS = (TAG, POS, MORPH, LEMMA)  # what the patterns set that is written as arrays
ROW_CACHE = 200_000  # (word, tag, dependency, space) rows remembered before starting over


def _value(token: Token, attr: str) -> Any:
    if attr == "LOWER":
        return token.lower_
    if attr == "TAG":
        return token.tag_
    if attr == "DEP":
        return token.dep_
    return token.is_space


def _literal_words(spec: Any) -> list[str] | None:
    """The words a word test accepts when it names them (a word, or ``IN``); None for a
    test that does not (``NOT_IN``, ``REGEX``)."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


def _test(spec: Any):
    """A test of one attribute's value: equality, ``IN``, ``NOT_IN`` or ``REGEX``."""
    if not isinstance(spec, dict):
        return lambda v: v == spec
    (op, arg), = spec.items()
    if op == "IN":
        values = set(arg)
        return lambda v: v in values
    if op == "NOT_IN":
        values = set(arg)
        return lambda v: v not in values
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda v: isinstance(v, str) and rx.search(v) is not None
    raise ValueError(f"unsupported attribute-ruler predicate {op!r}")


class IndexedAttributes:
    """Applies the patterns of an :class:`AttributeRuler` to a Doc as the ruler would.

    A one-token pattern depends only on its token's word, tag, dependency and whether it
    is whitespace, so what the one-token patterns set is computed once per combination
    of those (words no pattern tests count as one), in pattern order, and written for the
    whole Doc as arrays (tag, part of speech, morphology, lemma).  The few two-token
    patterns are looked up by their first word; a token one of them sets is done in
    the ruler's exact order, one match at a time.  Each token's lookups are kept by its
    (word, tag, dependency, space) row, so a word seen before costs one dictionary get."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.rules: list[tuple[list[list[tuple[str, Any]]], dict, int, int]] = []
        self.multi_by_word: dict[str, list[int]] = {}  # two-token patterns by first word
        self.multi_by_test: list[tuple[int, Any]] = []  # (pattern, test of its first word)
        self.multi_by_dep: dict[int, list[int]] = {}  # by the dependency label's id
        self.multi_always: list[int] = []
        self.single_by_tag: dict[int, list[int]] = {}  # one-token patterns naming a tag
        self.single_other: list[int] = []  # and the others
        lower_words: set[str] = set()  # the words patterns name, and their other tests
        lower_tests = []
        for order, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tokens = []
                for spec in pattern:
                    if set(spec) - KNOWN or not spec:
                        raise ValueError(f"unsupported attribute-ruler pattern {pattern!r}")
                    tokens.append([(attr, _test(value)) for attr, value in spec.items()])
                    if "LOWER" in spec:
                        words = _literal_words(spec["LOWER"])
                        if words is None:
                            lower_tests.append(_test(spec["LOWER"]))
                        else:
                            lower_words.update(words)
                n = len(self.rules)
                self.rules.append((tokens, normalize_token_attrs(ruler.vocab, entry["attrs"]),
                                   entry.get("index", 0), order))
                first = pattern[0]
                if len(tokens) == 1:
                    tag = pattern[0].get("TAG")
                    if isinstance(tag, str):
                        self.single_by_tag.setdefault(ruler.vocab.strings.add(tag),
                                                      []).append(n)
                    else:
                        self.single_other.append(n)
                elif "LOWER" in first:
                    words = _literal_words(first["LOWER"])
                    if words is None:
                        self.multi_by_test.append((n, _test(first["LOWER"])))
                    for word in words or ():
                        self.multi_by_word.setdefault(word, []).append(n)
                elif isinstance(first.get("DEP"), str):
                    self.multi_by_dep.setdefault(ruler.vocab.strings.add(first["DEP"]),
                                                 []).append(n)
                else:
                    self.multi_always.append(n)
        self._lower_words = frozenset(lower_words)
        self._lower_tests = lower_tests
        self._lower_key: dict[int, str | None] = {}  # word -> itself if a pattern tests it
        self._word_multi: dict[int, tuple[int, ...]] = {}  # word -> patterns it can start
        self._combos: dict[tuple, tuple[tuple[int, ...], tuple, dict]] = {}
        # (word, tag, dependency, is space) -> (two-token patterns it may start, one-token
        # patterns it matches, what they set as array columns, and what they set otherwise)
        self._rows: dict[tuple[int, int, int, int], tuple] = {}

    def _starts(self, lower: int, dep: int, strings) -> tuple[int, ...]:
        """The two-token patterns a token (its word and dependency, as ids) may start."""
        found = self._word_multi.get(lower)
        if found is None:
            text = strings[lower]
            found = self._word_multi[lower] = tuple(sorted(
                {*self.multi_by_word.get(text, ()),
                 *(n for n, test in self.multi_by_test if test(text))}))
        if self.multi_by_dep:
            found = (*found, *self.multi_by_dep.get(dep, ()))
        return (*found, *self.multi_always) if self.multi_always else found

    def _word(self, lower: int, strings) -> str | None:
        key = self._lower_key.get(lower)
        if key is None and lower not in self._lower_key:
            text = strings[lower]
            key = text if text in self._lower_words or any(
                test(text) for test in self._lower_tests) else None
            self._lower_key[lower] = key
        return key

    def _matches(self, n: int, doc: Doc, start: int) -> bool:
        tokens = self.rules[n][0]
        if start + len(tokens) > len(doc):
            return False
        return all(test(_value(doc[start + k], attr))
                   for k, spec in enumerate(tokens) for attr, test in spec)

    def _singles(self, doc: Doc, i: int, lower: int, tag: int, dep: int,
                 space: int) -> tuple[tuple[int, ...], tuple, dict]:
        """The one-token patterns token ``i`` matches, and what they set in pattern
        order: as (array column, value) pairs, and the attributes that are no column."""
        combo = (self._word(lower, doc.vocab.strings), tag, dep, space)
        found = self._combos.get(combo)
        if found is None:
            candidates = sorted(self.single_by_tag.get(tag, []) + self.single_other)
            ids = tuple(n for n in candidates if self._matches(n, doc, i))
            merged: dict = {}
            for n in sorted(ids, key=lambda n: self.rules[n][3]):
                merged.update(self.rules[n][1])
            columns = tuple((COLUMNS.index(a), v) for a, v in merged.items() if a in COLUMNS)
            rest = {a: v for a, v in merged.items() if a not in COLUMNS}
            found = self._combos[combo] = (ids, columns, rest)
        return found

    def _row(self, doc: Doc, i: int, row: tuple[int, int, int, int]) -> tuple:
        if len(self._rows) > ROW_CACHE:
            self._rows.clear()
        lower, tag, dep, space = row
        found = self._rows[row] = (self._starts(lower, dep, doc.vocab.strings),
                                   *self._singles(doc, i, lower, tag, dep, space))
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = list(zip(*doc.to_array([LOWER, TAG, DEP, IS_SPACE]).T.tolist()))
        found = [self._rows.get(row) or self._row(doc, i, row) for i, row in enumerate(rows)]
        multi: list[tuple[int, int, int, int]] = []
        for i, (starts, _ids, _columns, _rest) in enumerate(found):
            for n in starts:
                if self._matches(n, doc, i):
                    multi.append((self.rules[n][3], i, i + len(self.rules[n][0]), n))
        special: dict[int, list] = {}
        for match in multi:
            _order, start, end, n = match
            special.setdefault(Span(doc, start, end)[self.rules[n][2]].i, []).append(match)
        # what the one-token patterns set, written for the whole Doc at once
        values = [list(column) for column in doc.to_array(list(COLUMNS)).T.tolist()]
        for i, (_starts, _ids, columns, _rest) in enumerate(found):
            if i not in special:
                for k, value in columns:
                    values[k][i] = value
        doc.from_array(list(COLUMNS), numpy.array(values, dtype="uint64").T)
        for i, (_starts, ids, _columns, rest) in enumerate(found):
            if i not in special:
                if rest:
                    set_token_attrs(doc[i], rest)
                continue
            # the ruler's order: every match that sets this token, by pattern order
            matches = sorted(special[i] + [(self.rules[n][3], i, i + 1, n) for n in ids])
            for _order, start, end, n in matches:
                set_token_attrs(Span(doc, start, end)[self.rules[n][2]], self.rules[n][1])
        return doc


class CachedLemmas:
    """The rule lemmatizer's lemmas, computed once per (word, part of speech, morphology)
    by the lemmatizer itself; tokens that have a lemma already (set by the attribute
    rules) keep it, as with spaCy's lemmatizer when it does not overwrite."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = _with_set_index(lemmatizer)
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.cache.get(key)
            if found is None:
                found = self.cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def _with_set_index(lemmatizer):
    """A copy of ``lemmatizer`` whose ``lemma_index`` word lists are frozensets.  Its
    code only asks whether a form is in a list and whether the list is empty, which a
    set answers the same; the model's own tables are left as they are."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            table = {key: frozenset(words) for key, words in table.items()}
        # Table keys are already hashes: keep them as they are
        new = lookups.add_table(name)
        for key, value in table.items():
            new[key] = value
    fast = copy.copy(lemmatizer)
    fast.lookups = lookups
    fast.cache = {}
    fast.lemmatize = fast.rule_lemmatize  # the original's is bound to the original
    return fast


@Language.factory(NAME)
def make_attributes(nlp: Language, name: str) -> IndexedAttributes:
    return IndexedAttributes(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMAS)
def make_lemmas(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> None:
    """Put the indexed rules in place of the model's ``attribute_ruler`` and the cached
    lemmas in place of its rule ``lemmatizer`` (both kept, disabled, as the source of
    the patterns and the lemmas).  A model whose patterns use what the index does not
    handle keeps spaCy's ruler; a lemmatizer that is not rule-based, or that overwrites,
    stays."""
    if "attribute_ruler" in nlp.pipe_names and NAME not in nlp.pipe_names:
        try:
            IndexedAttributes(nlp.get_pipe("attribute_ruler"))
        except ValueError:
            pass
        else:
            nlp.add_pipe(NAME, after="attribute_ruler")
            nlp.disable_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names and LEMMAS not in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite:
            nlp.add_pipe(LEMMAS, after="lemmatizer")
            nlp.disable_pipe("lemmatizer")
