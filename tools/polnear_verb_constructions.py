"""Verb constructions of a PolNeAR half: how often each is a gold cue and how often ours.

For every verb of the articles (the development half only: ``--half first``), its
construction (complement: finite that-clause, bare finite clause, wh-clause, to-infinitive,
object + to-infinitive, gerund, a quotation mark beside it, a direct object, a preposition,
none), its subject (person, organisation, other noun, "it", inherited from the verb above,
a noun it modifies, none) and voice; whether a gold cue covers it, whether one of our
univocal records' cues does, and whether it lies inside our content.  Prints, per
construction and per (lemma, construction), the gold cues we miss outside our content
("gain"), the verbs that are no gold cue and not ours outside our content ("fp" if all
were taken) and in how many articles the gain lies (round 14, docs/quality.md).

    PYTHONPATH=src python tools/polnear_verb_constructions.py /tmp/polnear/data/train --half first
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wiretrace import pipeline
from wiretrace.eval import polnear as P
from wiretrace.nlp import language
from wiretrace.read.text import from_text

PERSON_PRONOUNS = {"he", "she", "they", "i", "we", "you", "who"}
QUOTES = set('"\u201c\u201d\u2018\u2019`') | {"''", "``"}


def construction(v) -> str:
    kids = list(v.children)
    deps = {c.dep_ for c in kids}
    for c in kids:
        if c.dep_ == "ccomp":
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                return "ccomp_that"
            if c.left_edge.tag_ in ("WDT", "WP", "WRB") or any(
                    g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children):
                return "wh"
            return "gerund" if c.tag_ == "VBG" else "ccomp_bare"
    for c in kids:
        if c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children):
            return "obj_to" if "dobj" in deps else "xcomp_to"
        if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG" and c.i > v.i:
            return "gerund"
    doc = v.doc
    near = list(range(max(0, v.i - 3), v.i)) + list(range(v.i + 1, min(len(doc), v.i + 4)))
    if any(doc[j].text in QUOTES or doc[j].text[:1] in QUOTES for j in near):
        return "quote"
    if any(c.dep_ == "dobj" and c.i > v.i for c in kids):
        return "dobj"
    preps = [c.lower_ for c in kids if c.dep_ == "prep" and c.i > v.i]
    if preps:
        return "prep_" + preps[0]
    return "pred" if deps & {"xcomp", "acomp", "oprd"} else "none"


def subject(v) -> str:
    s = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if s is None:
        return {"conj": "inherited", "xcomp": "inherited", "advcl": "inherited",
                "acl": "modifier", "relcl": "modifier"}.get(v.dep_, "none")
    if s.ent_type_ == "PERSON" or s.lower_ in PERSON_PRONOUNS:
        return "person"
    if s.ent_type_ in ("ORG", "GPE", "NORP"):
        return "organisation"
    return "it" if s.lower_ in ("it", "this", "that", "there") else "noun"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("directory")
    ap.add_argument("--half", default="first", choices=P.HALVES)
    ap.add_argument("--min-gain", type=int, default=4)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    nlp = language.load()
    parsed = {}
    report_of = pipeline._report

    def keep(article, doc, nlp):
        parsed[article.id] = doc
        return report_of(article, doc, nlp)

    pipeline._report = keep  # the parse the pipeline made, read beside its report
    golds = [P.read_document(t, a) for t, a in P.split_files(args.directory, args.limit, args.half)]
    articles = [from_text(d.text, id=d.name, published=d.published) for d in golds]
    stats: dict[tuple, Counter] = defaultdict(Counter)
    places: dict[tuple, set] = defaultdict(set)
    for gold, report in zip(golds, pipeline.analyze_many(articles, nlp)):
        if isinstance(report, pipeline.AnalysisFailure):
            continue
        doc = parsed.pop(gold.name)
        ours = P.univocal(P.from_report(report))
        cues = [a.cue for a in gold.attributions if a.cue]
        for v in doc:
            if not v.tag_.startswith("VB") or v.pos_ == "AUX":
                continue
            s, e = v.idx, v.idx + len(v.text)
            g = any(P.overlap(c, s, e) for c in cues)
            if any(r.cue[0] < e and s < r.cue[1] for r in ours) or any(
                    P.overlap(r.content, s, e) for r in ours):
                continue
            kind = construction(v)
            voice = "passive" if any(c.dep_ in ("auxpass", "nsubjpass")
                                     for c in v.children) else "active"
            for key in (("construction", kind),
                        ("construction+subject", kind, subject(v), voice),
                        ("lemma", v.lemma_.lower(), kind)):
                stats[key]["gain" if g else "fp"] += 1
                if g:
                    places[key].add(gold.name)
    for key in sorted(stats, key=lambda k: -stats[k]["gain"]):
        c = stats[key]
        if c["gain"] >= args.min_gain:
            print(f"{' '.join(key):55s} gain {c['gain']:5d}  fp {c['fp']:6d}  "
                  f"articles {len(places[key]):4d}")


if __name__ == "__main__":
    main()
