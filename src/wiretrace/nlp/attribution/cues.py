"""Reporting cues: the words that mark attributed content ("said", "according to",
"refused to comment"), each with its speaker, relay, addressee and content tokens.
The words and their classes live in ``data/cues.yaml``; the cues of each kind are found
in :mod:`.verbs`, :mod:`.nominal`, :mod:`.phrases`, :mod:`.shells` and :mod:`.labels`."""

from __future__ import annotations

from spacy.symbols import ADJ, NOUN
from spacy.tokens import Doc, Token

from ..context import tokens_tagged
from .held import held_noun_cue
from .labels import cut_coordinated, headline_verb_cues, label_cues
from .light import light_noun_cue
from .nominal import (
    adjective_cue,
    bound_noun,
    made_clear_cue,
    noun_cue,
    self_described_cues,
    title_cues,
)
from .phrases import (
    adverb_cues,
    opinion_cues,
    phrasal_cues,
    phrase_cues,
    records_show_cues,
    survey_cues,
)
from .record import Cue
from .shells import shell_cue
from .verbs import verb_cue
from .words import lexicon

__all__ = ["Cue", "find_cues"]


def find_cues(doc: Doc, skip: frozenset[int] = frozenset()) -> list[Cue]:
    """Every reporting cue in ``doc`` (tokens in ``skip`` are neither cues nor content)."""
    cues: list[Cue] = []
    # a headline's verb tagged a noun ("Mayor calls for port inquiry") is the headline's cue
    headline = headline_verb_cues(doc)
    headline_verbs = {c.anchor for c in headline}
    for i in tokens_tagged(doc, frozenset({NOUN, ADJ}), lambda tag: tag.startswith("VB")):
        token = doc[i]
        if i in skip or token.is_space:
            continue
        cue = None
        if token.tag_.startswith("VB"):
            cue = verb_cue(token)
        elif token.pos_ == "NOUN" and i not in headline_verbs and not bound_noun(token):
            cue = noun_cue(token) or shell_cue(token) or light_noun_cue(token) or (
                held_noun_cue(token))
        elif token.pos_ == "ADJ":
            cue = adjective_cue(token) or made_clear_cue(token)
        if cue is not None:
            cues.append(cue)
    # a phrasal verb with its object takes the place of its verb's cue when that cue found
    # no content ("fired back at the mayor", "called out the board": round 42)
    phrasal = phrasal_cues(doc)
    bare = {c.anchor for c in phrasal} & {c.anchor for c in cues if not c.content}
    cues = [c for c in cues if c.anchor not in bare]
    anchors = {c.anchor for c in cues}
    found = phrase_cues(doc) + adverb_cues(doc) + survey_cues(doc) + opinion_cues(doc) + (
        label_cues(doc)) + [c for c in phrasal + self_described_cues(doc) + (
            title_cues(doc)) if c.anchor not in anchors] + [
        c for c in headline + records_show_cues(doc) if c.anchor not in anchors]
    cues += [c for c in found if c.anchor not in skip]
    cut_coordinated(doc, cues, headline)
    cues = [c for c in cues if not in_closed_question(doc[c.anchor])
            and not unauthorized(doc[c.anchor])]
    for cue in cues:
        cue.content = [i for i in cue.content if i not in skip]
    return sorted(cues, key=lambda c: c.anchor)


def unauthorized(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a negated "authorized" ("because they were
    not authorized to [discuss] the talks", the reason newswires give for a source's
    anonymity): a permission the source lacks, no act of saying (round 45)."""
    head = token.head
    return (token.dep_ == "xcomp" and head is not token
            and head.lemma_.lower() in lexicon().unauthorized
            and any(c.dep_ == "neg" for c in head.children))


# the relations a cue's word climbs to the head of the clause it stands in ("whether he
# would [support] Trump", "whether they had any [concerns]", "whether that means he would
# [approve] of ...")
CLAUSE_CLIMB = frozenset({"xcomp", "aux", "auxpass", "dobj", "pobj", "prep", "acomp",
                          "attr", "ccomp", "conj"})


def in_closed_question(token: Token) -> bool:
    """Whether ``token`` stands in an embedded closed question, a clause opened by
    "whether" ("declined to say whether she [thought] ...", "it is unclear whether he
    [knew] ...", "an inquiry into whether the set-up [put] ... at risk"): an
    interrogative content clause expresses a question, not a proposition anyone holds or
    says (CGEL ch. 11, interrogative clauses), and PolNeAR's annotators leave such cues
    unmarked (train first half: 12 of 13).  "if" is left alone: it opens conditions too."""
    word = token
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in word.children):
            return True
        if word.dep_ not in CLAUSE_CLIMB or word.head is word:
            return False
        word = word.head
    return False
