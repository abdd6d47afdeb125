"""Score wiretrace's reading of HTML pages against the article-extraction benchmark's
ground truth (``wiretrace eval extraction``; docs/quality.md).

Two measures per page, over the pages of ``../shared/eval/article-extraction``:

* **Extraction**: the body wiretrace extracts (``wiretrace.read.html.from_html``, without
  the headline line the reader puts first) against the ground truth's ``articleBody``,
  counted as the benchmark's own evaluation counts (scrapinghub/article-extraction-benchmark,
  ``evaluate.py``): texts are split into word tokens (``\\w+``), shingles of 4 tokens are
  matched as multisets, a page's true-positive / false-positive / false-negative shingle
  counts are normalised to sum to one, precision and recall are the means over the pages
  (pages where they are undefined left out) and F1 is taken from the two means.  The same
  is given for the text the analysis reads (the cleaner's marked stretches left out).
* **Marking**: which of the body's word characters the cleaner (``wiretrace.clean``)
  marks.  A token is in the ground truth when a shingle holding it is a ground-truth
  shingle.  *Wrongly marked*: marked characters that are in the ground truth (as a share of
  the ground-truth characters of the bodies: should stay near zero); *left unmarked*:
  characters not in the ground truth that no mark covers (as a share of all such
  characters: how much page furniture the analysis still reads).

Halves: the pages in file-name order, less the pages of the web check set
(:func:`wiretrace.eval.web_pages.pick`, which are in neither half), split in two
(:func:`wiretrace.eval.scoring.split_halves`): the first half to develop on, the second to
check."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from statistics import mean

from ..errors import InputError
from .scoring import split_halves
from .web_pages import body_start, ground_truth, page_id, pages, pick, read_page

HALVES = ("first", "second")
SHINGLE = 4  # tokens per shingle, as the benchmark's evaluation
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[re.Match[str]]:
    """The word tokens of ``text`` as the benchmark counts them (``\\w+``)."""
    return list(_TOKEN.finditer(text or ""))


def shingles(words: Sequence[str], n: int = SHINGLE) -> Counter:
    """The shingles of ``words`` (runs of ``n`` tokens; one shorter run when there are
    fewer than ``n`` tokens), counted."""
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))
                   if words[i:i + n])


def match(truth: str, predicted: str) -> tuple[float, float, float]:
    """A page's true-positive, false-positive and false-negative shingles, normalised to
    sum to one (all zero when both texts are empty)."""
    gold = shingles([m.group() for m in tokens(truth)])
    pred = shingles([m.group() for m in tokens(predicted)])
    tp = fp = fn = 0
    for key in gold.keys() | pred.keys():
        g, p = gold.get(key, 0), pred.get(key, 0)
        tp, fp, fn = tp + min(g, p), fp + max(0, p - g), fn + max(0, g - p)
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summary(counts: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    """Precision and recall averaged over the pages, and their F1."""
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p, r = (mean(ps) if ps else 0.0), (mean(rs) if rs else 0.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "pages": len(counts)}


def in_truth(truth: str, text: str) -> list[tuple[int, int, bool]]:
    """Each word token of ``text`` as (start, end, whether a shingle holding it is a
    ground-truth shingle)."""
    found = tokens(text)
    words = [m.group() for m in found]
    n = min(SHINGLE, len(words)) or 1
    gold = set(shingles([m.group() for m in tokens(truth)], n))
    hit = [False] * len(found)
    for i in range(max(1, len(words) - n + 1)):
        if tuple(words[i:i + n]) in gold:
            for j in range(i, min(i + n, len(words))):
                hit[j] = True
    return [(m.start(), m.end(), h) for m, h in zip(found, hit)]


def marking(truth: str, text: str, marked: Sequence[tuple[int, int]],
            start: int = 0) -> dict[str, int]:
    """Word characters of ``text[start:]`` by whether they are in the ground truth and
    whether a stretch of ``marked`` covers them."""
    out = Counter({"truth_chars": 0, "truth_marked": 0, "other_chars": 0, "other_unmarked": 0})
    spans = sorted(marked)
    for lo, hi, hit in in_truth(truth, text[start:]):
        lo, hi = lo + start, hi + start
        covered = any(s < hi and lo < e for s, e in spans)
        if hit:
            out["truth_chars"] += hi - lo
            out["truth_marked"] += (hi - lo) if covered else 0
        else:
            out["other_chars"] += hi - lo
            out["other_unmarked"] += 0 if covered else hi - lo
    return dict(out)


def unmarked_text(text: str, marked: Sequence[tuple[int, int]], start: int = 0) -> str:
    """``text[start:]`` with the marked stretches left out (a line break in their place)."""
    parts, at = [], start
    for s, e in sorted(marked):
        if e <= at:
            continue
        parts.append(text[at:max(at, s)])
        parts.append("\n")
        at = max(at, e)
    parts.append(text[at:])
    return "".join(parts)


def selected(directory: str | Path, half: str | None = None) -> list[Path]:
    """The pages scored: all but the web check set's, in file-name order, or one half."""
    if half not in (None, *HALVES):
        raise InputError(f"unknown half {half!r} (known: {', '.join(HALVES)})")
    held = {p.name for p in pick(directory)}
    kept = [p for p in pages(directory) if p.name not in held]
    if half is None:
        return kept
    return split_halves(kept)[HALVES.index(half)]


def evaluate(directory: str | Path, half: str | None = None,
             limit: int | None = None) -> dict:
    """Extraction and marking scores over the pages (see the module's docstring)."""
    from ..clean import clean

    root = Path(directory)
    if not (root / "ground-truth.json").is_file() or not (root / "html").is_dir():
        raise InputError("not an article-extraction folder (html/ and ground-truth.json)",
                         where=str(root))
    truth = ground_truth(root)
    chosen = selected(root, half)
    chosen = chosen[:limit] if limit else chosen
    extracted, read, marks, rows = [], [], Counter(), []
    for path in chosen:
        gold = truth.get(page_id(path), {}).get("articleBody") or ""
        try:
            article = clean(read_page(path))
        except InputError:  # no text found: an empty extraction
            extracted.append(match(gold, ""))
            read.append(match(gold, ""))
            rows.append({"page": page_id(path), "error": "no text"})
            continue
        start = body_start(article)
        spans = [(r.start, r.end) for r in article.removed]
        extracted.append(match(gold, article.text[start:]))
        read.append(match(gold, unmarked_text(article.text, spans, start)))
        page_marks = marking(gold, article.text, spans, start)
        marks.update(page_marks)
        rows.append({"page": page_id(path), "precision": _precision(*extracted[-1]),
                     "recall": _recall(*extracted[-1]), **page_marks})
    return {
        "pages": len(chosen), "half": half or "all",
        "extracted": summary(extracted), "read": summary(read),
        "marking": {**dict(marks),
                    "wrongly_marked": marks["truth_marked"] / marks["truth_chars"]
                    if marks["truth_chars"] else 0.0,
                    "left_unmarked": marks["other_unmarked"] / marks["other_chars"]
                    if marks["other_chars"] else 0.0},
        "by_page": rows,
    }


def render(result: dict) -> str:
    m = result["marking"]
    lines = [f"Article extraction, {result['pages']} pages (half: {result['half']}; the web "
             "check set's pages left out)"]
    for key, label in (("extracted", "extracted body"), ("read", "read (marks left out)")):
        s = result[key]
        lines.append(f"  {label:<22} P {s['precision']:.3f}  R {s['recall']:.3f}  "
                     f"F1 {s['f1']:.3f}")
    lines.append(f"  wrongly marked: {m['truth_marked']} of {m['truth_chars']} ground-truth "
                 f"characters ({m['wrongly_marked']:.4f})")
    lines.append(f"  left unmarked: {m['other_unmarked']} of {m['other_chars']} characters "
                 f"not in the ground truth ({m['left_unmarked']:.3f})")
    return "\n".join(lines)
