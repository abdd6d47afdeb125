"""``wiretrace eval extraction``: the benchmark's shingle counting, the halves without the
web check set, the cleaner's marks scored against the ground truth; the link, teaser and
footer lines the cleaner marks (round 16), and no event coded inside them.  Invented pages
and sentences; the real benchmark only through ``shared_path`` (skipped without it)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import shared_path
from wiretrace.clean import clean
from wiretrace.cli import app
from wiretrace.eval import extraction
from wiretrace.eval.web_pages import pick
from wiretrace.read.text import from_text

POLITICAL = ("The president of Freedonia met the Sylvanian ambassador on Monday. Protesters "
             "gathered outside the embassy, and a court later fined their leaders.")
LEISURE = ("The bakery on Elm Street sells a lemon cake that regulars order every week. "
           "Its owner bakes the first batch at dawn and sells out by noon. A second oven "
           "arrived in the spring, and the queue now reaches the corner on Saturdays. "
           "Neighbours say the smell of bread drifts across the square before sunrise. "
           "The owner plans to teach a weekend class on sourdough starters next month.")


def page(title: str, body: str, extra: str = "") -> str:
    paras = "".join(f"<p>{s}.</p>" for s in body.rstrip(".").split(". "))
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{paras}{extra}</article>"
            "<footer>Copyright Example News</footer></body></html>")


def folder(tmp_path: Path) -> Path:
    """Seven invented pages: two political (the web check set's rule picks them), five
    about a bakery, one with a teaser line the ground truth lacks."""
    (tmp_path / "html").mkdir()
    truth = {}
    bodies = [("aa", LEISURE, ""), ("bb", POLITICAL, ""), ("cc", LEISURE, ""),
              ("dd", POLITICAL, ""), ("ee", LEISURE, "<p>SEE MORE: Baker wins the county "
                                                     "fair ribbon again</p>"),
              ("ff", LEISURE, ""), ("gg", LEISURE, "")]
    for n, (name, body, extra) in enumerate(bodies):
        pid = name * 32
        (tmp_path / "html" / f"{pid}.html.gz").write_bytes(
            gzip.compress(page(f"Story number {n}", body, extra).encode("utf-8")))
        truth[pid] = {"articleBody": body, "url": f"https://x.example/{name}"}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return tmp_path


def test_shingles_are_counted_as_the_benchmark_counts_them():
    assert extraction.match("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    # truth shingles (a b c d), (b c d e); predicted (a b c d): one found, one missed
    assert extraction.match("a b c d e", "a, b; c d") == (0.5, 0.0, 0.5)
    assert extraction.match("", "") == (0.0, 0.0, 0.0)
    s = extraction.summary([(0.5, 0.0, 0.5), (1.0, 0.0, 0.0)])
    assert s["precision"] == 1.0 and s["recall"] == 0.75
    assert s["f1"] == pytest.approx(2 * 0.75 / 1.75)


def test_marked_characters_are_scored_against_the_ground_truth():
    truth = "Rebels took the port town on Sunday after a long siege"
    text = "Rebels took the port town on Sunday after a long siege\nSEE MORE: A teaser line"
    teaser = text.index("SEE")
    counts = extraction.marking(truth, text, [(teaser, len(text))])
    assert counts["truth_marked"] == 0 and counts["other_unmarked"] == 0
    assert counts["other_chars"] == len("SEEMOREAteaserline")
    wrong = extraction.marking(truth, text, [(0, 6)])              # "Rebels" marked
    assert wrong["truth_marked"] == 6 and wrong["other_unmarked"] == counts["other_chars"]
    assert extraction.unmarked_text(text, [(teaser, len(text))]) == text[:teaser] + "\n"


def test_halves_leave_out_the_web_check_set(tmp_path):
    root = folder(tmp_path)
    held = {p.name for p in pick(root)}
    assert {n[:2] for n in held} == {"bb", "dd"}
    first, second = extraction.selected(root, "first"), extraction.selected(root, "second")
    assert [p.name[:2] for p in first] == ["aa", "cc"]
    assert [p.name[:2] for p in second] == ["ee", "ff", "gg"]
    assert not held & {p.name for p in first + second}


def test_the_teaser_line_is_marked_and_scored(tmp_path):
    root = folder(tmp_path)
    result = extraction.evaluate(root, half="second")
    assert result["pages"] == 3
    assert result["extracted"]["precision"] < 1.0                  # the teaser was extracted
    assert result["read"]["precision"] > result["extracted"]["precision"]
    assert result["marking"]["truth_marked"] == 0
    assert result["marking"]["other_unmarked"] == 0                # the cleaner marked it
    out = CliRunner().invoke(app, ["eval", "extraction", str(root), "--half", "first"])
    assert out.exit_code == 0 and "2 pages" in out.output
    bad = CliRunner().invoke(app, ["eval", "extraction", str(root), "--half", "dev"])
    assert bad.exit_code == 2


@pytest.mark.parametrize("line", [
    "SEE MORE: Harbour board picks a new chair",
    "[Related: City council delays the tram vote]",
    "You may also like...",
    "Related post: Five soups for a cold week",
    "More:",
    "Also on Example News",
    "Jane Doe writes about courts. Follow her on Twitter @janedoe.",
    "Good reads daily. Sign up for the Harbour Brief to get the free newsletter in your inbox.",
])
def test_link_teaser_and_footer_lines_are_boilerplate(line):
    article = clean(from_text(f"Headline\nA body line.\n{line}\nAnother body line."))
    assert [(r.reason, article.text[r.start:r.end]) for r in article.removed] == [
        ("boilerplate", line)]


@pytest.mark.parametrize("line", [
    "ISLAMABAD: The minister said on Monday that the talks would resume.",
    "More than 300 people were evacuated from the valley.",
    "Also on Monday, police arrested two men near the port.",
    "Thousands follow him on Twitter, where he attacks the council daily.",
])
def test_body_lines_of_the_same_shapes_stay_body(line):
    assert clean(from_text(f"Headline\nA body line.\n{line}")).removed == []


def test_no_event_is_coded_inside_a_teaser_line(analyze_text):
    r = analyze_text("Port news\n\nThe mayor opened the new ferry terminal on Monday.\n\n"
                     "SEE MORE: Rebels attack army base near the northern border\n\n"
                     "Ferries will run every hour.", published="2024-05-06")
    teaser = r.article.text.index("SEE MORE")
    end = r.article.text.index("\n", teaser)
    assert any(x.reason == "boilerplate" and (x.start, x.end) == (teaser, end)
               for x in r.article.removed)
    assert not [e for e in r.events if teaser <= e.trigger.start < end]
    assert "opened" in {e.trigger.text for e in r.events}


def test_on_the_benchmark_the_marks_keep_the_ground_truth():
    root = shared_path("eval", "article-extraction")
    result = extraction.evaluate(root, half="first", limit=12)
    assert result["pages"] == 12
    assert result["extracted"]["f1"] > 0.85
    assert result["marking"]["wrongly_marked"] < 0.05
