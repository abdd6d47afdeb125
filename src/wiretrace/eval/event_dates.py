"""Event dates on real news, scored against verdicts judged by hand (issue 20).

The judgment file (``docs/judgments/event-dates-voa.tsv``) has one row per coded event
(PLOVER type not null) of the judged VOA stories, as ``wiretrace analyze`` read them (the
project's JSONL reader: text without the title).  Its columns::

    article_id event_id trigger value_before value_after verdict note

A value is ``basis:value`` (``publication:2019-11-25``, ``sentence:2019-10``, ``unknown:``);
``verdict`` is ``before right|wrong, after right|wrong``; the rubric (docs/time.md, "Event
dates on real news"): "unknown" is right only where neither the sentence nor the next one
dates the event, and background is dated to its own time.

Event ids move when an earlier event is coded or dropped and the file has no offsets, so
the coded events of each story are aligned with its rows by their triggers in text order
(the longest common subsequence, ``difflib``).  An aligned event whose ``basis:value`` is the
row's ``value_after`` keeps the row's after-verdict; one whose value differs is **changed**
(a judge must read it); a coded event with no aligned row is **unjudged**; rows left over
are **stale**.  Halves: the stories of the file sorted by id (all of them were judged), the
first half ``dev``, unless a record names its own ``half`` (the PolNeAR stories files: all
``dev``); a row's note begins with its half.  Per half: coded events, scored
(same value), right, and right / scored.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from pathlib import Path

from ..errors import InputError
from .scoring import judged_listings, split_halves, table_lines

COLUMNS = ("article_id", "event_id", "trigger", "value_before", "value_after", "verdict",
           "note")
HALVES = ("dev", "check")


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def read_judgments(path: Path | str) -> list[dict]:
    rows: list[dict] = []
    for number, cells in table_lines(path, COLUMNS):
        row = {k: v.strip() for k, v in zip(COLUMNS, cells, strict=False)}
        after = row.get("verdict", "").rpartition("after ")[2]
        if after not in ("right", "wrong"):
            raise InputError(f"verdict {row.get('verdict')!r} has no 'after right|wrong'",
                             where=f"{path}:{number}")
        row["after_verdict"] = after
        row["line"] = number
        rows.append(row)
    return rows


def event_value(event) -> str:
    return f"{event.time.basis}:{event.time.value or ''}"


def coded_events(report) -> list[dict]:
    text = report.article.text
    return [{"article_id": report.article.id, "event_id": ev.id, "trigger": ev.trigger.text,
             "trigger_start": ev.trigger.start, "value": event_value(ev),
             "sentence": " ".join(text[ev.sentence.start:ev.sentence.end].split())}
            for ev in report.events if ev.type]


def align(rows: list[dict], events: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Pairs (row, event) of one story: aligned by trigger in order; unpaired on one side."""
    matcher = difflib.SequenceMatcher(a=[_norm(r["trigger"]) for r in rows],
                                      b=[_norm(e["trigger"]) for e in events], autojunk=False)
    pairs: list[tuple[dict | None, dict | None]] = []
    used_rows, used_events = set(), set()
    for a, b, n in matcher.get_matching_blocks():
        for k in range(n):
            pairs.append((rows[a + k], events[b + k]))
            used_rows.add(a + k)
            used_events.add(b + k)
    pairs.extend((None, e) for i, e in enumerate(events) if i not in used_events)
    pairs.extend((r, None) for i, r in enumerate(rows) if i not in used_rows)
    return pairs


def score(rows: list[dict], events: list[dict], halves: dict[str, str]) -> dict:
    by_story_rows: dict[str, list[dict]] = defaultdict(list)
    by_story_events: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_story_rows[r["article_id"]].append(r)
    for e in events:
        by_story_events[e["article_id"]].append(e)
    items, stale = [], []
    for story in sorted(set(by_story_rows) | set(by_story_events)):
        for row, event in align(by_story_rows[story], by_story_events[story]):
            if event is None:
                stale.append(row)
                continue
            if row is None:
                state = "unjudged"
            else:
                state = "same" if row["value_after"] == event["value"] else "changed"
            items.append({**event, "half": halves[story], "state": state, "row": row})
    out: dict = {}
    for name in (*HALVES, "all"):
        part = [i for i in items if name == "all" or i["half"] == name]
        held = [i for i in part if i["state"] == "same"]
        right = sum(i["row"]["after_verdict"] == "right" for i in held)
        counts = Counter(i["state"] for i in part)
        out[name] = {"coded": len(part), "scored": len(held), "right": right,
                     "rate": round(right / len(held), 3) if held else None,
                     "changed": counts["changed"], "unjudged": counts["unjudged"],
                     "stale": sum(1 for r in stale
                                  if name == "all" or halves[r["article_id"]] == name)}
    out["wrong"] = [i for i in items if i["state"] == "same"
                    and i["row"]["after_verdict"] == "wrong"]
    out["changed"] = [i for i in items if i["state"] == "changed"]
    out["unjudged"] = [i for i in items if i["state"] == "unjudged"]
    out["stale"] = stale
    return out


def evaluate(judgments: Path | str, stories: Path | str) -> dict:
    from ..errors import AnalysisError
    from ..pipeline import AnalysisFailure, analyze_many
    from ..read.jsonl import read_file

    rows = read_judgments(judgments)
    articles = {r.article.id: r.article for r in read_file(str(stories))
                if r.article is not None}
    ids = sorted(articles)
    missing = sorted({r["article_id"] for r in rows} - set(articles))
    if missing:
        raise InputError(f"judged stories not in {stories}: {', '.join(missing)}")
    dev, check = split_halves(ids)
    halves = {**dict.fromkeys(dev, "dev"), **dict.fromkeys(check, "check")}
    for sid, article in articles.items():  # a story's own ``half`` field wins (PolNeAR)
        if (article.meta or {}).get("half") in HALVES:
            halves[sid] = article.meta["half"]
    for r in rows:
        if r["note"].split(";")[0].strip() not in ("", halves[r["article_id"]]):
            raise InputError(f"story {r['article_id']} is in the {halves[r['article_id']]} "
                             "half", where=f"{judgments}:{r['line']}")
    events = []
    for report in analyze_many([articles[i] for i in ids]):
        if isinstance(report, AnalysisFailure):
            raise AnalysisError(report.reason, where=report.article_id, stage=report.stage)
        events.extend(coded_events(report))
    return score(rows, events, halves)


def _describe(i: dict, key: str) -> list[str]:
    old = i["row"]
    was = f" was {old['value_after']} {old['after_verdict']}" if old else ""
    return [f"  {i['article_id']} {i['event_id']} {i['trigger']!r}@"
            f"{i['trigger_start']}: {i['value']}{was}"
            + (f" | {old['note']}" if old and old["note"] else ""),
            f"      {i['sentence'][:200]}"]


def render(result: dict, show: tuple[str, ...] = ("dev",)) -> str:
    lines = []
    for name in (*HALVES, "all"):
        r = result[name]
        lines.append(f"{name}: coded events {r['coded']}, scored {r['scored']} (same value "
                     f"as judged): right {r['right']} = {r['rate']}; changed {r['changed']}, "
                     f"unjudged {r['unjudged']}, stale rows {r['stale']}")
    lines += judged_listings(result, show, (("wrong", "wrong"),
                                            ("changed value (to judge)", "changed"),
                                            ("unjudged (to judge)", "unjudged")), _describe)
    return "\n".join(lines)
