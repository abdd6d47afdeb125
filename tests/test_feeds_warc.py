"""Feeds (RSS, Atom) written by hand and a WARC file built with warcio in the test: each
gives articles with outlet, URL and date; WARC records with no article are skipped and
counted; nothing is fetched."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wiretrace.ingest import Ingest
from wiretrace.read import ReadFailure, ReadOk, ReadSkipped
from wiretrace.read.files import read_inputs
from wiretrace.store import Store

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Harbour Times</title><link>https://harbour.example/</link>
  <item>
    <title>Port workers strike in Bizerte</title>
    <link>https://harbour.example/2024/06/strike</link>
    <guid>harbour-1</guid>
    <pubDate>Tue, 04 Jun 2024 09:30:00 GMT</pubDate>
    <description>&lt;p&gt;Dock workers in Bizerte walked out on Monday, the union said.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Ferry service resumes</title>
    <link>https://harbour.example/2024/06/ferry</link>
    <pubDate>Wed, 05 Jun 2024 07:00:00 GMT</pubDate>
    <description>The ferry to Palermo sailed again on Wednesday after a week in port.</description>
  </item>
  <item><link>https://harbour.example/empty</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Desert Post</title>
  <entry>
    <title>Border crossing reopens</title>
    <link href="https://desert.example/crossing"/>
    <id>urn:desert:1</id>
    <updated>2024-06-03T18:00:00Z</updated>
    <summary>Egypt and Libya reopened the Salloum crossing for trucks on Monday.</summary>
  </entry>
</feed>
"""

PAGE = """<html><head><title>Ministers meet in Cairo</title>
<meta property="og:site_name" content="Cairo Times"></head><body><article>
<h1>Ministers meet in Cairo</h1>
<p>Egyptian and Libyan ministers met in Cairo on Monday to discuss security on the border
between the two countries, officials said after the meeting.</p>
<p>The talks covered smuggling routes, refugee crossings and the reopening of the Salloum
crossing for trucks, which has been closed twice in the past year.</p>
</article></body></html>"""


def build_warc(path, gzip: bool) -> None:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)

        def response(url: str, status: str, ctype: str, body: bytes):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            return writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                             http_headers=headers)

        writer.write_record(writer.create_warc_record(
            "https://cairo.example/news/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        writer.write_record(response("https://cairo.example/news/1", "200 OK",
                                     "text/html; charset=utf-8", PAGE.encode("utf-8")))
        writer.write_record(response("https://cairo.example/logo.png", "200 OK", "image/png",
                                     b"\x89PNG..."))
        writer.write_record(response("https://cairo.example/old", "301 Moved Permanently",
                                     "text/html", b"<html>moved</html>"))


def test_rss_entries_are_articles(tmp_path):
    feed = tmp_path / "harbour.rss"
    feed.write_text(RSS, encoding="utf-8")
    results = list(read_inputs([str(feed)]))
    ok = [r for r in results if isinstance(r, ReadOk)]
    assert [r.article.title for r in ok] == ["Port workers strike in Bizerte",
                                             "Ferry service resumes"]
    first = ok[0].article
    assert first.outlet == "Harbour Times" and first.published == "2024-06-04"
    assert first.url == "https://harbour.example/2024/06/strike"
    assert "Dock workers in Bizerte walked out" in first.text and "<p>" not in first.text
    (bad,) = [r for r in results if isinstance(r, ReadFailure)]
    assert bad.where.endswith("harbour.rss#3") and "without title" in bad.reason


def test_atom_in_an_xml_file(tmp_path):
    feed = tmp_path / "desert.xml"
    feed.write_text(ATOM, encoding="utf-8")
    (r,) = list(read_inputs([str(feed)]))
    assert r.article.outlet == "Desert Post" and r.article.published == "2024-06-03"
    assert r.article.url == "https://desert.example/crossing"
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><doc><p>no feed</p></doc>", encoding="utf-8")
    (bad,) = list(read_inputs([str(other)]))
    assert isinstance(bad, ReadFailure) and "no RSS or Atom" in bad.reason


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_responses_are_articles_and_the_rest_is_counted(tmp_path, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, gzip)
    results = list(read_inputs([str(path)]))
    (ok,) = [r for r in results if isinstance(r, ReadOk)]
    assert ok.article.url == "https://cairo.example/news/1"
    assert ok.article.title == "Ministers meet in Cairo"
    assert "ministers met in Cairo on Monday" in ok.article.text
    assert ok.article.published  # the page has none: the record's date
    skipped = sorted(r.reason for r in results if isinstance(r, ReadSkipped))
    assert skipped == ["HTTP 301", "not HTML (image/png)", "request record"]


def test_ingest_reads_feeds_and_warcs_from_a_folder(tmp_path, nlp):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "harbour.rss").write_text(RSS, encoding="utf-8")
    build_warc(folder / "crawl.warc.gz", gzip=True)
    store = Store(str(tmp_path / "w.db"))
    job = Ingest(store, nlp=nlp)
    job.run([str(folder)])
    assert job.stats["stored"] == 3 and job.stats["failed"] == 1  # the empty feed entry
    assert sum(job.skipped_records.values()) == 3
    with store.engine.connect() as conn:
        from sqlalchemy import text

        outlets = {r[0] for r in conn.execute(text("SELECT outlet FROM articles"))}
    assert "Harbour Times" in outlets


def test_a_broken_warc_is_a_failure(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a warc file at all")
    results = list(read_inputs([str(path)]))
    assert len(results) == 1 and isinstance(results[0], ReadFailure)


def test_a_feed_file_holding_a_path_or_url_is_not_opened(tmp_path):
    """feedparser takes a str that looks like a path or URL for one: a .rss file holding
    the path of another feed used to be read as that feed."""
    other = tmp_path / "private.rss"
    other.write_text(RSS, encoding="utf-8")
    pointer = tmp_path / "pointer.rss"
    pointer.write_text(str(other), encoding="utf-8")
    results = list(read_inputs([str(pointer)]))
    assert not [r for r in results if isinstance(r, ReadOk)]
    assert isinstance(results[0], ReadFailure) and "not a readable feed" in results[0].reason


def test_a_character_reference_to_no_character_does_not_sink_the_feed(tmp_path):
    feed = tmp_path / "harbour.rss"
    feed.write_text(RSS.replace("Port workers strike", "Port &#xD800;&#0; strike"),
                    encoding="utf-8")  # feedparser raised UnicodeEncodeError on it
    ok = [r for r in read_inputs([str(feed)]) if isinstance(r, ReadOk)]
    assert [r.article.title for r in ok] == ["Port \ufffd\ufffd strike in Bizerte",
                                             "Ferry service resumes"]


def _warc_bytes(records) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for ctype, body, date in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://cairo.example/news/1", "response",
                                           payload=io.BytesIO(body), http_headers=headers)
        if date:
            record.rec_headers.replace_header("WARC-Date", date)
        writer.write_record(record)
    return buf.getvalue()


def test_warc_unknown_charset_bad_date_and_a_cut_archive(tmp_path):
    page = PAGE.encode("utf-8")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc_bytes([("text/html; charset=bogus-9", page, None),  # LookupError
                                  ("text/html", page, "not-a-date-at-all")]))  # ValueError
    results = list(read_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == ["ReadOk", "ReadOk"]
    assert results[1].article.published is None
    data = _warc_bytes([("text/html", page, None), ("text/html", page.replace(b"Cairo", b"Tunis"),
                                                      None)])
    path.write_bytes(data[:-300])  # the second record cut off in the middle
    results = list(read_inputs([str(path)]))
    assert isinstance(results[0], ReadOk) and "Cairo" in results[0].article.text
    assert isinstance(results[-1], ReadFailure)
    assert "archive breaks off after record 1" in results[-1].reason
