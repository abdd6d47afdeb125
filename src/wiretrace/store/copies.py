"""Near-copies: articles that re-use another's body text (wire copy re-published by many
outlets, often with a new headline, the last paragraphs trimmed, the dateline dropped and
a credit line added).  Reuse is measured as **containment**: the share of the shorter
body's word 5-shingles found in the other's (the body is the article text less its marked
non-body stretches).  MinHash signatures in an LSH index with a low threshold find the
candidates (a trimmed copy's Jaccard similarity is far below its containment: 0.72
against 0.97 on the test scenario); the exact containment is then counted on the
candidates' shingles, and at least ``CONTAINMENT`` makes a copy.  Each event mention of a
copy is *copied* when most of its sentence's shingles are in the source (a partial copy's
own reporting is its own)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from itertools import chain

import numpy as np
from datasketch import MinHash

from ..model import Article, Report

NUM_PERM = 128
SHINGLE = 5
CONTAINMENT = 0.8  # share of the shorter body's shingles found in the other: a copy
MIN_SHARED = 12  # and at least this many shingles shared (two short briefs are no copies)
SENTENCE_COPIED = 0.5  # a mention is copied when this share of its sentence is in the source
CANDIDATES = 0.2  # LSH threshold (estimated Jaccard): low, so that trimmed copies are found
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only comparable
# with signatures made the same way
WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def body_text(article: Article) -> str:
    """The text with its marked non-body stretches blanked (offsets kept)."""
    return stored_body(article.text, removed_of(article))


def body_words(article: Article) -> list[str]:
    return _words(body_text(article))


def shingles(words: list[str]) -> set[str]:
    """Word 5-shingles; a text of fewer words is one shingle."""
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))
            if words}


def containment(a: set[str], b: set[str]) -> float:
    """The share of the smaller set found in the other."""
    small, large = sorted((a, b), key=len)
    return len(small & large) / len(small) if small else 0.0


def share_in(part: set[str], source: set[str]) -> float:
    """The share of ``part`` found in ``source``."""
    return len(part & source) / len(part) if part else 0.0


def sentence_share(text: str, start: int, end: int, source: set[str]) -> float:
    """The share of one sentence's shingles (``text[start:end]`` of a body text) found in
    a source's shingles."""
    return share_in(shingles(_words(text[start:end])), source)


def removed_spans(report_json: str) -> list[tuple[int, int]]:
    """The (start, end) of each ``article.removed`` stretch of a stored Report, read
    without parsing a Report that has none (parsing whole Reports was most of the time
    spent on copy candidates: 4.6 ms each for a VOA story).  No other object of a Report
    has a ``removed`` key, and inside a JSON string a quotation mark is escaped, so the
    compact ``"removed":[]`` is the article's."""
    if '"removed":[]' in report_json or '"removed":' not in report_json:
        return []
    return [(r["start"], r["end"])
            for r in json.loads(report_json)["article"].get("removed") or []]


def removed_of(article: Article) -> list[tuple[int, int]]:
    """The (start, end) of each of the article's removed stretches."""
    return [(r.start, r.end) for r in article.removed]


def removed_json(spans: list[tuple[int, int]]) -> str | None:
    """``articles.removed``: removed stretches as JSON ``[[start, end], ...]``, null when
    there are none; what :func:`stored_body` blanks."""
    return json.dumps([list(s) for s in spans]) if spans else None


def stored_body(text: str, removed: str | list | None) -> str:
    """``text`` with its removed stretches blanked, offsets kept (:func:`body_text`): the
    stretches as pairs (:func:`removed_of`, :func:`removed_spans`) or as
    ``articles.removed`` stores them."""
    spans = json.loads(removed) if isinstance(removed, str) else removed
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def copied_events(report: Report, source: set[str]) -> set[str]:
    """The events of a copy whose sentence comes from its source: most of the sentence's
    shingles are there (``SENTENCE_COPIED``), or the sentence is in the headline (the
    first line of a text of several), which re-words the story it heads."""
    text = body_text(report.article)
    lines = report.article.text.strip().split("\n")
    head_end = (len(report.article.text) - len(report.article.text.lstrip())
                + len(lines[0])) if len(lines) > 1 else -1
    return {ev.id for ev in report.events
            if ev.sentence.start < head_end
            or sentence_share(text, ev.sentence.start, ev.sentence.end, source)
            >= SENTENCE_COPIED}


@dataclass
class Reuse:
    """What :meth:`Store._reuse` found for a new article: the stored article it copies
    (None: none) with the share of its body found there and the source's shingles, and
    stored articles published later that copy it (with their shingles)."""

    copy_of: str | None = None
    share: float | None = None
    source_grams: set[str] = field(default_factory=set)
    later: dict[str, set[str]] = field(default_factory=dict)


def signature(article: Article) -> MinHash:
    return signature_of(shingles(body_words(article)))


def signature_of(grams: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in grams if s])
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def stored_values(data: bytes) -> np.ndarray:
    """A stored signature's values (:func:`to_bytes`), without making a MinHash; values
    of 32 bits or more are no ``affine32`` signature's."""
    values = np.frombuffer(data, dtype=np.uint64)
    if len(values) != NUM_PERM or int(values.max()) >> 32:
        raise ValueError(f"not a stored {SCHEME} signature of {NUM_PERM} values")
    return values


# A candidate is measured unless its signature rules it out: two bodies of which one is a
# copy of the other share at least ``CONTAINMENT`` of the smaller's shingles (and
# ``MIN_SHARED``), so their Jaccard similarity is at least ``_least_jaccard`` of their
# sizes, and the share of MinHash values two signatures have in common is drawn around
# their Jaccard similarity (binomially, over ``NUM_PERM`` values).  A candidate is dropped
# when that many agreeing values or fewer has a probability under ``RULED_OUT`` for a pair
# that similar: a copy is lost that way about once in 10^9 copies; a story that merely
# shares names and event words with another (Jaccard 0.05-0.15, LSH finds it at 0.2) is no
# longer read back and shingled to be measured.
RULED_OUT = 1e-9


def _least_jaccard(a: int, b: int) -> float:
    """The least Jaccard similarity of two shingle sets of sizes ``a`` and ``b`` when one
    is a copy of the other (containment and shared shingles as a copy needs)."""
    small = min(a, b)
    shared = max(CONTAINMENT * small, MIN_SHARED)
    if shared > small:
        return 1.0  # a body this short is nobody's copy: any agreement keeps it (see below)
    return shared / (a + b - shared)


def _binomial_cdf(k: int, n: int, p: float) -> float:
    if p <= 0:
        return 1.0
    if p >= 1:
        return 0.0 if k < n else 1.0
    lp, lq = math.log(p), math.log1p(-p)
    return sum(math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1)
                       + i * lp + (n - i) * lq) for i in range(k + 1))


@cache
def _fewest(per_mille: int) -> int:
    """The most agreeing MinHash values (of ``NUM_PERM``) that rule out a pair of Jaccard
    similarity ``per_mille`` / 1000 or more: -1 when none does."""
    p = per_mille / 1000
    k = -1
    while k + 1 < NUM_PERM and _binomial_cdf(k + 1, NUM_PERM, p) < RULED_OUT:
        k += 1
    return k


def could_copy(agree: int, size: int, other: int | None) -> bool:
    """Whether two bodies whose signatures agree on ``agree`` of ``NUM_PERM`` values may be
    a copy one of the other, given their sizes in shingles (``other`` None: not known, so
    it may).  The least similarity a copy has is rounded down to a thousandth, which only
    keeps more candidates."""
    if other is None or not size or not other:
        return True
    if min(size, other) < MIN_SHARED:
        return True  # measured as before (it cannot be a copy; the count says so)
    return agree > _fewest(int(_least_jaccard(size, other) * 1000))


def day(published: str | None) -> str:
    return (published or "9999")[:10]


# The LSH bands: what datasketch's ``MinHashLSH(threshold=CANDIDATES, num_perm=NUM_PERM)``
# chooses (its ``_optimal_param``, false positives and negatives weighted alike): 28 bands
# of 2 values, so two bodies of Jaccard similarity 0.2 share a band with probability
# 1 - (1 - 0.2^2)^28 = 0.68, and 0.4 with 0.99.  A test checks them against datasketch.
BANDS, ROWS = 28, 2


class Bands:
    """The band tables: for each band, the rows of the stored signatures whose band holds a
    given pair of values.  Most band values belong to one article, so a dict of lists per
    band cost some 190 bytes an article a band (about 530 MB at 100,000 articles).  Here
    all bands are one array of keys in sorted order with the rows beside it (12 bytes an
    article a band), looked up by binary search, all bands at once.  A key is the band's
    number in its top 5 bits and, in the rest, the band's two 32-bit values read as one
    64-bit number less its 5 lowest bits; rows found that way are checked against the
    signatures' own values, so a look-up finds exactly the rows that share a band.  The
    keys of the articles added since the last merge wait in a dict; they are merged into
    the arrays once they come from ``MERGE_AT`` articles or a sixteenth of the merged
    ones, whichever is more, so a merge's sort is paid for by the adds that made it."""

    MERGE_AT = 1024
    _BAND = np.arange(BANDS, dtype=np.uint64) << np.uint64(59)

    def __init__(self) -> None:
        self.keys = np.empty(0, dtype=np.uint64)
        self.rows = np.empty(0, dtype=np.int32)
        self.recent: dict[int, list[int]] = {}
        self.waiting = 0  # articles among the recent keys

    @classmethod
    def key(cls, pairs: np.ndarray) -> np.ndarray:
        """Each band's key from its values read as one 64-bit number."""
        return cls._BAND | (pairs >> np.uint64(5))

    def add(self, pairs: np.ndarray, row: int) -> None:
        for k in self.key(pairs).tolist():
            self.recent.setdefault(k, []).append(row)
        self.waiting += 1
        if self.waiting >= max(self.MERGE_AT, len(self.keys) // BANDS // 16):
            self.merge()

    def merge(self) -> None:
        count = self.waiting * BANDS  # each article adds one key a band
        keys = np.fromiter(chain.from_iterable([k] * len(v) for k, v in self.recent.items()),
                           dtype=np.uint64, count=count)
        rows = np.fromiter(chain.from_iterable(self.recent.values()), dtype=np.int32,
                           count=count)
        keys, rows = np.concatenate([self.keys, keys]), np.concatenate([self.rows, rows])
        order = np.argsort(keys, kind="stable")
        self.keys, self.rows = keys[order], rows[order]
        self.recent, self.waiting = {}, 0

    def find(self, pairs: np.ndarray, values: np.ndarray) -> np.ndarray:
        """The rows whose signature (a row of ``values``) shares a band with ``pairs``, each
        once."""
        keys = self.key(pairs)
        lo = np.searchsorted(self.keys, keys, side="left")
        hi = np.searchsorted(self.keys, keys, side="right")
        band = np.repeat(np.arange(BANDS), hi - lo)
        at = np.repeat(hi - (hi - lo).cumsum(), hi - lo) + np.arange(len(band))
        recent = [(i, found) for i, k in enumerate(keys.tolist())
                  if (found := self.recent.get(k))]
        rows = np.concatenate([self.rows[at], *(np.asarray(f, dtype=np.int32)
                                                for _, f in recent)]).astype(np.int64)
        band = np.concatenate([band, *(np.full(len(f), i) for i, f in recent)])
        if not len(rows):
            return rows
        theirs = np.ascontiguousarray(values[rows, :BANDS * ROWS]).view(np.uint64)
        same = theirs[np.arange(len(rows)), band] == pairs[band]
        return np.unique(rows[same])


class CopyIndex:
    """The LSH index of every stored article's signature, with what tells which of several
    copies is the source: its publication day, its outlet and the wire it credits (an
    outlet that is a wire, or the wire another copy credits, publishes the source),
    whether it is itself a copy, and the order it was stored in.

    The signatures are rows of one array (32-bit values: the ``affine32`` scheme's), and
    the band tables (:class:`Bands`) map the bands' values to row numbers, so a look-up
    gathers the candidates' rows and counts their agreement with the new signature in one
    step.  The number of candidates grows with the store (stories that share names and phrasing
    with many stored ones); done this way a candidate costs a few hundred nanoseconds
    instead of a few microseconds of Python per MinHash object, and loading the index
    makes no MinHash objects."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.row: dict[str, int] = {}
        self.values = np.zeros((1024, NUM_PERM), dtype=np.uint32)
        self.sizes = np.zeros(1024, dtype=np.int64)  # shingles of each body (-1: not known)
        self.bands = Bands()
        self.order: dict[str, Entry] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.row

    @staticmethod
    def _values(m) -> np.ndarray:
        """A signature's values as 32-bit numbers (a MinHash, or its stored values)."""
        return np.asarray(getattr(m, "hashvalues", m), dtype=np.uint32)

    @staticmethod
    def _pairs(values: np.ndarray) -> np.ndarray:
        """Each band's values (ROWS of them, 2) read as one 64-bit number."""
        return np.ascontiguousarray(values[:BANDS * ROWS]).view(np.uint64)

    def add(self, article_id: str, m, published: str | None,
            copy_of: str | None, outlet: str | None = None, wire: str | None = None,
            size: int | None = None) -> None:
        if article_id in self.row:
            return
        n = len(self.ids)
        if n == len(self.sizes):  # grow by half again
            grown = n + n // 2
            self.values = np.resize(self.values, (grown, NUM_PERM))
            self.sizes = np.resize(self.sizes, grown)
        values = self._values(m)
        self.values[n] = values
        self.sizes[n] = -1 if size is None else size
        self.bands.add(self._pairs(values), n)
        self.ids.append(article_id)
        self.row[article_id] = n
        self.order[article_id] = Entry(day(published), outlet, wire, copy_of is not None, n)

    def candidates(self, m, size: int | None = None) -> list[str]:
        """Stored articles that may share text with this signature (to be measured): those
        that share a band with it, less those whose signatures agree too little for a copy
        (:func:`could_copy`, here on every candidate at once; needs the body's ``size`` in
        shingles).  In the order of their ids."""
        values = self._values(m)
        rows = self.bands.find(self._pairs(values), self.values)
        if size is not None and len(rows):
            rows = rows[self._could_copy(rows, values, size)]
        return sorted(self.ids[r] for r in rows)

    def _could_copy(self, rows: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
        """:func:`could_copy` for each row, as a mask (the same arithmetic, vectorized)."""
        if not size:
            return np.ones(len(rows), dtype=bool)
        agree = np.count_nonzero(self.values[rows] == values, axis=1)
        other = self.sizes[rows]
        small = np.minimum(size, other)
        shared = np.maximum(CONTAINMENT * small, MIN_SHARED)
        with np.errstate(divide="ignore", invalid="ignore"):
            least = np.where(shared > small, 1.0, shared / (size + other - shared))
        measured = (other > 0) & (small >= MIN_SHARED)
        per_mille, at = np.unique(np.where(measured, least * 1000, 0).astype(np.int64),
                                  return_inverse=True)
        fewest = np.array([_fewest(int(pm)) for pm in per_mille], dtype=np.int64)[at]
        return ~measured | (agree > fewest)

    def source(self, ids: list[str], new: Entry) -> str | None:
        """Of stored articles sharing text with a new one, the source: published first;
        the same day, one published by a wire (a listed agency, or the wire one of them
        credits), then one that is no copy itself, then the one stored first.  None when
        the new article comes first by these rules."""
        wires = {w for w in [new.wire, *(self.order[i].wire for i in ids)] if w}
        best = min(ids, key=lambda i: self.order[i].key(wires))
        return best if self.order[best].key(wires) < new.key(wires) else None


@dataclass
class Entry:
    """What orders copies (:meth:`CopyIndex.source`)."""

    day: str
    outlet: str | None
    wire: str | None
    is_copy: bool
    stored: int

    def key(self, wires: set[str]) -> tuple:
        from ..clean import wire_name
        from .linking import outlet_key

        by_wire = bool(self.outlet) and (wire_name(self.outlet) is not None or outlet_key(
            self.outlet) in {outlet_key(w) for w in wires})
        return (self.day, not by_wire, self.is_copy, self.stored)
