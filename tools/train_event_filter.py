"""Can a small learned classifier tell right coded events from wrong ones? (issue 18, round 42)

An experiment, not a coder: re-analyzes the stories of the DEV event judgment files (as
``wiretrace eval events-judged``: ``judged_events.evaluate``), takes every happened event
that has a verdict, describes it by structural features of its record (PLOVER type, the
route that coded it, factuality, attribution, quotes, what its actors are, where its
sentence is; the trigger's lemma only in the largest feature set; round 42b: the
trigger in the spaCy parse of its story, ``parse_features``, and how often its lemma is
a training event's, ``with_lemma_freq``) and fits a logistic
regression (numpy, L2, Newton steps) of ``right`` against the other verdicts.  It is
scored by leave-one-FILE-out cross-validation: for each threshold, the events of the
held-out file whose probability of being right falls below it are counted as removed,
wrong and right, per file and summed, with the summed precision before and after.

    PYTHONPATH=src python tools/train_event_filter.py extract [--cache DIR]
    PYTHONPATH=src python tools/train_event_filter.py cv [--sets "S1 +route,S6 +lemma"]
        [--l2 X] [--thresholds 0.2,0.3] [--only polnear] [--bad not_event] [--files --at T]
        [--weights N]
    PYTHONPATH=src python tools/train_event_filter.py check --sets NAME --at T [--only ...]

``extract`` writes one JSON file of features and verdicts per judgment file to the cache
folder (outside the repository, default /tmp/event-filter2; no corpus text: the lemma
is the only word kept, the parse features are labels);
``cv`` reads them (``--only`` keeps the files of one collection, ``--bad`` the verdicts
the model learns to flag, ``--files`` prints each held-out file at ``--at``, ``--weights``
fits each set on all files and prints its size, speed and strongest weights instead);
``check`` fits one model on the dev files and prints, for each CHECK file, only how many
events it would remove (right, wrong) and the precision before and after: check rows are
never printed (RULES: summary lines only).  Fresh files are never read.

Finding (round 42, docs/quality.md): over the 19 dev files no structural feature set
removes more than about 1.2 wrong events per right one (about 2 with the file's
collection as a feature); nothing shipped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from wiretrace.eval import judged_events  # noqa: E402

VOA = str(ROOT.parent / "shared/eval/real-news/voa-dev.jsonl")
DEV = {
    "voa-dev": VOA, "voa-dev2": VOA,
    "polnear-train": "/tmp/polnear-train-12.jsonl",
    **{f"polnear-dev{n}": f"/tmp/polnear-dev{n}-10.jsonl" for n in range(2, 14)},
    "polnear-pdev": "/tmp/polnear-pdev-10.jsonl", "polnear-pdev2": "/tmp/polnear-pdev2-10.jsonl",
    "web-dev": "/tmp/web-dev-10.jsonl", "web-dev3": "/tmp/web-dev3.jsonl",
}
# check files: ``check`` prints their totals only (never their rows)
CHECK = {"voa-check": VOA, "voa-check2": VOA, "polnear-check": "/tmp/polnear-check-8.jsonl",
         "web-check": "/tmp/web-check-10.jsonl"}
PRONOUNS = frozenset("i me we us you he him she her it they them".split())

# feature groups (prefixes of the feature names), smallest first; each set adds groups
GROUPS = {
    "type": ("type",),
    "route": ("route", "pos"),
    "fact": ("assertion", "certainty", "tense", "attr", "attr_kind", "quote"),
    "actors": ("src", "tgt", "src_sector", "tgt_sector", "src_etype", "tgt_etype",
               "src_basis", "tgt_basis", "same_country", "n_src", "n_tgt"),
    "place": ("sent_pos", "sent_len", "n_in_sent", "trig_pos"),
    "extra": ("recipient", "time", "location", "magnitude", "quad", "context", "cameo2",
              "mode"),
    "lemma": ("lemma",),
    # round 42b: the trigger in the spaCy parse of its story (``parse_features``), and how
    # often its lemma is the trigger of a training event (set in ``cross_validate``)
    "parse": ("p_dep", "p_pos", "p_head_pos", "p_head_dep", "p_clause", "p_say", "p_neg",
              "p_modal", "p_mark", "p_dobj", "p_prep", "p_subj", "p_question", "p_quoted",
              "p_nv"),
    "lfreq": ("lemma_freq",),
    "cross": ("type_src", "type_tgt", "route_src"),
    # which collection the file is from (voa, polnear, web): not in the record, set by
    # ``load`` from the file's name, to see how much of the signal is the collection
    "corpus": ("corpus",),
}
SETS = {
    "S0 type": ("type",),
    "S1 +route": ("type", "route"),
    "S2 +fact": ("type", "route", "fact"),
    "S3 +actors": ("type", "route", "fact", "actors"),
    "S3a type+actors": ("type", "actors"),
    "S4 +place": ("type", "route", "fact", "actors", "place"),
    "S5 +extra": ("type", "route", "fact", "actors", "place", "extra"),
    "S5x +cross": ("type", "route", "fact", "actors", "place", "extra", "cross"),
    "S6 +lemma": ("type", "route", "fact", "actors", "place", "extra", "lemma"),
    "S0c type+corpus": ("type", "corpus"),
    "S3c S3+corpus": ("type", "route", "fact", "actors", "corpus"),
    "S5c S5+corpus": ("type", "route", "fact", "actors", "place", "extra", "corpus"),
    "S7 +corpus": ("type", "route", "fact", "actors", "place", "extra", "lemma", "corpus"),
    "P0 type+parse": ("type", "parse"),
    "P1 S1+parse": ("type", "route", "parse"),
    "P2 S2+parse": ("type", "route", "fact", "parse"),
    "P3 S3+parse": ("type", "route", "fact", "actors", "parse"),
    "P5 S5+parse": ("type", "route", "fact", "actors", "place", "extra", "parse"),
    "P6 S6+parse": ("type", "route", "fact", "actors", "place", "extra", "lemma", "parse"),
    "P6f P6+lfreq": ("type", "route", "fact", "actors", "place", "extra", "lemma", "parse",
                     "lfreq"),
    "P1f P1+lfreq": ("type", "route", "parse", "lfreq"),
    "S1f S1+lfreq": ("type", "route", "lfreq"),  # the lemma frequency without the parse
    "S6f S6+lfreq": ("type", "route", "fact", "actors", "place", "extra", "lemma", "lfreq"),
}
CLAUSES = frozenset("ROOT ccomp xcomp advcl relcl acl conj csubj pcomp parataxis".split())
SAY = frozenset(("speech", "claim", "deny", "relay"))  # cues.yaml verb classes of saying
QUOTES = "\"\u201c\u201d"
LEMMA_FREQ = ((1, "0"), (2, "1"), (5, "2-4"), (15, "5-14"))  # else "15+"


def _kind(actors: list) -> str:
    """The best of: named (an entity with a code), generic (a code, no entity), entity (no
    code), pronoun, thing (words with neither), none (as tools/route_table.py)."""
    kinds = {"named" if a.entity_id and (a.country or a.sector) else
             "generic" if a.country or a.sector else "entity" if a.entity_id else
             "pronoun" if a.text.lower() in PRONOUNS else "thing" for a in actors}
    return next((k for k in ("named", "generic", "entity", "pronoun", "thing") if k in kinds),
                "none")


def _bucket(value: float, edges: tuple, names: tuple) -> str:
    return next((n for e, n in zip(edges, names, strict=False) if value < e), names[-1])


def event_features(report, event) -> dict[str, str]:
    """The structural features of one coded event of a report, as name -> value (every
    feature categorical; one-hot ``name=value`` in the model)."""
    f = event.factuality
    text_len = max(len(report.article.text), 1)
    entities = {e.id: e for e in report.entities}
    sources = {s.id: s for s in report.sources}
    out = {"type": event.type or "-", "route": event.route or "-", "pos": event.pos,
           "assertion": f.assertion, "certainty": f.certainty, "tense": f.tense,
           "attr": _bucket(len(event.attribution), (1, 2), ("0", "1", "2+")),
           "attr_kind": sources[event.attribution[0]].kind
           if event.attribution and event.attribution[0] in sources else "none",
           "lemma": event.lemma.lower()}
    inside = [q for q in report.quotes if q.start <= event.trigger.start < q.end]
    out["quote"] = min(inside, key=lambda q: q.end - q.start).kind if inside else "none"
    same_country = "n/a"
    for role, key in (("source", "src"), ("target", "tgt")):
        found = [a for a in event.actors if a.role == role]
        out[key] = _kind(found)
        out[f"n_{key}"] = _bucket(len(found), (1, 2), ("0", "1", "2+"))
        out[f"{key}_sector"] = next((a.sector for a in found if a.sector), "none")
        out[f"{key}_etype"] = next((entities[a.entity_id].type for a in found
                                    if a.entity_id in entities), "none")
        out[f"{key}_basis"] = next((a.code_basis for a in found if a.code_basis), "none")
    src_c = {a.country for a in event.actors if a.role == "source" and a.country}
    tgt_c = {a.country for a in event.actors if a.role == "target" and a.country}
    if src_c and tgt_c:
        same_country = "same" if src_c & tgt_c else "other"
    out["same_country"] = same_country
    sent_start, sent_end = event.sentence.start, event.sentence.end
    out["sent_pos"] = _bucket(sent_start / text_len, (0.02, 0.15, 0.5), ("lead", "top", "mid",
                                                                          "end"))
    out["sent_len"] = _bucket(sent_end - sent_start, (100, 200, 300),
                              ("short", "mid", "long", "vlong"))
    out["trig_pos"] = _bucket((event.trigger.start - sent_start) / max(sent_end - sent_start, 1),
                              (0.25, 0.6), ("early", "middle", "late"))
    from wiretrace.render import happened
    n = sum(1 for e in report.events if happened(e) and e.sentence.start == sent_start)
    out["n_in_sent"] = _bucket(n, (2, 3), ("1", "2", "3+"))
    out["recipient"] = event.recipient.basis if event.recipient else "none"
    out["time"] = event.time.basis
    out["location"] = "yes" if event.location else "no"
    out["magnitude"] = "yes" if event.magnitude else "no"
    out["quad"] = event.quad or "none"
    out["context"] = event.context[0] if event.context else "none"
    out["cameo2"] = (event.cameo or "--")[:2]
    out["mode"] = event.mode or "none"
    out["type_src"] = f"{out['type']}|{out['src']}"
    out["type_tgt"] = f"{out['type']}|{out['tgt']}"
    out["route_src"] = f"{out['route']}|{out['src']}"
    return out


def _trigger_token(doc, event):
    """The syntactic head of the trigger's tokens in the parse (its first token else)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def parse_features(doc, event) -> dict[str, str]:
    """The trigger of one event in the spaCy parse of its story (``doc``, parsed from the
    article's masked text, so offsets agree): its dependency label and part of speech, its
    head's, the clause that holds it, the verb of saying above it, some children, its
    subject, the sentence's question mark and quotes.  Labels only: no word of the text
    but the lemma (kept already) and the prepositions to / with / against."""
    tok = _trigger_token(doc, event) if doc is not None else None
    if tok is None:
        return {n: "-" for n in GROUPS["parse"]}
    head = tok.head
    root = head.i == tok.i
    out = {"p_dep": tok.dep_, "p_pos": tok.pos_,
           "p_head_pos": "self" if root else head.pos_,
           "p_head_dep": "self" if root else head.dep_,
           "p_nv": "noun" if tok.pos_ in ("NOUN", "PROPN") else
           "verb" if tok.pos_ in ("VERB", "AUX") else "other"}
    if out["p_nv"] == "noun":
        out["p_clause"] = "noun-" + (tok.dep_ if tok.dep_ in ("pobj", "dobj", "nsubj",
                                                              "nsubjpass", "conj",
                                                              "compound") else "other")
    else:
        up = tok
        while up.dep_ not in CLAUSES and up.head.i != up.i:
            up = up.head
        out["p_clause"] = up.dep_ if up.dep_ in CLAUSES else "other"
    from wiretrace.nlp.attribution.words import cue_class
    say = "none"
    for anc in tok.ancestors:
        cls = cue_class(anc) if anc.pos_ in ("VERB", "AUX") else None
        if cls:
            say = "say" if cls in SAY else "other"
            break
    out["p_say"] = say
    kids = list(tok.children)
    out["p_neg"] = "yes" if any(k.dep_ == "neg" for k in kids) else "no"
    out["p_modal"] = "yes" if any(k.dep_ == "aux" and k.tag_ == "MD" for k in kids) else "no"
    marks = [k.lower_ for k in kids if k.dep_ == "mark"] + \
        ["to" for k in kids if k.dep_ == "aux" and k.tag_ == "TO"]
    out["p_mark"] = next((m for m in ("if", "whether", "to") if m in marks),
                         "other" if marks else "none")
    out["p_dobj"] = "yes" if any(k.dep_ in ("dobj", "obj") for k in kids) else "no"
    preps = [k.lower_ for k in kids if k.dep_ in ("prep", "dative", "agent")]
    out["p_prep"] = next((m for m in ("to", "with", "against") if m in preps),
                         "other" if preps else "none")
    subj = next((k for k in kids if k.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    out["p_subj"] = "none" if subj is None else "pronoun" if subj.pos_ == "PRON" else \
        subj.pos_ if subj.pos_ in ("PROPN", "NOUN") else "other"
    sent = tok.sent
    out["p_question"] = "yes" if sent.text.rstrip().rstrip(QUOTES + "'").endswith("?") \
        else "no"
    before = doc.text[sent.start_char:tok.idx]
    opened = sum(before.count(q) for q in QUOTES) % 2 == 1
    out["p_quoted"] = "inside" if opened else "has" if any(
        q in sent.text for q in QUOTES) else "none"
    return out


@contextlib.contextmanager
def keeping_docs():
    """While open, every story analyzed keeps its spaCy Doc in the dict yielded, by
    article id (the pipeline hands the Doc to its annotators in ``pipeline._report``)."""
    from wiretrace import pipeline

    docs, plain = {}, pipeline._report

    def report(article, doc, nlp):
        docs[article.id] = doc
        return plain(article, doc, nlp)

    pipeline._report = report
    try:
        yield docs
    finally:
        pipeline._report = plain


def with_lemma_freq(train: list[dict], rows: list[dict]) -> None:
    """Set ``lemma_freq`` on the rows: how many training events (not the row itself) have
    the row's trigger lemma, bucketed."""
    counts = Counter(r["feats"]["lemma"] for r in train)
    own = {id(r) for r in train}
    for r in rows:
        n = counts[r["feats"]["lemma"]] - (id(r) in own)
        r["feats"]["lemma_freq"] = next((b for e, b in LEMMA_FREQ if n < e), "15+")


def extract(cache: Path, sets: dict[str, str], quiet: bool = False) -> None:
    """Analyze each judged dev file's stories once; keep features and verdicts only."""
    plain = judged_events.happened_events

    def with_features(report) -> list[dict]:
        rows = plain(report)
        by_id = {e.id: e for e in report.events}
        doc = docs.pop(report.article.id, None)
        for row in rows:
            event = by_id[row["event"]]
            row["feats"] = {**event_features(report, event), **parse_features(doc, event)}
        return rows

    judged_events.happened_events = with_features
    try:
        with keeping_docs() as docs:
            for name, stories in sets.items():
                path = cache / f"{name}.json"
                if path.exists():
                    continue
                result = judged_events.evaluate([ROOT / f"docs/judgments/events-{name}.tsv"],
                                                stories)
                keep = [{"story": e["story"], "event": e["event"], "verdict": e["verdict"],
                         "feats": e["feats"]} for e in result["events"]]
                path.write_text(json.dumps(keep))
                if not quiet:
                    print(f"{name}: {len(keep)} happened, "
                          f"{sum(1 for e in keep if e['verdict'])} judged", flush=True)
    finally:
        judged_events.happened_events = plain


def encode(rows: list[dict], groups: tuple[str, ...], vocab: dict[str, int] | None = None
           ) -> tuple[np.ndarray, dict[str, int]]:
    """One-hot matrix (with a bias column 0) of the features in the groups."""
    names = [n for g in groups for n in GROUPS[g]]
    if vocab is None:
        seen = Counter(f"{n}={r['feats'][n]}" for r in rows for n in names)
        vocab = {k: i + 1 for i, k in enumerate(sorted(k for k, c in seen.items() if c >= 2))}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, 0] = 1.0
    for i, r in enumerate(rows):
        for n in names:
            j = vocab.get(f"{n}={r['feats'][n]}")
            if j:
                x[i, j] = 1.0
    return x, vocab


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 25) -> np.ndarray:
    """L2-penalized logistic regression by Newton's method (bias not penalized)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def load(cache: Path, sets: dict[str, str]) -> dict[str, list[dict]]:
    data = {name: [e for e in json.loads((cache / f"{name}.json").read_text()) if e["verdict"]]
            for name in sets}
    for name, rows in data.items():
        for e in rows:
            e["feats"]["corpus"] = name.split("-")[0]
    return data


def cross_validate(data: dict[str, list[dict]], groups: tuple[str, ...], l2: float,
                   bad: tuple[str, ...] = ("wrong_type", "wrong_actors", "not_event")
                   ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Leave one file out: held-out file -> (probabilities, right as 0/1).  The model is
    fitted to tell the ``bad`` verdicts from the rest (default: every verdict but right);
    the sweep always counts right against all the others."""
    out = {}
    for held in data:
        train = [r for name, rows in data.items() if name != held for r in rows]
        with_lemma_freq(train, train)
        with_lemma_freq(train, data[held])
        x, vocab = encode(train, groups)
        y = np.array([r["verdict"] not in bad for r in train], dtype=float)
        w = fit(x, y, l2)
        xt, _ = encode(data[held], groups, vocab)
        out[held] = (predict(xt, w), np.array([r["verdict"] == "right" for r in data[held]]))
    return out


def auc(ps: np.ndarray, ys: np.ndarray) -> float:
    """The area under the ROC curve of probabilities ``ps`` for the 0/1 ``ys``, by ranks."""
    order = np.argsort(ps)
    ranks = np.empty(len(ps))
    ranks[order] = np.arange(1, len(ps) + 1)
    n_pos, n_neg = ys.sum(), (~ys).sum()
    return float((ranks[ys].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) \
        if n_pos and n_neg else float("nan")


def sweep(folds: dict, thresholds: tuple) -> list[dict]:
    """Per threshold: wrong and right removed over all files, precision before and after,
    and how many files lose more right than wrong events."""
    rows = []
    right = sum(int(y.sum()) for _, y in folds.values())
    judged = sum(len(y) for _, y in folds.values())
    for t in thresholds:
        rw = rr = worse = 0
        for p, y in folds.values():
            cut = p < t
            w_, r_ = int((cut & ~y).sum()), int((cut & y).sum())
            rw, rr = rw + w_, rr + r_
            worse += r_ > w_
        kept = judged - rw - rr
        rows.append({"t": t, "removed_wrong": rw, "removed_right": rr, "files_worse": worse,
                     "p_before": right / judged, "p_after": (right - rr) / kept if kept else 0})
    return rows


def show_weights(data: dict[str, list[dict]], args) -> None:
    """The model of each feature set fitted on all the dev files read: its size, the time
    to encode and score every event, and its strongest weights either way."""
    import time

    rows = [r for v in data.values() for r in v]
    with_lemma_freq(rows, rows)
    for name in args.sets.split(","):
        x, vocab = encode(rows, SETS[name])
        w = fit(x, np.array([r["verdict"] == "right" for r in rows], dtype=float), args.l2)
        started = time.process_time()
        for _ in range(10):
            predict(encode(rows, SETS[name], vocab)[0], w)
        took = (time.process_time() - started) / 10 / len(rows) * 1e6
        names = {i: k for k, i in vocab.items()}
        order = np.argsort(w[1:]) + 1
        print(f"{name}: {len(vocab)} weights (+ bias {w[0]:.2f}); encode + score "
              f"{took:.0f} us/event (CPU)")
        print("  towards wrong: " + ", ".join(f"{names[i]} {w[i]:.2f}"
                                              for i in order[:args.weights]))
        print("  towards right: " + ", ".join(f"{names[i]} {w[i]:.2f}"
                                              for i in order[::-1][:args.weights]))


def check_totals(args, data: dict[str, list[dict]]) -> None:
    """One model per feature set, fitted on the dev files read, at the one threshold
    ``--at``, applied to each check file: totals only (events removed, right and wrong;
    precision before and after)."""
    check_cache = args.cache / "check"
    check_cache.mkdir(exist_ok=True)
    extract(check_cache, CHECK, quiet=True)
    checks = load(check_cache, CHECK)
    train = [r for rows in data.values() for r in rows]
    with_lemma_freq(train, train)
    for rows in checks.values():
        with_lemma_freq(train, rows)
    for name in args.sets.split(","):
        x, vocab = encode(train, SETS[name])
        w = fit(x, np.array([r["verdict"] == "right" for r in train], dtype=float), args.l2)
        print(f"{name}, fitted on {len(data)} dev files ({len(train)} events), t {args.at}:")
        for held, rows in checks.items():
            p = predict(encode(rows, SETS[name], vocab)[0], w)
            y = np.array([r["verdict"] == "right" for r in rows])
            cut = p < args.at
            rw, rr = int((cut & ~y).sum()), int((cut & y).sum())
            kept = len(y) - rw - rr
            print(f"  {held:<14} judged {len(y):>3}: removed wrong {rw:>2}, right {rr:>2}; "
                  f"precision {y.mean():.3f} -> {(y.sum() - rr) / max(kept, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("extract", "cv", "check"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/event-filter2"))
    parser.add_argument("--sets", default=",".join(SETS), help="feature sets (names of SETS)")
    parser.add_argument("--l2", type=float, default=2.0)
    parser.add_argument("--files", action="store_true", help="per held-out file at --at")
    parser.add_argument("--at", type=float, default=0.3)
    parser.add_argument("--weights", type=int, default=0,
                        help="with cv: print the N strongest weights of each set fitted on all")
    parser.add_argument("--thresholds", default="0.2,0.3,0.4,0.5,0.6")
    parser.add_argument("--only", default="", help="only the files whose name starts so "
                        "(voa, polnear, web): train and test within one collection")
    parser.add_argument("--bad", default="wrong_type,wrong_actors,not_event",
                        help="the verdicts the model learns to flag (default: all but right)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.what == "extract":
        extract(args.cache, DEV)
        return
    data = load(args.cache, {k: v for k, v in DEV.items() if k.startswith(args.only)})
    if args.what == "check":
        check_totals(args, data)
        return
    if args.weights:
        show_weights(data, args)
        return
    total = sum(len(v) for v in data.values())
    right = sum(r["verdict"] == "right" for v in data.values() for r in v)
    print(f"{len(data)} dev files, {total} judged events, {right} right "
          f"(precision {right / total:.3f}); l2 {args.l2}")
    thresholds = tuple(float(t) for t in args.thresholds.split(","))
    for name in args.sets.split(","):
        folds = cross_validate(data, SETS[name], args.l2, tuple(args.bad.split(",")))
        ys = np.concatenate([y for _, y in folds.values()])
        ps = np.concatenate([p for p, _ in folds.values()])
        ll = -np.mean(np.where(ys, np.log(ps), np.log(1 - ps)))
        corpora = {c: {k: v for k, v in folds.items() if k.startswith(c)}
                   for c in ("voa", "polnear", "web")}
        by_corpus = {c: (auc(np.concatenate([p for p, _ in f.values()]),
                             np.concatenate([y for _, y in f.values()])), sweep(f, thresholds))
                     for c, f in corpora.items() if f}
        print(f"{name}: held-out log loss {ll:.3f}, AUC {auc(ps, ys):.3f} (" + ", ".join(
            f"{c} {a:.3f}" for c, (a, _) in by_corpus.items()) + ")")
        for i, r in enumerate(sweep(folds, thresholds)):
            print(f"  t {r['t']:.2f}: removed wrong {r['removed_wrong']:>3}, right "
                  f"{r['removed_right']:>3}; precision {r['p_before']:.3f} -> "
                  f"{r['p_after']:.3f}; files losing more right than wrong {r['files_worse']}"
                  "; " + ", ".join(f"{c} {s[i]['removed_wrong']}/{s[i]['removed_right']}"
                                   for c, (_, s) in by_corpus.items()))
        if args.files:
            for held, (p, y) in folds.items():
                cut = p < args.at
                print(f"    {held:<15} judged {len(y):>3} P {y.mean():.2f}  removed wrong "
                      f"{int((cut & ~y).sum()):>2} right {int((cut & y).sum()):>2}")


if __name__ == "__main__":
    main()
