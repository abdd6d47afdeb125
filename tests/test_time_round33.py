"""Round 33 of the time layer: compound cardinals ("three hundred years").  Every
sentence is invented for wiretrace."""

from __future__ import annotations

from datetime import date

import pytest

from wiretrace.dates.words import lexicon

from .test_times import _annotated

SAT = date(2021, 11, 20)


def _values(nlp, text, anchor=SAT):
    return [(t.text, t.value) for t in _annotated(nlp, text, anchor).times]


@pytest.mark.parametrize(("words", "value"), [
    ("three hundred", 300), ("two thousand", 2000), ("a hundred", 100),
    ("a hundred and fifty", 150), ("two thousand five hundred", 2500),
    ("hundred", 100), ("twenty-five", 25), ("nine", 9)])
def test_number_words_multiply(words, value):
    assert lexicon().number_value(words) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The old temple has stood on the hill for three hundred years.",
     "three hundred years", "P300Y"),
    ("The monks kept the recipe for more than two thousand years.",
     "more than two thousand years", "P2000Y"),
    ("The strike lasted a hundred and fifty days.", "a hundred and fifty days", "P150D"),
    ("The lighthouse has stood for almost a hundred years.", "almost a hundred years",
     "P100Y"),
    # review (h-rev33): multipliers chain; the last one alone was read ("five hundred
    # years" P500Y, "thousand years" P1000Y)
    ("The glacier grew for two thousand five hundred years.",
     "two thousand five hundred years", "P2500Y"),
    ("People lived in the valley for one hundred thousand years.",
     "one hundred thousand years", "P100000Y"),
])
def test_compound_cardinals_in_durations(nlp, text, span, value):
    assert (span, value) in _values(nlp, text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The levee was finished by the year two thousand.", "the year two thousand", "2000"),
    ("The bridge opened in two thousand and eight.", "two thousand and eight", "2008"),
])
def test_years_in_words_unchanged(nlp, text, span, value):
    assert (span, value) in _values(nlp, text)


def test_a_count_of_things_is_no_time(nlp):
    assert _values(nlp, "The city hired three hundred workers.") == []
