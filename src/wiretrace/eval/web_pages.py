"""Pages of the Zyte article-extraction benchmark (``../shared/eval/article-extraction``:
``html/<id>.html.gz`` and ``ground-truth.json``; MIT for the benchmark repository, the pages
are third-party news pages): the web check set's rule and wiretrace's reading of a page.

The web check set of issue 18 (``docs/judgments/events-web-check.tsv``, written by
``tools/web_stories.py``) is the pages :func:`pick` chooses; ``wiretrace eval extraction``
leaves those pages out of both of its halves.

Which pages (a mechanical rule, fixed before the system's output was looked at): a page
qualifies when the benchmark's ground-truth ``articleBody`` (not wiretrace's extraction)
has words of at least ``min_topics`` (default 3) of the seven topics of world and
political news in ``data/web_check_topics.yaml`` (whole words, case-insensitive; the
check set's rule, kept with its source in the data folder); the qualifying pages are
sorted by file name and the first ``count`` (default 10) are taken.  The web DEV set
(``docs/judgments/events-web-dev.tsv``, round 16) is the next ``count`` of the same order
(``skip`` = 10): pages the check set does not hold, for developers to read."""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

from ..lexicon import load_yaml
from ..model import Article

SUFFIX = ".html.gz"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One whole-word, case-insensitive pattern a topic of data/web_check_topics.yaml."""
    return {topic: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                              re.IGNORECASE)
            for topic, words in load_yaml("web_check_topics.yaml")["topics"].items()}


def topics(text: str) -> list[str]:
    """The topics of data/web_check_topics.yaml that have a word in ``text``."""
    return [topic for topic, pattern in _patterns().items() if pattern.search(text)]


def ground_truth(directory: str | Path) -> dict[str, dict]:
    """The benchmark's ``ground-truth.json``: page id -> its fields (``articleBody``,
    ``url``...)."""
    return json.loads((Path(directory) / "ground-truth.json").read_text(encoding="utf-8"))


def page_id(path: Path) -> str:
    return path.name[: -len(SUFFIX)]


def pages(directory: str | Path) -> list[Path]:
    """The benchmark's pages, in file-name order."""
    return sorted((Path(directory) / "html").glob(f"*{SUFFIX}"))


def pick(directory: str | Path, count: int = 10, min_topics: int = 3,
         skip: int = 0) -> list[Path]:
    """The pages chosen: those whose ground-truth body has words of ``min_topics`` topics or
    more, in file-name order, the first ``count`` after the first ``skip`` of them."""
    truth = ground_truth(directory)
    chosen = []
    for path in pages(directory):
        page = truth.get(page_id(path))
        if page and len(topics(page.get("articleBody") or "")) >= min_topics:
            chosen.append(path)
    return chosen[skip:skip + count]


def read_page(path: Path, id: str | None = None, url: str | None = None) -> Article:
    """A benchmark page read as wiretrace reads HTML (:func:`wiretrace.read.html.from_html`)."""
    from ..read.html import from_html

    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    return from_html(html, id=id or page_id(path), url=url, where=path.name)


def body_start(article: Article) -> int:
    """Where the body starts in ``article.text``: after the headline line the reader puts
    first when the extracted body lacks it (0 when the text does not open with it)."""
    text = article.text
    if article.title and text.startswith(article.title + "\n"):
        rest = text[len(article.title):]
        return len(text) - len(rest.lstrip("\n"))
    return 0
