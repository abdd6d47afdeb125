"""Why the coder misses the open missing rows of judged event files (round 29, h-ev29b).

For each missing row not covered now (``wiretrace eval events-judged``), analyze the story
as ``wiretrace analyze`` does, watching ``coder._codable`` (the gate every trigger passes),
and say what stopped the event at the row's trigger, as ``coder.refusal`` names it:

* ``no_mention``: no event mention at that word (the word is no trigger);
* ``no_code``: a mention whose coding is empty (no code for the lemma in this use);
* ``no_named_actor``, ``no_named_source``, ``no_named_target``: coded, but no actor the
  coder can code (no named or generic actor at all; a verb with no such source, not
  passive; an attack's toll or an event noun's victims with none);
* ``relcl_acl``: a verb in a relative clause or a participle on a noun;
* ``thing_subject``, ``quality``, ``no_recipient``: a thing as doer, a participle that is
  a quality, a category that needs a recipient with none;
* ``route_gate: ...``: coded, with actors, and left uncoded by a gate by route
  (``nlp/events/gates.py``, round 29: "sourceless noun", "uncoded source");
* ``private``, ``reading``: one of the readings that say the words are no political event;
* ``not_shown: ...``: coded but not shown as having happened (``render.why_not_shown``);
* ``wrong_type``, ``wrong_actors``: shown, with another type or not judged right;
* ``in_quote``: the trigger lies inside a quote of the report (a flag beside the cause).

Prints one tab-separated line per row (set, story, start, trigger, type wanted, cause,
lemma, dependency, actors found, in_quote) and a count by cause and set.  No article text
is written.  Usage::

    PYTHONPATH=src python tools/missed_causes.py \\
        docs/judgments/events-voa-dev.tsv=../shared/eval/real-news/voa-dev.jsonl ...
"""

from __future__ import annotations

import sys
from collections import Counter

from wiretrace.eval.judged_events import happened_events, read_judgments
from wiretrace.nlp.events import coder
from wiretrace.pipeline import analyze_many
from wiretrace.read.jsonl import read_file
from wiretrace.render import happened, why_not_shown

SEEN: dict[tuple[str, int], dict] = {}


def _watch():
    gate, routed = coder._codable, coder.gates.gated
    last: list[tuple[str, int]] = []  # the trigger _codable passed last

    def codable(look, trigger, found, coding):
        ok = gate(look, trigger, found, coding)
        last[:] = [(look.ctx.article.id, trigger.idx)]
        SEEN[last[0]] = {
            "why": "" if ok else coder.refusal(look, trigger, found, coding),
            "dep": trigger.dep_,
            "actors": "; ".join(f"{a.role}={a.text}" for a in found)}
        return ok

    def gated(trigger, *args):  # asked by the coder right after _codable passes
        why = routed(trigger, *args)
        if why and last and last[0][1] == trigger.idx:
            SEEN[last[0]]["why"] = f"route_gate: {why}"
        return why

    coder._codable = codable
    coder.gates.gated = gated


def causes(path: str, stories: str) -> list[dict]:
    rows, declared = read_judgments(path)
    ids = declared | {r["story"] for r in rows}
    articles = {r.article.id: r.article for r in read_file(stories) if hasattr(r, "article")}
    reports = {r.article.id: r for r in analyze_many([articles[s] for s in sorted(ids)])}
    right = set()
    judged = {(r["story"], r["start"], r["type"]): r for r in rows if r["verdict"] == "right"}
    for rep in reports.values():
        for e in happened_events(rep):
            if (e["story"], e["start"], e["type"]) in judged:
                right.add((e["story"], e["start"], e["type"]))
    out = []
    for m in rows:
        if m["verdict"] != "missing" or (m["story"], m["start"], m["type"]) in right:
            continue
        rep = reports[m["story"]]
        at = [e for e in rep.events if e.trigger.start < m["end"] and e.trigger.end > m["start"]]
        ev = next((e for e in at if e.type), at[0] if at else None)
        seen = SEEN.get((m["story"], ev.trigger.start), {}) if ev else {}
        if ev is None:
            cause = "no_mention"
        elif not ev.type:
            cause = seen.get("why") or "no_code"
        elif not happened(ev):
            cause = "not_shown: " + why_not_shown(ev)
        else:
            cause = "wrong_type" if ev.type != m["type"] else "wrong_actors"
        out.append({"set": path, "story": m["story"], "start": m["start"],
                    "trigger": m["trigger"], "type": m["type"], "cause": cause,
                    "lemma": ev.lemma if ev else "", "dep": seen.get("dep", ""),
                    "actors": seen.get("actors", ""),
                    "in_quote": any(q.start <= m["start"] < q.end for q in rep.quotes)})
    return out


def main(argv: list[str]) -> None:
    _watch()
    found = []
    for arg in argv:
        path, _, stories = arg.partition("=")
        found += causes(path, stories)
    for r in found:
        print("\t".join(str(r[k]) for k in ("set", "story", "start", "trigger", "type",
                                             "cause", "lemma", "dep", "actors", "in_quote")))
    print()
    for (name, cause), n in sorted(Counter((r["set"], r["cause"].split(":")[0])
                                           for r in found).items()):
        print(f"{name}\t{cause}\t{n}")


if __name__ == "__main__":
    main(sys.argv[1:])
