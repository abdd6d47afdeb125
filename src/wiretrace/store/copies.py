"""Near-copies: articles whose body text is nearly the same (wire copies re-published by
many outlets).  MinHash signatures over word 5-shingles of the body (the article text less
its marked non-body stretches), an LSH index over the stored signatures to find
candidates, and an estimated Jaccard similarity of at least ``THRESHOLD`` makes a copy."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..model import Article

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8  # estimated Jaccard of two copies
CANDIDATES = 0.5  # LSH threshold: generous, so that copies near THRESHOLD are not missed
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only comparable
# with signatures made the same way
WORD = re.compile(r"\w+")


def body_words(article: Article) -> list[str]:
    text = article.text
    if article.removed:
        chars = list(text)
        for r in article.removed:
            chars[r.start:r.end] = " " * (r.end - r.start)
        text = "".join(chars)
    return [w.lower() for w in WORD.findall(text)]


def signature(article: Article) -> MinHash:
    words = body_words(article)
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles if s])
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME,
                   hashvalues=np.frombuffer(data, dtype=np.uint64))


class CopyIndex:
    """The LSH index of every stored article's signature, with what tells which of several
    copies is the original: whether it is itself a copy, and its publication date."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=CANDIDATES, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}
        self.order: dict[str, tuple[bool, str, str]] = {}

    def add(self, article_id: str, m: MinHash, published: str | None,
            copy_of: str | None) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, m)
            self.signatures[article_id] = m
            self.order[article_id] = (copy_of is not None, published or "9999", article_id)

    def earliest(self, ids: list[str]) -> str:
        """Of stored articles, the one a new copy of them all points at: one that is no
        copy itself, published first (then by id)."""
        return min(ids, key=self.order.__getitem__)

    def copies_of(self, m: MinHash) -> list[tuple[str, float]]:
        """Stored articles this signature nearly copies, with their estimated Jaccard."""
        out = []
        for key in self.lsh.query(m):
            j = m.jaccard(self.signatures[key])
            if j >= THRESHOLD:
                out.append((key, j))
        return sorted(out, key=lambda x: -x[1])
