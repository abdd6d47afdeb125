"""The offsets invariant and the non-body rule on every real text we have: the demo articles
the project wrote, and where ../shared is here the founding article, the 180 real HTML pages
that have article text, and the 60 MEANTIME articles (241 texts)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from wiretrace.pipeline import AnalysisFailure, analyze_many
from wiretrace.read import ReadOk
from wiretrace.read.files import read_inputs
from wiretrace.read.jsonl import read_lines
from wiretrace.read.text import from_text

from .conftest import assert_offsets, founding_path, meantime_path, shared_path


def _own_articles():
    demo = resources.files("wiretrace").joinpath("examples", "demo.jsonl").read_text(
        encoding="utf-8").splitlines()
    yield from (r.article for r in read_lines(demo, "demo.jsonl"))


def _third_party_articles():
    founding, html = founding_path(), shared_path("eval", "article-extraction", "html")
    meantime = meantime_path()
    yield from_text(founding.read_text(encoding="utf-8"), published="2021-11-20")
    pages = sorted(html.glob("*.html.gz"))
    yield from (r.article for r in read_inputs([str(p) for p in pages])
                if isinstance(r, ReadOk))
    from wiretrace.eval.meantime import read_document

    for path in sorted(meantime.glob("corpus_*/*.xml")):
        yield read_document(path).article


def _spans(report):
    for e in report.entities:
        yield from ((m.start, m.end, f"entity {e.id}") for m in e.mentions)
    yield from ((t.start, t.end, f"time {t.id}") for t in report.times)
    for q in report.quotes:
        if q.cue:
            yield q.cue.start, q.cue.end, f"cue of {q.id}"
    for ev in report.events:
        yield ev.trigger.start, ev.trigger.end, f"event {ev.id}"


@pytest.mark.parametrize("articles, expected", [(_own_articles, 2), (_third_party_articles, 241)],
                         ids=["own", "third-party"])
def test_every_real_report_keeps_offsets_and_nothing_comes_from_removed_text(
        nlp, articles, expected):
    schema = json.loads(resources.files("wiretrace").joinpath(
        "schema", "report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    seen = failures = 0
    for item in analyze_many(list(articles()), nlp):
        if isinstance(item, AnalysisFailure):
            failures += 1
            continue
        seen += 1
        assert_offsets(item)
        removed = [(r.start, r.end) for r in item.article.removed]
        for start, end, what in _spans(item):
            assert not any(s < end and start < e for s, e in removed), (
                f"{item.article.id}: {what} {item.article.text[start:end]!r} is in removed text")
        if seen % 25 == 1:  # schema validation is slow; a sample suffices
            validator.validate(json.loads(item.model_dump_json()))
    assert failures == 0
    assert seen == expected
