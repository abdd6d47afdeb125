"""Round 31 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

from .test_times import _annotated

THU = date(1989, 11, 2)  # a Thursday


def _values(nlp, text, anchor=THU):
    return [(t.text, t.value) for t in _annotated(nlp, text, anchor).times]


# a results story goes on telling of the quarter it reports: a comparison "a year earlier"
# or "a year ago" that opens its sentence's time talk is that quarter a year back, however
# far back the quarter was named (Pustejovsky and Stubbs 2011, the narrative container)
REPORT = ("Harbor Mills reported a third-quarter net loss of $35 million. "
          "A spokesman said operations had a loss of $5 million for the quarter. "
          "The charges were partly offset by a gain on the sale of a ferry, he said. ")


def test_year_earlier_counts_from_the_quarter_reported(nlp):
    values = _values(nlp, REPORT + "Revenue declined 8% to $85 million from $93 million a year earlier.")
    assert values[-1] == ("a year earlier", "1988-Q3"), values


def test_year_ago_counts_from_the_quarter_reported(nlp):
    values = _values(nlp, REPORT + "Sales fell to $85 million from $93 million a year ago.")
    assert values[-1] == ("a year ago", "1988-Q3"), values


def test_another_period_in_the_sentence_keeps_its_own_comparison(nlp):
    # "the first nine months" is the time the sentence tells of, not the quarter; and the
    # compared "a year earlier" before it is no time the text goes on telling of
    values = _values(nlp, REPORT + "Revenue declined to $85 million from $93 million a year "
                     "earlier. In the first nine months, profit rose to $31 million from "
                     "$28 million a year earlier.")
    assert values[-1] == ("a year earlier", "1988"), values


def test_no_quarter_told_keeps_the_time_of_writing(nlp):
    values = _values(nlp, "The ferry line said revenue declined 8% to $85 million from "
                     "$93 million a year earlier.")
    assert values[-1] == ("a year earlier", "1988"), values


def test_a_year_earlier_outside_results_is_unchanged(nlp):
    values = _values(nlp, "The ferry line sold its third-quarter tickets early. The mayor "
                     "spoke at the pier. The council had voted on the harbour a year earlier.")
    assert values[-1] == ("a year earlier", "1988"), values


# "earlier" / "later" / "early" before an anaphoric "that day", "the following year" is
# part of the expression, as in "earlier this month" (TimeML puts the modifier in the
# extent; TimeBank marks "Earlier that day", "later that year"); the value stays the unit's
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
