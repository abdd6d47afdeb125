"""Accusations told as what someone said, by a wrongdoing predicate (round 36, h-said36;
issue 18).  A diagnostic, no rule (measured and not adopted: docs/quality.md "Round 36:
wrongdoing told as what someone said").

For every verb of saying (``cues.yaml`` classes ``speech`` and ``claim``, less the verbs
of guessing) whose that-clause (``ccomp``, or a verb conjoined to it with no subject of its
own) has a wrongdoing predicate of ``data/wrongdoing.yaml`` (CAMEO 112x, the PLOVER
manual's ACCUSE 'allege') as its verb, say what a rule "X said Y had lied: ACCUSE X > Y"
would make of it:

* ``accuse``: the act done (past, perfect or progressive), not negated, no modal, no
  question or condition, the act's own verb uncoded, its active subject a named party
  (PERSON, ORG, GPE, NORP) or the subject's owner one ("Smith's foundation took bribes");
  the would-be target is printed;
* ``negated`` ("said Y did not lie": a defense), ``no_doer`` (a passive or no subject),
  ``not_done`` (a modal, a to-infinitive, a present of habit, a question or a condition),
  ``coded`` (the content verb has a code of its own: its own event), ``unnamed`` (a
  pronoun, a common noun).

Prints one tab-separated line per hit (file, story, offset, verb, act, shape, party) and a
count by shape.  ``--text`` adds the sentence (dev stories only, never check sets)::

    PYTHONPATH=src python tools/said_wrongdoing.py /tmp/polnear-dev10-10.jsonl ... [--text]
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from wiretrace import pipeline
from wiretrace.dates.words import word_set
from wiretrace.lexicon import load_yaml
from wiretrace.nlp.events.coding import coding_for

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speech_condemnations import parsed_articles, print_counts, print_row

# verbs of guessing and asking: "predicted that X would cheat", "asked whether X lied"
GUESSING = frozenset({"predict", "estimate", "speculate", "rumor", "rumour", "ask"})
# a condition or a question: timex.yaml's one list of conditional subordinators (round 36,
# h-tidy36) and "whether"
OPEN_MARKS = word_set("conditional_subordinators") | {"whether"}
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@lru_cache(maxsize=1)
def tables() -> dict:
    data = load_yaml("wrongdoing.yaml")
    cues = load_yaml("cues.yaml")["verbs"]
    saying = frozenset(cues["speech"]["lemmas"]) | frozenset(cues["claim"]["lemmas"])
    return {"verbs": dict(data["verbs"]), "phrases": dict(data["phrases"]),
            "saying": saying - GUESSING}


def wrong_code(act) -> str | None:
    """The CAMEO 112x code of a wrongdoing predicate: the verb, or the verb with its
    particle or its object's lemma ("covered up", "broke the law")."""
    if act.pos_ != "VERB":
        return None
    lemma = act.lemma_.lower()
    for c in act.children:
        if c.dep_ in ("prt", "dobj"):
            found = tables()["phrases"].get(f"{lemma} {c.lemma_.lower()}")
            if found:
                return found
    return tables()["verbs"].get(lemma)


def negated(act) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in act.children)


def done(act) -> bool:
    """Past ("rigged"), perfect ("had lied") or progressive ("was lying"); not a modal, a
    to-infinitive, a present of habit, a question or a condition (Quirk et al. 1985,
    4.4-4.29; CGEL ch. 11, open and closed interrogative content clauses)."""
    auxes = [c for c in act.children if c.dep_ == "aux"]
    if any(a.tag_ in ("MD", "TO") for a in auxes) or any(
            c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in act.children):
        return False
    if any(a.lemma_ == "have" for a in auxes):
        return True
    if act.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return True
    return act.tag_ == "VBD" and not auxes


def _named(token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in NAMED


def shapes(verb):
    """(act, shape, party) for each wrongdoing predicate in a verb of saying's that-clause."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in tables()["saying"]:
        return
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for act in (clause, *[c for c in clause.conjuncts if c.i > clause.i and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]):
            code = wrong_code(act)
            if code is None:
                continue
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            owners = [c for s in subjects[:1] for c in s.children
                      if c.dep_ == "poss" and _named(c)]
            party = subjects[0] if subjects and _named(subjects[0]) else (
                owners[0] if owners else None)
            if negated(clause) or negated(act):
                yield act, "negated", party
            elif len(subjects) != 1 or subjects[0].dep_ != "nsubj":
                yield act, "no_doer", None
            elif not done(clause):
                yield act, "not_done", party
            elif coding_for(act).type:
                yield act, "coded", party
            elif party is None:
                yield act, "unnamed", None
            else:
                yield act, "accuse", party


def main(argv: list[str]) -> None:
    text = "--text" in argv
    nlp = pipeline.load()
    counts: Counter[str] = Counter()
    for path, article, doc in parsed_articles([a for a in argv if a != "--text"], nlp):
        for verb in doc:
            for act, kind, party in shapes(verb):
                counts[kind] += 1
                print_row([path, article.id, str(verb.idx), verb.text, act.text, kind,
                           party.text if party is not None else ""], verb, text)
    print_counts(counts)

if __name__ == "__main__":
    main(sys.argv[1:])
