"""What the relative-clause / participle gate stops, by construction (round 44, h-relcl44).

Analyzes judged stories with ``coder.refusal``'s ``relcl_acl`` answer turned into "no
refusal" (the gate open), and prints one line per happened event whose trigger the gate
would have stopped: set, story, start, trigger, type, construction (``relcl_construction``
below), verdict (a judged row's verdict, ``covers`` for an open missing row it now covers,
or ``unjudged``), source, target, and ``twice`` when the story already shows an event of
the same type with the same source or target outside the gate.  The sentence is printed
only with ``--text`` (for judging dev rows; never run it on check files).  Usage::

    PYTHONPATH=src python tools/relcl_probe.py [--text] \\
        docs/judgments/events-polnear-dev5.tsv=/tmp/polnear-dev5-10.jsonl ...
"""

from __future__ import annotations

import sys
from collections import Counter

from wiretrace.eval.judged_events import _key, happened_events, read_judgments
from wiretrace.nlp.events import coder, relatives
from wiretrace.pipeline import analyze_many
from wiretrace.read.jsonl import read_file

OPENED: dict[tuple[str, int], str] = {}


def _open():
    refusal = coder.refusal

    def opened(look, trigger, found, coding):
        why = refusal(look, trigger, found, coding)
        if why == "relcl_acl":
            OPENED[(look.ctx.article.id, trigger.idx)] = relatives.construction(trigger)
            return None
        return why

    coder.refusal = opened


def probe(path: str, stories: str, text: bool) -> list[str]:
    rows, declared = read_judgments(path)
    ids = declared | {r["story"] for r in rows}
    articles = {r.article.id: r.article for r in read_file(stories) if hasattr(r, "article")}
    judged = {_key(r): r for r in rows if r["verdict"] != "missing"}
    missing = {(r["story"], r["start"], r["type"]) for r in rows if r["verdict"] == "missing"}
    out = []
    for rep in analyze_many([articles[s] for s in sorted(ids)]):
        events = happened_events(rep)
        for e in events:
            kind = OPENED.get((e["story"], e["start"]))
            if kind is None:
                continue
            row = judged.get(_key(e))
            verdict = row["verdict"] if row else (
                "covers" if (e["story"], e["start"], e["type"]) in missing else "unjudged")
            twice = any(o is not e and o["type"] == e["type"]
                        and (o["story"], o["start"]) not in OPENED
                        and ((e["source"] and o["source"] == e["source"])
                             or (e["target"] and o["target"] == e["target"]))
                        for o in events)
            cells = [path.split("events-")[-1].removesuffix(".tsv"), e["story"],
                     str(e["start"]), e["trigger"], e["type"], kind, verdict,
                     e["source"], e["target"], "twice" if twice else ""]
            if text:
                cells.append(e["sentence"])
            out.append("\t".join(cells))
    return out


def main(argv: list[str]) -> None:
    text = "--text" in argv
    _open()
    lines = []
    for arg in (a for a in argv if a != "--text"):
        path, _, stories = arg.partition("=")
        lines += probe(path, stories, text)
    print("\n".join(lines))
    print()
    for (kind, verdict), n in sorted(Counter((ln.split("\t")[5], ln.split("\t")[6])
                                             for ln in lines).items()):
        print(f"{kind}\t{verdict}\t{n}")


if __name__ == "__main__":
    main(sys.argv[1:])
