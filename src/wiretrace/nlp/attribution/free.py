"""Free lexicon verbs (round 39): a verb of the cue lexicon that the cue finders left
with no record, in a sentence where no record of ours has its cue ("Smith attacked the
governor's record on taxes", "Jones argued for the levy").  PolNeAR marks such uses as
attributions in most of their uses for the lemmas listed in ``data/free_cues.yaml``; for
each of them the verb is the cue, its complements the content and its subject the source.

The lemmas were chosen by a rule declared before the counts were read (docs/quality.md,
round 39): on PolNeAR's train split, first half, a lemma's free uses (as found here) are
8 or more and half or more of them are gold cues, and on the second half 0.45 or more.
Round 40 adds :func:`contentless`: a speech cue the finders make with no content of its
own (argue, note, plead, recall; ``contentless_speech_lemmas``) takes
:func:`free_content` as its content (:func:`.chains._contentless_drafts`)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import load_yaml
from ..actors.places import PLACE_TYPES
from .clauses import clause_tokens, subject_of
from .record import Cue, index_of
from .words import lexicon, names_people

# the complements that hold what the verb reports or judges
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})
# prepositions whose object is what is spoken of or judged (CGEL ch. 7, prepositional
# complements of verbs of communication): "about", "of", "on", "over", "against"
TOPIC_PREPS = frozenset({"about", "of", "on", "over", "against"})
# a verb that hangs on the clause it reports ("The levy is dead, she argued")
HOST_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
# the clauses that open a closed question ("whether she argued ...": no one's report)
QUESTION_MARKS = frozenset({"whether"})
# the word that opens a comparative clause of inequality ("as" opens times and reports
# too: "as Mendes told the crews")
COMPARATIVE = frozenset({"than"})


@lru_cache(maxsize=1)
def free_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas whose free uses are records, anywhere and in a main clause only
    (``data/free_cues.yaml``)."""
    data = load_yaml("free_cues.yaml")
    return frozenset(data["lemmas"]), frozenset(data["main_clause_lemmas"])


@lru_cache(maxsize=1)
def contentless_lemmas() -> frozenset[str]:
    """The speech verbs whose cues with no content of their own are records (round 40,
    ``contentless_speech_lemmas`` in ``data/free_cues.yaml``)."""
    return frozenset(load_yaml("free_cues.yaml").get("contentless_speech_lemmas", ()))


def contentless(verb: Token, cls: str) -> bool:
    """Whether a cue of ``cls`` on ``verb`` that its finder left with no content is a
    record of round 40's cells: a verb of the speech class whose lemma is listed, with
    no object that names someone ("recalled its ambassador": someone recalled, as for
    cues.yaml's ``message_object``)."""
    return cls == "speech" and verb.tag_.startswith("VB") and (
        verb.lemma_.lower() in contentless_lemmas()) and not any(
        c.dep_ == "dobj" and names_people(c) for c in verb.children)


def main_clause(verb: Token) -> bool:
    """Whether ``verb`` heads its sentence or a conjunct of its head."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def listed(verb: Token) -> bool:
    """Whether ``verb`` is one of ``data/free_cues.yaml``'s cells."""
    anywhere, main = free_lemmas()
    lemma = verb.lemma_.lower()
    return lemma in anywhere or (lemma in main and main_clause(verb))


def lexicon_verbs() -> frozenset[str]:
    """Every verb lemma of the cue lexicon: the verb classes, the speech-act stances,
    the verbs of persuading and of publishing."""
    lex = lexicon()
    return frozenset(lex.verbs) | lex.act_stances | lex.act_persons | (
        lex.persuasion_verbs) | lex.publication_verbs


def free_verbs(doc: Doc, cue_spans: list[tuple[int, int]],
               record_spans: list[tuple[int, int]], skip: frozenset[int] | set[int],
               lemmas: frozenset[str]) -> list[Token]:
    """The verbs of ``lemmas`` in ``doc`` whose sentence holds none of ``cue_spans`` (the
    records' cues, in characters) and that lie in none of ``record_spans`` (the records'
    contents and cues); not a participle modifying a noun ("pledged delegates"), not in
    a "whether" clause, not a removed token."""
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        if any(a < e and s < b for a, b in cue_spans):
            continue
        for token in sent:
            if not token.tag_.startswith("VB") or token.lemma_.lower() not in lemmas or (
                    token.i in skip or token.dep_ == "amod" or _in_question(token)):
                continue
            if _comparative(token) or _place_object(token):
                continue
            at = token.idx
            if any(a <= at < b for a, b in record_spans):
                continue
            out.append(token)
    return out


def _comparative(verb: Token) -> bool:
    """A verb in a comparative clause ("sooner than expected"): the
    clause lacks the compared term (CGEL ch. 13) and, with no subject, names no one who
    holds anything (round 32); one with a subject is :mod:`.hosts`'s cue."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in COMPARATIVE:
        return True
    return any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in COMPARATIVE
               and c.i < verb.i for c in verb.children)


def _place_object(verb: Token) -> bool:
    """A verb whose object is a place ("rebels attacked the town"): the physical sense
    (Merriam-Webster "attack" 1, to set upon forcefully; round 14), as for "defend"
    (round 15, `place_objects` in cues.yaml)."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in PLACE_TYPES
                                     or c.lemma_.lower() in lexicon().act_places)
               for c in verb.children)


def _in_question(token: Token) -> bool:
    word = token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in word.children):
            return True
        if word.head is word or word.dep_ not in ("xcomp", "ccomp", "conj", "aux"):
            return False
        word = word.head
    return False


def free_content(verb: Token) -> list[int]:
    """What the verb reports: its clausal complement or object; else the object of a
    preposition of topic ("talked about health care", "attacked him over the issue",
    "assured of winning"; the preposition is left out, as PolNeAR's annotators mark
    it); for a verb that hangs on the clause it reports, that clause less the verb's
    own words; else the rest of its sentence after it."""
    content: list[int] = []
    for c in verb.children:
        if c.dep_ in CONTENT_DEPS:
            content += clause_tokens(c)
    if not content:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME"):
                        content += clause_tokens(g)
    own = {t.i for t in verb.subtree}
    if not content and verb.dep_ in HOST_DEPS and verb.head is not verb:
        content = clause_tokens(verb.head, exclude=own)
    if not content:
        content = [t.i for t in verb.sent if t.i > verb.i and not t.is_punct
                   and not t.is_space]
    return sorted(set(content) - {verb.i})


def free_cue(verb: Token) -> Cue | None:
    """The record of a free lexicon verb, or None when it has nothing to report."""
    content = free_content(verb)
    if not content:
        return None
    lex = lexicon()
    cls = lex.verbs.get(verb.lemma_.lower(), "stance")
    return Cue(tokens=[verb.i], cls=cls, anchor=verb.i,
               speaker=index_of(subject_of(verb)), content=content)
