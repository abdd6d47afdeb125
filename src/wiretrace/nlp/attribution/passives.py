"""Stance verbs in a finite passive clause: "Trump has been criticized by his rivals for
skipping the state", "the plan was applauded by economists" (`passive_stances` in
cues.yaml).  The one judged and the "for" / "as" phrase are the content; the "by" agent,
if there is one, holds the stance (PolNeAR's guidelines: a passive cue's source is its
"by" phrase, or there is none)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import by_agent, clause_tokens
from .record import Cue, index_of
from .words import lexicon


def passive_stance(verb: Token) -> Cue | None:
    """The cue of a stance verb with a passive subject (``nsubjpass``), or None: a
    participle that modifies a noun has none ("Russian-backed forces"), nor a dummy
    subject ("it was welcomed that ..." is left to other rules)."""
    lex = lexicon()
    if verb.lemma_.lower() in lex.passive_not:
        return None
    judged = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if judged is None or judged.lower_ in ("it", "there"):
        return None
    agent = by_agent(verb)
    content = set(clause_tokens(judged))
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ in lex.passive_preps:
            content |= set(clause_tokens(c))
    # "has been criticized", "was not backed": the cue is the verb group (as PolNeAR marks it)
    words = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    return Cue(tokens=sorted(words + [verb.i]), cls="stance", anchor=verb.i,
               speaker=index_of(agent), content=sorted(content))
