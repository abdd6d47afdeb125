"""Where a verb of saying's content condemns someone (round 33, h-evsay33; issue 18).

A diagnostic, no rule: for every verb of saying (``cues.yaml`` verb classes ``speech`` and
``claim``) with a that-clause (``ccomp``) in the given story files, say whether the clause
holds criticism in the shapes a rule "criticism told as what someone said" would read:

* ``subj``: a form of 'be' whose predicate noun or adjective (or an adjective on it) is a
  word of ``evaluations.yaml`` ``condemning_words`` or ``speech_content.yaml``
  ``disapproval_words``, its subject a party ("said Trump was a liar");
* ``poss``: the same with a party as the subject's possessor ("said Trump's plan would be a
  disaster");
* ``thing``: the same with any other subject ("said the concentration of wealth is a
  disaster");
* ``verb``: the clause's verb a verb of criticism (``criticism_verbs.yaml`` ``verbs`` and
  ``object_verbs``, and criticize, condemn, denounce, accuse, blame, attack);
* ``loose``: none of these, but one of the words somewhere in the clause.

Prints one tab-separated line per hit (file, story, offset, verb, shape, negated, the
subject or possessor, the events coded on the verb now) and a count by shape.  With
``--text`` it adds the sentence (for reading dev stories only; never for check sets).
Usage::

    PYTHONPATH=src python tools/speech_condemnations.py /tmp/polnear-dev7-10.jsonl ...
"""

from __future__ import annotations

import sys
from collections import Counter

from wiretrace import clean, pipeline
from wiretrace.lexicon import load_yaml
from wiretrace.nlp.context import masked_text
from wiretrace.read.jsonl import read_file

PARTY = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
CRITICISM = frozenset({"criticize", "criticise", "condemn", "denounce", "accuse", "blame",
                       "attack"})


def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    verbs = load_yaml("cues.yaml")["verbs"]
    speech = frozenset(verbs["speech"]["lemmas"]) | frozenset(verbs["claim"]["lemmas"])
    words = frozenset(load_yaml("evaluations.yaml")["condemning_words"]) | frozenset(
        load_yaml("speech_content.yaml")["disapproval_words"])
    crit = load_yaml("criticism_verbs.yaml")
    return speech, words, frozenset(crit["verbs"]) | frozenset(crit["object_verbs"]) | CRITICISM


def _party(token) -> bool:
    return token.ent_type_ in PARTY or token.lower_ in PRONOUNS


def _judging(token, words) -> bool:
    forms = {token.lower_, token.lemma_.lower()}
    forms |= {f"{c.lower_} {f}" for c in token.children if c.dep_ in ("compound", "amod")
              for f in tuple(forms)}
    return bool(forms & words)


def shape(clause, words, crit):
    """The shape of criticism in a that-clause and the party it names, or (None, None)."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if clause.lemma_ == "be" and subjects:
        heads = [t for h in clause.children if h.dep_ in ("acomp", "attr")
                 for t in (h, *h.conjuncts)]
        if any(_judging(t, words) for t in heads):
            poss = [c for c in subjects[0].children if c.dep_ == "poss"]
            if _party(subjects[0]):
                return "subj", subjects[0]
            if poss and _party(poss[0]):
                return "poss", poss[0]
            return "thing", subjects[0]
    if clause.lemma_.lower() in crit:
        return "verb", subjects[0] if subjects else None
    if any(_judging(t, words) for t in clause.subtree):
        return "loose", None
    return None, None


def parsed_articles(paths: list[str], nlp):
    """(path, article, doc) for each article the stories files hold, its text cleaned
    and masked as the pipeline reads it, parsed by ``nlp``."""
    for path in paths:
        for read in read_file(path):
            article = getattr(read, "article", None)
            if article is not None:
                yield path, article, nlp(masked_text(clean.clean(article)))


def print_row(line: list[str], verb, with_text: bool) -> None:
    """One tab-separated row, its verb's sentence last with ``--text``."""
    if with_text:
        line = [*line, verb.sent.text.replace("\n", " ")]
    print("\t".join(line))


def print_counts(counts: Counter[str]) -> None:
    print("# " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())), file=sys.stderr)


def main(argv: list[str]) -> None:
    text = "--text" in argv
    speech, words, crit = _tables()
    nlp = pipeline.load()
    counts: Counter[str] = Counter()
    for path, article, doc in parsed_articles([a for a in argv if a != "--text"], nlp):
        report = pipeline.analyze(article, nlp)
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                kind, party = shape(clause, words, crit)
                if kind is None:
                    continue
                counts[kind] += 1
                coded = [f"{e.type} {e.cameo}" for e in report.events
                         if e.trigger.start == verb.idx and e.type]
                neg = any(c.dep_ == "neg" for c in clause.children)
                print_row([path, article.id, str(verb.idx), verb.text, kind, f"neg={neg}",
                           party.text if party is not None else "", "; ".join(coded)],
                          verb, text)
    print_counts(counts)

if __name__ == "__main__":
    main(sys.argv[1:])
