"""How much of a corpus's places the gazetteer resolves.  There is no gold for places
(MEANTIME marks LOC mentions but links none to a gazetteer), so this measures coverage,
not accuracy: the share of GPE/LOC/FAC entity mentions whose entity got a ``place``, and
the share of MEANTIME's gold LOC names that a resolved place mention overlaps.  A seeded
sample of resolutions is listed for checking by hand (docs/places.md has one checked).
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from spacy.language import Language

from ..errors import InputError
from ..model import Report
from ..nlp.actors.places import PLACE_TYPES
from .meantime_read import MeantimeDoc, read_directory, read_document


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def evaluate(directory: Path | str, nlp: Language | None = None, limit: int | None = None,
             sample: int = 0, seed: int = 8) -> dict:
    """Resolution rates over every MEANTIME file under ``directory`` (the first
    ``limit``), and ``sample`` resolutions drawn with ``seed`` (one per entity)."""
    from ..nlp import language
    from ..pipeline import AnalysisFailure, analyze_many

    paths = read_directory(directory, limit)
    if not paths:
        raise InputError("no MEANTIME .xml files found", where=str(directory))
    nlp = nlp or language.load()
    golds: list[MeantimeDoc] = []
    for path in paths:
        try:
            golds.append(read_document(path))
        except (ET.ParseError, ValueError, KeyError, InputError):
            continue  # `wiretrace eval meantime` reports unreadable files
    mentions: Counter = Counter()  # (label, resolved) -> mentions
    kinds: Counter = Counter()
    gold_names = gold_covered = 0
    unresolved: Counter = Counter()
    resolutions: list[dict] = []
    documents = 0
    for gold, report in zip(golds, analyze_many([g.article for g in golds], nlp)):
        if isinstance(report, AnalysisFailure):
            continue
        documents += 1
        resolved_spans = _count(report, mentions, kinds, unresolved, resolutions)
        for m in gold.entities.values():
            if m.type == "LOC" and m.syntactic_type == "NAM" and gold.mention_in_region(m):
                gold_names += 1
                gold_covered += any(s < m.end and m.start < e for s, e in resolved_spans)
    total = sum(mentions.values())
    resolved = sum(n for (_, ok), n in mentions.items() if ok)
    by_label = {label: {"mentions": sum(n for (lab, _), n in mentions.items() if lab == label),
                        "resolved": mentions[(label, True)]}
                for label in sorted({lab for lab, _ in mentions})}
    rng = random.Random(seed)
    return {
        "corpus": "meantime",
        "documents": documents,
        "mentions": total,
        "resolved": resolved,
        "rate": _rate(resolved, total),
        "by_label": by_label,
        "by_kind": dict(kinds.most_common()),
        "gold_loc_names": gold_names,
        "gold_loc_names_resolved": gold_covered,
        "gold_rate": _rate(gold_covered, gold_names),
        "unresolved": [{"name": n, "mentions": c} for n, c in unresolved.most_common(30)],
        "sample": rng.sample(resolutions, min(sample, len(resolutions))),
    }


def _count(report: Report, mentions: Counter, kinds: Counter, unresolved: Counter,
           resolutions: list[dict]) -> list[tuple[int, int]]:
    """Tally one report's place mentions; the spans of those resolved."""
    text = report.article.text
    spans = []
    for e in report.entities:
        if e.type not in PLACE_TYPES:
            continue
        ok = e.place is not None
        mentions[(e.type, ok)] += len(e.mentions)
        if not ok:
            unresolved[e.name] += len(e.mentions)
            continue
        kinds[e.place.kind] += len(e.mentions)
        spans.extend((m.start, m.end) for m in e.mentions)
        first = e.mentions[0]
        line_start = text.rfind("\n", 0, first.start) + 1
        line_end = text.find("\n", first.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        resolutions.append({
            "article": report.article.id, "name": e.name, "type": e.type,
            "place": e.place.name, "kind": e.place.kind, "country": e.place.country,
            "geonames_id": e.place.geonames_id,
            "context": " ".join(line[max(0, first.start - line_start - 100):
                                     first.end - line_start + 100].split()),
        })
    return spans


def render(result: dict) -> str:
    lines = [
        f"Places in MEANTIME ({result['documents']} documents): "
        f"{result['resolved']} of {result['mentions']} GPE/LOC/FAC mentions resolved "
        f"({result['rate']:.3f})",
        *(f"  {label}: {v['resolved']} of {v['mentions']}"
          for label, v in result["by_label"].items()),
        "  resolved as: " + ", ".join(f"{k} {n}" for k, n in result["by_kind"].items()),
        f"Gold LOC names (annotated region) covered by a resolved mention: "
        f"{result['gold_loc_names_resolved']} of {result['gold_loc_names']} "
        f"({result['gold_rate']:.3f})",
        "Most frequent unresolved: " + ", ".join(
            f"{u['name']} ({u['mentions']})" for u in result["unresolved"][:15]),
    ]
    for i, s in enumerate(result["sample"], 1):
        lines.append(f"{i:>3}. {s['name']} ({s['type']}) -> {s['kind']} {s['place']} "
                     f"{s['country'] or '-'} [{s['geonames_id']}] | {s['context']}")
    return "\n".join(lines)
