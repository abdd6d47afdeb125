"""Charts drawn as SVG in Python (no JavaScript library, nothing fetched): the events
timeline, an actor's timeline as source and as target, and an actor's network of
counterparts coloured by cooperation and conflict.  Every text that goes into the SVG is
escaped here; the result is safe to insert into a page."""

from __future__ import annotations

import math
from functools import lru_cache
from html import escape

from ..nlp.lexicon import load_yaml

COLOURS = {"cooperation": "#2e7d32", "conflict": "#c62828", "mixed": "#8d6e63",
           "uncoded": "#9e9e9e"}


@lru_cache(maxsize=1)
def _quad() -> dict[str, str]:
    return {category: quad for quad, categories in load_yaml("plover_quad.yaml").items()
            for category in categories}


def tone(types: dict[str, int]) -> str:
    """cooperation, conflict, mixed or uncoded, by the coded event types' majority."""
    coop = sum(n for t, n in types.items() if _quad().get(t, "").endswith("cooperation"))
    conf = sum(n for t, n in types.items() if _quad().get(t, "").endswith("conflict"))
    if not coop and not conf:
        return "uncoded"
    if coop > 2 * conf:
        return "cooperation"
    if conf > 2 * coop:
        return "conflict"
    return "mixed"


def bars(series: dict[str, list[tuple[str, int]]], colours: dict[str, str],
         title: str, width: int = 900, height: int = 180) -> str:
    """Stacked bars: one bar per label (month or year), one colour per series."""
    labels = sorted({label for rows in series.values() for label, _ in rows})
    if not labels:
        return f'<p class="empty">{escape(title)}: nothing dated to show.</p>'
    values = {name: dict(rows) for name, rows in series.items()}
    totals = [sum(values[name].get(label, 0) for name in series) for label in labels]
    top = max(totals) or 1
    left, bottom, plot_h = 36, 28, height - 44
    step = (width - left - 8) / len(labels)
    bar_w = max(1.0, step * 0.8)
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<text x="{left}" y="12" class="axis">{top}</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 4}" '
             f'y2="{height - bottom}" class="axis-line"/>']
    every = max(1, math.ceil(len(labels) / 12))
    for i, label in enumerate(labels):
        x = left + i * step
        y = height - bottom
        for name in series:
            n = values[name].get(label, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{colours[name]}"><title>{escape(label)} {escape(name)}: '
                         f'{n}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 10}" class="axis">'
                         f'{escape(label)}</text>')
    legend_x = width - 8 - 110 * len(series)
    for j, name in enumerate(series):
        parts.append(f'<rect x="{legend_x + 110 * j}" y="2" width="10" height="10" '
                     f'fill="{colours[name]}"/><text x="{legend_x + 110 * j + 14}" y="11" '
                     f'class="axis">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def event_timeline(months: list[dict]) -> str:
    return bars({"events": [(m["month"], m["events"]) for m in months]},
                {"events": "#1565c0"}, "Events per month (year-only dates under their year)")


def actor_timeline(items: list[dict]) -> str:
    """An actor's events per year, as source and as target."""
    counts: dict[str, dict[str, int]] = {"as source": {}, "as target": {}}
    for item in items:
        year = (item.get("date") or "")[:4]
        if not year.isdigit():
            continue
        for role, name in (("source", "as source"), ("target", "as target")):
            if role in item["roles"]:
                counts[name][year] = counts[name].get(year, 0) + 1
    return bars({name: sorted(c.items()) for name, c in counts.items()},
                {"as source": "#1565c0", "as target": "#ef6c00"},
                "Events per year, as source and as target")


def network(name: str, counterparts: list[dict], limit: int = 24, size: int = 520) -> str:
    """The actor in the middle, its counterparts around it; an edge's width is the number
    of shared events, its colour their tone."""
    shown = counterparts[:limit]
    if not shown:
        return '<p class="empty">No counterparts: this actor shares no event with another.</p>'
    cx = cy = size / 2
    radius = size / 2 - 90
    top = max(c["events"] for c in shown)
    edges, nodes = [], []
    for i, c in enumerate(shown):
        angle = 2 * math.pi * i / len(shown) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        kind = tone(c["types"])
        width = 1 + 5 * c["events"] / top
        types = ", ".join(f"{t} {n}" for t, n in sorted(c["types"].items()))
        edges.append(f'<line x1="{cx}" y1="{cy}" x2="{x:.1f}" y2="{y:.1f}" '
                     f'stroke="{COLOURS[kind]}" stroke-width="{width:.1f}" class="edge '
                     f'edge-{kind}"><title>{escape(c["name"])}: {c["events"]} events '
                     f'({escape(types)})</title></line>')
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 \
            else "middle"
        nodes.append(f'<a href="/actors/{int(c["actor_id"])}" class="node"><circle '
                     f'cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{COLOURS[kind]}"/><text '
                     f'x="{x + 10 * math.cos(angle):.1f}" y="{y + 4 + 10 * math.sin(angle):.1f}"'
                     f' text-anchor="{anchor}">{escape(c["name"][:40])}</text></a>')
    legend = "".join(f'<rect x="8" y="{8 + 16 * i}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="22" y="{17 + 16 * i}" class="axis">{kind}</text>'
                     for i, (kind, colour) in enumerate(COLOURS.items()))
    return (f'<svg class="network" role="img" viewBox="0 0 {size} {size}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>Counterparts of {escape(name)}</title>'
            f'{legend}{"".join(edges)}<circle cx="{cx}" cy="{cy}" r="10" fill="#263238"/>'
            f'<text x="{cx}" y="{cy - 14}" text-anchor="middle" class="centre">'
            f'{escape(name[:40])}</text>{"".join(nodes)}</svg>')
