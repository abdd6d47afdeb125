"""Decrees: verbs of appointing with the one appointed for object: "the governor appointed a new
harbour master", "Okafor named her deputy to the board", "the party nominated Lee for
mayor" (`decree_verbs` in cues.yaml).  PolNeAR's guidelines count decrees, rulings and
appointments as attributions ("Lowell appointed a new chief of staff"): the one appointed,
with the office or role after it, is the content and the one who appoints the source.
Round 41: verbs of obligation with a legal text for subject ("GOP rules require delegates
to vote for ...", `obligation_verbs`): the text is the source, what it requires the
content."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import _is_passive, clause_tokens, subject_of
from .record import Cue, index_of
from .words import FIRST_PERSON, RELATIVE_PRONOUNS, lexicon


def decree_cue(verb: Token) -> Cue | None:
    """The cue of an active verb of appointing with an object, or None: not a passive
    ("was named the director": the text's own report of the office), nor a participle
    that names a noun ("a fisherman named Ana"), nor a relative pronoun for object."""
    lex = lexicon()
    if _is_passive(verb) or verb.dep_ in ("acl", "amod") or (verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" for c in verb.children)):
        return None  # a passive, or a participle without an auxiliary
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or (
            obj.lower_ in RELATIVE_PRONOUNS):
        return None
    speaker = subject_of(verb)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    content = set(clause_tokens(obj))
    for c in verb.children:
        # the office: "named her deputy", "appointed him to the board", "nominated Lee
        # for mayor", "named the plan as her priority"
        if c.i > obj.i and (c.dep_ == "oprd" or (
                c.dep_ == "prep" and c.lower_ in lex.decree_preps)):
            content |= set(clause_tokens(c))
    return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=index_of(speaker),
               content=sorted(content))


# what a verb of obligation requires or forbids: its object, with the infinitive or
# clause after it ("require delegates to vote", "require that doctors ...")
OBLIGED = ("dobj", "ccomp", "xcomp", "oprd", "dative")


def obligation_cue(verb: Token) -> Cue | None:
    """The cue of an active verb of obligation whose subject is a legal text ("GOP rules
    require delegates to vote ...", "Federal law prohibits taxpayer funding of ...", "the
    law, which first required states to test ..."), or None (a passive, "States were
    required to ...", names no text; "the job requires patience" is no law)."""
    lex = lexicon()
    if _is_passive(verb) or verb.dep_ in ("acl", "amod"):
        return None
    text = subject_of(verb)
    if text is None or text.lemma_.lower() not in lex.obligation_texts:
        return None
    content = sorted({i for c in verb.children if c.dep_ in OBLIGED and c.i > verb.i
                      for i in clause_tokens(c)})
    if not content:
        return None
    return Cue(tokens=[verb.i], cls="topic", anchor=verb.i, speaker=text.i, content=content)
