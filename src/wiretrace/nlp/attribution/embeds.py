"""Embedded posts: a social-media post a page embeds whole, kept in the text as an
element that names its author (``<tweet author="@handle" ...>...</tweet>``, as PolNeAR's
article texts hold the tweets their pages embed).  The post is its author's own text,
quoted whole; a reporting word inside it ("I refuse to accept this", "Team Trump
reportedly wants ...") reports within that quotation, a nested attribution, and PolNeAR's
guidelines mark the outermost attribution only ("No nested attributions").  On train's
first half (round 42) 12 cues of ours inside its 40 such elements, in 9 articles, were all
false.  A cue whose word stands inside such an element is no cue."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

# an embedded post's element, from its opening tag to its closing tag, with no other
# post's tag between them (an empty ``<tweet .../><tweet/>`` holds no text)
EMBEDDED_POST = re.compile(r"<tweet\b[^>]*>(?:(?!</?tweet\b|<tweet/>).)*?</tweet>", re.S)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The character stretches of the embedded-post elements in ``text``, in order."""
    return [(m.start(), m.end()) for m in EMBEDDED_POST.finditer(text)]


class Posts:
    """Whether a token of ``doc`` stands inside an embedded post."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        spans = embedded_posts(doc.text) if "<" in doc.text else []
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __contains__(self, i: int) -> bool:
        if not self.starts:
            return False
        at = self.doc[i].idx
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and at < self.ends[k]
