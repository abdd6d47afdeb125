"""Casualty, arrest and crowd figures scored against figures judged by hand.

The judgments (``docs/judgments/magnitude-voa.tsv``) hold, for every coded event whose
sentence reports a figure of its own (dead, injured, arrested, size), one row: article
id, a few words of the sentence, the field, the gold number (``N``, or ``LOW-HIGH`` for a
range or a vague word) and the gold qualifier (exact, at_least, at_most, about, range,
vague).  The stories are split by id order: the first half is for development, the
second for checking.

Per half:

* **found**: gold figures with a predicted figure of the same field on a coded event
  of the sentence holding the excerpt, with the same number and qualifier; recall is
  found / gold.
* **wrong**: a figure predicted for a gold row, with another number or qualifier.
* **invented**: a figure predicted on a coded event where no gold row of that field and
  sentence is: a figure that is not the event's, or no figure at all.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..model import Article
from .scoring import split_halves

COLUMNS = ("article", "excerpt", "field", "number", "qualifier")


def read_judgments(path: Path | str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")),
                                  delimiter="\t"):
            rows.append({k: (row.get(k) or "").strip() for k in COLUMNS})
    return rows


def _gold_value(text: str) -> tuple[int | None, int | None, int | None]:
    """(number, low, high) of a gold number column: ``N`` or ``LOW-HIGH``."""
    if "-" in text:
        low, high = text.split("-", 1)
        return None, int(low), int(high)
    return int(text), None, None


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).lower()


def predict(articles: list[Article]) -> list[dict]:
    """Every figure on a coded event: article, sentence text, event, field, figure."""
    from .. import clean, pipeline
    from ..nlp.context import Context, masked_text
    from ..nlp.events import magnitude
    from ..read.metadata import published_date

    nlp = pipeline.load()
    out = []
    for article in articles:
        article = clean.clean(article)
        ctx = Context(article=article, doc=nlp(masked_text(article)),
                      anchor=published_date(article.published))
        for annotator in pipeline.ANNOTATORS:
            annotator.annotate(ctx)
        events = {e.id: e for e in ctx.events}
        found = {e.id: getattr(e, "magnitude", None) for e in ctx.events}
        if not any(found.values()):
            found = magnitude.figures(ctx)
        for eid, mag in found.items():
            if mag is None:
                continue
            ev = events[eid]
            sentence = article.text[ev.sentence.start:ev.sentence.end]
            for field in magnitude.FIELDS:
                fig = getattr(mag, field)
                if fig is not None:
                    out.append({"article": article.id, "sentence": sentence, "event": eid,
                                "trigger": ev.trigger.text, "field": field,
                                "number": fig.number, "low": fig.low, "high": fig.high,
                                "qualifier": fig.qualifier, "text": fig.span.text})
    return out


def _matches(gold: dict, pred: dict) -> bool:
    return (gold["article"] == pred["article"] and gold["field"] == pred["field"]
            and _norm(gold["excerpt"]) in _norm(pred["sentence"]))


def _right(gold: dict, pred: dict) -> bool:
    number, low, high = _gold_value(gold["number"])
    if pred["qualifier"] != gold["qualifier"]:
        return False
    if number is not None:
        return pred["number"] == number
    return (pred["low"], pred["high"]) == (low, high)


def score(gold: list[dict], preds: list[dict]) -> dict:
    used: set[int] = set()
    found, wrong, missed = [], [], []
    for g in gold:
        cands = [k for k, p in enumerate(preds) if k not in used and _matches(g, p)]
        right = [k for k in cands if _right(g, preds[k])]
        if right:
            used.add(right[0])
            found.append(g)
        elif cands:
            used.add(cands[0])
            wrong.append({**g, "predicted": preds[cands[0]]})
        else:
            missed.append(g)
    invented = [p for k, p in enumerate(preds) if k not in used]
    n = len(gold)
    return {"gold": n, "found": len(found), "wrong": len(wrong), "missed": len(missed),
            "invented": len(invented), "recall": round(len(found) / n, 3) if n else None,
            "wrong_rows": wrong, "missed_rows": missed, "invented_rows": invented}


def evaluate(judgments: Path | str, stories: Path | str) -> dict:
    """Both halves of the stories (by id order) scored against the judgments."""
    from ..read.jsonl import read_file

    articles = sorted((r.article for r in read_file(str(stories)) if hasattr(r, "article")),
                      key=lambda a: a.id)
    gold = read_judgments(judgments)
    out = {}
    for name, part in zip(("development", "check"), split_halves(articles)):
        ids = {a.id for a in part}
        out[name] = {"articles": len(part),
                     **score([g for g in gold if g["article"] in ids], predict(part))}
    return out


def render(result: dict) -> str:
    lines = []
    for name, r in result.items():
        lines.append(f"{name}: {r['articles']} articles, gold figures {r['gold']}, found "
                     f"{r['found']} (recall {r['recall']}), wrong {r['wrong']}, missed "
                     f"{r['missed']}, invented {r['invented']}")
        for row in r["wrong_rows"]:
            p = row["predicted"]
            lines.append(f"  WRONG   {row['article']} {row['field']} gold {row['number']} "
                         f"{row['qualifier']} | got {p['number'] or (p['low'], p['high'])} "
                         f"{p['qualifier']} '{p['text']}' | {row['excerpt']}")
        for row in r["missed_rows"]:
            lines.append(f"  MISSED  {row['article']} {row['field']} gold {row['number']} "
                         f"{row['qualifier']} | {row['excerpt']}")
        for p in r["invented_rows"]:
            lines.append(f"  INVENTED {p['article']} {p['event']} {p['trigger']} {p['field']} "
                         f"{p['number'] or (p['low'], p['high'])} {p['qualifier']} "
                         f"'{p['text']}' | {p['sentence'][:90]}")
    return "\n".join(lines)


def dumps(result: dict) -> str:
    return json.dumps(result, indent=2)
