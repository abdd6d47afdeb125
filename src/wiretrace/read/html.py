"""HTML pages: main text extracted with trafilatura; metadata taken from the page.

The headline becomes the first line of ``article.text`` (as in plain-text input), so the
headline is analyzed like the rest and offsets stay simple."""

from __future__ import annotations

from typing import Any

from .. import settings
from ..errors import InputError
from ..model import Article, repair_text
from .text import from_text


def check_html(html: str, where: str | None = None) -> None:
    """Refuse a page larger than ``max_html_chars`` or nested deeper than
    ``max_html_depth`` (InputError), before the text extractor sees it."""
    limit = int(settings.get("max_html_chars"))
    if len(html) > limit:
        raise InputError(f"HTML page has {len(html):,} characters, more than max_html_chars "
                         f"({limit:,}; WIRETRACE_MAX_HTML_CHARS)", where=where)
    max_depth = int(settings.get("max_html_depth"))
    if html.count("<") <= max_depth:  # fewer tags than levels: cannot be too deep
        return
    depth = html_depth(html)
    if depth > max_depth:
        deep = f"{depth:,} or more" if depth >= CEILING else f"{depth:,}"
        raise InputError(f"HTML page is nested {deep} elements deep, more than "
                         f"max_html_depth ({max_depth}; WIRETRACE_MAX_HTML_DEPTH)", where=where)


CEILING = 2048  # libxml2's deepest nesting with huge_tree


def html_depth(html: str) -> int:
    """How deep elements nest in the page as libxml2 parses it (implied end tags of <p>,
    <li> and the like closed as a browser would), counted from <html>; the parser's own
    ceiling (CEILING) caps it."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html, parser=_parser())
    except (etree.ParserError, ValueError):
        return 0  # nothing parseable: the extractor says so
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _parser():
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(huge_tree=True, recover=True)


def from_html(
    html: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: object = None,
    outlet: str | None = None,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    where: str | None = None,
) -> Article:
    if not isinstance(html, str):
        raise InputError(f"HTML must be a string, got {type(html).__name__}", where=where)
    check_html(html, where)
    # NUL and lone surrogates become U+FFFD, as a browser's parser does with NUL
    html = repair_text(html)
    import trafilatura  # a quarter second to import: only when a page is read

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(f"cannot parse HTML ({type(exc).__name__}: {exc})", where=where) from exc
    if doc is not None and not isinstance(doc, dict):
        doc = doc.as_dict()
    if not doc or not (doc.get("text") or "").strip():
        raise InputError("no article text found in the page", where=where)
    body = doc["text"].strip()
    page_title = (title or doc.get("title") or "").strip() or None
    text = body if not page_title or body.startswith(page_title) else f"{page_title}\n\n{body}"
    meta = dict(meta or {})
    for key in ("author", "sitename", "hostname", "description", "categories", "tags"):
        if doc.get(key):
            meta.setdefault(f"page_{key}", doc[key])
    page_date = doc.get("date")
    article = from_text(
        text,
        id=id,
        title=page_title,
        published=published or _iso_date(page_date),
        outlet=outlet or doc.get("sitename") or doc.get("hostname"),
        url=url or doc.get("url"),
        meta=meta,
        where=where,
    )
    if doc.get("author"):
        authors = [a.strip() for a in str(doc["author"]).split(";") if a.strip()]
        article = article.model_copy(update={"byline": authors})
    return article


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    text = str(value)[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" else None
