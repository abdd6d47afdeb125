"""Coded events on real news, scored against verdicts judged by hand.

A judgment file (``docs/judgments/events-voa-*.tsv``) is tab-separated: ``#`` comment
lines first (the commit judged, the stories, the conventions; a line ``# stories: ID ...``
names stories judged to have no rows at all), then a header row, then one row per judged
event::

    story  half  start  end  trigger  type  source  target  verdict  note

* A **coded** row judges an event that the system codes and shows as having happened
  (``render.happened``): ``start``/``end`` are its trigger's offsets in ``article.text``,
  ``type`` its PLOVER type, ``source``/``target`` the texts of its source and target
  actors (several joined with `` + ``, empty if none), ``verdict`` one of ``right``,
  ``wrong_type``, ``wrong_actors``, ``not_event`` (RUBRIC.md of the real-news folder).
* A **missing** row (``verdict`` = ``missing``) is an event a careful coder would code that
  the system does not code right: the offsets of the word that would be its trigger, the
  type it should have, who its source and target should be (free text), and why.

The stories are read with the project's JSONL reader and sorted by id: the first half is
``dev``, the rest ``check``, unless a story's record has its own ``half`` field (``dev`` or
``check``: tools/polnear_stories.py writes one); a row's ``half`` must agree.  Scoring
re-analyzes the judged stories and matches every happened event to a coded row by (story,
trigger start, type, source texts, target texts).  Per half (and per story):

* coded: happened events; judged: those with a row; the count of each verdict;
* precision = right / judged;
* missing: missing rows not covered, where covered means a happened event now has the same
  story, trigger start and type and is judged right;
* lost: rows judged right that no happened event matches any more and that no event now
  judged right covers (same story, trigger start and type): a real event the coder coded
  right once and codes no longer (round 34; before, such a row left the denominator and
  hand recall read high);
* hand recall = right / (right + missing + lost);
* unjudged: happened events without a row (what a change leaves to judge), and stale:
  coded rows that no event matches any more;
* the same counts per PLOVER type (over all stories): the coded type for coded events,
  the type it should have for missing rows.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

from ..errors import InputError
from .scoring import split_halves

COLUMNS = ("story", "half", "start", "end", "trigger", "type", "source", "target",
           "verdict", "note")
CODED_VERDICTS = ("right", "wrong_type", "wrong_actors", "not_event")
VERDICTS = (*CODED_VERDICTS, "missing")
HALVES = ("dev", "check")
JOIN = " + "


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def actors_key(text: str) -> tuple[str, ...]:
    """The actors of a source or target column, order and case aside."""
    return tuple(sorted(p for p in (_norm(part) for part in text.split(JOIN.strip())) if p))


def read_judgments(path: Path | str) -> tuple[list[dict], set[str]]:
    """The rows of one judgment file (each with ``file`` and ``line``) and the stories a
    ``# stories:`` comment names."""
    rows: list[dict] = []
    declared: set[str] = set()
    name = str(path)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    body: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if line.startswith("#"):
            head = line.lstrip("#").strip()
            if head.startswith("stories:"):
                declared.update(head[len("stories:"):].replace(",", " ").split())
        elif line.strip():
            body.append((number, line))
    if not body:
        return rows, declared
    header = body[0][1].rstrip("\r").split("\t")
    if tuple(h.strip() for h in header) != COLUMNS:
        raise InputError(f"the header row must be {' '.join(COLUMNS)} (tab-separated), "
                         f"got {' '.join(header)}", where=f"{name}:{body[0][0]}")
    for number, line in body[1:]:
        where = f"{name}:{number}"
        cells = next(csv.reader([line.rstrip("\r")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(COLUMNS):
            raise InputError(f"{len(cells)} cells, at most {len(COLUMNS)} expected", where=where)
        row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=False))
        row = {k: row.get(k, "") for k in COLUMNS}
        if row["verdict"] not in VERDICTS:
            raise InputError(f"verdict {row['verdict']!r} is not one of {', '.join(VERDICTS)}",
                             where=where)
        if row["half"] not in HALVES:
            raise InputError(f"half {row['half']!r} is not dev or check", where=where)
        if not row["story"] or not row["type"]:
            raise InputError("a row needs a story and a type", where=where)
        try:
            row["start"], row["end"] = int(row["start"]), int(row["end"])
        except ValueError:
            raise InputError("start and end must be character offsets", where=where) from None
        row["file"], row["line"] = name, number
        rows.append(row)
    return rows, declared


def halves_of(ids: list[str]) -> dict[str, str]:
    """Story id -> half: sorted by id, the first half ``dev``, the rest ``check``."""
    dev, check = split_halves(sorted(ids))
    return {**dict.fromkeys(dev, "dev"), **dict.fromkeys(check, "check")}


def _actor_text(event, role: str) -> str:
    seen: dict[tuple[int, int], str] = {}
    for actor in sorted(event.actors, key=lambda a: (a.start, a.end)):
        if actor.role == role:
            seen.setdefault((actor.start, actor.end), actor.text)
    return JOIN.join(seen.values())


def happened_events(report) -> list[dict]:
    """Every event of a report that it codes and shows as having happened, as a row of
    the judgment format (verdict empty) plus its id, mode and sentence."""
    from ..render import happened

    text = report.article.text
    out = []
    for ev in report.events:
        if not happened(ev):
            continue
        out.append({"story": report.article.id, "event": ev.id,
                    "start": ev.trigger.start, "end": ev.trigger.end,
                    "trigger": ev.trigger.text, "type": ev.type, "mode": ev.mode,
                    "route": ev.route,
                    "source": _actor_text(ev, "source"), "target": _actor_text(ev, "target"),
                    "sentence": " ".join(text[ev.sentence.start:ev.sentence.end].split())})
    return out


def predict(articles: list) -> tuple[list[dict], dict[str, str]]:
    """The happened events of the articles, analyzed as ``wiretrace analyze`` does, and
    each article's text (as analyzed) by id."""
    from ..errors import AnalysisError
    from ..pipeline import AnalysisFailure, analyze_many

    events, texts = [], {}
    for item in analyze_many(articles):
        if isinstance(item, AnalysisFailure):
            raise AnalysisError(item.reason, where=item.article_id, stage=item.stage)
        texts[item.article.id] = item.article.text
        events.extend(happened_events(item))
    return events, texts


def _key(row: dict) -> tuple:
    return (row["story"], row["start"], row["type"], actors_key(row["source"]),
            actors_key(row["target"]))


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def _tally(events: list[dict], missing: list[dict], lost: list[dict]) -> dict:
    counts = Counter(e["verdict"] for e in events if e["verdict"])
    judged = sum(counts.values())
    right = counts["right"]
    left = [m for m in missing if not m["covered"]]
    return {"coded": len(events), "judged": judged,
            **{v: counts[v] for v in CODED_VERDICTS},
            "unjudged": len(events) - judged,
            "precision": _ratio(right, judged),
            "missing": len(left), "missing_covered": len(missing) - len(left),
            "lost": len(lost), "hand_recall": _ratio(right, right + len(left) + len(lost))}


def score(rows: list[dict], events: list[dict], halves: dict[str, str],
          stories: list[str] | None = None) -> dict:
    """Verdicts for the events, and the counts per half (dev, check, all) and per story.

    ``rows``: judgment rows; ``events``: happened events (``happened_events``);
    ``halves``: story -> half; ``stories``: the stories judged (default: those of rows).
    """
    stories = sorted(set(stories or ()) | {r["story"] for r in rows})
    coded_rows: dict[tuple, dict] = {}
    for row in rows:
        if row["verdict"] == "missing":
            continue
        key = _key(row)
        if key in coded_rows and coded_rows[key]["verdict"] != row["verdict"]:
            first = coded_rows[key]
            raise InputError(f"the same event is judged {first['verdict']} at "
                             f"{first['file']}:{first['line']} and {row['verdict']} here",
                             where=f"{row['file']}:{row['line']}")
        coded_rows.setdefault(key, row)
    used: set[tuple] = set()
    judged = []
    for ev in events:
        key = _key(ev)
        row = coded_rows.get(key)
        if row is not None:
            used.add(key)
        judged.append({**ev, "half": halves[ev["story"]],
                       "verdict": row["verdict"] if row else None,
                       "note": row["note"] if row else ""})
    right_at = {(e["story"], e["start"], e["type"]) for e in judged if e["verdict"] == "right"}
    missing = [{**r, "covered": (r["story"], r["start"], r["type"]) in right_at}
               for r in rows if r["verdict"] == "missing"]
    stale = [r for r in rows if r["verdict"] != "missing" and _key(r) not in used]
    lost, seen = [], set()
    for r in stale:  # one per event lost: rows of it judged right with other actors count once
        place = (r["story"], r["start"], r["type"])
        if r["verdict"] == "right" and place not in seen and place not in right_at:
            seen.add(place)
            lost.append(r)

    def part(keep, with_rows: bool = True) -> dict:
        return _tally([e for e in judged if keep(e)],
                      [m for m in missing if with_rows and keep(m)],
                      [r for r in lost if with_rows and keep(r)])

    out: dict = {}
    for name in (*HALVES, "all"):
        ids = [s for s in stories if name == "all" or halves[s] == name]
        ids_set = set(ids)
        out[name] = {"stories": len(ids), **part(lambda r, ids=ids_set: r["story"] in ids)}
    out["per_story"] = {s: {"half": halves[s], **part(lambda r, s=s: r["story"] == s)}
                        for s in stories}
    types = sorted({e["type"] for e in judged} | {m["type"] for m in missing}
                   | {r["type"] for r in lost})
    out["per_type"] = {t: part(lambda r, t=t: r["type"] == t) for t in types}
    routes = sorted({e.get("route") or "-" for e in judged})  # missing rows have none
    out["per_route"] = {name: part(lambda r, name=name: (r.get("route") or "-") == name,
                                   with_rows=False)  # rows carry no route
                        for name in routes}
    out["events"] = judged
    out["unjudged_events"] = [e for e in judged if e["verdict"] is None]
    out["missing_rows"] = [m for m in missing if not m["covered"]]
    out["stale_rows"] = stale
    out["lost_rows"] = lost
    return out


def evaluate(judgments: list[Path | str], stories: Path | str) -> dict:
    """Score the judgment files against the stories they judge, re-analyzed now."""
    from ..read.jsonl import read_file

    rows: list[dict] = []
    declared: set[str] = set()
    for path in judgments:
        file_rows, file_stories = read_judgments(path)
        rows.extend(file_rows)
        declared |= file_stories
    articles = {r.article.id: r.article for r in read_file(str(stories))
                if hasattr(r, "article")}
    halves = halves_of(list(articles))
    for sid, article in articles.items():  # a story's own ``half`` field wins (PolNeAR)
        if (article.meta or {}).get("half") in HALVES:
            halves[sid] = article.meta["half"]
    judged_ids = declared | {r["story"] for r in rows}
    unknown = sorted(judged_ids - set(articles))
    if unknown:
        raise InputError(f"judged stories not in {stories}: {', '.join(unknown)}")
    for row in rows:
        if row["half"] != halves[row["story"]]:
            raise InputError(f"story {row['story']} is in the {halves[row['story']]} half "
                             f"(stories sorted by id), not {row['half']}",
                             where=f"{row['file']}:{row['line']}")
    events, texts = predict([articles[s] for s in sorted(judged_ids)])
    for row in rows:
        found = texts[row["story"]][row["start"]:row["end"]]
        if found != row["trigger"]:
            raise InputError(f"offsets {row['start']}-{row['end']} hold {found!r}, not the "
                             f"trigger {row['trigger']!r}", where=f"{row['file']}:{row['line']}")
    result = score(rows, events, halves, sorted(judged_ids))
    result["files"] = [str(p) for p in judgments]
    return result


def write_stories(rows: list[dict], output: Path | str, repo: Path, why: str) -> Path:
    """Write stories records (third-party texts) as JSONL to ``output``, refusing a path
    inside ``repo``: such texts never enter the repository (``why`` says whose they are)."""
    out = Path(output).resolve()
    if out.is_relative_to(repo.resolve()):
        raise InputError(f"refusing to write {why} into the repository", where=str(out))
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def _line(name: str, r: dict) -> str:
    return (f"{name}: coded {r['coded']}, judged {r['judged']} (right {r['right']}, wrong_type "
            f"{r['wrong_type']}, wrong_actors {r['wrong_actors']}, not_event {r['not_event']}), "
            f"unjudged {r['unjudged']}, precision {r['precision']}; missing {r['missing']} "
            f"(covered now {r['missing_covered']}), lost {r['lost']}, "
            f"hand recall {r['hand_recall']}")


def as_row(event: dict) -> str:
    """An event as a judgment row (verdict and note left to fill in)."""
    return "\t".join(str(event[c]) if c in event and c not in ("verdict", "note") else ""
                     for c in COLUMNS)


def render(result: dict) -> str:
    lines = []
    for name in (*HALVES, "all"):
        r = result[name]
        lines.append(_line(f"{name} ({r['stories']} stories)", r))
    lines.append("per story:")
    for sid, r in result["per_story"].items():
        lines.append("  " + _line(f"{sid} {r['half']}", r))
    lines.append("per type (all stories; missing counted under the type it should have):")
    for name, r in result["per_type"].items():
        lines.append(f"  {name:<10} coded {r['coded']:>3}, right {r['right']:>3}, wrong_type "
                     f"{r['wrong_type']:>2}, wrong_actors {r['wrong_actors']:>2}, not_event "
                     f"{r['not_event']:>2}, precision {r['precision']}; missing {r['missing']:>3}")
    lines.append("per route (the rule that coded the event, docs/events.md 'Routes'):")
    for name, r in result.get("per_route", {}).items():
        lines.append(f"  {name:<16} coded {r['coded']:>3}, right {r['right']:>3}, wrong_type "
                     f"{r['wrong_type']:>2}, wrong_actors {r['wrong_actors']:>2}, not_event "
                     f"{r['not_event']:>2}, precision {r['precision']}")
    if result["unjudged_events"]:
        lines.append(f"unjudged events ({len(result['unjudged_events'])}), as rows to give a "
                     "verdict (" + "\t".join(COLUMNS) + "):")
        for e in result["unjudged_events"]:
            lines.append(f"  {as_row({**e, 'half': e['half']})}")
            lines.append(f"      {e['event']} {e['mode'] or ''} | {e['sentence'][:160]}")
    if result["missing_rows"]:
        lines.append(f"missing ({len(result['missing_rows'])}):")
        for m in result["missing_rows"]:
            lines.append(f"  {m['story']} {m['start']}-{m['end']} {m['trigger']!r} {m['type']} "
                         f"{m['source'] or '-'} > {m['target'] or '-'} | {m['note']}")
    if result["stale_rows"]:
        lost = {(r["file"], r["line"]) for r in result.get("lost_rows", ())}
        lines.append(f"stale rows (judged events no longer coded so; 'lost': a right one "
                     f"that no event judged right covers now) ({len(result['stale_rows'])}):")
        for s in result["stale_rows"]:
            lines.append(f"  {s['file']}:{s['line']} {s['story']} {s['start']} {s['trigger']!r} "
                         f"{s['type']} {s['source'] or '-'} > {s['target'] or '-'} "
                         f"{s['verdict']}" + (" lost" if (s["file"], s["line"]) in lost else ""))
    return "\n".join(lines)


def dumps(result: dict) -> str:
    return json.dumps(result, indent=2)
