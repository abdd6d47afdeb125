"""A benchmark corpus that fills a store the way news does: distinct stories, each with its
own date, people and wording; a share of them published by wire agencies and re-published
by other outlets (copies); some cited by later articles ("..., according to a report by
the Nile Wire").

Seeds: the development half (the first 30 by id) of the public-domain VOA stories in
``../shared/eval/real-news/voa-dev.jsonl``, read at run time (nothing of them is kept in the
repository); each is analyzed once, and so is a short article citing it for each wire.
Every article after that is made from a seed's Report without analyzing again, and every
change keeps each character where it was, so every span of the Report still points at its
text (docs/format.md):

- a story's date is its seed's moved by a whole number of weeks, drawn from about 19 years
  back to 6 forward (``dates="drawn"``, the default: a store of 100,000 articles then holds
  ten times the stories a week that one of 10,000 holds), or (``dates="advancing"``) to a
  day that moves forward as the corpus goes on, whatever the seed's own date: 48 stories
  a week give or take two weeks, over the same 25 years counted from the seeds' middle
  day, as an archive that grows with the news does.  The publication date and every
  time value move with it (a day by the same days, a month or a year to where its middle
  moves, a week by the same weeks; the days each covers are worked out again), and the
  years written in the text move by as many years;
- the people are new: each word of a PERSON entity's name becomes an invented word of the
  same length, the same everywhere in the story (text, names, aliases, quotes);
- the wording is new: 40% of the lowercase words outside the Report's short spans
  (mentions, triggers, times, cues) become other words of the same length from the seeds'
  vocabulary, so two stories made from one seed share few word 5-shingles and the copy
  detector (containment 0.8) does not take one for a copy of the other;
- a wire story (a quarter of them) is re-published by 0 to 4 other outlets on the same or
  the next day, with a closing line, half of them with a few words changed (near-copies);
  40% of wire stories are cited the next day by another outlet, with the story's people
  and date (re-worded as a story is), so its events join the story's clusters through the
  citation.

About 62% of the articles are distinct stories, 31% copies and 6% citations.  Without the
VOA file, :func:`available` says why and the benchmark skips.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

SHARED = Path(os.environ.get("WIRETRACE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
VOA = SHARED / "eval" / "real-news" / "voa-dev.jsonl"
WIRES = ["Nile Wire", "Atlas Press", "Meridian News"]  # fictional agencies
OUTLETS = ["Harbour Times", "Desert Post", "Valley Herald", "Coastal Ledger", "River Journal",
           "Northern Observer", "City Courier", "Plains Gazette", "Island Chronicle",
           "Mountain Tribune", "Lakeside Review", "Capital Bulletin", "Evening Standard Star",
           "Morning Dispatch", "Frontier Voice", "Border Sentinel", "Delta Register",
           "Highland Mail", "Metro Daily", "Union Record", "Harbor Weekly", "Sun Examiner",
           "Pacific Monitor", "Atlantic Leader", "Central Express", "Southern Beacon",
           "Eastern Clarion", "Western Pioneer", "Prairie Messenger", "Bay Telegraph"]
WIRE_SHARE, CITED_SHARE, SCRAMBLE = 0.25, 0.4, 0.9
WEEKS = (-1000, 300)
# dates="advancing": the stories' days move forward with the corpus, this many stories a
# week (about 62,000 stories, 100,000 articles, span WEEKS), each up to JITTER weeks off
STORIES_A_WEEK, JITTER = 48, 2
DATES = ("drawn", "advancing")
SPAN = 80  # spans up to this long keep their words (mentions, triggers, times, cues)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_LOWER = re.compile(r"\b[a-z]{2,}\b")
_WORD = re.compile(r"[A-Z][a-z]+")


def available() -> str | None:
    """None when the seeds can be read, else why not."""
    return None if VOA.is_file() else f"no VOA stories at {VOA} (../shared is not here)"


def seed_articles() -> list:
    """The development half of the VOA stories (the first 30 by id), as Articles."""
    from wiretrace.read.jsonl import read_file

    found = sorted((r.article for r in read_file(str(VOA)) if hasattr(r, "article")),
                   key=lambda a: a.id)
    return found[:len(found) // 2]


def citing_text(article, wire: str) -> str | None:
    """A short article citing ``wire`` for the first sentence of ``article``."""
    first = re.split(r"(?<=[.!?])\s+", article.text.strip(), maxsplit=2)
    if len(first) < 2 or not first[0].endswith("."):
        return None
    return (f"{article.title or 'Report'}\n\n{first[0][:-1]}, according to a report by the "
            f"{wire}. {first[1]}")


def analyze_seeds(nlp) -> tuple[list, dict]:
    """The seed Reports, and per (seed index, wire) the Report of an article citing it."""
    from wiretrace.pipeline import analyze_many
    from wiretrace.read.text import from_text

    articles = seed_articles()
    reports = [r for r in analyze_many(articles, nlp) if hasattr(r, "events")]
    todo, keys = [], []
    for i, r in enumerate(reports):
        for wire in WIRES:
            body = citing_text(r.article, wire)
            if body:
                todo.append(from_text(body, id=f"cite-{i}-{wire}",
                                      published=r.article.published, outlet="Citing Outlet"))
                keys.append((i, wire))
    citing = {k: r for k, r in zip(keys, analyze_many(todo, nlp)) if hasattr(r, "events")}
    return reports, citing


# -- moving dates ------------------------------------------------------------------------
def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def _month(year: int, month: int, days: int) -> str:
    d = date(year, month, 15) + timedelta(days=days)
    return f"{d.year:04d}-{d.month:02d}"


def shift_value(value: str | None, days: int) -> str | None:
    """A TIMEX3 value moved by ``days`` (a multiple of 7): a day by the days, a month or a
    year to where its middle moves, a week by the weeks, a quarter or season by the years;
    other values (PRESENT_REF, XXXX-12, durations) as they are."""
    if not value or not value[:4].isdigit():
        return value
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
            d = _day(value) + timedelta(days=days)
            return d.isoformat() + value[10:]
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return _month(int(value[:4]), int(value[5:7]), days)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(.*)", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1) + timedelta(days=days)
            year, week, _ = monday.isocalendar()
            return f"{year:04d}-W{week:02d}{m[3]}"
        if re.fullmatch(r"\d{4}", value):
            return str((date(int(value), 7, 1) + timedelta(days=days)).year)
        if re.fullmatch(r"\d{4}-\w+", value):  # 2021-Q3, 2021-SU, 2021-H1
            years = round(days / 365.25)
            return f"{int(value[:4]) + years:04d}{value[4:]}"
    except ValueError:
        return value
    return value


# -- making an article from a Report -----------------------------------------------------
def _pseudo(word: str, key: str) -> str:
    """An invented name word of the same length (and capital) for ``word`` in story
    ``key``: the same every time it is asked."""
    rng = random.Random(f"{word}|{key}")
    consonants, vowels = "bdfghklmnprstvz", "aeiou"
    out = [rng.choice(consonants if k % 2 == 0 else vowels) for k in range(len(word))]
    return out[0].upper() + "".join(out[1:])


def _name_words(report) -> set[str]:
    words = set()
    for e in report.entities:
        if e.type == "PERSON":
            for name in [e.name, *e.aliases, *(m.text for m in e.mentions)]:
                words.update(w for w in _WORD.findall(name) if len(w) >= 2)
    return words


def _short_spans(data, out: list[tuple[int, int]]) -> None:
    if isinstance(data, dict):
        start, end = data.get("start"), data.get("end")
        if isinstance(start, int) and isinstance(end, int) and end - start <= SPAN:
            out.append((start, end))
        for v in data.values():
            _short_spans(v, out)
    elif isinstance(data, list):
        for v in data:
            _short_spans(v, out)


def _respan(data, text: str) -> None:
    """Every span's ``text`` read again from ``text`` (which keeps every offset)."""
    if isinstance(data, dict):
        if isinstance(data.get("start"), int) and isinstance(data.get("end"), int) \
                and isinstance(data.get("text"), str) and data is not None:
            data["text"] = text[data["start"]:data["end"]]
        for k, v in data.items():
            if k != "text":
                _respan(v, text)
    elif isinstance(data, list):
        for v in data:
            _respan(v, text)


class Corpus:
    """The articles of the corpus, in publication-like order (a story, then its copies and
    citation), made on demand: ``next()`` gives one Report after another, for ever."""

    def __init__(self, reports: list, citing: dict, seed: int = 2026,
                 dates: str = "drawn") -> None:
        if dates not in DATES:
            raise ValueError(f"dates must be one of {DATES}, not {dates!r}")
        self.reports, self.citing, self.dates = reports, citing, dates
        # "advancing": the corpus's first week, WEEKS[0] weeks before the seeds' middle day
        days = sorted(_day(r.article.published) for r in reports if r.article.published)
        middle = days[len(days) // 2] if days else date(2018, 1, 1)
        self.start = middle + timedelta(weeks=WEEKS[0])
        self.rng = random.Random(seed)
        self.vocab: dict[int, list[str]] = defaultdict(list)
        seen: set[str] = set()
        for r in reports:
            for w in _LOWER.findall(r.article.text):
                if w not in seen:
                    seen.add(w)
                    self.vocab[len(w)].append(w)
        self.queue: list = []
        self.templates: dict[int, dict] = {}
        self.stories = 0
        self.made = {"stories": 0, "copies": 0, "citations": 0}

    def next(self):
        while not self.queue:
            self._story()
        return self.queue.pop(0)

    def skip(self, n: int) -> None:
        """Pass over the next ``n`` articles without making those of a story passed over
        whole: ``next()`` then gives what it would have given (a store filled before goes
        on where it stopped, in seconds rather than the minutes that making them takes)."""
        while n > 0:
            if not self.queue:
                before = self.rng.getstate(), self.stories, dict(self.made)
                self._story(build=False)
                if len(self.queue) > n:  # the story is not passed over whole: make it
                    self.queue.clear()
                    state, self.stories, self.made = before
                    self.rng.setstate(state)
                    self._story()
            taken = min(n, len(self.queue))
            del self.queue[:taken]
            n -= taken

    def _story(self, build: bool = True) -> None:
        """The next story and its copies and citation into the queue.  Without ``build``
        their places hold None, and every draw of the corpus's generator is made as if
        they were made (the wording's draws fall on the seed's own text: renaming changes
        only capitalized words, which the scrambling never draws for)."""
        rng = self.rng
        self.stories += 1
        key = f"s{self.stories}"
        seed = rng.randrange(len(self.reports))
        base = self.reports[seed]
        days = 7 * self._week(rng.randint(*WEEKS), base)
        wire = rng.choice(WIRES) if rng.random() < WIRE_SHARE else None
        outlet = wire or rng.choice(OUTLETS)
        names, story = {}, None
        if build:
            names = {w: _pseudo(w, key) for w in _name_words(base)}
            story = self._make(base, f"news-{key}", outlet, days, 0, names, scramble=rng)
        else:
            self._scrambled(base.article.text, self._template(base)["keep"], rng, SCRAMBLE)
        self.queue.append(story)
        self.made["stories"] += 1
        if not wire:
            return
        for k in range(rng.randint(0, 4)):
            other = rng.choice([o for o in OUTLETS if o != outlet])
            edits = random.Random(f"{key}-c{k}") if k % 2 else None
            later = rng.randint(0, 1)
            self.queue.append(self._copy(story, f"news-{key}-c{k}", other, later, wire, edits)
                              if build else None)
            self.made["copies"] += 1
        cite = self.citing.get((seed, wire))
        if cite is not None and rng.random() < CITED_SHARE:
            by = rng.choice(OUTLETS)
            if build:
                names.update({w: _pseudo(w, key) for w in _name_words(cite)})
                # re-worded too: citations of one seed are no copies of each other
                self.queue.append(self._make(cite, f"news-{key}-cite", by, days, 1, names,
                                             scramble=random.Random(f"{key}-cite")))
            else:
                self.queue.append(None)
            self.made["citations"] += 1

    def _week(self, drawn: int, base) -> int:
        """The weeks a story made from ``base`` is moved by: ``drawn`` from all of
        :data:`WEEKS` ("drawn": a store of 100,000 holds ten times the stories a week that
        one of 10,000 holds), or ("advancing") to the week of the story's place in the
        corpus, counted from :attr:`start` at :data:`STORIES_A_WEEK` stories a week and
        moved by up to :data:`JITTER` weeks with the same draw, whatever the seed's own
        date: an archive that grows with the news, each new story about the last weeks."""
        if self.dates == "drawn" or not base.article.published:
            return drawn
        week = (self.stories - 1) // STORIES_A_WEEK + (drawn - WEEKS[0]) % (2 * JITTER + 1)
        day = self.start + timedelta(weeks=week - JITTER)
        return (day - _day(base.article.published)).days // 7

    def _scrambled(self, text: str, keep: list[tuple[int, int]], rng, share: float) -> str:
        protected = bytearray(len(text))
        for start, end in keep:
            protected[start:end] = b"\x01" * (end - start)
        chars = list(text)
        for m in _LOWER.finditer(text):
            if rng.random() >= share or any(protected[m.start():m.end()]):
                continue
            pool = self.vocab.get(len(m[0]))
            if pool:
                chars[m.start():m.end()] = rng.choice(pool)
        return "".join(chars)

    def _template(self, base) -> dict:
        """What ``_make`` changes in ``base``, found once per seed: its JSON, the short
        spans whose words stay, and the paths to the span texts, time values and strings
        that hold a name word or a year."""
        found = self.templates.get(id(base))
        if found is not None:
            return found
        data = json.loads(base.model_dump_json())
        keep: list[tuple[int, int]] = []
        _short_spans({k: v for k, v in data.items() if k != "article"}, keep)
        words = _name_words(base)
        named = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b") if words \
            else None
        spans, times, strings = [], [], []

        def walk(x, path, top):
            if isinstance(x, dict):
                if isinstance(x.get("start"), int) and isinstance(x.get("end"), int) \
                        and isinstance(x.get("text"), str):
                    spans.append(path)
                if "value" in x and ("first" in x or "last" in x or "basis" in x):
                    times.append(path)
                items = x.items()
            elif isinstance(x, list):
                items = enumerate(x)
            else:
                return
            for k, v in items:
                if top and k in ("text", "title", "id", "text_hash", "published", "outlet",
                                 "url"):
                    continue
                if isinstance(v, str):
                    if k not in ("text", "value", "first", "last", "id") and (
                            (named and named.search(v)) or _YEAR.search(v)):
                        strings.append((*path, k))
                else:
                    walk(v, (*path, k), False)

        for k, v in data.items():
            walk(v, (k,), k == "article")
        found = self.templates[id(base)] = {
            "json": json.dumps(data), "keep": keep, "words": words, "spans": spans,
            "times": times, "strings": strings}
        return found

    def _make(self, base, article_id: str, outlet: str, days: int, later: int,
              names: dict[str, str], scramble):
        """``base`` with its dates moved by ``days``, its people renamed and (with a
        random generator) its wording changed."""
        from wiretrace.model import Article, Report
        from wiretrace.timex import value_range

        tpl = self._template(base)
        data = json.loads(tpl["json"])
        a = data["article"]
        old_day = _day(a["published"]) if a.get("published") else None
        published = (old_day + timedelta(days=days + later)).isoformat() if old_day else None
        years = round(days / 365.25)
        mine = {w: names[w] for w in tpl["words"] if w in names}
        pattern = (re.compile(r"\b(" + "|".join(sorted(map(re.escape, mine), key=len,
                                                            reverse=True)) + r")\b")
                   if mine else None)

        def rename(s: str) -> str:
            s = pattern.sub(lambda m: mine[m[1]], s) if pattern else s
            return _YEAR.sub(lambda m: str(int(m[1]) + years), s) if years else s

        def at(path):
            x = data
            for k in path:
                x = x[k]
            return x

        text = rename(a["text"])
        if scramble is not None:
            text = self._scrambled(text, tpl["keep"], scramble, SCRAMBLE)
        assert len(text) == len(a["text"])
        for path in tpl["strings"]:
            parent = at(path[:-1])
            parent[path[-1]] = rename(parent[path[-1]])
        for path in tpl["spans"]:
            x = at(path)
            x["text"] = text[x["start"]:x["end"]]
        for path in tpl["times"]:
            x = at(path)
            x["value"] = shift_value(x["value"], days)
            r = value_range(x["value"], published)
            for side in ("first", "last"):
                if x.get(side):
                    x[side] = getattr(r, side) if r else (
                        (_day(x[side]) + timedelta(days=days)).isoformat())
        title = rename(a.get("title") or "")
        data["article"] = {
            **a, "id": article_id, "text": text, "title": title or None,
            "text_hash": Article.hash_text(text), "published": published, "outlet": outlet,
            "url": f"https://news.example/{outlet.lower().replace(' ', '-')}/{article_id}"}
        return Report.model_validate_json(json.dumps(data))

    def _copy(self, story, article_id: str, outlet: str, later: int, wire: str, edits):
        """``story`` re-published by ``outlet`` ``later`` days on, with a closing line and
        (``edits``: a random generator) 2% of its words changed."""
        from wiretrace.model import Article

        a = story.article
        if edits is not None:  # words changed outside the spans; long spans' text again
            data = json.loads(story.model_dump_json())
            keep: list[tuple[int, int]] = []
            _short_spans({k: v for k, v in data.items() if k != "article"}, keep)
            text = self._scrambled(a.text, keep, edits, 0.02)
            _respan(data, text)
            data["article"]["text"] = text  # the edited words, not only the spans, change
            story = type(story).model_validate(data)
            a = story.article
        text = a.text + f"\n\nDistributed by the {wire} to {outlet}.\n"
        published = ((_day(a.published) + timedelta(days=later)).isoformat()
                     if a.published else None)
        article = a.model_copy(update={
            "id": article_id, "text": text, "text_hash": Article.hash_text(text),
            "published": published, "outlet": outlet,
            "url": f"https://news.example/{outlet.lower().replace(' ', '-')}/{article_id}"})
        return story.model_copy(update={"article": article})
