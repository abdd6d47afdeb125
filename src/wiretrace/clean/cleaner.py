"""clean: marks the stretches of an article that are not body (captions, photo credits,
bylines, datelines, contributors lines, boilerplate, duplicated paragraphs) in
``article.removed``; nothing is cut.  It also reads bylines, contributors and, when the
metadata has none, the publication date from those lines, and who the copy is credited
to (``article.credits``: a wire in a dateline, sign-off or byline; contributors; "via"
courtesies; the service a story originated in).  Patterns: ``data/clean.yaml``; wire
agencies: ``data/wires.yaml``."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from ..dates.grammar import prepare as prepare_dates
from ..model import Article, Credit, Offsets, Removed
from .bylines import _byline, _contributors_match, _dateline_date, _wire_dateline, date_line
from .tables import (
    _Found,
    _Line,
    _lines,
    _outlet_cues,
    _signs_off,
    patterns,
    rules,
    wire_name,
    wires,
)

NAME = "clean.v1"

# ---------------------------------------------------------------- captions and credits


def _credit(line: str) -> tuple[re.Match[str], bool, str] | None:
    """The photo credit that ends ``line``, if any (the longest when several match),
    whether, alone on its line, it makes the line before it a caption, and its rule."""
    best = None
    for rx, captions, name in patterns().credits:
        m = rx.search(line)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, captions, name)
    return best


def _split_agencies(text: str) -> list[str]:
    """"Reuters/AFP", "AP and Reuters" -> the names."""
    return [p.strip() for p in re.split(r"\s*(?:/|,|\band\b|&)\s*", text) if p.strip()]


def _wire_credits(found: _Found, stretch: tuple[int, int], names: str,
                  listed_only: bool) -> None:
    """Wire credits for the agencies in ``names`` (a dateline's "(Reuters/AFP)", a
    sign-off's "— AFP"); with ``listed_only`` only agencies wires.yaml lists."""
    after = stretch[0]
    for written in _split_agencies(names):
        wire = wire_name(written)
        if wire is None and listed_only:
            continue
        before = len(found.credits)
        found.credit(stretch, wire or written, "wire", written, after)
        if len(found.credits) > before:
            after = found.credits[-1][1]


def _name_credits(found: _Found, stretch: tuple[int, int], names: list[str],
                  kind: str) -> None:
    """Credits of ``kind`` for people and services named in a stretch, in order; a listed
    wire among them gets its canonical name ("Reuters contributed to this report")."""
    after = stretch[0]
    for name in names:
        before = len(found.credits)
        found.credit(stretch, wire_name(name) or name, kind, name, after)
        if len(found.credits) > before:
            after = found.credits[-1][1]


def _provenance(line: str) -> tuple[str, str, re.Match[str]] | None:
    """A provenance line ("This story originated in ...", "Via Reuters"): its kind, how
    it is marked, the match."""
    for kind, removed_as, rx in patterns().provenance:
        m = rx.fullmatch(line)
        if m:
            return kind, removed_as, m
    return None


def _origin_credit(found: _Found, stretch: tuple[int, int], m: re.Match[str]) -> None:
    """The service a contributors line says the story originated in."""
    if m.groupdict().get("origin"):
        origin = m["origin"].strip()
        found.credit(stretch, origin, "originated", origin, stretch[0] + m.start("origin"))


def _is_caption(line: str) -> bool:
    for rx, min_words in patterns().captions:
        if len(line.split()) >= min_words and rx.fullmatch(line):
            return True
    return False


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" .")


def _repeats(line: str, caption: str) -> bool:
    """Whether ``line`` repeats ``caption``: the same, a prefix copy, or a near copy."""
    return _repeats_norm(_norm(line), _norm(caption))


def _repeats_norm(a: str, b: str) -> bool:
    """:func:`_repeats` on texts already normalised."""
    opts = rules()["caption_repeat"]
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= opts["prefix_min_chars"] and long_.startswith(short):
        return True
    return min(len(a), len(b)) >= opts["near_min_chars"] and fuzz.ratio(a, b) >= opts["near_ratio"]


# ---------------------------------------------------------------- one pass over the lines


# A wire dateline ("TRIPOLI, Nov 20 (Reuters) -") opens the story: it is looked for only in
# the first lines after the headline, so "World Health Organization (WHO): ..." deep in
# the body stays body.
DATELINE_LINES = 4


def _classify(index: int, line: _Line, found: _Found, near_top: bool = True,
              opening: bool = False) -> bool:
    """Mark what one line holds; True when the line is only a photo credit.  Datelines
    are read ``near_top`` only; ``opening`` is the story's first paragraph."""
    p, text = patterns(), line.text
    if any(rx.fullmatch(text) for rx in p.boilerplate):
        found.mark(index, line.start, line.end, "boilerplate")
        return False
    is_date, iso = date_line(text)
    if is_date:
        found.mark(index, line.start, line.end, "dateline")
        found.published = found.published or iso
        return False
    whole = (line.start, line.end)
    contributed = _contributors_match(text)
    if contributed:
        names, m = contributed
        found.mark(index, line.start, line.end, "contributors")
        found.contributors += names
        _name_credits(found, whole, names, "contributor")
        _origin_credit(found, whole, m)
        return False
    names = _byline(text)
    if names:
        found.mark(index, line.start, line.end, "byline")
        found.byline += names
        _byline_credits(found, whole, text, names)
        return False
    provenance = _provenance(text)
    if provenance:
        kind, removed_as, m = provenance
        found.mark(index, line.start, line.end, removed_as)
        found.credit(whole, wire_name(m["name"]) or m["name"], kind, m["name"],
                     line.start + m.start("name"))
        return False
    found_credit = _credit(text)
    if found_credit:
        credit, captions_line_before, rule = found_credit
        start = credit.start() + len(credit.group()) - len(credit.group().lstrip())
        found.mark(index, line.start + start, line.end, "credit")
        if rule == "agency_sign_off":  # "- AFP", "Source: Reuters": the copy's wire
            signed = re.sub(r"^[-–—\s]*(?:(?i:source)\s*:\s*)?", "", credit.group().strip())
            _wire_credits(found, (line.start + start, line.end), signed.rstrip("."), True)
        # the caption shares the line: "... Misrata, Libya, July 18, 2020 (photo credit: ...)"
        before = text[:start].rstrip(" \t|-–—:;,")
        if any(c.isalpha() for c in before):
            found.mark(index, line.start, line.start + len(before), "caption")
            return False
        return captions_line_before
    if _is_caption(text):
        found.mark(index, line.start, line.end, "caption")
        return False
    m = _wire_dateline(text, opening) if near_top else None
    if m:
        found.mark(index, line.start, line.start + len(m.group().rstrip()), "dateline")
        if m.groupdict().get("agency"):  # "CAIRO (AP) —": the copy is the agency's
            _wire_credits(found, (line.start, line.start + len(m.group().rstrip())),
                          m["agency"], False)
        found.published = found.published or _dateline_date(m)
        found.dateline_place = found.dateline_place or m["place"]
    return False


def _byline_credits(found: _Found, whole: tuple[int, int], line: str,
                    names: list[str]) -> None:
    """A byline that is a wire ("By Associated Press") or names one as the writers'
    affiliation ("By JANE DOE, Associated Press", "By Jane Doe | Reuters") credits the
    copy to the wire."""
    for name in names:
        if wire_name(name):
            found.credit(whole, wire_name(name), "wire", name)
    for part in re.split(r"\s*(?:,|\||\s[-–—]+\s|\bfor\b)\s*", line)[1:]:
        if wire_name(part) and not any(wire_name(n) for n in names):
            found.credit(whole, wire_name(part), "wire", part.strip(" .,;:()[]—–-"))


# a sentence boundary: its end mark, a closing quote or bracket, spaces, a capital next
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“(])")
CLOSING_SENTENCES = 2  # at most this many closing sentences are read as credits


def _closing(index: int, line: _Line, found: _Found, is_head: bool) -> None:
    """Credits that close the article's last paragraph when it holds more than them: a
    sign-off ("... twice. (Nile Wire)", "... on Monday. — AFP") and contributors or
    provenance sentences ("... program. Ham Ji-ha contributed to this report.").  A
    one-paragraph story (its only line is its headline) is read when it holds three
    sentences or more: no headline does."""
    p, text = patterns(), line.text
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(starts) < (3 if is_head else 2):
        return
    taken = max((e for s, e, _ in found.spans.get(index, [])), default=line.start)
    end = len(text)
    for rx in p.closing:
        m = rx.search(text)
        name = _signs_off(m["name"]) if m else None
        if m and name:
            lo = line.start + m.start() + len(m.group()) - len(m.group().lstrip())
            if lo < taken:
                return
            found.mark(index, lo, line.end, "credit")
            found.credit((lo, line.end), name, "wire", m["name"], line.start + m.start("name"))
            end = m.start()
            break
    for start in reversed([s for s in starts if s < end][-CLOSING_SENTENCES:]):
        if start == 0:
            break  # the whole paragraph is no closing credit
        sentence = text[start:end].strip()
        lo, hi = line.start + start, line.start + start + len(sentence)
        if not sentence or lo < taken:
            break
        contributed = _contributors_match(sentence)
        provenance = None if contributed else _provenance(sentence)
        if contributed:
            names, m = contributed
            found.mark(index, lo, hi, "contributors")
            found.contributors += names
            _name_credits(found, (lo, hi), names, "contributor")
            _origin_credit(found, (lo, hi), m)
        elif provenance:
            kind, removed_as, m = provenance
            found.mark(index, lo, hi, removed_as)
            found.credit((lo, hi), wire_name(m["name"]) or m["name"], kind, m["name"],
                         lo + m.start("name"))
        else:
            break
        end = start


# a paragraph's last sentence ends: an end mark, then closing quotes or brackets
_ENDS_SENTENCE = re.compile(r"[.!?][\"”’')]*$")


def _opens_story(line: str) -> bool:
    """Whether ``line`` is a first paragraph under its wire dateline ("HANOI, Vietnam
    (AP) — ... said."): a headline has no dateline and no final period."""
    return _wire_dateline(line, opening=True) is not None and bool(_ENDS_SENTENCE.search(line))


def _database_abstract(lines: list[_Line], found: _Found) -> None:
    """A news database's "ABSTRACT." label near the top and its "FULL TEXT." label a few
    lines on: both labels are boilerplate, the lines between them the copy's summary."""
    spec = rules()["database_abstract"]
    opener, closer = re.compile(spec["open"]), re.compile(spec["close"])
    for i, line in enumerate(lines[:spec["open_within"]]):
        if not opener.fullmatch(line.text):
            continue
        for j in range(i + 2, min(len(lines), i + 2 + spec["max_lines"])):
            if closer.fullmatch(lines[j].text):
                found.mark(i, line.start, line.end, "boilerplate")
                found.mark(j, lines[j].start, lines[j].end, "boilerplate")
                found.summary = (lines[i + 1].start, lines[j - 1].end)
                return
        return


def _editor_notes(lines: list[_Line], found: _Found, head: int) -> None:
    """A paragraph that opens with an editor's-note label ("Editor's note: ...") is the
    outlet's note on the story, not its body: boilerplate.  A hard-wrapped note goes on
    over the lines right after it while its text has not ended a sentence and the next
    line opens in lower case (it continues the sentence)."""
    labels, most = patterns().editor_notes, rules()["editor_note_max_lines"]
    text = found.text
    for i, line in enumerate(lines):
        if i == head or i in found.spans or not any(rx.match(line.text) for rx in labels):
            continue
        last = i
        while (last + 1 < len(lines) and last + 1 - i < most
               and not _ENDS_SENTENCE.search(lines[last].text)
               and text.count("\n", lines[last].end, lines[last + 1].start) == 1
               and lines[last + 1].text[0].islower() and last + 1 not in found.spans):
            last += 1
        for k in range(i, last + 1):
            found.mark(k, lines[k].start, lines[k].end, "boilerplate")


def find(text: str) -> _Found:
    """Everything the cleaner finds in ``text`` (spans by line, names, a date, credits)."""
    lines = _lines(text)
    found = _Found(text=text)
    credit_only: list[int] = []
    # The headline is body: the first line that is not just a date (a page copied with
    # its date above the headline: "March 6, 2008" / "Rebels seize Sirte").  A first line
    # that opens with a wire dateline and ends a sentence is the story's first paragraph
    # (a page whose headline was taken off into the title): the text has no headline.
    head = next((i for i, line in enumerate(lines) if not date_line(line.text)[0]), 0)
    opening = head + 1  # the story's first paragraph
    if lines and head < len(lines) and _opens_story(lines[head].text):
        head, opening = -1, head
    _database_abstract(lines, found)
    _editor_notes(lines, found, head)
    for index, line in enumerate(lines):
        if index in found.spans:
            continue
        if index != head and _classify(index, line, found,
                                       near_top=index < opening + DATELINE_LINES,
                                       opening=index == opening):
            credit_only.append(index)
    # the last paragraph's closing credits, unless the whole line is marked already
    last = len(lines) - 1
    if lines and not any(s == lines[last].start and e == lines[last].end
                         for s, e, _ in found.spans.get(last, [])):
        _closing(last, lines[last], found, last == head)

    # The line just before a credit-only line is its caption (The Jerusalem Post layout:
    # "A member of the troops ... July 18, 2020" then "(photo credit: AYMAN SAHELY/REUTERS)").
    # A line that opens with a quotation mark is a quote, so body.
    max_words = rules()["caption_before_credit_max_words"]
    for index in credit_only:
        before = index - 1
        if (before >= 0 and before != head and before not in found.spans
                and len(lines[before].text.split()) <= max_words
                and lines[before].text[0] not in "\"“”'‘«"):
            found.mark(before, lines[before].start, lines[before].end, "caption")

    # A caption printed twice (above the photo and again in the photo box) is caption twice.
    # Normalised once and deduplicated: a page that prints one caption many times is
    # compared with it once per line, not once per copy.
    captions = {_norm(text[s:e]) for spans in found.spans.values() for s, e, r in spans
                if r == "caption"}
    for index, line in enumerate(lines):
        if index == head or index in found.spans or not captions:
            continue
        norm = _norm(line.text)
        if norm in captions or any(_repeats_norm(norm, c) for c in captions):
            found.mark(index, line.start, line.end, "caption")

    # A body paragraph pasted twice counts once.
    seen: set[str] = set()
    min_words = rules()["duplicate_min_words"]
    for index, line in enumerate(lines):
        if index in found.spans:
            continue
        key = " ".join(line.text.split())
        if index != head and key in seen and len(key.split()) >= min_words:
            found.mark(index, line.start, line.end, "duplicate")
        if not (found.summary and found.summary[0] <= line.start < found.summary[1]):
            seen.add(key)  # the lead an abstract restates stays body
    return found


def _merge(kept: list[str], new: list[str]) -> list[str]:
    return kept + [n for n in new if n not in kept]


def clean(article: Article) -> Article:
    """A copy of ``article`` with its non-body stretches marked in ``removed`` (sorted,
    never overlapping; spans already there are kept), ``byline`` and ``contributors``
    read from the text, and ``published`` from a date line when the metadata has none
    (then ``meta["published_from"] == "text"``).  Cleaning twice changes nothing."""
    found = find(article.text)
    given = list(article.removed)
    removed = list(given)
    # The cleaner's own spans never overlap one another (one line, one mark, except a
    # caption and its credit side by side), so each is checked against the given ones only.
    for spans in found.spans.values():
        for start, end, reason in spans:
            if start < end and not any(r.start < end and start < r.end for r in given):
                removed.append(Removed(start=start, end=end, reason=reason))
    removed.sort(key=lambda r: (r.start, r.end))
    # a credit is kept when its stretch is marked (a given span may have taken its place)
    credits = list(article.credits)
    for start, end, name, kind, lo, hi in sorted(found.credits):
        credit = Credit(name=name, kind=kind, start=start, end=end, text=article.text[start:end],
                        line=Offsets(start=lo, end=hi))
        if credit not in credits and any(r.start <= lo and hi <= r.end for r in removed):
            credits.append(credit)
    update: dict[str, Any] = {
        "removed": removed,
        "credits": credits,
        "byline": _merge(list(article.byline), found.byline),
        "contributors": _merge(list(article.contributors), found.contributors),
    }
    meta = dict(article.meta)
    if article.published is None and found.published:
        update["published"] = found.published
        meta["published_from"] = "text"
    if found.summary and "summary" not in meta:
        meta["summary"] = list(found.summary)
    if found.dateline_place and "dateline_place" not in meta:
        meta["dateline_place"] = found.dateline_place
    update["meta"] = meta
    return article.model_copy(update=update)


def prepare() -> None:
    """Load the cleaner's rules now (see :func:`wiretrace.pipeline.load`)."""
    rules()
    patterns()
    wires()
    _outlet_cues()
    prepare_dates()
