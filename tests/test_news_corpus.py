"""The store benchmark's news corpus (benchmarks/news_corpus.py) makes articles from a
Report without analyzing again: every span must still point at its text, dates move
together, people are renamed everywhere, stories differ in wording and copies do not."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import news_corpus
import pytest

from wiretrace.store import copies
from wiretrace.timex import value_range


def _spans(data, text, bad):
    if isinstance(data, dict):
        if isinstance(data.get("start"), int) and isinstance(data.get("text"), str):
            if text[data["start"]:data["end"]] != data["text"]:
                bad.append(data)
        for v in data.values():
            _spans(v, text, bad)
    elif isinstance(data, list):
        for v in data:
            _spans(v, text, bad)


def test_shift_value_moves_each_kind_of_time():
    assert news_corpus.shift_value("2021-11-24", 14) == "2021-12-08"
    assert news_corpus.shift_value("2021-11", 28) == "2021-12"
    assert news_corpus.shift_value("2021-W47", 14) == "2021-W49"
    assert news_corpus.shift_value("2021", -364) == "2020"
    assert news_corpus.shift_value("2021-Q3", 7 * 53) == "2022-Q3"
    assert news_corpus.shift_value("PRESENT_REF", 70) == "PRESENT_REF"
    assert news_corpus.shift_value("XXXX-12", 70) == "XXXX-12"


def test_articles_keep_every_span_and_move_their_dates(founding_report):
    corpus = news_corpus.Corpus([founding_report], {})
    made = [corpus.next() for _ in range(40)]
    assert corpus.made["stories"] and corpus.made["copies"]
    people = {w for e in founding_report.entities if e.type == "PERSON"
              for w in e.name.split() if w[:1].isupper() and len(w) > 2}
    assert people
    for report in made:
        text = report.article.text
        bad: list = []
        _spans(json.loads(report.model_dump_json(exclude={"article"})), text, bad)
        assert bad == []
        assert report.article.text_hash == type(report.article).hash_text(text)
        for ev in report.events:  # a time's days follow its moved value
            days = value_range(ev.time.value, report.article.published)
            if days and ev.time.value[:1].isdigit() and ev.time.first:
                assert (ev.time.first, ev.time.last) == (days.first, days.last)
    stories = [r for r in made if "-c" not in r.article.id]
    assert len({r.article.published for r in stories}) >= 0.8 * len(stories)
    for r in stories:  # the people are new in the text and in the names
        names = " ".join(e.name for e in r.entities if e.type == "PERSON")
        assert not people & set(names.split())
    first, second = (copies.shingles(copies.body_words(r.article)) for r in stories[:2])
    assert copies.containment(first, second) < 0.3  # two stories of one seed: no copy
    for r in made:
        if "-c" in r.article.id and not r.article.id.endswith("-cite"):
            story = next(s for s in stories if r.article.id.startswith(s.article.id + "-"))
            mine = copies.shingles(copies.body_words(r.article))
            theirs = copies.shingles(copies.body_words(story.article))
            assert copies.containment(mine, theirs) >= copies.CONTAINMENT


def test_skipping_articles_gives_what_making_them_would_have_given(founding_report,
                                                                    demo_report):
    citing = {(0, wire): demo_report for wire in news_corpus.WIRES}
    made = [r.model_dump_json() for r in _corpus(founding_report, citing, 45)]
    assert {"-c" in json.loads(r)["article"]["id"] for r in made} == {True, False}
    assert any(json.loads(r)["article"]["id"].endswith("-cite") for r in made)
    ids = [json.loads(r)["article"]["id"] for r in made]
    skips = [n for n in range(1, 45, 3)]
    # passed over whole stories, and stopped inside one (before its copy or citation)
    assert {"-c" in ids[n] for n in skips} == {True, False}
    for n in skips:
        corpus = news_corpus.Corpus([founding_report], citing)
        corpus.skip(n)
        assert [corpus.next().model_dump_json() for _ in range(45 - n)] == made[n:], n


def _corpus(report, citing, n):
    corpus = news_corpus.Corpus([report], citing)
    return [corpus.next() for _ in range(n)]


def test_advancing_dates_move_with_the_corpus_and_change_nothing_else(founding_report):
    drawn, advancing = (news_corpus.Corpus([founding_report], {}, dates=d)
                        for d in ("drawn", "advancing"))
    for corpus in (drawn, advancing):
        corpus.skip(400)  # past the first weeks' STORIES_A_WEEK stories
    pairs = [(drawn.next(), advancing.next()) for _ in range(30)]
    seed_day = date.fromisoformat(founding_report.article.published[:10])
    assert advancing.start == seed_day + timedelta(weeks=news_corpus.WEEKS[0])
    offsets = []
    for d, a in pairs:
        assert d.article.id == a.article.id and d.article.outlet == a.article.outlet
        if "-c" in a.article.id:
            continue
        story = int(a.article.id.split("-")[1][1:])
        due = advancing.start + timedelta(weeks=(story - 1) // news_corpus.STORIES_A_WEEK)
        off = (date.fromisoformat(a.article.published[:10]) - due).days
        # moved by whole weeks from the seed's day: up to JITTER weeks and 6 days early
        assert -7 * news_corpus.JITTER - 6 <= off <= 7 * news_corpus.JITTER, (story, off)
        offsets.append(off)
    assert offsets and (story - 1) // news_corpus.STORIES_A_WEEK >= 5
    assert len(set(offsets)) > 1  # the jitter is drawn, not fixed
    with pytest.raises(ValueError):
        news_corpus.Corpus([founding_report], {}, dates="sorted")


def test_advancing_dates_put_every_seed_on_the_same_weeks(founding_report, demo_report):
    """Two seeds of different days: their stories fall on the same moving weeks."""
    corpus = news_corpus.Corpus([founding_report, demo_report], {}, dates="advancing")
    corpus.skip(300)
    days = [date.fromisoformat(r.article.published[:10]) for r in
            (corpus.next() for _ in range(40)) if "-c" not in r.article.id]
    seeds = {r.article.published[:10] for r in (founding_report, demo_report)}
    assert len(seeds) == 2
    assert (max(days) - min(days)).days <= 7 * (2 * news_corpus.JITTER + 2)
