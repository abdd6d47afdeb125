"""Refusals: "refused to comment", "declined to release the files", "did not comment on
the situation", and a refusal to say what the question it names asks ("declined to say
whether the port would close", "would not say when")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .clauses import clause_tokens, subject_of
from .record import Cue, index_of
from .words import FIRST_PERSON, lexicon, to_marked

# the words that open an embedded question (CGEL ch. 11, interrogative clauses: "whether"
# and "if" in closed questions, a wh-word in open ones)
QUESTION_OPENERS = frozenset({"whether", "if", "what", "who", "whom", "whose", "which",
                              "when", "where", "why", "how"})

Addressee = Callable[[Token], "Token | None"]


def asked_clause(verb: Token) -> list[int]:
    """The embedded question a verb of saying takes ("say whether it was a violation",
    "comment on whether he still backed it", "say how much it paid", a bare "say
    when"): what the refusal declines to answer, which PolNeAR's annotators mark as
    its content.  Empty when the verb takes no such clause."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_OPENERS and (
                c.left_edge.lower_ != "if" or subject_of(c) is not None):
            return _whole(c)  # not "would not say if asked": a condition
        if c.dep_ == "prep" and c.lower_ in ("on", "about"):
            for g in c.children:
                if g.dep_ == "pcomp" and g.left_edge.lower_ in QUESTION_OPENERS:
                    return _whole(g)
        if c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in QUESTION_OPENERS and (
                c.i == verb.i + 1 and not list(c.children)):
            return [c.i]  # "did not say when": the question cut to its wh-word
    return []


def _whole(root: Token) -> list[int]:
    """The clause with its opening "whether" or "if" (the question, as PolNeAR marks
    it; ``clause_tokens`` leaves the complementizer out)."""
    words = set(clause_tokens(root))
    opener = root.left_edge
    if opener.lower_ in ("whether", "if"):
        words.add(opener.i)
    return sorted(words)


def refuse_cue(verb: Token, addressee: Addressee) -> Cue | None:
    """A verb of refusing (`refuse` class): "refused to comment (to the report)", a cue
    without content, or with the question it declines to answer as content ("declined
    to say whether ..."); "refused to sign the lease", "declined to release the files", a
    stated intention not to (PolNeAR's guidelines: declining is an act of expression)."""
    lex = lexicon()
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in lex.refusal_objects:
            words = [verb.i] + [t.i for t in c.lefts if t.dep_ == "aux"] + [c.i]
            return Cue(tokens=sorted(words), cls="refuse", anchor=verb.i,
                       speaker=index_of(subject_of(verb)), addressee=index_of(addressee(c)),
                       content=asked_clause(c))
    speaker = subject_of(verb)
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VB" and to_marked(c) \
                and (speaker is None or speaker.lower_ not in FIRST_PERSON):
            return Cue(tokens=[verb.i], cls="intention", anchor=verb.i,
                       speaker=index_of(speaker), content=clause_tokens(c))
    return None


def negated_refusal(verb: Token, speaker: Token | None, addressee: Addressee) -> Cue | None:
    """"Papermaster did not comment on the situation", "Reid would not say whether he
    would run": a verb of the refusal objects under "not" is a refusal to comment, with
    the question it leaves open as content."""
    if verb.lemma_.lower() not in lexicon().refusal_objects or not any(
            c.dep_ == "neg" for c in verb.children):
        return None
    words = [verb.i] + [c.i for c in verb.children if c.dep_ in ("neg", "aux")]
    return Cue(tokens=sorted(words), cls="refuse", anchor=verb.i,
               speaker=index_of(speaker), addressee=index_of(addressee(verb)),
               content=asked_clause(verb))
