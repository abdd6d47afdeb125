"""A time adjunct the parser hangs on a clause it cannot belong to (round 40).  Two marks
from grammar tell such an attachment, and the adjunct then belongs to the clause above:

- *a parenthesis opened after it*: a parenthetical is an insertion, complete in itself
  (Quirk et al. 1985 15.54; CGEL ch. 15, "supplements"), so words before its opening
  bracket are no dependents of a clause inside it: "In the 1960s, with her book (it sold
  three million copies), she gave critical support" dates the support, not the sales;
- *a present perfect with a definite past time*: the present perfect does not take an
  adverbial of a definite time wholly before the time of writing (Quirk et al. 1985 4.22:
  "*I have seen him yesterday"), so "Though he has opposed it, in 2009, as governor, he
  signed a bill" dates the signing, not the opposing: only a date set off by a comma
  before it and followed by the clause above ("has visited Kabul in March, officials
  said" is left as written).  A period that runs up to the writing ("has risen 5% in
  2016" written in 2016, "since 2011") is left alone."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ...model import TimeExpr
from ...timex import value_range
from .expressions import _CALENDAR

_DEFINITE_PREPOSITIONS = frozenset({"in", "on", "at"})


def _in_later_parenthesis(doc: Doc, t: TimeExpr, verb: Token) -> bool:
    """Whether ``verb`` stands inside a parenthesis opened after the expression ends: read
    back from the verb to the expression, an opening bracket that no later bracket closes."""
    if verb.idx < t.end:
        return False
    closed = 0
    for i in range(verb.i - 1, -1, -1):
        tok = doc[i]
        if tok.idx < t.end:
            break
        if tok.text == ")":
            closed += 1
        elif tok.text == "(":
            if not closed:
                return True
            closed -= 1
    return False


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_.lower() == "have"
                                      and a.tag_ in ("VBZ", "VBP") for a in verb.children)


def _definite_past(t: TimeExpr, child: Token, anchor: date | None) -> bool:
    """A calendar date after "in", "on", "at" or with no preposition, wholly before
    ``anchor``."""
    if anchor is None or not _CALENDAR.fullmatch(t.value):
        return False
    if child.dep_ == "prep" and child.lower_ not in _DEFINITE_PREPOSITIONS:
        return False
    span = value_range(t.value)
    return span is not None and span.last is not None and span.last < anchor.isoformat()


def misattached(doc: Doc, t: TimeExpr, verb: Token, child: Token,
                anchor: date | None) -> bool:
    """Whether the time expression ``t``, reaching ``verb`` through its dependent
    ``child``, cannot be a time of ``verb``'s clause (see the module's docstring)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    if _in_later_parenthesis(doc, t, verb):
        return True
    return (_present_perfect(verb) and _definite_past(t, child, anchor)
            and _fronted(doc, t, child) and verb.head.idx >= t.end)


def _fronted(doc: Doc, t: TimeExpr, child: Token) -> bool:
    """The expression (with its preposition) is set off by a comma before it, as an
    adjunct fronted before the clause it belongs to (Quirk et al. 1985 8.17: initial
    adjuncts and their punctuation)."""
    first = child if child.dep_ == "prep" and child.idx < t.start else None
    start = first.i if first is not None else next(
        (tok.i for tok in doc if tok.idx >= t.start), None)
    return start is not None and start > 0 and doc[start - 1].text == ","
