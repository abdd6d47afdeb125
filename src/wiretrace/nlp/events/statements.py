"""What a verb of naming or of stating says (plover_verbs.yaml condemnations,
condemning_speech, statement_verbs, naming_verbs): a naming verb whose complement condemns
its object ("called the subsidies unbearable", "slammed the hearings as a sham") and a verb
of saying whose that-clause calls its subject a thing condemned ("warned that the
cooperation is illegal") disapprove (the ``condemnations`` coding); a verb that hands over
information to nobody named ("released two videos") or names something ("called the
verdict a miscarriage of justice") makes a statement, which PLOVER does not code.  Moved
out of :mod:`.coding`, whose ``_coding_route`` asks these; criticism.py reads them too."""

from __future__ import annotations

from spacy.tokens import Token

from .coding import _infinitive, _party_word, phrase_objects
from .readings import NAMES

COMPLEMENTS = {"oprd", "xcomp", "ccomp", "acomp", "attr"}


def _complements(verb: Token) -> list[Token]:
    """What a naming verb calls its object: a complement of the verb ("called the
    subsidies unbearable"), one the parser hangs on the object ("called it a sham"), or
    "as" on the verb or, after a quotation mark, its object ("as deplorable"); conjuncts too."""
    found = [c for c in verb.children if c.dep_ in COMPLEMENTS and not _infinitive(c)]
    objects = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    found += [c for o in objects for c in o.children if c.dep_ in COMPLEMENTS | {"appos"}]
    found += [c for h in (verb, *objects) for p in h.children if p.dep_ == "prep"
              and p.lower_ == "as" for c in p.children if c.dep_ in ("pobj", "amod", "acomp")]
    return [t for c in found for t in (c, *c.conjuncts)]


def _condemning(verb: Token, words: frozenset[str]) -> bool:
    """Whether a naming verb's complement condemns its object (plover_verbs.yaml
    condemnations): the complement's head word or lemma, or a two-word name ending in
    it ("war criminals"), is a word of condemnation."""
    return any(_condemned(head, words) for head in _complements(verb))


def _condemned(head: Token, words: frozenset[str]) -> bool:
    """The word or lemma, or a two-word name ending in it ("war criminals"), is among
    the words of condemnation."""
    forms = {head.lower_, head.lemma_.lower()}
    forms |= {f"{c.lower_} {f}" for c in head.children
              if c.dep_ in ("compound", "amod") for f in tuple(forms)}
    return bool(forms & words)


def _condemning_clause(verb: Token, words: frozenset[str]) -> bool:
    """Whether a verb of saying's that-clause says that its subject is a thing condemned
    ("warned that the cooperation is dangerous, illegal"; plover_verbs.yaml
    condemning_speech): a form of 'be' with a subject and a predicate among the words,
    not negated, nor judging a to-infinitive ("it would be improper to comment")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if clause.lemma_ != "be" or any(c.dep_ == "neg" or _infinitive(c) for c in clause.children)\
                or not any(c.dep_ in ("nsubj", "csubj") for c in clause.children):
            continue
        # "is dangerous, illegal and a threat": the parser may hang the list on 'is'
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr") or (
            c.dep_ == "conj" and c.pos_ in ("ADJ", "NOUN"))]
        if any(_condemned(t, words) for h in heads for t in (h, *h.conjuncts)):
            return True
    return False


def _statement(token: Token, lemma: str, rules: dict) -> bool:
    """A verb that hands over information to nobody named ("released two videos",
    "provided details"; "shared evidence with the U.S." is COOPERATE, PLOVER 3.5) or names
    something ("called the verdict a miscarriage of justice") makes a statement,
    which PLOVER does not code (plover_verbs.yaml statement_verbs, naming_verbs)."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    to_someone = any(o.ent_type_ in NAMES for o in phrase_objects(token, ("to", "with"))) or any(
        c.dep_ == "dative" and any(_party_word(x) for x in (c, *c.children))
        for c in token.children)  # "to Macedonia" may be a dative; "the crowd" is none
    said = rules["statement_objects"]
    objects += [o for x in objects for o in phrase_objects(x, ("of",))]  # "a batch of the messages"
    if lemma in rules["statement_verbs"] and not to_someone and any(
            o.lemma_.lower() in said or o.lower_ in said for o in objects):
        return True  # "offered the crowd an emotional evaluation": no party named
    if lemma in rules["naming_verbs"]:
        if any(c.dep_ in COMPLEMENTS and not _infinitive(c) for c in token.children) or any(
                p.dep_ == "prep" and p.lower_ == "as" for p in token.children):
            return True  # "called them a punishment", "were called as witnesses"
        if any(o.dep_ in ("dobj", "nsubjpass") and o.dep_ and any(
                c.dep_ in COMPLEMENTS | {"appos"} for c in o.children) for o in objects):
            return True  # "called it a miscarriage": the complement hangs on the object
    return False
