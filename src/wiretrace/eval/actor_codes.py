"""Country and sector of coded actors on real news, scored against verdicts judged by hand.

The judgment file (``docs/judgments/actor-codes-voa-after.tsv``) has one row per coded
event (PLOVER type not null) and source/target argument that is an actor: a named one
(once per entity per event; role ``source+target`` when the entity is both) or a generic
actor with a code and no entity (once per span).  Its columns::

    story_id half event_id role actor_text entity_name country sector code_basis
    country_verdict sector_verdict status note trigger_start trigger

The stories are analyzed as they were judged: the title, a blank line and the text; the
date part of ``published``; outlet ``VOA``.  Halves: the judged stories sorted by id, the
first half ``dev`` (rules are developed on it), the rest ``check``.  Stories judged as
``wiretrace analyze`` reads them (the web and PolNeAR stories files of
``actor-codes-web-dev.tsv`` and ``actor-codes-polnear-dev2.tsv``) are scored with
``as_read``: the record's own text, date and outlet, and its ``half`` field.

Every coded actor now is matched to a row by (story, trigger start, role, actor text);
where two rows share that key (two entities behind one span), the row with the actor's
own code first:

* **same code**: the row's country and sector are the ones predicted now: its verdicts hold;
* **changed**: the code differs from the judged one: not scored (a judge must read it),
  listed with the old code and verdicts;
* **unjudged**: no row (an event or argument coded only now);
* **stale**: rows that no coded actor matches any more (not scored).

Scores per half are over the rows that hold (same code): country right, sector right, both.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..errors import InputError
from .scoring import judged_listings, split_halves, table_lines

COLUMNS = ("story_id", "half", "event_id", "role", "actor_text", "entity_name", "country",
           "sector", "code_basis", "country_verdict", "sector_verdict", "status", "note",
           "trigger_start", "trigger")
HALVES = ("dev", "check")


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()


def read_judgments(path: Path | str) -> list[dict]:
    rows = []
    for number, cells in table_lines(path, COLUMNS):
        row = dict(zip(COLUMNS, cells, strict=False))
        row = {k: row.get(k, "").strip() for k in COLUMNS}
        for k in ("country_verdict", "sector_verdict"):
            if row[k] not in ("right", "wrong"):
                raise InputError(f"{k} {row[k]!r} is not right or wrong", where=f"{path}:{number}")
        if not row["trigger_start"].isdigit():
            raise InputError("trigger_start must be a character offset", where=f"{path}:{number}")
        row["trigger_start"] = int(row["trigger_start"])
        row["line"] = number
        rows.append(row)
    return rows


def story_article(record: dict):
    """A VOA record as judged: title + blank line + text, the publication date, outlet VOA."""
    from ..read.jsonl import article_from_record

    title = record.get("title") or ""
    text = f"{title}\n\n{record['text']}" if title else record["text"]
    return article_from_record({"id": str(record["id"]), "title": title or None, "text": text,
                                "published": (record.get("published") or "")[:10] or None,
                                "outlet": "VOA", "url": record.get("url")}, str(record["id"]))


def record_article(record: dict):
    """A record as ``wiretrace analyze`` reads it (its own text, date and outlet): the web
    and PolNeAR stories files, judged that way (their events files' offsets)."""
    from ..read.jsonl import article_from_record

    return article_from_record(record, str(record["id"]))


def story_halves(ids: list[str], records: dict[str, dict], as_read: bool = False) -> dict:
    """Story id -> half: the ids sorted, the first half ``dev``, the rest ``check``; with
    ``as_read``, a record's own ``half`` field (dev/check) wins (the web and PolNeAR stories
    files mark every story's half)."""
    dev, check = split_halves(sorted(ids))
    halves = {**dict.fromkeys(dev, "dev"), **dict.fromkeys(check, "check")}
    if as_read:
        halves.update({i: records[i]["half"] for i in ids
                       if (records.get(i) or {}).get("half") in HALVES})
    return halves


def analyze_judged(rows: list[dict], key: str, judgments: Path | str,
                   stories: Path | str, as_read: bool = False) -> tuple[dict[str, str], list]:
    """The stories that ``rows`` judge (``key``: the row's story id column), read from the
    JSONL ``stories`` and analyzed as judged (:func:`story_article`), all at once: their
    halves (the ids sorted, the first half ``dev``, the rest ``check``) and their reports
    in id order.  ``as_read``: each record analyzed as ``wiretrace analyze`` reads it
    (:func:`record_article`) and a record's own ``half`` field (dev/check) wins over the
    split by id.  A judged story missing from ``stories``, a row whose ``half`` is not its
    story's, or a story that fails to analyze is an error."""
    from ..errors import AnalysisError
    from ..pipeline import AnalysisFailure, analyze_many

    ids = sorted({r[key] for r in rows})
    records = {}
    with open(stories, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if str(rec["id"]) in ids:
                    records[str(rec["id"])] = rec
    missing = [i for i in ids if i not in records]
    if missing:
        raise InputError(f"judged stories not in {stories}: {', '.join(missing)}")
    halves = story_halves(ids, records, as_read)
    for r in rows:
        if r["half"] != halves[r[key]]:
            raise InputError(f"story {r[key]} is in the {halves[r[key]]} half",
                             where=f"{judgments}:{r['line']}")
    reports = []
    make = record_article if as_read else story_article
    for report in analyze_many([make(records[i]) for i in ids]):
        if isinstance(report, AnalysisFailure):
            raise AnalysisError(report.reason, where=report.article_id, stage=report.stage)
        reports.append(report)
    return halves, reports


def coded_actors(report) -> list[dict]:
    """The judged unit of one report: per coded event, each entity once (its roles joined)
    and each generic actor with a code once per span."""
    out = []
    sid = report.article.id
    text = report.article.text
    for ev in report.events:
        if not ev.type:
            continue
        units: dict[tuple, dict] = {}
        for a in ev.actors:
            if a.role not in ("source", "target"):
                continue
            if a.entity_id:
                key = ("entity", a.entity_id)
            elif a.country or a.sector:
                key = ("span", a.start, a.end)
            else:
                continue
            unit = units.setdefault(key, {"roles": [], "actor": a})
            if a.role not in unit["roles"]:
                unit["roles"].append(a.role)
        for unit in units.values():
            a = unit["actor"]
            out.append({
                "story_id": sid, "event_id": ev.id,
                "role": "+".join(r for r in ("source", "target") if r in unit["roles"]),
                "actor_text": a.text, "country": a.country or "", "sector": a.sector or "",
                "code_basis": a.code_basis or "", "trigger_start": ev.trigger.start,
                "trigger": ev.trigger.text, "type": ev.type,
                "sentence": " ".join(text[ev.sentence.start:ev.sentence.end].split())})
    return out


def _key(row: dict) -> tuple:
    return (row["story_id"], int(row["trigger_start"]), row["role"], _norm(row["actor_text"]))


def _match(candidates: list[dict], actor: dict, used: set[int]) -> dict | None:
    """The judged row of one coded actor among the rows of its key: two entities behind
    one span ("the Turkish and French leaders") share a key, so a row with the actor's own
    code comes first, then the first row not taken."""
    free = [r for r in candidates if id(r) not in used]
    code = (actor["country"], actor["sector"])
    return next((r for r in free if (r["country"], r["sector"]) == code), free[0] if free
                else None)


def score(rows: list[dict], actors: list[dict], halves: dict[str, str]) -> dict:
    judged: dict[tuple, list[dict]] = {}
    for r in rows:
        judged.setdefault(_key(r), []).append(r)
    used: set[int] = set()
    items = []
    for actor in actors:
        row = _match(judged.get(_key(actor), []), actor, used)
        if row is None:
            state = "unjudged"
        else:
            used.add(id(row))
            same = (row["country"], row["sector"]) == (actor["country"], actor["sector"])
            state = "same" if same else "changed"
        items.append({**actor, "half": halves[actor["story_id"]], "state": state, "row": row})
    stale = [r for r in rows if id(r) not in used]
    out: dict = {}
    for name in (*HALVES, "all"):
        part = [i for i in items if name == "all" or i["half"] == name]
        held = [i for i in part if i["state"] == "same"]
        c = sum(i["row"]["country_verdict"] == "right" for i in held)
        s = sum(i["row"]["sector_verdict"] == "right" for i in held)
        b = sum(i["row"]["country_verdict"] == i["row"]["sector_verdict"] == "right"
                for i in held)
        n = len(held)
        counts = Counter(i["state"] for i in part)
        out[name] = {"coded": len(part), "scored": n, "changed": counts["changed"],
                     "unjudged": counts["unjudged"],
                     "stale": sum(1 for r in stale
                                  if name == "all" or halves[r["story_id"]] == name),
                     "country": c, "sector": s, "both": b,
                     "country_rate": round(c / n, 3) if n else None,
                     "sector_rate": round(s / n, 3) if n else None,
                     "both_rate": round(b / n, 3) if n else None}
    out["wrong"] = [i for i in items if i["state"] == "same"
                    and "wrong" in (i["row"]["country_verdict"], i["row"]["sector_verdict"])]
    out["changed"] = [i for i in items if i["state"] == "changed"]
    out["unjudged"] = [i for i in items if i["state"] == "unjudged"]
    out["stale"] = stale
    return out


def evaluate(judgments: Path | str, stories: Path | str, as_read: bool = False) -> dict:
    rows = read_judgments(judgments)
    halves, reports = analyze_judged(rows, "story_id", judgments, stories, as_read)
    actors = [a for report in reports for a in coded_actors(report)]
    return score(rows, actors, halves)


def as_row(item: dict) -> str:
    """A coded actor as a judgment row, verdicts left to fill in."""
    cells = {**item, "entity_name": "", "country_verdict": "", "sector_verdict": "",
             "status": "judged", "note": ""}
    return "\t".join(str(cells.get(c, "")) for c in COLUMNS)


def unjudged_rows(result: dict, show: tuple[str, ...] = ("dev",)) -> list[str]:
    """The unjudged actors of the halves in ``show`` as judgment rows to fill in, each with
    its sentence (cut at 300 characters): the check half's only when asked for, as for
    the listings of :func:`render`."""
    return [as_row(i) + "\t" + i["sentence"][:300] for i in result["unjudged"]
            if i["half"] in show]


def _describe(i: dict, key: str) -> list[str]:
    old = i["row"]
    was = (f" was {old['country'] or '-'} {old['sector'] or '-'} "
           f"{old['country_verdict']}/{old['sector_verdict']}") if old else ""
    lines = [f"  {i['story_id']} {i['event_id']} {i['trigger']!r}@{i['trigger_start']} "
             f"{i['role']} {i['actor_text']!r}: {i['country'] or '-'} "
             f"{i['sector'] or '-'} ({i['code_basis'] or '-'}){was}"
             + (f" | {old['note']}" if old and old["note"] else "")]
    if key == "unjudged":
        lines.append(f"      {i['sentence'][:200]}")
    return lines


def render(result: dict, show: tuple[str, ...] = ("dev",)) -> str:
    lines = []
    for name in (*HALVES, "all"):
        r = result[name]
        lines.append(f"{name}: coded actors {r['coded']}, scored {r['scored']} (same code as "
                     f"judged): country {r['country']} = {r['country_rate']}, sector "
                     f"{r['sector']} = {r['sector_rate']}, both {r['both']} = {r['both_rate']}; "
                     f"changed {r['changed']}, unjudged {r['unjudged']}, stale rows {r['stale']}")
    lines += judged_listings(result, show, (("wrong", "wrong"),
                                            ("changed code (to judge)", "changed"),
                                            ("unjudged (to judge)", "unjudged")), _describe)
    return "\n".join(lines)
