"""Cross-document linking scored against MEANTIME's cross-document instances.

All articles are stored in one store (a temporary SQLite file unless a URL is given), so
wiretrace links entities to actors and event mentions to clusters exactly as it does for
users.  Each gold mention that carries an ``instance_id`` is matched to a predicted mention
(overlapping span, one-to-one); B-cubed precision, recall and F1 are then computed over the
matched mentions, with the gold instance as the true cluster and the actor (entities) or
event cluster (events) as the predicted one.  A predicted entity that joined no actor is a
cluster of its own.  The share of gold mentions matched is reported beside it.

Bagga & Baldwin (1998): for each mention, precision is the share of its predicted cluster
that is in its gold cluster, recall the share of its gold cluster in its predicted cluster;
both are averaged over mentions."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from ..ingest import Ingest
from ..store import Store
from ..store import schema as t
from .meantime_read import read_directory, read_document
from .scoring import align


def bcubed(gold: list[str], pred: list[str]) -> dict[str, float]:
    """B-cubed over items i with gold cluster gold[i] and predicted cluster pred[i]."""
    n = len(gold)
    if not n:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "mentions": 0}
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    precision = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]])
                    for i in range(n)) / n
    recall = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]])
                 for i in range(n)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "mentions": n}


def evaluate(directory: Path | str, db: str | None = None, limit: int | None = None,
             nlp=None) -> dict:
    golds = [read_document(p) for p in read_directory(directory, limit)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(db or str(Path(tmp) / "crossdoc.db"))
        job = Ingest(store, nlp=nlp)
        job.ingest_results(_ok(golds))
        with store.engine.connect() as conn:
            entity_rows = conn.execute(select(t.entities.c.article_id, t.entities.c.entity_id,
                                              t.entities.c.actor_id)).all()
            event_rows = conn.execute(select(t.events.c.article_id, t.events.c.start,
                                             t.events.c.end, t.events.c.cluster_id)).all()
        reports = {g.article.id: store.report(g.article.id) for g in golds}
        store.engine.dispose()
    actor_of = {(a, e): actor for a, e, actor in entity_rows}
    cluster_of = {(a, s, e): c for a, s, e, c in event_rows}
    ent_gold, ent_pred, ev_gold, ev_pred = [], [], [], []
    totals = {"entity_gold": 0, "event_gold": 0}
    for g in golds:
        report = reports.get(g.article.id)
        if report is None:
            continue
        aid = g.article.id
        gold_ents = [m for m in g.entities.values() if m.instance]
        spans = [(m.start, m.end, e.id) for e in report.entities for m in e.mentions]
        for gi, pi in align([m.pieces for m in gold_ents], [(s, e) for s, e, _ in spans]):
            eid = spans[pi][2]
            actor = actor_of.get((aid, eid))
            ent_gold.append(gold_ents[gi].instance)
            ent_pred.append(f"actor:{actor}" if actor is not None else f"entity:{aid}:{eid}")
        gold_evs = [m for m in g.events.values() if m.instance]
        evs = [(ev.trigger.start, ev.trigger.end) for ev in report.events]
        for gi, pi in align([m.pieces for m in gold_evs], evs):
            s, e = evs[pi]
            ev_gold.append(gold_evs[gi].instance)
            ev_pred.append(f"cluster:{cluster_of.get((aid, s, e))}")
        totals["entity_gold"] += len(gold_ents)
        totals["event_gold"] += len(gold_evs)
    return {
        "corpus": "meantime", "documents": len(golds),
        "entities": {**bcubed(ent_gold, ent_pred), "gold_mentions": totals["entity_gold"],
                     "gold_instances": len(set(ent_gold))},
        "events": {**bcubed(ev_gold, ev_pred), "gold_mentions": totals["event_gold"],
                   "gold_instances": len(set(ev_gold))},
        "baselines": {
            "entities_all_apart": bcubed(ent_gold, [str(i) for i in range(len(ent_gold))]),
            "events_all_apart": bcubed(ev_gold, [str(i) for i in range(len(ev_gold))]),
        },
    }


def _ok(golds):
    from ..read import ReadOk

    for g in golds:
        yield ReadOk(g.article.id, g.article)
