"""Round 42 (issue 21, branch h-cuefp42): a reporting word inside an embedded post (an
element ``<tweet author=...>...</tweet>`` as PolNeAR's article texts keep the tweets their
pages embed) is no cue: the post is its author's own text quoted whole, and a cue inside
it is a nested attribution, which PolNeAR's guidelines leave unmarked.  Every sentence is
invented for this file."""

from __future__ import annotations

from wiretrace.nlp.attribution.embeds import embedded_posts

from .conftest import cued, cued_within

POST = ('<tweet id="1" author="@harbourwatch" datetime="2016-05-02">Mendes said the levy '
        'is dead. Okafor wants a new board.</tweet>')


def test_round42_cue_inside_an_embedded_post_is_no_cue(analyze_text):
    report = analyze_text("The harbour board met on Monday.\n\n" + POST + "\n\nThe vote is in May.")
    assert not cued(report, "said"), [(q.cue.text, q.text) for q in report.quotes if q.cue]
    assert not cued_within(report, "want")


def test_round42_the_same_words_outside_a_post_are_cues(analyze_text):
    report = analyze_text("The harbour board met on Monday.\n\nMendes said the levy is dead. "
                          "Okafor wants a new board.")
    assert cued(report, "said")
    assert cued_within(report, "want")


def test_round42_a_cue_after_the_post_is_kept(analyze_text):
    report = analyze_text(POST + "\n\nOkafor said on Tuesday that the board would resign.")
    assert cued(report, "said")
    assert all(q.cue.start > len(POST) for q in report.quotes if q.cue)


def test_round42_post_stretches():
    text = 'a <tweet id="9"><tweet/>. b ' + POST + " c"
    spans = embedded_posts(text)
    assert len(spans) == 1  # the empty element holds no text
    s, e = spans[0]
    assert text[s:e] == POST
