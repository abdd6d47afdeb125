"""Round 31 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

from .test_times import _annotated

THU = date(1989, 11, 2)  # a Thursday


def _values(nlp, text, anchor=THU):
    return [(t.text, t.value) for t in _annotated(nlp, text, anchor).times]


def test_edge_before_an_anaphoric_unit_is_in_the_extent(nlp):
    values = _values(nlp, "The pier was closed on Oct. 23, 1998. Earlier that day, the "
                     "ferry line sent a letter. It reopened in June 1999 and closed again "
                     "later that year.", date(2000, 1, 28))
    assert ("Earlier that day", "1998-10-23") in values, values
    assert ("later that year", "1999") in values, values


def test_no_edge_leaves_the_anaphor_alone(nlp):
    values = _values(nlp, "The pier was closed on Oct. 23, 1998. That day, the ferry line "
                     "sent a letter.", date(2000, 1, 28))
    assert ("That day", "1998-10-23") in values, values
