"""Charts drawn as SVG in Python (no JavaScript library, nothing fetched): the events
timeline and an actor's timeline as source and as target on a true time axis (a bar sits
at its month or year, so 1969 stands far from 2001), a map of where events took place
(equirectangular, over Natural Earth's 1:110m land shipped in ``data/``), and an actor's
network of counterparts coloured by cooperation and conflict.  Every text that goes into
the SVG is escaped here; the result is safe to insert into a page."""

from __future__ import annotations

import math
from functools import lru_cache
from html import escape

from ..lexicon import data_text
from ..plover import quads
from ..timex import month_abbr

COLOURS = {"cooperation": "#2e7d32", "conflict": "#c62828", "mixed": "#8d6e63",
           "uncoded": "#9e9e9e"}


def tone(types: dict[str, int]) -> str:
    """cooperation, conflict, mixed or uncoded, by the coded event types' majority."""
    coop = sum(n for t, n in types.items() if quads().get(t, "").endswith("cooperation"))
    conf = sum(n for t, n in types.items() if quads().get(t, "").endswith("conflict"))
    if not coop and not conf:
        return "uncoded"
    if coop > 2 * conf:
        return "cooperation"
    if conf > 2 * coop:
        return "conflict"
    return "mixed"


def _span(label: str) -> tuple[float, float] | None:
    """A month ("2021-11") or year ("1987") key as [start, end) in fractional years."""
    try:
        if len(label) == 7 and label[4] == "-":
            start = int(label[:4]) + (int(label[5:]) - 1) / 12
            return start, start + 1 / 12
        if len(label) == 4:
            return int(label), int(label) + 1.0
    except ValueError:
        return None
    return None


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Tick marks at round dates between lo and hi (fractional years), ten at most."""
    span = hi - lo
    if span <= 3:
        for months in (1, 2, 3, 6):
            if span * 12 / months <= 10:
                break
        first = math.ceil(lo * 12 / months) * months
        return [(m / 12, f"{month_abbr(m % 12 + 1)} {m // 12}")
                for m in range(first, int(hi * 12) + 1, months)]
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / s <= 10)
    return [(y, str(y)) for y in range(math.ceil(lo / step) * step, int(hi) + 1, step)]


def time_bars(series: dict[str, list[tuple[str, int]]], colours: dict[str, str],
              title: str, width: int = 900, height: int = 190) -> str:
    """Stacked bars on a true time axis: a month's bar is a month wide and a year's (a
    value dated to a year only) a year wide, each at its place in time."""
    values: dict[str, dict[str, int]] = {name: {} for name in series}
    for name, rows in series.items():
        for label, n in rows:
            if _span(label) is not None and n:
                values[name][label] = values[name].get(label, 0) + n
    labels = sorted({label for v in values.values() for label in v})
    if not labels:
        return f'<p class="empty">{escape(title)}: nothing dated to show.</p>'
    spans = {label: _span(label) for label in labels}
    lo = min(a for a, _ in spans.values())
    hi = max(b for _, b in spans.values())
    pad = max((hi - lo) * 0.02, 1 / 12)
    lo, hi = lo - pad, hi + pad
    top = max(sum(v.get(label, 0) for v in values.values()) for label in labels)
    left, right, bottom, plot_h = 36, 8, 30, height - 48
    scale = (width - left - right) / (hi - lo)
    base = height - bottom

    def x_of(year: float) -> float:
        return left + (year - lo) * scale

    parts = [f'<svg class="chart time-chart" role="img" viewBox="0 0 {width} {height}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
             f'<text x="{left - 4}" y="{height - plot_h - bottom + 8}" class="axis" '
             f'text-anchor="end">{top}</text>',
             f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" '
             f'class="axis-line"/>']
    for year, text in _ticks(lo, hi):
        x = x_of(year)
        parts.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 4}" '
                     f'class="axis-line"/><text x="{x:.1f}" y="{height - 12}" class="axis" '
                     f'text-anchor="middle">{escape(text)}</text>')
    for label in labels:
        a, b = spans[label]
        x, w = x_of(a), max(2.0, (b - a) * scale - 0.5)
        y = float(base)
        for name in series:
            n = values[name].get(label, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            shown = label if len(label) == 4 else f"{month_abbr(int(label[5:]))} {label[:4]}"
            kind = "year" if len(label) == 4 else "month"
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
                         f'fill="{colours[name]}" class="bar bar-{kind}" '
                         f'data-period="{escape(label)}"><title>{escape(shown)}'
                         f'{" (dated to the year only)" if kind == "year" else ""} '
                         f'{escape(name)}: {n}</title></rect>')
    legend_x = width - right - 110 * len(series)
    for j, name in enumerate(series):
        parts.append(f'<rect x="{legend_x + 110 * j}" y="2" width="10" height="10" '
                     f'fill="{colours[name]}"/><text x="{legend_x + 110 * j + 14}" y="11" '
                     f'class="axis">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def event_timeline(months: list[dict]) -> str:
    return time_bars({"events": [(m["month"], m["events"]) for m in months]},
                     {"events": "#1565c0"},
                     "Events per month on a time axis (an event dated to a year only is a "
                     "year-wide bar)")


def actor_timeline(years: list[dict]) -> str:
    """An actor's events per year, as source and as target (its kept counts: every year,
    however many mentions it has)."""
    series = {name: [(y["year"], y[key]) for y in years if y[key]]
              for name, key in (("as source", "as_source"), ("as target", "as_target"))}
    return time_bars(series, {"as source": "#1565c0", "as target": "#ef6c00"},
                     "Events per year, as source and as target")


@lru_cache(maxsize=1)
def _land() -> str:
    """The land outline as one SVG path in map units (x = longitude, y = -latitude).  A
    ring that crosses the antimeridian is unwrapped (longitudes past 180) and drawn again
    one world over, so no fill or stroke runs across the map; Antarctica is closed along
    the pole."""
    rings = []
    for line in data_text("world_land_110m.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        points: list[tuple[float, float]] = []
        shift = 0.0
        for cell in line.split():
            x, y = (float(v) for v in cell.split(","))
            if points and abs(x + shift - points[-1][0]) > 180:
                shift += 360.0 if points[-1][0] > x + shift else -360.0
            points.append((x + shift, -y))
        xs = [x for x, _ in points]
        if max(xs) - min(xs) >= 359:  # around the pole
            pole = 90.0 if sum(y for _, y in points) > 0 else -90.0
            points += [(points[-1][0], pole), (points[0][0], pole)]
        copies = [0.0] + ([-360.0] if max(xs) > 180 else []) + ([360.0] if min(xs) < -180
                                                                else [])
        for dx in copies:
            rings.append("M" + "L".join(f"{x + dx:g},{y:g}" for x, y in points) + "Z")
    return "".join(rings)


def world_map(places: list[dict], country_name=lambda code: code or "",
              labels: int = 6) -> str:
    """Where events took place: a dot per place (its area grows with its events) over the
    land outline, on an equirectangular grid; the view closes in on the places (a whole
    hemisphere at least).  A dot links to the events in its country."""
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return '<p class="empty">No located events to map.</p>'
    xs = [float(p["lon"]) for p in located]
    ys = [-float(p["lat"]) for p in located]
    # the view: the places' box, padded, at least 120 x 60 degrees, 2:1, inside the world
    x0, x1, y0, y1 = min(xs) - 15, max(xs) + 15, min(ys) - 10, max(ys) + 10
    w = max(x1 - x0, 2 * (y1 - y0), 120.0)
    w = min(w, 360.0)
    h = w / 2
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    x0 = min(max(cx - w / 2, -180.0), 180.0 - w)
    y0 = min(max(cy - h / 2, -90.0), 90.0 - h)
    unit = w / 360  # one degree of the whole-world map
    top = max(p["events"] for p in located)
    parts = [f'<svg class="map" role="img" viewBox="{x0:.1f} {y0:.1f} {w:.1f} {h:.1f}" '
             f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
             f'<title>Where the events took place ({len(located)} places)</title>',
             '<rect x="-180" y="-90" width="360" height="180" class="sea"/>',
             f'<path d="{_land()}" class="land" stroke-width="{0.3 * unit:.2f}"/>']
    for lon in range(-180, 181, 30):
        parts.append(f'<line x1="{lon}" y1="-90" x2="{lon}" y2="90" class="grid" '
                     f'stroke-width="{0.2 * unit:.2f}"/>')
    for lat in range(-60, 61, 30):
        parts.append(f'<line x1="-180" y1="{-lat}" x2="180" y2="{-lat}" class="grid" '
                     f'stroke-width="{0.2 * unit:.2f}"/>')
    font = 8 * unit
    for p in sorted(located, key=lambda p: p["events"]):  # the biggest dots on top
        r = (1.6 + 4.4 * math.sqrt(p["events"] / top)) * unit
        country = country_name(p.get("country"))
        tip = f'{p["name"] or "?"}{", " + country if country and country != p["name"] else ""}'
        dot = (f'<circle cx="{float(p["lon"]):.2f}" cy="{-float(p["lat"]):.2f}" '
               f'r="{r:.2f}" class="place" stroke-width="{0.25 * unit:.2f}">'
               f'<title>{escape(tip)}: {int(p["events"])} event'
               f'{"s" if p["events"] != 1 else ""}</title></circle>')
        code = p.get("country") or ""
        if len(code) == 3 and code.isalpha() and code.isupper():
            dot = f'<a href="/events?country={code}" class="place-link">{dot}</a>'
        parts.append(dot)
    for p in sorted(located, key=lambda p: -p["events"])[:labels]:
        parts.append(f'<text x="{float(p["lon"]) + 6.5 * unit:.2f}" '
                     f'y="{-float(p["lat"]) + font / 3:.2f}" class="place-label" '
                     f'font-size="{font:.2f}">{escape((p["name"] or "")[:30])}</text>')
    parts.append("</svg>")
    return "".join(parts)


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
