"""Issue 18, round 17 (precision on PolNeAR news, h-evn17): a news database's abstract
between its "ABSTRACT." and "FULL TEXT." labels is a summary, not body, for events; the
labels are boilerplate; the lead the abstract restates stays body.  Word senses read by
the object: a signing of no agreement, an offer of a view, a feeling after a linking verb,
clapping aimed at no one, a call to the press; 'crushed in Michigan' an election result (docs/quality.md "Round 17: precision on
PolNeAR dev2").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.clean import clean
from wiretrace.read.text import from_text
from wiretrace.render import happened

ABSTRACT_COPY = (
    "Harbor fight splits the council\n\n"
    "ABSTRACT.\n\n"
    "Mayor Linden accused the port authority of hiding the dredging costs.\n\n"
    "FULL TEXT.\n\n"
    "Mayor Linden accused the port authority of hiding the dredging costs.\n\n"
    "The authority said on Tuesday that the figures were public.\n"
)


def test_abstract_marked():
    article = clean(from_text(ABSTRACT_COPY, id="a"))
    text = article.text
    removed = [(text[r.start:r.end], r.reason) for r in article.removed]
    assert ("ABSTRACT.", "boilerplate") in removed
    assert ("FULL TEXT.", "boilerplate") in removed
    lo, hi = article.meta["summary"]
    assert text[lo:hi].startswith("Mayor Linden accused")
    # the lead the abstract restates is no duplicate paragraph
    assert not any(r.reason == "duplicate" for r in article.removed)


def test_no_abstract_without_labels():
    article = clean(from_text(ABSTRACT_COPY.replace("FULL TEXT.", "Full story below"), id="a"))
    assert "summary" not in article.meta


def test_events_only_in_full_text(analyze_text):
    r = analyze_text(ABSTRACT_COPY, published="2016-03-02")
    starts = [e.trigger.start for e in r.events if e.trigger.text == "accused" and happened(e)]
    body = ABSTRACT_COPY.index("accused", ABSTRACT_COPY.index("FULL TEXT."))
    assert starts == [body]


def _shown(analyze_text, sentence: str, trigger: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    return [e for e in r.events if e.trigger.text == trigger and happened(e)]


NO_EVENT = [
    # signing what is no agreement, or signing on (joining)
    ("Senator Kellerman signed the statement on Monday.", "signed"),
    ("The statement was signed by Senator Kellerman, not the chairman.", "signed"),
    ("Governor Hale signed a lease for an office in Midtown.", "signed"),
    ("Senator Kellerman signed on for the new campaign in May.", "signed"),
    # an offer of a view
    ("Senator Kellerman and her brother offered a glimpse of a family reunion.", "offered"),
    # a feeling after a linking verb
    ("Mayor Linden felt slighted by the council.", "slighted"),
    # clapping aimed at no one
    ("Governor McAllister clapped and swayed to the music.", "clapped"),
    ("Governor McAllister clapped the rhythm on stage.", "clapped"),
    # a call to the press
    ("“It is false,” Senator Kellerman said during a call to CNN on Sunday.", "call"),
    # a landslide in a U.S. state: an election result
    ("So far, Senator Kellerman crushed in Michigan and Ohio, won Missouri and lost "
     "Vermont.", "crushed"),
]


@pytest.mark.parametrize("sentence,trigger", NO_EVENT)
def test_not_shown(analyze_text, sentence, trigger):
    assert not _shown(analyze_text, sentence, trigger), sentence


EVENTS = [
    ("Egypt signed an agreement with Greece on Monday.", "signed"),
    ("The two prime ministers signed eight pacts in Delhi.", "signed"),
    ("Canada offered help to the flood victims in Chile.", "offered"),
    ("The FBI appears to have attacked the compound on Monday.", "attacked"),
    ("President Biden called President Macron on Monday.", "called"),
    ("Troops crushed the rebels in Aleppo.", "crushed"),
    ("Police crushed the protest in Ohio on Monday.", "crushed"),
]


@pytest.mark.parametrize("sentence,trigger", EVENTS)
def test_shown(analyze_text, sentence, trigger):
    assert _shown(analyze_text, sentence, trigger), sentence
