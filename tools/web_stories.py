"""Web news pages (HTML) as a JSONL stories file for ``wiretrace eval events-judged``.

Written for the check set ``docs/judgments/events-web-check.tsv`` (issue 18) and the dev set
``docs/judgments/events-web-dev.tsv`` (round 16): pages of the
Zyte article-extraction benchmark (``../shared/eval/article-extraction``: ``html/<id>.html.gz``
and ``ground-truth.json``; MIT for the benchmark repository, but the pages are third-party
news pages), which the project never developed on.  Their texts never enter this
repository: this tool writes them to a file outside it (under /tmp), in the format of
``../shared/eval/real-news/voa-dev.jsonl`` (id, title, text, published, outlet, url, plus
``half`` = ``check``, or ``dev`` with ``--half dev``, and ``source_file``).

The text is wiretrace's own extraction (``wiretrace.read.html.from_html``, trafilatura with
the options the reader uses): ``text`` is the extracted body, without the headline line that
starts it (``from_html`` puts it first when the extracted body lacks it; the headline goes
to ``title``, as in the VOA stories), so the
judged offsets point into the body, as they do for VOA.  The same page and library
versions give the same file byte for byte.

Which pages (a mechanical rule, fixed before the system's output was looked at): a page
qualifies when the benchmark's ground-truth ``articleBody`` (not wiretrace's extraction)
has words of at least ``--min-topics`` (default 3) of the seven topics of world and
political news in ``src/wiretrace/data/web_check_topics.yaml`` (whole words,
case-insensitive); the qualifying pages are
sorted by file name and the first ``--count`` (default 10) are taken.  A story's id is the
first 12 characters of the page id (the sha256 in the file name).

The web DEV set (``docs/judgments/events-web-dev.tsv``, round 16) is the NEXT 10 qualifying
pages, ``--skip 10 --half dev`` (records with ``half`` = ``dev``); the default output (the
check set) is unchanged.

    python tools/web_stories.py ../shared/eval/article-extraction -o /tmp/web-check-10.jsonl
    python tools/web_stories.py ../shared/eval/article-extraction -o /tmp/web-dev-10.jsonl
        --skip 10 --half dev        (one command line)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from wiretrace.errors import InputError
from wiretrace.eval.judged_events import write_stories
from wiretrace.eval.web_pages import (  # noqa: F401  (topics: the rule, for its tests)
    body_start,
    ground_truth,
    page_id,
    pick,
    read_page,
    topics,
)

ID_CHARS = 12


def story(path: Path, url: str | None = None, half: str = "check") -> dict:
    """One page as a stories record: wiretrace's extraction, the headline cut off the text."""
    article = read_page(path, id=page_id(path)[:ID_CHARS], url=url)
    text = article.text[body_start(article):]
    return {"id": article.id, "title": article.title or "", "text": text,
            "published": article.published,
            "outlet": article.outlet, "url": url, "half": half, "source_file": path.name}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", help="the benchmark folder (html/ and ground-truth.json)")
    ap.add_argument("-o", "--output", required=True, help="the JSONL file to write (not in "
                    "the repository: the pages are third-party)")
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--min-topics", type=int, default=3)
    ap.add_argument("--skip", type=int, default=0, help="leave out the first SKIP qualifying "
                    "pages (10: the check set) and take the next --count")
    ap.add_argument("--half", choices=("check", "dev"), default="check",
                    help="the records' half field (dev for the web dev set)")
    args = ap.parse_args(argv)
    if args.skip < 0 or args.count < 0:
        raise SystemExit("--skip and --count must not be negative")
    truth = ground_truth(args.directory)
    rows = []
    for path in pick(args.directory, args.count, args.min_topics, args.skip):
        page = truth[page_id(path)]
        rows.append(story(path, page.get("url"), args.half))
    try:
        write_stories(rows, args.output, Path(__file__).resolve().parents[1],
                      "third-party page texts")
    except InputError as exc:
        raise SystemExit(str(exc)) from None
    for row in rows:
        print(row["id"], row["url"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
