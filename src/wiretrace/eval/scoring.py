"""Span matching and precision/recall, independent of any corpus or model.

A gold item is a tuple of character stretches ("pieces": a mention's tokens may not be
contiguous, "bring ... back"); a predicted item is one ``(start, end)`` stretch.  Matching
is one-to-one: each gold item takes at most one prediction and the reverse.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

Pieces = tuple[tuple[int, int], ...]


def table_lines(path: Path | str, columns: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """The rows of a judgment table (tab-separated; blank lines and lines opening with
    ``#`` skipped) after its header, each as (line number, cells).  The header must be
    ``columns``."""
    header = None
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r").split("\t")
        if header is None:
            header = cells
            if tuple(header) != tuple(columns):
                raise InputError(f"the header row must be {' '.join(columns)}",
                                 where=f"{path}:{number}")
            continue
        yield number, cells


def split_halves(items: Sequence) -> tuple[list, list]:
    """A gold file's two halves, in the order given: the first half (rules are developed
    on it) and the rest (read only to measure before and after a change).  Every eval
    that splits its gold splits it here: PLOVER records in file order, judged stories by
    id."""
    middle = len(items) // 2
    return list(items[:middle]), list(items[middle:])


def alternate_halves(items: Sequence) -> tuple[list, list]:
    """Two halves taken in turns, in the order given: the items at even positions (the
    first half) and at odd ones.  For a folder whose names sort by source (TimeML: ABC,
    APW, ..., wsj), so that every source is in both halves."""
    return list(items[::2]), list(items[1::2])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        """Add one document: ``tp`` matches among ``n_pred`` predictions and ``n_gold``
        gold items."""
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    def as_dict(self) -> dict[str, float | int]:
        return prf(self.tp, self.fp, self.fn)


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Counts with precision, recall and F1 (0.0 where a ratio has no denominator)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def overlap(pieces: Pieces, start: int, end: int) -> int:
    """Characters ``[start, end)`` shares with ``pieces``."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in pieces)


def envelope(pieces: Pieces) -> tuple[int, int]:
    return pieces[0][0], pieces[-1][1]


def exact(pieces: Pieces, start: int, end: int) -> bool:
    """Strict match: the prediction starts and ends where the gold mention does."""
    return envelope(pieces) == (start, end)


def align(
    gold: Sequence[Pieces],
    pred: Sequence[tuple[int, int]],
    compatible: Callable[[int, int], bool] | None = None,
    strict: bool = False,
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, pred index)`` of overlapping items (or, with
    ``strict``, items with the same start and end).  ``compatible(gi, pi)`` may veto a
    pair.  Pairs are taken greedily, exact matches first, then by shared characters."""
    candidates = []
    for gi, pieces in enumerate(gold):
        for pi, (start, end) in enumerate(pred):
            shared = overlap(pieces, start, end)
            is_exact = exact(pieces, start, end)
            if (strict and not is_exact) or shared == 0:
                continue
            if compatible is not None and not compatible(gi, pi):
                continue
            candidates.append((not is_exact, -shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class Agreement:
    """Accuracy of one attribute over matched pairs, with a gold x predicted table."""

    correct: int = 0
    total: int = 0

    def __post_init__(self) -> None:
        self.table: Counter[tuple[str, str]] = Counter()

    def add(self, gold: str, predicted: str) -> None:
        self.total += 1
        self.correct += gold == predicted
        self.table[(gold, predicted)] += 1

    def as_dict(self) -> dict:
        confusion: dict[str, dict[str, int]] = {}
        for (g, p), n in sorted(self.table.items()):
            confusion.setdefault(g, {})[p] = n
        accuracy = self.correct / self.total if self.total else 0.0
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(accuracy, 4), "confusion": confusion}


@dataclass
class Clustering:
    """Within-document clustering of matched mentions against gold: B-cubed (Bagga and
    Baldwin 1998) and MUC (Vilain et al. 1995), summed over documents.  Each ``add`` is
    one document's matched mentions as (gold cluster, predicted cluster) pairs."""

    b3_p: float = 0.0  # sums of per-mention precision and recall
    b3_r: float = 0.0
    mentions: int = 0
    muc_r: tuple[int, int] = (0, 0)  # numerator, denominator
    muc_p: tuple[int, int] = (0, 0)

    def add(self, pairs: Sequence[tuple[str, str]]) -> None:
        gold: dict[str, set[int]] = {}
        pred: dict[str, set[int]] = {}
        for i, (g, p) in enumerate(pairs):
            gold.setdefault(g, set()).add(i)
            pred.setdefault(p, set()).add(i)
        for g, p in pairs:
            shared = len(gold[g] & pred[p])
            self.b3_p += shared / len(pred[p])
            self.b3_r += shared / len(gold[g])
        self.mentions += len(pairs)
        self.muc_r = _muc(self.muc_r, gold, pred)
        self.muc_p = _muc(self.muc_p, pred, gold)

    def as_dict(self) -> dict[str, dict[str, float] | int]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        n = self.mentions or 1
        b3 = (self.b3_p / n, self.b3_r / n)
        muc = tuple(num / den if den else 0.0 for num, den in (self.muc_p, self.muc_r))
        return {"mentions": self.mentions,
                **{name: {"precision": round(p, 4), "recall": round(r, 4),
                          "f1": round(f1(p, r), 4)}
                   for name, (p, r) in (("bcubed", b3), ("muc", muc))}}


def _muc(total: tuple[int, int], keys: dict[str, set[int]],
         responses: dict[str, set[int]]) -> tuple[int, int]:
    """Add one document's MUC counts: for each key cluster, its size less the number of
    response clusters it is split into, over its size less one."""
    where = {i: name for name, members in responses.items() for i in members}
    num, den = total
    for members in keys.values():
        num += len(members) - len({where[i] for i in members})
        den += len(members) - 1
    return num, den


def judged_listings(result: dict, show: tuple[str, ...], sections: Sequence[tuple[str, str]],
                    describe: Callable[[dict, str], list[str]]) -> list[str]:
    """The lines listing a hand-judged scorer's items of the halves in ``show``: per
    ``(title, key)`` of ``sections``, a heading with the count, then ``describe(item, key)``
    for each item of ``result[key]`` (sections with no item are left out)."""
    lines = []
    for title, key in sections:
        items = [i for i in result[key] if i["half"] in show]
        if not items:
            continue
        lines.append(f"{title} ({len(items)}, halves {'/'.join(show)}):")
        for item in items:
            lines.extend(describe(item, key))
    return lines
