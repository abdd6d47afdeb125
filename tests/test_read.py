"""Readers: plain text, JSONL (with broken lines), HTML, and failures that name the input."""

from __future__ import annotations

import gzip
import json

import pytest

from wiretrace.errors import InputError
from wiretrace.read import ReadFailure, ReadOk
from wiretrace.read.files import read_inputs
from wiretrace.read.jsonl import read_lines
from wiretrace.read.metadata import normalize_published
from wiretrace.read.text import from_text

from .conftest import shared_path


def test_text_headline_and_metadata():
    a = from_text("\n\n  Rebels seize town \nBody text here.\n", published="2021-11-20",
                  outlet="Wire", url="http://example.invalid/a", id="x1")
    assert a.title == "Rebels seize town"
    assert a.published == "2021-11-20" and a.outlet == "Wire" and a.id == "x1"
    assert a.text_hash == a.hash_text(a.text)


def test_text_id_is_stable_and_line_endings_normalised():
    a, b = from_text("Head\r\nBody."), from_text("Head\nBody.")
    assert a.text == b.text == "Head\nBody."
    assert a.id == b.id


@pytest.mark.parametrize("bad", ["20/11/2021", "November 20", "2021-13-01", "yesterday"])
def test_published_must_be_iso(bad):
    with pytest.raises(InputError):
        normalize_published(bad)


def test_jsonl_batch_with_broken_lines_keeps_the_rest():
    lines = [
        json.dumps({"id": "a1", "text": "Head one\nThe army attacked the town.",
                    "published": "2021-11-20", "source_feed": "wire"}),
        '{"id": "a2", "text": "unterminated',
        json.dumps({"id": "a3", "title": "no body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "text": "Head five\nTalks ended.", "published": "20 Nov"}),
        "",
        json.dumps({"id": "a7", "text": "Head seven\nTalks resumed."}),
    ]
    results = list(read_lines(lines, "batch.jsonl"))
    ok = [r for r in results if isinstance(r, ReadOk)]
    bad = [r for r in results if isinstance(r, ReadFailure)]
    assert [r.article.id for r in ok] == ["a1", "a7"]
    assert ok[0].article.meta == {"source_feed": "wire"}
    assert [r.where for r in bad] == ["batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4",
                                      "batch.jsonl:5"]
    assert "invalid JSON" in bad[0].reason
    assert "text" in bad[1].reason
    assert "object" in bad[2].reason
    assert "ISO" in bad[3].reason


def test_missing_and_undecodable_files_are_failures_not_crashes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Head\nThe minister resigned on Tuesday.", encoding="utf-8")
    binary = tmp_path / "bad.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage\xff")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    results = list(read_inputs([str(tmp_path / "nope.txt"), str(binary), str(empty), str(good),
                                str(tmp_path)]))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["ReadFailure", "ReadFailure", "ReadFailure", "ReadOk", "ReadFailure"]
    assert "no such file" in results[0].reason
    assert "UTF-8" in results[1].reason
    assert "empty" in results[2].reason
    assert "directory" in results[4].reason


def test_html_page_gives_text_and_page_metadata(tmp_path):
    page = """<html><head><title>Port strike enters second week | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2021-11-20T08:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Port strike enters second week</h1>
    <p>Dock workers in Rotterdam extended their strike on Monday, union leaders said,
    after talks with employers collapsed over pay.</p>
    <p>The union said it would meet the employers again next week.</p></article>
    <footer>All rights reserved</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [result] = list(read_inputs([str(path)]))
    assert isinstance(result, ReadOk), result
    a = result.article
    assert "Dock workers in Rotterdam" in a.text
    assert "Home | World" not in a.text
    assert a.title and "Port strike" in a.title
    assert a.text.startswith(a.title)
    assert a.published == "2021-11-20"


def test_real_html_page_from_the_extraction_benchmark():
    folder = shared_path("eval", "article-extraction", "html")
    page = sorted(folder.glob("*.html.gz"))[0]
    [result] = list(read_inputs([str(page)]))
    assert isinstance(result, ReadOk)
    gold = json.loads((folder.parent / "ground-truth.json").read_text())[page.name.split(".")[0]]
    first_words = " ".join(gold["articleBody"].split()[:6])
    assert first_words in " ".join(result.article.text.split())
    assert gzip.decompress(page.read_bytes())  # the reader handled .gz itself


def test_html_without_text_is_a_clear_failure(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x=1;</script></body></html>", encoding="utf-8")
    [result] = list(read_inputs([str(path)]))
    assert isinstance(result, ReadFailure)
    assert "no article text" in result.reason


def test_jsonl_fields_of_the_wrong_type_are_failures_not_crashes():
    lines = [json.dumps({"text": "Hello world.", "title": 5}),
             json.dumps({"text": "Hello world.", "id": {"a": 1}}),
             json.dumps({"text": "Head\nBody.", "id": 7})]
    results = list(read_lines(lines, "b.jsonl"))
    assert [type(r).__name__ for r in results] == ["ReadFailure", "ReadFailure", "ReadOk"]
    assert "title" in results[0].reason and "string" in results[0].reason
    assert results[2].article.id == "7"


def test_jsonl_record_with_a_raw_line_separator_stays_one_record(tmp_path):
    path = tmp_path / "b.jsonl"
    record = {"id": "x", "text": "Head\nFirst line.\u2028Second line."}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [result] = list(read_inputs([str(path)]))
    assert isinstance(result, ReadOk), result
    assert result.article.text == "Head\nFirst line.\nSecond line."  # same length, one break


def test_every_line_break_becomes_newline_and_offsets_keep_their_length():
    raw = "Head\r\nOne\u2028Two\u2029Three\x85Four\x0bFive"
    a = from_text(raw)
    assert a.text == "Head\nOne\nTwo\nThree\nFour\nFive"


def test_headline_skips_a_date_line_above_it():
    a = from_text("March 6, 2008\nRebels seize Sirte\nRebels seized the town.")
    assert a.title == "Rebels seize Sirte"
