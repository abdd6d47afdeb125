"""How many: number phrases as news writes them, and the figures tied to coded events
(nlp/magnitude.py, docs/magnitude.md).  Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from wiretrace import clean, pipeline
from wiretrace.nlp.context import Context, masked_text
from wiretrace.nlp.events import magnitude
from wiretrace.read.text import from_text


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def figures_of(nlp, text: str) -> dict[str, dict]:
    """field -> figure (as a dict) over the coded events of ``text`` (a headline first)."""
    article = clean.clean(from_text("Test story\n" + text, published="2024-05-01", id="t"))
    ctx = Context(article=article, doc=nlp(masked_text(article)))
    for annotator in pipeline.ANNOTATORS:
        annotator.annotate(ctx)
    out: dict[str, dict] = {}
    for mag in magnitude.figures(ctx).values():
        for field in magnitude.FIELDS:
            fig = getattr(mag, field)
            if fig is not None:
                assert article.text[fig.span.start:fig.span.end] == fig.span.text
                out[field] = fig.model_dump()
    return out


READER = [
    ("Officials counted 1,200 people.", ("1,200", 1200, 1200, 1200, "exact")),
    ("Officials counted nine people.", ("nine", 9, 9, 9, "exact")),
    ("Officials counted twenty-five people.", ("twenty-five", 25, 25, 25, "exact")),
    ("Officials counted a dozen people.", ("a dozen", 12, 12, 12, "exact")),
    ("Officials counted two hundred people.", ("two hundred", 200, 200, 200, "exact")),
    ("Officials counted two hundred and fifty people.",
     ("two hundred and fifty", 250, 250, 250, "exact")),
    ("Officials counted 1.5 million people.", ("1.5 million", 1500000, 1500000, 1500000,
                                               "exact")),
    ("Officials counted at least 40 people.", ("at least 40", 40, 40, None, "at_least")),
    ("Officials counted more than 300 people.", ("more than 300", 300, 300, None,
                                                 "at_least")),
    ("Officials counted up to 15 people.", ("up to 15", 15, None, 15, "at_most")),
    ("Officials counted nearly 400 people.", ("nearly 400", 400, None, None, "about")),
    ("Officials counted about 70 people.", ("about 70", 70, None, None, "about")),
    ("Officials counted dozens of people.", ("dozens", None, 24, 99, "vague")),
    ("Officials counted hundreds of people.", ("hundreds", None, 200, 999, "vague")),
    ("Officials counted tens of thousands of people.",
     ("tens of thousands", None, 20000, 99999, "vague")),
    ("Officials counted 20 to 30 people.", ("20 to 30", None, 20, 30, "range")),
    ("Officials counted between 20 and 30 people.", ("between 20 and 30", None, 20, 30,
                                                     "range")),
]


@pytest.mark.parametrize(("text", "expected"), READER)
def test_number_phrases_are_read(nlp, text, expected):
    assert expected in magnitude.read_numbers(nlp(text))


def test_a_digit_range_and_a_phone_number(nlp):
    assert ("20-30", None, 20, 30, "range") in magnitude.read_numbers(
        nlp("Police said 20-30 people were there."))
    assert not [n for n in magnitude.read_numbers(nlp("Call 555-0134 for details."))
                if n[4] == "range"]


def test_ordinals_are_not_counts(nlp):
    assert magnitude.read_numbers(nlp("The first protest was the second in May.")) == []


TIED = [
    # (sentence, field, number, low, high, qualifier)
    ("Israeli forces killed three Palestinians in Jenin on Monday.",
     "dead", 3, 3, 3, "exact"),
    ("Russian missiles killed at least nine civilians in Kharkiv, rescuers said.",
     "dead", 9, 9, None, "at_least"),
    ("Nigerian troops killed more than 30 militants near Maiduguri.",
     "dead", 30, 30, None, "at_least"),
    ("Israeli forces killed dozens of Palestinians in Gaza.",
     "dead", None, 24, 99, "vague"),
    ("Turkish police detained 120 protesters in Istanbul on Saturday.",
     "arrested", 120, 120, 120, "exact"),
    ("Tens of thousands of Serbians protested in Belgrade on Sunday.",
     "size", None, 20000, 99999, "vague"),
    ("The 2011 bombing by al-Qaida killed a British diplomat and four Yemeni guards.",
     "dead", 5, 5, 5, "exact"),
    # "one of the" counts one when people are counted
    ("Israeli forces killed one of the commanders of Hamas.", "dead", 1, 1, 1, "exact"),
]


@pytest.mark.parametrize(("text", "field", "number", "low", "high", "qualifier"), TIED)
def test_figures_tied_to_coded_events(nlp, text, field, number, low, high, qualifier):
    got = figures_of(nlp, text)
    assert field in got, got
    fig = got[field]
    assert (fig["number"], fig["low"], fig["high"], fig["qualifier"]) == (
        number, low, high, qualifier)


TRAPS = [
    # ages, years, money, percentages, times, "one of the", ordinals, phone-like numbers,
    # counts of things that are not people, a number that is only near the event
    "Israeli forces arrested a 27-year-old man in Hebron.",
    "Israeli forces killed the leader of the group in 2019.",
    "Russian forces attacked the town, which received $33 million in aid.",
    "Turkish police arrested the mayor, whose party won 45% of the vote.",
    "Kenyan police arrested the suspect at 5 p.m. on Friday.",
    "Israeli forces attacked one of the largest hospitals in Gaza.",
    "Israeli forces attacked the first convoy near Rafah.",
    "Egyptian police arrested the man, who called 555-0134.",
    "Russian forces attacked 14 villages and destroyed 30 tanks.",
    "Chinese vessels harassed 250 Philippine boats near the reef.",
    "Israeli forces attacked Gaza, where 40 people live in each building.",
    # one count of killed and injured together is neither field's own
    "Afghan forces killed and injured 1,000 Taliban fighters.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_numbers_that_are_not_figures(nlp, text):
    assert figures_of(nlp, text) == {}


def test_a_toll_names_its_event(nlp):
    fig = figures_of(nlp, "The death toll from the Israeli raid on Jenin rose to 15 on "
                          "Tuesday.")["dead"]
    assert (fig["number"], fig["qualifier"], fig["span"]["text"]) == (15, "exact", "15")


def test_latest_revision_else_highest():
    """Two figures of one field for one event: a revision ("rose to") later in the text
    wins; otherwise the highest."""
    def count(number, start):
        return magnitude.Count(start, start + 1, number, number, number, "exact")

    better = magnitude._better
    assert better((count(12, 3), False, 3), (count(15, 9), False, 9))
    assert not better((count(15, 3), False, 3), (count(12, 9), False, 9))
    assert better((count(63, 3), False, 3), (count(60, 9), True, 9))  # revised later
    assert not better((count(60, 9), True, 9), (count(63, 3), False, 3))


def test_attribution_is_the_events_when_the_same(nlp):
    text = "Israeli forces killed seven Palestinians, the health ministry said."
    fig = figures_of(nlp, text)["dead"]
    assert (fig["number"], fig["attribution"]) == (7, None)


def test_reports_carry_magnitude(nlp):
    """The pipeline puts the figures on the event (conftest checks the span's offsets)."""
    article = from_text("Test story\nTurkish police detained 120 protesters in Istanbul on "
                        "Saturday.", published="2024-05-01", id="t")
    report = pipeline.analyze(article, nlp)
    coded = [e for e in report.events if e.magnitude is not None]
    assert [(e.lemma, e.magnitude.arrested.number, e.magnitude.arrested.span.text)
            for e in coded] == [("detain", 120, "120 protesters")]
    assert report.model_dump(mode="json")["events"][0].keys() >= {"magnitude"}
