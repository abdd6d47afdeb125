"""Attribution scored against PolNeAR (Political News Attribution Relations corpus).

PolNeAR (Newell, Margolin and Ruths 2018; github.com/networkdynamics/PolNeAR) annotates
the attributions of 1,008 articles of 2016 US campaign news: each has a cue, a content
and (mostly) a source, as brat standoff (``attributions/NAME_ANNOTATOR.ann``) over the
article's text (``text/NAME.txt``).  The corpus states no license: it is read in place
from a local path and nothing of it is kept in this repository.

A split folder (``data/dev``, ``data/train``) holds ``text/`` and ``attributions/``.  An
article that several annotators annotated (the agreement articles) is scored against one
annotation: the first annotator's file in name order.

Predicted records: wiretrace's quotes grouped by their cue span (a quote without a cue is
no record: every PolNeAR attribution has a cue).  A record's content is the union of the
spans of the quotes sharing that cue, its source the quote's speaker.  The naive baseline
(``baseline="verbs"``) makes one record per reporting verb (``VERB_LEMMAS``) that has a
clausal complement: the verb is the cue, its nominal subject the source, its clausal
complement the content.

Scores (docs/quality.md, "PolNeAR"):

* **cue**: gold cue spans against predicted cue spans, one to one
  (:func:`scoring.align`).  ``overlap``: the two share a character; ``strict``: the same
  start and end.  Gold attributions without a cue are left out (``gold_without_cue``).
* **content**: on the pairs matched by cue (overlap), the word-token F1 of the predicted
  content against the gold content (word tokens: runs of letters and digits; punctuation
  and quotation marks do not count), averaged over the matched pairs whose gold
  attribution has a content (``content.f1``); beside it the same counts summed over those
  pairs (``content.micro``) and, over the whole text, the word tokens inside any
  predicted content against those inside any gold content (``content_tokens``).
* **source**: on the pairs matched by cue whose gold attribution has a source, the
  predicted source is right when one of its mentions, or a mention of the entity it
  names, overlaps the gold source span ("he said" is right when "he" is a mention of the
  person's source or entity).  A record without a source is wrong.  ``source.strict``:
  one of those stretches starts and ends where the gold source does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .scoring import Counts, Pieces, align, overlap

BASELINES = ("verbs",)

# The naive baseline's reporting verbs (lemmas).
VERB_LEMMAS = frozenset("""
say tell add state claim announce report note explain argue write insist warn suggest
believe think acknowledge admit deny confirm reply respond declare predict promise contend
assert maintain recall estimate reveal indicate ask agree complain urge allege stress
""".split())

PRONOUNS = frozenset("i you he she it we they me him her us them who that this one".split())
WORD = re.compile(r"\w+")
EXAMPLES = 25  # examples kept per error class


# ----------------------------------------------------------------------------- reading

@dataclass(frozen=True)
class Attribution:
    """One gold attribution: each part a tuple of character stretches, empty when the
    annotation has no such part."""

    id: str
    cue: Pieces = ()
    content: Pieces = ()
    source: Pieces = ()


@dataclass
class PolnearDoc:
    name: str
    text: str
    attributions: list[Attribution]
    annotator: str | None = None

    @property
    def published(self) -> str | None:
        """The date in the file name (``nyt_2016-10-02_...``)."""
        parts = self.name.split("_")
        return parts[1] if len(parts) > 1 and re.fullmatch(r"\d{4}-\d\d-\d\d", parts[1]) else None


def _pieces(spans: str) -> Pieces:
    """``"315 448;463 553"`` -> ``((315, 448), (463, 553))``."""
    out = []
    for part in spans.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(sorted(out))


def read_ann(ann: str, name: str = "") -> list[Attribution]:
    """The attributions of one brat ``.ann`` file: text-bound annotations (``T``) joined by
    their event lines (``E``: ``Attribution:T4 Content:T3 Cue:T2 Source:T1``; a second
    content stretch is ``Content2``; ``Attribution-no-source`` has no source).  Other
    lines (Discard, Discuss, notes) are ignored."""
    spans: dict[str, Pieces] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for n, line in enumerate(ann.splitlines(), 1):
        fields = line.split("\t")
        if not fields[0] or len(fields) < 2:
            continue
        try:
            if fields[0].startswith("T"):
                label, _, where = fields[1].partition(" ")
                spans[fields[0]] = _pieces(where)
            elif fields[0].startswith("E"):
                roles: dict[str, list[str]] = {}
                for arg in fields[1].split():
                    role, _, ref = arg.partition(":")
                    roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
                events.append((fields[0], roles))
        except ValueError as exc:
            raise InputError(f"line {n}: cannot read {line!r} ({exc})", where=name) from exc
    def part(roles: dict[str, list[str]], role: str) -> Pieces:
        return tuple(sorted(p for ref in roles.get(role, []) for p in spans.get(ref, ())))

    return [Attribution(eid, cue=part(roles, "Cue"), content=part(roles, "Content"),
                        source=part(roles, "Source")) for eid, roles in events]


HALVES = ("first", "second")


def split_files(directory: Path | str, limit: int | None = None,
                half: str | None = None) -> list[tuple[Path, Path]]:
    """``(text file, annotation file)`` per article of a split folder, in name order; the
    first annotator's file where there are several.  ``half``: only the first half of
    the articles in name order (``"first"``, the first ``n // 2``) or the rest
    (``"second"``), before ``limit`` takes its first articles."""
    if half not in (None, *HALVES):
        raise ValueError(f"unknown half {half!r} (known: {', '.join(HALVES)})")
    directory = Path(directory)
    texts, anns = directory / "text", directory / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise InputError("not a PolNeAR split folder (no text/ and attributions/ in it)",
                         where=str(directory))
    chosen: dict[str, Path] = {}
    for ann in sorted(anns.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    pairs = [(texts / f"{name}.txt", ann) for name, ann in sorted(chosen.items())
             if (texts / f"{name}.txt").is_file()]
    if half is not None:
        middle = len(pairs) // 2
        pairs = pairs[:middle] if half == "first" else pairs[middle:]
    return pairs[:limit]


def read_document(text_path: Path, ann_path: Path) -> PolnearDoc:
    name = text_path.stem
    text = text_path.read_text(encoding="utf-8")
    annotator = ann_path.stem.rsplit("_", 1)[1] if "_" in ann_path.stem else None
    return PolnearDoc(name, text, read_ann(ann_path.read_text(encoding="utf-8"), name),
                      annotator)


# ------------------------------------------------------------------------- predictions

@dataclass(frozen=True)
class Record:
    """One predicted attribution.  ``source`` holds every stretch that stands for the
    predicted source (its mentions and its entity's); ``source_text`` names it."""

    cue: tuple[int, int]
    content: Pieces = ()
    source: Pieces = ()
    source_text: str | None = None


def _merge(spans) -> Pieces:
    return tuple(sorted(set(spans)))


def univocal(records: list[Record]) -> list[Record]:
    """The records PolNeAR's one-label-per-token annotation can hold: a record whose cue
    lies inside another record's content is left out ("Ana said the mayor *plans*
    to go": PolNeAR marks the outer attribution only, and "plans" is part of its
    content)."""
    pieces = [p for r in records for p in r.content]
    return [r for r in records if not any(
        s <= r.cue[0] and r.cue[1] <= e and (s, e) not in r.content for s, e in pieces)]


def from_report(report) -> list[Record]:
    """wiretrace's records: quotes grouped by cue span (all of them, nested ones too;
    :func:`univocal` keeps those PolNeAR's scheme can hold)."""
    sources = {s.id: s for s in report.sources}
    entities = {e.id: e for e in report.entities}
    by_cue: dict[tuple[int, int], list] = {}
    for q in report.quotes:
        if q.cue is not None:
            by_cue.setdefault((q.cue.start, q.cue.end), []).append(q)
    records = []
    for cue, quotes in sorted(by_cue.items()):
        # a refusal ("declined to comment") is a record whose span is its cue: no content
        content = _merge((q.start, q.end) for q in quotes if (q.start, q.end) != cue)
        speaker = next((sources.get(q.speaker) for q in quotes if q.speaker), None)
        spans: list[tuple[int, int]] = []
        name = None
        if speaker is not None:
            name = speaker.name
            spans += [(m.start, m.end) for m in speaker.mentions]
            entity = entities.get(speaker.entity_id) if speaker.entity_id else None
            if entity is not None:
                spans += [(m.start, m.end) for m in entity.mentions]
        records.append(Record(cue, content, _merge(spans), name))
    return records


def _subtree_span(token) -> tuple[int, int]:
    left, right = token.left_edge, token.right_edge
    return left.idx, right.idx + len(right.text)


def from_spacy(doc) -> list[Record]:
    """The naive baseline: a reporting verb with a clausal complement."""
    records = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in VERB_LEMMAS:
            continue
        comps = [c for c in token.children if c.dep_ == "ccomp"]
        if not comps:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        source = (_subtree_span(subject),) if subject is not None else ()
        records.append(Record(
            (token.idx, token.idx + len(token.text)),
            _merge(_subtree_span(c) for c in comps),
            source,
            doc.text[source[0][0]:source[0][1]] if source else None))
    return records


# ----------------------------------------------------------------------------- scoring

class _Words:
    """The word tokens of a text, to turn character stretches into token sets."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def of(self, pieces: Pieces) -> set[int]:
        out: set[int] = set()
        for s, e in pieces:
            # tokens that share a character with [s, e)
            out.update(range(bisect_right(self.ends, s), bisect_left(self.starts, e)))
        return out


def _f1(shared: int, pred: int, gold: int) -> float:
    return 2 * shared / (pred + gold) if pred + gold else 0.0


def _snippet(text: str, pieces: Pieces, width: int = 60) -> str:
    if not pieces:
        return ""
    s, e = pieces[0][0], pieces[-1][1]
    inside = text[s:e] if e - s <= 2 * width else text[s:s + width] + " ... " + text[e - width:e]
    return " ".join(inside.split())


def _context(text: str, s: int, e: int, width: int = 70) -> str:
    return " ".join(f"{text[max(0, s - width):s]}[{text[s:e]}]{text[e:e + width]}".split())


@dataclass
class Tally:
    """Counts over documents.  ``add`` scores one document's records."""

    cue: Counts = field(default_factory=Counts)
    cue_strict: Counts = field(default_factory=Counts)
    content_tokens: Counts = field(default_factory=Counts)
    content_f1_sum: float = 0.0
    content_pairs: int = 0
    content_micro: Counts = field(default_factory=Counts)
    source_right: int = 0
    source_strict: int = 0
    source_total: int = 0
    pronoun_right: int = 0
    pronoun_total: int = 0
    documents: int = 0
    gold_attributions: int = 0
    gold_without_cue: int = 0
    records: int = 0

    def __post_init__(self) -> None:
        self.errors: dict[str, Counter[str]] = {
            "missed_cue": Counter(), "missed_cue_where": Counter(), "false_cue": Counter(),
            "content": Counter(), "source": Counter()}
        self.examples: dict[str, list[dict]] = {}
        self.missed: list[tuple[str, int, int]] = []  # (doc text id, start, end) to classify
        self.texts: dict[str, str] = {}

    def _example(self, key: str, item: dict) -> None:
        kept = self.examples.setdefault(key, [])
        if len(kept) < EXAMPLES:
            kept.append(item)

    def add(self, doc: PolnearDoc, records: list[Record]) -> None:
        text = doc.text
        words = _Words(text)
        self.documents += 1
        self.records += len(records)
        self.gold_attributions += len(doc.attributions)
        gold = [a for a in doc.attributions if a.cue]
        self.gold_without_cue += len(doc.attributions) - len(gold)
        pred = [r.cue for r in records]
        pairs = align([a.cue for a in gold], pred)
        strict = align([a.cue for a in gold], pred, strict=True)
        self.cue.add(len(pairs), len(pred), len(gold))
        self.cue_strict.add(len(strict), len(pred), len(gold))

        gold_content = words.of(tuple(p for a in doc.attributions for p in a.content))
        pred_content = words.of(tuple(p for r in records for p in r.content))
        self.content_tokens.add(len(gold_content & pred_content), len(pred_content),
                                len(gold_content))

        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        for gi, a in enumerate(gold):
            if gi not in matched_gold:
                start, end = a.cue[0][0], a.cue[-1][1]
                self.missed.append((doc.name, start, end))
                self.texts[doc.name] = text
                if any(overlap(r.content, start, end) for r in records):
                    self.errors["missed_cue_where"]["inside a predicted content"] += 1
                if "\n" not in text[:start].strip():
                    self.errors["missed_cue_where"]["in the headline"] += 1
        for pi, r in enumerate(records):
            if pi in matched_pred:
                continue
            in_content = any(overlap(a.content, *r.cue) for a in doc.attributions)
            key = "inside a gold content" if in_content else "elsewhere"
            self.errors["false_cue"][key] += 1
            self.errors["false_cue"]["word: " + text[r.cue[0]:r.cue[1]].lower()] += 1
            self._example("false_cue " + key, {
                "document": doc.name, "cue": text[r.cue[0]:r.cue[1]],
                "context": _context(text, *r.cue)})

        for gi, pi in pairs:
            a, r = gold[gi], records[pi]
            self._content(doc, words, a, r)
            self._source(doc, a, r)

    def _content(self, doc: PolnearDoc, words: _Words, a: Attribution, r: Record) -> None:
        if not a.content:
            return
        g, p = words.of(a.content), words.of(r.content)
        shared = len(g & p)
        self.content_pairs += 1
        self.content_f1_sum += _f1(shared, len(p), len(g))
        self.content_micro.add(shared, len(p), len(g))
        if shared == len(g) == len(p):
            return
        if not p:
            kind = "no predicted content"
        elif not shared:
            kind = "disjoint"
        elif shared == len(p):
            kind = "too short"
        elif shared == len(g):
            kind = "too long"
        else:
            kind = "both ends off"
        if kind == "too short" and "\n" in doc.text[a.content[0][0]:a.content[-1][1]]:
            kind = "too short (gold goes over paragraphs)"
        self.errors["content"][kind] += 1
        self._example("content " + kind, {
            "document": doc.name, "cue": doc.text[r.cue[0]:r.cue[1]],
            "gold": _snippet(doc.text, a.content), "predicted": _snippet(doc.text, r.content)})

    def _source(self, doc: PolnearDoc, a: Attribution, r: Record) -> None:
        if not a.source:
            return
        gold_text = " ".join(doc.text[s:e] for s, e in a.source)
        pronoun = gold_text.lower().strip() in PRONOUNS
        right = any(overlap(a.source, s, e) for s, e in r.source)
        self.source_total += 1
        self.source_right += right
        self.source_strict += (a.source[0][0], a.source[-1][1]) in r.source
        self.pronoun_total += pronoun
        self.pronoun_right += right and pronoun
        if right:
            return
        if not r.source:
            kind = "no predicted source"
        elif pronoun:
            kind = "gold is a pronoun"
        else:
            kind = "another source"
        self.errors["source"][kind] += 1
        self._example("source " + kind, {
            "document": doc.name, "cue": doc.text[r.cue[0]:r.cue[1]], "gold": gold_text,
            "predicted": r.source_text, "context": _context(doc.text, *r.cue)})

    def classify_missed(self, nlp) -> None:
        """Sort the missed gold cues into classes by their words and their part of speech
        (the cue tagged in a window of its text)."""
        windows = []
        for name, s, e in self.missed:
            text = self.texts[name]
            lo = max(0, s - 150)
            windows.append((text[lo:min(len(text), e + 150)], s - lo, e - lo, name, s, e))
        with nlp.select_pipes(enable=[p for p in ("tok2vec", "tagger") if p in nlp.pipe_names]):
            docs = nlp.pipe(w[0] for w in windows)
            for doc, (_, s, e, name, gs, ge) in zip(docs, windows):
                words = [t for t in doc if t.idx < e and t.idx + len(t.text) > s]
                cls = _miss_class(doc.text[s:e], words)
                self.errors["missed_cue"][cls] += 1
                self.errors["missed_cue"]["word: " + " ".join(doc.text[s:e].lower().split())] += 1
                self._example("missed_cue " + cls, {
                    "document": name, "cue": doc.text[s:e],
                    "context": _context(self.texts[name], gs, ge)})
        self.missed.clear()
        self.texts.clear()

    def as_dict(self) -> dict:
        pairs = self.content_pairs
        return {
            "documents": self.documents,
            "gold_attributions": self.gold_attributions,
            "gold_without_cue": self.gold_without_cue,
            "records": self.records,
            "cue": {"overlap": self.cue.as_dict(), "strict": self.cue_strict.as_dict()},
            "content": {"f1": round(self.content_f1_sum / pairs, 4) if pairs else 0.0,
                        "pairs": pairs, "micro": self.content_micro.as_dict()},
            "content_tokens": self.content_tokens.as_dict(),
            "source": {"right": self.source_right, "total": self.source_total,
                       "accuracy": round(self.source_right / self.source_total, 4)
                       if self.source_total else 0.0,
                       "strict": self.source_strict,
                       "strict_accuracy": round(self.source_strict / self.source_total, 4)
                       if self.source_total else 0.0,
                       "pronoun_right": self.pronoun_right,
                       "pronoun_total": self.pronoun_total},
            "errors": {k: dict(_top(v)) for k, v in self.errors.items()},
            "examples": self.examples,
        }


def _top(counter: Counter[str], words: int = 15) -> list[tuple[str, int]]:
    """Classes in full, with only the commonest ``word:`` entries."""
    classes = [(k, n) for k, n in counter.most_common() if not k.startswith("word: ")]
    listed = [(k, n) for k, n in counter.most_common() if k.startswith("word: ")][:words]
    return classes + listed


def _miss_class(cue: str, words) -> str:
    """The class of a missed gold cue: "according to", punctuation, or the part of speech
    of its last content word (by fine tag: the project's pipeline sets no coarse tags
    when only the tagger runs)."""
    low = " ".join(cue.lower().split())
    if low.startswith("according"):
        return "according to"
    if not any(ch.isalnum() for ch in low):
        return "punctuation (colon, dash, quotation marks)"
    content_words = [t for t in words if t.tag_[:2] in ("VB", "NN", "JJ", "MD")]
    head = content_words[-1] if content_words else None
    if head is None:
        return "other (preposition, adverb, ...)"
    return {"NN": "noun", "VB": "verb", "MD": "verb", "JJ": "adjective"}[head.tag_[:2]]


# ------------------------------------------------------------------------------ driver

def evaluate(directory: Path | str, nlp=None, limit: int | None = None,
             baseline: str | None = None, half: str | None = None) -> dict:
    """Score a PolNeAR split folder (its ``half``, ``"first"`` or ``"second"``, of the
    articles in name order, if given; then the first ``limit`` articles) with wiretrace,
    or with the naive reporting-verb baseline (``baseline="verbs"``)."""
    from ..nlp import language
    from ..pipeline import AnalysisFailure, analyze_many, producers
    from ..read.text import from_text

    if baseline not in (None, *BASELINES):
        raise ValueError(f"unknown baseline {baseline!r} (known: {', '.join(BASELINES)})")
    files = split_files(directory, limit, half)
    if not files:
        raise InputError("no PolNeAR articles found", where=str(directory))
    nlp = nlp or language.load()
    failures: list[dict[str, str]] = []
    docs: list[PolnearDoc] = []
    for text_path, ann_path in files:
        try:
            docs.append(read_document(text_path, ann_path))
        except (OSError, UnicodeDecodeError, InputError) as exc:
            failures.append({"article_id": text_path.stem, "stage": "read",
                             "reason": f"{type(exc).__name__}: {exc}"})
    tally, nested = Tally(), Tally()
    if baseline == "verbs":
        for gold, doc in zip(docs, nlp.pipe(d.text for d in docs)):
            tally.add(gold, from_spacy(doc))
    else:
        articles = [from_text(d.text, id=d.name, published=d.published) for d in docs]
        for gold, result in zip(docs, analyze_many(articles, nlp)):
            if isinstance(result, AnalysisFailure):
                failures.append({"article_id": result.article_id, "stage": result.stage,
                                 "reason": result.reason})
                continue
            records = from_report(result)
            tally.add(gold, univocal(records))
            nested.add(gold, records)
    tally.classify_missed(nlp)
    kept = nested.as_dict() if nested.documents else None
    return {
        "corpus": "polnear",
        "split": Path(directory).name + (f" ({half} half)" if half else ""),
        "system": f"baseline-{baseline}" if baseline else "wiretrace",
        "producers": producers(nlp),
        "files": len(files),
        "failures": failures,
        **tally.as_dict(),
        # the same scores with nested records kept (a cue inside another's content)
        "nested_kept": None if kept is None else {
            "records": kept["records"], "cue": kept["cue"], "content": kept["content"],
            "source": kept["source"]},
    }


def render(result: dict) -> str:
    cue, content, source = result["cue"], result["content"], result["source"]

    def row(name: str, c: dict) -> str:
        return (f"  {name:<22} {c['tp']:>6} {c['fp']:>6} {c['fn']:>6} "
                f"{c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f}")

    lines = [
        f"PolNeAR {result['split']} ({result['system']}): {result['documents']} articles, "
        f"{result['gold_attributions']} gold attributions "
        f"({result['gold_without_cue']} without a cue), {result['records']} predicted records",
        f"  {'':<22} {'tp':>6} {'fp':>6} {'fn':>6} {'P':>6} {'R':>6} {'F1':>6}",
        row("cue (overlap)", cue["overlap"]),
        row("cue (strict)", cue["strict"]),
        row("content tokens (micro)", content["micro"]),
        row("content tokens (text)", result["content_tokens"]),
        f"  content F1 (mean over {content['pairs']} matched records): {content['f1']:.3f}",
        f"  source right: {source['right']} of {source['total']} matched records "
        f"({source['accuracy']:.3f}); the same span exactly {source['strict']} "
        f"({source['strict_accuracy']:.3f}); gold pronoun sources {source['pronoun_right']} of "
        f"{source['pronoun_total']}",
    ]
    kept = result.get("nested_kept")
    if kept:
        c = kept["cue"]["overlap"]
        lines.append(
            f"  with nested records kept ({kept['records']}): cue P {c['precision']:.3f} "
            f"R {c['recall']:.3f} F1 {c['f1']:.3f}, content F1 {kept['content']['f1']:.3f}, "
            f"source right {kept['source']['accuracy']:.3f}")
    for key, counts in result["errors"].items():
        if counts:
            shown = ", ".join(f"{k} {n}" for k, n in counts.items())
            lines.append(f"  {key.replace('_', ' ')}: {shown}")
    if result["failures"]:
        lines.append(f"  failures: {len(result['failures'])}")
    return "\n".join(lines)
