"""The readable report: a Report for people at a terminal.

First a one-line summary, then the coded events that happened (a PLOVER type, not negated,
not only possible, not in the future), each with type, who -> whom (names with their
country), when (the human date and how it was found), where, how sure, according to whom
and its sentence; then entities, time expressions, sources and quotes.  Uncoded mentions
and coded events that did not happen are listed too with ``all_events=True`` (``wiretrace
analyze --all-events``), marked as such.  Everything wraps to the console's width."""

from __future__ import annotations

from functools import lru_cache

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from .lexicon import load_tsv
from .model import OCCURRED_ASSERTIONS, Event, Place, Report
from .timex import human

BASIS = {"explicit": "stated", "relative": "worked out from the text",
         "publication": "publication date", "unknown": "not found"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return {row["alpha3"]: row["name"] for row in load_tsv("countries.tsv")}


def country_name(code: str | None) -> str:
    """An ISO 3166-1 alpha-3 code as the country's name ("LBY" -> "Libya"); an unknown
    code stays as it is, no code is ""."""
    if not code:
        return ""
    return _countries().get(code.upper(), code)


# Factuality.assertion values of events that can have happened: a claim is shown (its
# attribution names the claimant); a doubted claim, a condition, a purpose, a plan or wish
# and a question are not.


def happened(event: Event) -> bool:
    """A coded event the article reports as having happened or happening: a PLOVER type,
    asserted (or claimed) by the text, positive polarity, certain or probable, not in the
    future.  (Events in a condition are also left uncoded by the extractor.)"""
    f = event.factuality
    return bool(event.type) and f.polarity == "positive" and \
        f.certainty in ("certain", "probable") and f.tense != "future" and \
        f.assertion in OCCURRED_ASSERTIONS


def why_not_shown(event: Event) -> str:
    """Why an event is not among those that happened: "uncoded", "negated", ..."""
    f = event.factuality
    if not event.type:
        return "uncoded"
    reasons = []
    if f.polarity != "positive":
        reasons.append("negated" if f.polarity == "negative" else "polarity unclear")
    if f.certainty not in ("certain", "probable"):
        reasons.append(f"only {f.certainty}" if f.certainty == "possible" else "certainty unclear")
    if f.tense == "future":
        reasons.append("future")
    if f.assertion not in OCCURRED_ASSERTIONS:
        reasons.append(ASSERTION_REASONS.get(f.assertion, f.assertion))
    return ", ".join(reasons)


ASSERTION_REASONS = {"doubted": "a doubted claim", "condition": "a condition",
                     "purpose": "a purpose", "intended": "planned or wished",
                     "question": "asked about", "believed": "believed or implied",
                     "stance": "a stance, not an act"}


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False,
                  show_lines=False, header_style="bold cyan")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _place(place: Place | None) -> str:
    """"city Misratah (GeoNames 2214846)"."""
    return f"{place.kind} {place.name} (GeoNames {place.geonames_id})" if place else ""


class _Names:
    """Names of a report's entities (with their country) and sources."""

    def __init__(self, report: Report) -> None:
        self.entities = {e.id: e for e in report.entities}
        self.sources = {s.id: s for s in report.sources}

    def actor(self, entity_id: str | None, text: str, country: str | None = None) -> str:
        e = self.entities.get(entity_id or "")
        if e is None:  # words, with a generic actor's country ("police (Sudan)")
            words = " ".join(text.split())
            named = country_name(country)
            return f"{words} ({named})" if named else words
        country = country_name(e.country)
        return f"{e.name} ({country})" if country and country != e.name else e.name

    def who(self, event: Event, role: str) -> str:
        return "; ".join(dict.fromkeys(self.actor(a.entity_id, a.text, a.country)
                                       for a in event.actors if a.role == role))

    def arrow(self, event: Event) -> str:
        """"source → target"; "A ↔ B" when every party is both (a meeting)."""
        source, target = self.who(event, "source"), self.who(event, "target")
        if source and source == target and "; " in source:
            return source.replace("; ", " ↔ ")
        return f"{source or '—'} → {target or '—'}"

    def chain(self, report: Report, event: Event) -> str:
        """The article's outlet, then each relaying source, ending at the nearest."""
        names = [report.article.outlet or "this article"]
        names += [self.sources[s].name for s in reversed(event.attribution) if s in self.sources]
        return " ← ".join(names)


def when(report: Report, event: Event) -> str:
    """"14 Mar 2024 (stated: “on Thursday”)", or "unknown"."""
    if not event.time.value:
        return "unknown"
    said = next((t.text for t in report.times if t.id == event.time.time_id), None)
    basis = BASIS.get(event.time.basis, event.time.basis)
    basis += f": “{said}”" if said else ""
    return f"{human(event.time.value, report.article.published)} ({basis})"


def where(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    country = country_name(loc.country)
    return f"{loc.name}, {country}" if country and country != loc.name else loc.name


def summary(report: Report) -> Text:
    """One line: the article and what was found in it."""
    a = report.article
    shown = sum(happened(e) for e in report.events)
    coded = sum(bool(e.type) for e in report.events)
    line = Text()
    line.append(a.title or "(untitled)", style="bold")
    line.append(f" — {a.outlet or 'outlet unknown'}, "
                f"{'published ' + human(a.published) if a.published else 'undated'}: ")
    line.append(f"{shown} coded event{'s' if shown != 1 else ''} that happened", style="bold")
    line.append(f" ({coded} coded of {len(report.events)} event mentions), "
                f"{len(report.entities)} entities, {len(report.times)} time expressions, "
                f"{len(report.sources)} sources, {len(report.quotes)} quotes")
    if a.removed:
        line.append(f", {len(a.removed)} stretches not article body")
    return line


def _event_card(report: Report, names: _Names, n: int, ev: Event) -> Table:
    title = Text()
    title.append(f"{n}. ", style="bold")
    title.append(ev.type or "uncoded", style="bold green" if ev.type else "dim")
    extra = " · ".join(x for x in (f"mode {ev.mode}" if ev.mode else "",
                                   f"CAMEO {ev.cameo}" if ev.cameo else "") if x)
    title.append(f"  “{ev.trigger.text}”" + (f"  {extra}" if extra else ""))
    title.append(f"  {ev.id}", style="dim")
    card = Table.grid(padding=(0, 1))
    card.add_column(style="cyan", no_wrap=True)
    card.add_column(overflow="fold")
    card.title = title
    card.title_justify = "left"
    card.add_row("who → whom", names.arrow(ev))
    others = [(a.role, names.actor(a.entity_id, a.text)) for a in ev.actors
              if a.role not in ("source", "target")]
    for role, name in dict.fromkeys(others):
        card.add_row(role, name)
    if ev.recipient:
        card.add_row("directed at", f"{country_name(ev.recipient.country)} "
                                    f"({ev.recipient.basis})")
    card.add_row("when", when(report, ev))
    card.add_row("where", where(ev) or "unknown")
    f = ev.factuality
    card.add_row("how sure", f"{f.polarity} · {f.certainty} · {f.tense}")
    card.add_row("according to", names.chain(report, ev))
    sentence = report.article.text[ev.sentence.start:ev.sentence.end]
    card.add_row("sentence", Text(" ".join(sentence.split()), style="italic"))
    return card


def _other_events(report: Report, names: _Names, events: list[Event]) -> Table:
    """Uncoded mentions and coded events that did not happen, one compact row each."""
    table = _table(f"Other event mentions ({len(events)}): uncoded, negated, only possible "
                   "or future", "id", "word", "type: why not shown", "who → whom", "sentence")
    for ev in events:
        arrow = names.arrow(ev) if ev.actors else ""
        sentence = report.article.text[ev.sentence.start:ev.sentence.end]
        kind = Text(f"{ev.type}: {why_not_shown(ev)}") if ev.type else \
            Text("uncoded", style="dim")
        table.add_row(Text(ev.id, style="dim"), ev.trigger.text, kind, arrow,
                      Text(_clip(sentence, 60), style="dim"))
    return table


def report_renderable(report: Report, all_events: bool = False) -> Group:
    a = report.article
    names = _Names(report)
    entity_names = {e.id: e.name for e in report.entities}

    def source_name(sid: str | None) -> str:
        return names.sources[sid].name if sid in names.sources else "—"

    head = Text()
    head.append_text(summary(report))
    head.append(f"\nid {a.id} · published {a.published or 'unknown'} · "
                f"outlet {a.outlet or '—'}" + (f" · {a.url}" if a.url else ""), style="dim")
    if a.byline:
        head.append(f"\nbyline: {', '.join(a.byline)}", style="dim")
    if a.contributors:
        head.append(f"\ncontributors: {', '.join(a.contributors)}", style="dim")
    parts: list[RenderableType] = [head, Text()]

    shown = [ev for ev in report.events if happened(ev)]
    parts.append(Text(f"Events that happened: {len(shown)} coded, not negated, not only "
                      f"possible, not future (of {len(report.events)} event mentions)",
                      style="bold"))
    if not shown:
        parts.append(Text("  none", style="dim"))
    for n, ev in enumerate(shown, 1):
        parts += [_event_card(report, names, n, ev), Text()]
    rest = [ev for ev in report.events if not happened(ev)]
    if all_events and rest:
        parts += [_other_events(report, names, rest), Text()]
    elif rest:
        parts += [Text(f"{len(rest)} other event mentions (uncoded, negated, only possible or "
                       "future) not shown: --all-events lists them.", style="dim"), Text()]

    ents = _table("Entities", "name", "type", "country", "sector", "mentions", "also")
    for e in report.entities:
        also = [", ".join(e.aliases)] if e.aliases else []
        if e.place:
            also.append(_place(e.place))
        if e.candidates:
            also.append("ambiguous: " + "/".join(entity_names.get(c, c) for c in e.candidates))
        ents.add_row(e.name, e.type, country_name(e.country), e.sector or "",
                     str(len(e.mentions)), "; ".join(also))
    parts.append(ents)

    if report.times:
        times = _table("Time expressions", "text", "value", "means")
        for t in report.times:
            times.add_row(t.text, t.value, human(t.anchored or t.value, a.published))
        parts += [Text(), times]

    if report.sources:
        srcs = _table("Sources", "name", "kind", "entity", "via")
        for s in report.sources:
            srcs.add_row(s.name, s.kind, entity_names.get(s.entity_id or "", ""),
                         source_name(s.via) if s.via else "")
        parts += [Text(), srcs]

    if report.quotes:
        quotes = _table("Quotes and reported speech", "kind", "speaker", "cue", "text")
        for q in report.quotes:
            quotes.add_row(q.kind, source_name(q.speaker) if q.speaker else "—",
                           q.cue.text if q.cue else "", _clip(q.text, 100))
        parts += [Text(), quotes]

    if a.removed:  # only when something was set aside
        removed = _table("Not article body (marked, not cut)", "reason", "chars", "text")
        for r in a.removed:
            removed.add_row(r.reason, f"{r.start}-{r.end}", _clip(a.text[r.start:r.end]))
        parts += [Text(), removed]
    return Group(*parts)


def print_report(report: Report, console: Console | None = None,
                 all_events: bool = False) -> None:
    """Print the readable report, wrapped to the console's width (the terminal's; 80
    columns, or $COLUMNS, when piped)."""
    console = console or Console(soft_wrap=False)
    console.print(report_renderable(report, all_events=all_events))
    console.print()


# ------------------------------------------------------------------- Markdown, for pasting

def _md(text: str) -> str:
    """Text safe in a Markdown table cell or list item: one line, pipes and the characters
    Markdown reads as markup escaped."""
    text = " ".join(text.split())
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in rows]
    return lines


def report_markdown(report: Report, all_events: bool = False) -> str:
    """The readable report as Markdown (``wiretrace analyze --format markdown``): the same
    summary, events and tables, for pasting into a note, an issue or a wiki."""
    a = report.article
    names = _Names(report)
    entity_names = {e.id: e.name for e in report.entities}
    lines = [f"## {_md(a.title or '(untitled)')}", "", _md(summary(report).plain), ""]
    shown = [ev for ev in report.events if happened(ev)]
    lines += [f"### Events that happened ({len(shown)})", ""]
    if not shown:
        lines += ["None.", ""]
    for n, ev in enumerate(shown, 1):
        f = ev.factuality
        sentence = a.text[ev.sentence.start:ev.sentence.end]
        lines += [f"{n}. **{ev.type}** “{_md(ev.trigger.text)}” ({ev.id})",
                  f"   - who → whom: {_md(names.arrow(ev))}",
                  f"   - when: {_md(when(report, ev))}",
                  f"   - where: {_md(where(ev) or 'unknown')}",
                  f"   - how sure: {f.polarity} · {f.certainty} · {f.tense}",
                  f"   - according to: {_md(names.chain(report, ev))}",
                  f"   - sentence: *{_md(sentence)}*"]
    lines.append("")
    rest = [ev for ev in report.events if not happened(ev)]
    if all_events and rest:
        lines += [f"### Other event mentions ({len(rest)})", ""]
        lines += _md_table(("id", "word", "type: why not shown", "who → whom"), [
            (ev.id, ev.trigger.text, f"{ev.type}: {why_not_shown(ev)}" if ev.type
             else "uncoded", names.arrow(ev) if ev.actors else "") for ev in rest])
        lines.append("")
    elif rest:
        lines += [f"{len(rest)} other event mentions not shown (`--all-events` lists them).",
                  ""]
    lines += ["### Entities", ""]
    lines += _md_table(("name", "type", "country", "sector", "mentions"), [
        (e.name, e.type, country_name(e.country), e.sector or "", str(len(e.mentions)))
        for e in report.entities])
    if report.times:
        lines += ["", "### Time expressions", ""]
        lines += _md_table(("text", "value", "means"), [
            (t.text, t.value, human(t.anchored or t.value, a.published)) for t in report.times])
    if report.sources:
        lines += ["", "### Sources", ""]
        lines += _md_table(("name", "kind", "entity", "via"), [
            (s.name, s.kind, entity_names.get(s.entity_id or "", ""),
             names.sources[s.via].name if s.via in names.sources else "")
            for s in report.sources])
    if report.quotes:
        lines += ["", "### Quotes and reported speech", ""]
        lines += _md_table(("kind", "speaker", "cue", "text"), [
            (q.kind, names.sources[q.speaker].name if q.speaker in names.sources else "—",
             q.cue.text if q.cue else "", _clip(q.text, 200)) for q in report.quotes])
    return "\n".join(lines) + "\n"
