"""Round 29 of the time layer.  Every sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from .test_times import _annotated

FRI = date(2021, 3, 26)  # a Friday
SUN = date(2021, 3, 28)  # a Sunday
FEB = date(2021, 2, 10)  # a Wednesday in February


def _found(nlp, text, anchor=FRI):
    return {t.text: (t.type, t.value) for t in _annotated(nlp, text, anchor).times}


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # a time a past scheduling verb fixes lies after the planning, before or after the
    # writing: the nearest (future in the past), not the latest before the writing
    ("Farmers planned a large march through the capital on Saturday.", FRI,
     "Saturday", ("DATE", "2021-03-27")),
    ("The vote on the new charter was planned for early March, an official said.", FEB,
     "early March", ("DATE", "2021-03")),
    ("The signing was scheduled for March, the ministry said.", FEB,
     "March", ("DATE", "2021-03")),
    # a reduced relative in a past clause: nearest, here the day before
    ("A vigil planned for Saturday was cancelled after threats.", SUN,
     "Saturday", ("DATE", "2021-03-27")),
])
def test_scheduled_in_the_past_is_the_nearest(nlp, text, anchor, span, value):
    found = _found(nlp, text, anchor)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "anchor", "span", "value"), [
    # a time on a planning verb with an infinitive is the planning's own
    ("On Friday, the council planned to pay the first claims.", date(2021, 3, 31),
     "Friday", ("DATE", "2021-03-26")),
    # a past verb that schedules nothing stays past
    ("Farmers marched through the capital on Saturday.", FRI,
     "Saturday", ("DATE", "2021-03-20")),
    # a reduced relative in a present clause stays future
    ("A vigil planned for Saturday is expected to draw hundreds.", SUN,
     "Saturday", ("DATE", "2021-04-03")),
])
def test_scheduled_guards(nlp, text, anchor, span, value):
    found = _found(nlp, text, anchor)
    assert found.get(span) == value, found


@pytest.mark.parametrize(("text", "span", "value"), [
    # a bare verb conjoined to an infinitive shares what governs it: a future clause, so
    # "two years later" may pass the year of writing
    ("The trains are expected to start running in 2024 and stop two years later.",
     "two years later", ("DATE", "2026")),
    ("The mill is due to open in 2023 and close a decade later.",
     "a decade later", ("DATE", "2033")),
])
def test_conjoined_infinitive_shares_the_future(nlp, text, span, value):
    found = _found(nlp, text)
    assert found.get(span) == value, found


def test_past_conjoined_clause_stops_at_the_year_of_writing(nlp):
    found = _found(nlp, "The mill opened in 2015 and closed ten years later.")
    assert found.get("ten years later") == ("DATE", "2021"), found
