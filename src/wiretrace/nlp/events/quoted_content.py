"""The verb of saying whose content a clause is, for a sentence of direct speech that its
verb of saying does not govern (issue 18, round 30, h-ev30b).

A quotation of several sentences has its verb of saying in one of them ('"We are angry.
Russia must withdraw," she said.'; 'She said: "We are angry. Russia must withdraw."'); the
parser makes the quote's part in that sentence the verb's clausal complement and every other
sentence of the quote a sentence of its own.  Each is the speaker's words all the same
(direct speech: Quirk et al. 1985, 14.29-14.30): the readings that take a speaker from the
verb of saying over a content clause ("X must do Y" a request, "we will retaliate" a threat,
"we will provide aid" a pledge) read such a sentence as that verb's content too.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.antecedents import quoted
from .coding import SUBJECTS


def speech_head(clause: Token) -> Token | None:
    """The verb whose content ``clause`` is: its head for a clausal complement; for the
    root of a sentence inside quotation marks, the verb of saying of another sentence of
    the same quote in the same paragraph (a verb with a subject, outside the marks, whose
    complement lies inside them); else None."""
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ != "ROOT":
        return None
    doc, sent = clause.doc, clause.sent
    text = doc.text  # once: quoted() would join the Doc's tokens again on each call
    if not quoted(clause, text):
        return None
    for step in (1, -1):
        edge = sent
        while True:
            i = edge.end if step == 1 else edge.start - 1
            if i < 0 or i >= len(doc) or "\n" in doc[i].text:
                break  # a paragraph ends the quote (a line break is a token of its own)
            edge = doc[i].sent
            head = edge.root
            if (
                head.pos_ == "VERB"
                and not quoted(head, text)
                and any(c.dep_ in SUBJECTS for c in head.children)
                and any(c.dep_ == "ccomp" and quoted(c, text) for c in head.children)
            ):
                return head
            if not any(quoted(t, text) for t in edge):
                break
    return None
