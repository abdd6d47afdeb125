"""Scores wiretrace Reports (or a plain spaCy baseline) against MEANTIME gold.

Only the annotated region counts: a prediction is scored when its span overlaps a token
of sentences 0 or 2-5, and gold outside that region is ignored.  docs/quality.md says
what every metric means and how its items are matched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..dates.values import week_value
from ..errors import InputError
from ..lexicon import load_yaml
from ..model import Report
from .meantime_read import EntityMention, MeantimeDoc, Token, read_directory, read_document
from .meantime_render import error_lines, render
from .scoring import Agreement, Clustering, Counts, Pieces, align, overlap

__all__ = ["Tally", "error_lines", "evaluate", "from_report", "from_spacy", "read_document",
           "render", "score_times", "time_errors"]

# Gold: named mentions of PER, ORG and LOC entities: whole names (NAM) and names that
# modify a noun (PRE.NAM: "Apple" in "Apple CEO Steve Jobs", "German" in "German airline
# Lufthansa", both names of an entity MEANTIME links).  Predicted: spaCy/OntoNotes
# labels that name people, organizations and places.  GPE and FAC count as places: MEANTIME
# calls "Cupertino", "the United States" and "Moscone Center" LOC.  NORP does not count:
# MEANTIME marks a few nationality adjectives ("German airline Lufthansa") as names of
# the country and leaves most ("American", "European") unmarked.
GOLD_ENTITY_TYPES = frozenset({"PER", "ORG", "LOC"})
GOLD_NAME_TYPES = frozenset({"NAM", "PRE.NAM"})
PRONOUNS = frozenset("he she him her they them we it".split())
PREDICTED_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# spaCy label -> MEANTIME type, for the type table of matched mentions
LABEL_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

# The head of a name is its last word before a preposition, a parenthesis or a comma, and
# after a possessive that other words follow: "Bank of America" -> Bank, "EADS N.V.
# (EADS)" -> N.V., "the iPhone Developer Program" -> Program, "Boeing's Launch Systems"
# -> Systems, "Apple's" -> Apple.  The rule runs on gold tokens for gold and predicted
# spans alike, so both sides get the same head for the same words.
_HEAD_BREAKS = frozenset({"of", "for", "at", "in", "(", ",", ";", "--"})
_POSSESSIVE = frozenset({"'s", "'", "’", "’s"})
_TRAILING = frozenset({".", ",", ")", '"', "'", "’", ":", ";"})

ROLE_ARGUMENT = {"source": "Arg0", "target": "Arg1"}  # "other" is neither: not scored
CERTAINTY = {"certain": "CERTAIN", "probable": "PROBABLE", "possible": "POSSIBLE",
             "underspecified": "UNDERSPECIFIED"}
POLARITY = {"positive": "POS", "negative": "NEG", "underspecified": "UNDERSPECIFIED"}

# The corpus whose time-expression rows may be listed (``errors``): the development one.
# corpus_apple is the check corpus, read as summary numbers only (docs/quality.md).
DEV_CORPORA = frozenset({"corpus_airbus"})


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, frozenset[str]]:
    """Speech and writing lemmas (data/speech_cues_meantime.yaml) with their forms."""
    data = load_yaml("speech_cues_meantime.yaml")
    return {lemma: frozenset(forms) | {lemma} for lemma, forms in data["lemmas"].items()}


def is_speech(pred: str, text: str) -> bool:
    """Whether a gold event mention (lemma ``pred``, words ``text``) reports speech."""
    forms = speech_forms()
    if pred:
        return pred.lower() in forms
    words = text.lower().split()
    return len(words) == 1 and any(words[0] in f for f in forms.values())


@dataclass(frozen=True)
class PredEvent:
    start: int
    end: int
    pos: str  # "verb" | "noun"
    certainty: str | None = None  # MEANTIME values: CERTAIN, ...
    polarity: str | None = None  # POS, NEG, UNDERSPECIFIED
    time: str | None = None  # FUTURE, NON_FUTURE
    actors: tuple[tuple[str, int, int], ...] = ()  # (Arg0 | Arg1, start, end)


@dataclass
class Predictions:
    """What one system said about one document, reduced to what MEANTIME can score."""

    entities: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, label
    times: list[tuple[int, int, str | None, str]] = field(default_factory=list)  # + value, type
    events: list[PredEvent] = field(default_factory=list)
    cues: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of an entity mention -> the id of the entity it belongs to
    clusters: dict[tuple[int, int], str] = field(default_factory=dict)


# What each system is scored on: the baseline has no time values, roles, cues or
# factuality, and a section it cannot fill is left out rather than scored as zero.
SECTIONS = {
    "wiretrace": ("entities", "times", "time_values", "events", "participants", "cues",
                  "factuality"),
    "spacy": ("entities", "times", "events"),
}


def from_report(report: Report) -> Predictions:
    # the gold mentions scored are names: a pronoun the attribution layer listed among an
    # entity's mentions ("She said") is no name
    entities = [(m.start, m.end, e.type) for e in report.entities for m in e.mentions
                if m.text.lower() not in PRONOUNS]
    clusters = {(m.start, m.end): e.id for e in report.entities for m in e.mentions}
    times = [(t.start, t.end, t.value, t.type) for t in report.times]
    events = []
    for ev in report.events:
        # one span named for two entities ("Hungarian and Romanian officials") is one
        # participant mention
        actors = tuple(dict.fromkeys((ROLE_ARGUMENT[a.role], a.start, a.end)
                                     for a in ev.actors if a.role in ROLE_ARGUMENT))
        f = ev.factuality
        events.append(PredEvent(
            ev.trigger.start, ev.trigger.end, ev.pos,
            certainty=CERTAINTY[f.certainty], polarity=POLARITY[f.polarity],
            time="FUTURE" if f.tense == "future" else "NON_FUTURE", actors=actors,
        ))
    # a record's cue words and the channel they went out by ("said in a statement"):
    # MEANTIME marks both as speech events of one act
    cues = sorted({(s.start, s.end) for q in report.quotes for s in (q.cue, q.medium)
                   if s is not None})
    return Predictions(entities, times, events, cues, clusters)


def from_spacy(doc: Doc) -> Predictions:
    """The plain baseline: spaCy's own entities and DATE/TIME spans, every verb an event."""
    entities = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    times = [(e.start_char, e.end_char, None, e.label_) for e in doc.ents
             if e.label_ in ("DATE", "TIME")]
    events = [PredEvent(t.idx, t.idx + len(t.text), "verb") for t in doc if t.pos_ == "VERB"]
    return Predictions(entities, times, events)


# MEANTIME numbers weeks from the Monday-to-Sunday week that holds January 1 (airbus
# "this weekend" in a past clause written on Monday 2010-01-25: 2010-W04-WE, the weekend
# of January 23-24, ISO week 3; docs/time.md), not by ISO 8601 as TimeML, TimeBank and
# wiretrace do: where January 1 falls on a Friday, Saturday or Sunday, one ahead of ISO
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})(-[0-9A-Z]+)?$")


def iso_week_value(value: str) -> str:
    """A MEANTIME gold value with its week count in ISO 8601's: "2010-W04-WE" ->
    "2010-W03-WE" (January 23-24, 2010), "2006-W14" -> "2006-W13", "2004-W47" (2004 began
    on a Thursday: the counts agree) unchanged; a week of MEANTIME's that holds January 1
    may be the last ISO week of the year before ("2010-W01" -> "2009-W53").  Other values
    as they are."""
    m = _WEEK_VALUE.match(value)
    if not m or not 1 <= int(m[2]) <= 53:
        return value
    new_year = date(int(m[1]), 1, 1)
    monday = new_year - timedelta(days=new_year.weekday()) + timedelta(weeks=int(m[2]) - 1)
    return week_value(monday) + (m[3] or "")


def _head(tokens: list[Token]) -> int | None:
    words = list(tokens)
    for i, tok in enumerate(words[1:], start=1):
        if tok.text.lower() in _HEAD_BREAKS:
            words = words[:i]
            break
    while len(words) > 1 and words[-1].text in _TRAILING | _POSSESSIVE:
        words.pop()
    owners = [i for i, tok in enumerate(words[:-1]) if i and tok.text.lower() in _POSSESSIVE]
    if owners:  # "The Beatles' Apple Corps": the possessor is not the head
        words = words[owners[-1] + 1:]
    return words[-1].t_id if words else None


def score_times(times: dict[str, Counts], types: dict[str, Counts],
                gold: list[tuple[Pieces, str, str]], pred: list[tuple[int, int, str | None, str]],
                values: bool = True) -> list[tuple[int, int]]:
    """Add one document's TIMEX3 scores: spans strict and lenient (overlapping), the value
    of each lenient pair (a value on an unmatched span is a false positive and a missed
    gold value a false negative), and per type spans that overlap one of the same type.
    ``gold``: (pieces, value, type); ``pred``: (start, end, value, type).  Returns the
    lenient (gold index, pred index) pairs.  TimeML scorers (:mod:`.timeml`) use it too."""
    g_pieces = [t[0] for t in gold]
    p_spans = [(t[0], t[1]) for t in pred]
    strict = align(g_pieces, p_spans, strict=True)
    lenient = align(g_pieces, p_spans)
    times["strict"].add(len(strict), len(pred), len(gold))
    times["lenient"].add(len(lenient), len(pred), len(gold))
    if values:
        right = sum(1 for gi, pi in lenient if pred[pi][2] == gold[gi][1])
        times["value"].add(right, len(pred), len(gold))
    for type_ in {t[2] for t in gold} | {t[3] for t in pred}:
        gt = [t[0] for t in gold if t[2] == type_]
        pt = [(t[0], t[1]) for t in pred if t[3] == type_]
        types.setdefault(type_, Counts()).add(len(align(gt, pt)), len(pt), len(gt))
    return lenient



def time_errors(text: str, document: str, published: str,
                gold: list[tuple[Pieces, str, str]], pred: list[tuple[int, int, str | None, str]],
                pairs: list[tuple[int, int]]) -> list[dict]:
    """The rows ``--errors`` lists for one document (``eval meantime``, ``eval timeml``):
    each lenient pair whose value differs, each prediction paired with no gold expression
    (spurious) and each gold expression paired with none (missed).  ``gold``, ``pred`` and
    ``pairs`` as :func:`score_times` takes and returns them; the context brackets the
    prediction where there is one, else the gold expression."""
    def side(start: int, end: int, value: str | None, type_: str) -> dict:
        return {"text": text[start:end], "value": value, "type": type_}

    def row(kind: str, gi: int | None, pi: int | None) -> dict:
        g = None if gi is None else (gold[gi][0][0][0], gold[gi][0][-1][1], *gold[gi][1:])
        p = None if pi is None else pred[pi]
        start, end = (p or g)[:2]
        return {"kind": kind, "document": document, "published": published,
                "gold": None if g is None else side(*g),
                "predicted": None if p is None else side(*p),
                "context": _context(text, start, end)}

    paired_g, paired_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    return ([row("value", gi, pi) for gi, pi in pairs if pred[pi][2] != gold[gi][1]]
            + [row("spurious", None, pi) for pi in range(len(pred)) if pi not in paired_p]
            + [row("missed", gi, None) for gi in range(len(gold)) if gi not in paired_g])


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = " ".join(text[max(0, start - width):start].split())
    right = " ".join(text[end:end + width].split())
    return f"...{left} [{text[start:end]}] {right}..."

class Tally:
    """Counts over all documents, one attribute per metric."""

    def __init__(self, sections: tuple[str, ...] = SECTIONS["wiretrace"],
                 rows: bool = False) -> None:
        self.rows = rows  # list each wrong time value, spurious and missed expression
        self.errors: list[dict] = []
        self.entities = {k: Counts() for k in ("strict", "lenient", "overlap")}
        self.entity_types: Counter[tuple[str, str]] = Counter()
        # within-document clustering of the matched named mentions: wiretrace's entities,
        # and the baseline that puts mentions with the same words in one entity
        self.clustering = {k: Clustering() for k in ("entities", "same_name_baseline")}
        self.times = {k: Counts() for k in ("strict", "lenient", "value")}
        self.time_types: dict[str, Counts] = {}
        self.events = {k: Counts() for k in ("all", "verb", "noun")}
        self.participants = {k: Counts() for k in ("all", "Arg0", "Arg1")}
        self.cues: Counter[str] = Counter(dict.fromkeys(
            ("gold_speech", "found", "gold_speech_cognitive", "cues", "cues_on_speech_cognitive"),
            0))
        self.factuality = {k: Agreement() for k in ("certainty", "polarity", "time", "joint")}
        self.sections = frozenset(sections)

    # -- one document ---------------------------------------------------------------
    def add(self, gold: MeantimeDoc, pred: Predictions) -> None:
        self._entities(gold, pred)
        if "times" in self.sections:
            self._times(gold, pred)
        pairs = self._events(gold, pred)
        if "participants" in self.sections:
            self._participants(gold, pred, pairs)
        if "cues" in self.sections:
            self._cues(gold, pred)
        if "factuality" in self.sections:
            self._factuality(gold, pred, pairs)

    def _entities(self, gold: MeantimeDoc, pred: Predictions) -> None:
        named = [m for m in gold.entities.values() if m.syntactic_type in GOLD_NAME_TYPES
                 and m.type in GOLD_ENTITY_TYPES and gold.mention_in_region(m)]
        # MEANTIME often marks a name twice, alone and with its description ("Lufthansa"
        # and "German airline Lufthansa"): one name, one gold mention, the shortest
        by_head: dict[int, tuple[int | None, EntityMention]] = {}
        for m in sorted(named, key=lambda m: len(m.t_ids)):
            head = _head([gold.token(t) for t in m.t_ids])
            by_head.setdefault(head if head is not None else -id(m), (head, m))
        g_heads = [head for head, _ in by_head.values()]
        g = [m for _, m in by_head.values()]
        p = sorted({x for x in pred.entities if x[2] in PREDICTED_ENTITY_LABELS
                    and gold.in_region(x[0], x[1])})
        g_pieces = [m.pieces for m in g]
        p_spans = [(s, e) for s, e, _ in p]
        p_heads = [_head(gold.tokens_in(s, e)) for s, e in p_spans]

        def same_head(gi: int, pi: int) -> bool:
            return g_heads[gi] is not None and g_heads[gi] == p_heads[pi]

        for kind, pairs in (
            ("strict", align(g_pieces, p_spans, strict=True)),
            ("lenient", align(g_pieces, p_spans, same_head)),
            ("overlap", align(g_pieces, p_spans)),
        ):
            self.entities[kind].add(len(pairs), len(p), len(g))
            if kind == "lenient":
                for gi, pi in pairs:
                    self.entity_types[(g[gi].type or "", LABEL_TYPE[p[pi][2]])] += 1
                if pred.clusters:
                    truth = [g[gi].entity or g[gi].m_id for gi, _ in pairs]
                    self.clustering["entities"].add(list(zip(truth, [
                        pred.clusters[p_spans[pi]] for _, pi in pairs])))
                    self.clustering["same_name_baseline"].add(list(zip(truth, [
                        " ".join(gold.article.text[slice(*p_spans[pi])].lower().split())
                        for _, pi in pairs])))

    def _times(self, gold: MeantimeDoc, pred: Predictions) -> None:
        # a week compared by the days it denotes: gold's week count read as ISO's
        g = [(t.pieces, iso_week_value(t.value), t.type) for t in gold.timexes.values()
             if gold.mention_in_region(t)]
        p = [t for t in pred.times if gold.in_region(t[0], t[1])]
        pairs = score_times(self.times, self.time_types, g, p, "time_values" in self.sections)
        if self.rows:
            self.errors += time_errors(gold.article.text, gold.article.id,
                                       str(gold.article.published or "")[:10], g, p, pairs)

    def _events(self, gold: MeantimeDoc, pred: Predictions) -> list[tuple[str, PredEvent]]:
        """Scores event mentions; returns the matched (gold m_id, prediction) pairs."""
        g = [m for m in gold.events.values() if gold.mention_in_region(m)]
        p = [e for e in pred.events if gold.in_region(e.start, e.end)]
        pairs = align([m.pieces for m in g], [(e.start, e.end) for e in p])
        self.events["all"].add(len(pairs), len(p), len(g))
        for pos in ("verb", "noun"):
            gp = [m.pieces for m in g if m.pos.lower() == pos]
            pp = [(e.start, e.end) for e in p if e.pos == pos]
            self.events[pos].add(len(align(gp, pp)), len(pp), len(gp))
        return [(g[gi].m_id, p[pi]) for gi, pi in pairs]

    def _participants(self, gold: MeantimeDoc, pred: Predictions,
                      pairs: list[tuple[str, PredEvent]]) -> None:
        scored = [pa for pa in gold.participants if pa.role in ("Arg0", "Arg1")
                  and gold.mention_in_region(gold.events[pa.event])]
        matched_pred = {id(e): m_id for m_id, e in pairs}
        for role in ("Arg0", "Arg1"):
            g_role = [pa for pa in scored if pa.role == role]
            n_pred = tp = 0
            for ev in pred.events:
                if not gold.in_region(ev.start, ev.end):
                    continue
                spans = [(s, e) for r, s, e in ev.actors if r == role]
                n_pred += len(spans)
                m_id = matched_pred.get(id(ev))
                if m_id is None or not spans:
                    continue
                g_here = [gold.entities[pa.entity].pieces for pa in g_role if pa.event == m_id]
                tp += len(align(g_here, spans))
            self.participants[role].add(tp, n_pred, len(g_role))
            self.participants["all"].add(tp, n_pred, len(g_role))

    def _cues(self, gold: MeantimeDoc, pred: Predictions) -> None:
        text = gold.article.text
        speech_cognitive = [m for m in gold.events.values() if m.cls == "SPEECH_COGNITIVE"
                            and gold.mention_in_region(m)]
        speech = [m for m in speech_cognitive if is_speech(m.pred, text[m.start:m.end])]
        cues = [c for c in pred.cues if gold.in_region(*c)]
        found = sum(1 for m in speech if any(overlap(m.pieces, s, e) for s, e in cues))
        on_gold = sum(1 for s, e in cues if any(overlap(m.pieces, s, e) for m in speech_cognitive))
        self.cues.update({"gold_speech": len(speech), "found": found,
                          "gold_speech_cognitive": len(speech_cognitive),
                          "cues": len(cues), "cues_on_speech_cognitive": on_gold})

    def _factuality(self, gold: MeantimeDoc, pred: Predictions,
                    pairs: list[tuple[str, PredEvent]]) -> None:
        for m_id, ev in pairs:
            g = gold.events[m_id]
            checks = (("certainty", g.certainty, ev.certainty),
                      ("polarity", g.polarity, ev.polarity),
                      ("time", g.time, ev.time))
            for name, gv, pv in checks:
                if gv:
                    self.factuality[name].add(gv, pv or "")
            if all(gv for _, gv, _ in checks):
                same = all(gv == pv for _, gv, pv in checks)
                self.factuality["joint"].add("all", "all" if same else "not all")

    # -- the result -----------------------------------------------------------------
    def as_dict(self) -> dict:
        out: dict = {}
        if "entities" in self.sections:
            confusion: dict[str, dict[str, int]] = {}
            for (gt, pt), n in sorted(self.entity_types.items()):
                confusion.setdefault(gt, {})[pt] = n
            out["entities"] = {k: c.as_dict() for k, c in self.entities.items()}
            out["entities"]["types"] = confusion
            if self.clustering["entities"].mentions:
                out["entities"]["clustering"] = {
                    k: c.as_dict() for k, c in self.clustering.items()}
        if "times" in self.sections:
            out["times"] = {k: c.as_dict() for k, c in self.times.items()
                            if k != "value" or "time_values" in self.sections}
            out["times"]["by_type"] = {k: c.as_dict() for k, c in sorted(self.time_types.items())}
        if "events" in self.sections:
            out["events"] = {k: c.as_dict() for k, c in self.events.items()}
        if "participants" in self.sections:
            out["participants"] = {k: c.as_dict() for k, c in self.participants.items()}
        if "cues" in self.sections:
            c = self.cues
            out["cues"] = dict(c) | {
                "recall": round(c["found"] / c["gold_speech"], 4) if c["gold_speech"] else 0.0,
                "precision": round(c["cues_on_speech_cognitive"] / c["cues"], 4)
                if c["cues"] else 0.0,
            }
        if "factuality" in self.sections:
            out["factuality"] = {k: a.as_dict() for k, a in self.factuality.items()}
            out["factuality"]["joint"].pop("confusion")
        return out


def evaluate(directory: Path | str, nlp: Language | None = None, limit: int | None = None,
             baseline: str | None = None, errors: bool = False) -> dict:
    """Score every MEANTIME file under ``directory`` (the first ``limit``).  With
    ``baseline="spacy"`` score plain spaCy (entities, DATE/TIME, every verb an event)
    instead of wiretrace.  ``errors`` also lists each wrong time value, spurious and missed
    time expression, for the development corpus only (``DEV_CORPORA``).  Returns a
    JSON-serializable dict."""
    from ..nlp import language
    from ..pipeline import AnalysisFailure, analyze_many, producers

    if baseline not in (None, "spacy"):
        raise ValueError(f"unknown baseline {baseline!r} (use 'spacy' or None)")
    paths = read_directory(directory, limit)
    if not paths:
        raise InputError("no MEANTIME .xml files found", where=str(directory))
    if errors and (baseline or any(p.parent.name not in DEV_CORPORA for p in paths)):
        raise InputError("time errors are listed for wiretrace on the development corpus "
                         f"only ({', '.join(sorted(DEV_CORPORA))})", where=str(directory))
    nlp = nlp or language.load()
    failures: list[dict[str, str]] = []
    golds: list[MeantimeDoc] = []
    for path in paths:
        try:
            golds.append(read_document(path))
        except (ET.ParseError, ValueError, KeyError, InputError) as exc:
            failures.append({"article_id": path.stem, "stage": "read",
                             "reason": f"{type(exc).__name__}: {exc}"})
    tally = Tally(SECTIONS[baseline or "wiretrace"], rows=errors)
    scored = 0
    if baseline == "spacy":
        for gold, doc in zip(golds, nlp.pipe(g.article.text for g in golds)):
            tally.add(gold, from_spacy(doc))
            scored += 1
    else:
        for gold, result in zip(golds, analyze_many([g.article for g in golds], nlp)):
            if isinstance(result, AnalysisFailure):
                failures.append({"article_id": result.article_id, "stage": result.stage,
                                 "reason": result.reason})
                continue
            tally.add(gold, from_report(result))
            scored += 1
    return {
        "corpus": "meantime",
        "system": "spacy-baseline" if baseline else "wiretrace",
        "producers": producers(nlp),
        "documents": scored,
        "files": len(paths),
        "failures": failures,
        **tally.as_dict(),
        **({"errors": tally.errors} if errors else {}),
    }
