"""The readable report: a Report as rich tables for people at a terminal."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .model import Place, Report


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


def report_renderable(report: Report) -> Group:
    a = report.article
    names = {e.id: e.name for e in report.entities}
    sources = {s.id: s for s in report.sources}

    def source_name(sid: str | None) -> str:
        return f"{sources[sid].name} ({sid})" if sid in sources else "—"

    head = Text()
    head.append(a.title or "(untitled)", style="bold")
    head.append(f"\nid {a.id}   published {a.published or 'unknown'}"
                f"   outlet {a.outlet or '—'}   {a.url or ''}".rstrip())
    if a.byline:
        head.append(f"\nbyline: {', '.join(a.byline)}")
    if a.contributors:
        head.append(f"\ncontributors: {', '.join(a.contributors)}")

    removed = _table("Not article body (marked, not cut)", "reason", "chars", "text")
    for r in a.removed:
        removed.add_row(r.reason, f"{r.start}-{r.end}", _clip(a.text[r.start:r.end]))

    ents = _table("Entities", "id", "name", "type", "country", "sector", "mentions", "aliases",
                  "place")
    for e in report.entities:
        note = " ambiguous: " + "/".join(names.get(c, c) for c in e.candidates) if e.candidates \
            else ""
        ents.add_row(e.id, e.name + note, e.type, e.country or "", e.sector or "",
                     str(len(e.mentions)), ", ".join(e.aliases), _place(e.place))

    times = _table("Time expressions", "id", "text", "value", "type")
    for t in report.times:
        times.add_row(t.id, t.text, t.value, t.type)

    srcs = _table("Sources", "id", "kind", "name", "entity", "via")
    for s in report.sources:
        srcs.add_row(s.id, s.kind, s.name, names.get(s.entity_id or "", ""),
                     source_name(s.via) if s.via else "")

    quotes = _table("Quotes and reported speech", "id", "kind", "speaker", "cue", "text")
    for q in report.quotes:
        quotes.add_row(q.id, q.kind, source_name(q.speaker) if q.speaker else "—",
                       q.cue.text if q.cue else "", _clip(q.text, 60))

    evs = _table("Events", "id", "trigger", "type", "who → whom", "when", "where",
                 "factuality", "according to")
    for ev in report.events:
        def who(role: str, ev=ev) -> str:
            return ", ".join(dict.fromkeys(
                names.get(x.entity_id, x.text) if x.entity_id else x.text
                for x in ev.actors if x.role == role))
        arrow = f"{who('source') or '?'} → {who('target') or '?'}" if ev.actors else ""
        kind = "/".join(x for x in (ev.type, ev.mode, ev.cameo) if x)
        when = f"{ev.time.value} ({ev.time.basis})" if ev.time.value else ev.time.basis
        f = ev.factuality
        fact = f"{f.polarity[:3]} {f.certainty} {f.tense}"
        evs.add_row(ev.id, ev.trigger.text, kind, arrow, when,
                    ev.location.name if ev.location else "", fact,
                    " ← ".join(sources[s].name for s in ev.attribution if s in sources))
    parts = [head, removed, ents, times, srcs, quotes, evs]
    return Group(*parts)


def print_report(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    console.print(report_renderable(report))
    console.print()
