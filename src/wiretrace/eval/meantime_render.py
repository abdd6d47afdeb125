"""Tables for a MEANTIME result (the dict :func:`wiretrace.eval.meantime.evaluate` returns)."""

from __future__ import annotations

from rich.table import Table

_PRF_ROWS = (
    ("entities", "NAM PER/ORG/LOC", ("strict", "lenient", "overlap")),
    ("times", "TIMEX3 span", ("strict", "lenient")),
    ("times", "TIMEX3 value", ("value",)),
    ("times", "by TIMEX3 type", ()),
    ("events", "event mentions", ("all", "verb", "noun")),
    ("participants", "Arg0/Arg1", ("all", "Arg0", "Arg1")),
)
_MAX_FAILURES = 10


def _pct(x: float) -> str:
    return f"{x:.2f}"


def _prf_table(result: dict) -> Table:
    system = result.get("system", "")
    table = Table(title=f"MEANTIME ({system}): {result.get('documents', 0)} of "
                        f"{result.get('files', 0)} documents scored, annotated region only")
    for name, justify in (("metric", "left"), ("match", "left"), ("tp", "right"),
                          ("fp", "right"), ("fn", "right"), ("P", "right"), ("R", "right"),
                          ("F1", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for section, label, keys in _PRF_ROWS:
        block = result.get(section) or {}
        if label == "by TIMEX3 type":
            rows = list(block.get("by_type", {}).items())
        else:
            rows = [(key, block[key]) for key in keys if key in block]
        for key, c in rows:
            table.add_row(f"{section}: {label}", key, str(c["tp"]), str(c["fp"]), str(c["fn"]),
                          _pct(c["precision"]), _pct(c["recall"]), _pct(c["f1"]))
    return table


def _cue_table(cues: dict) -> Table:
    table = Table(title="Reporting cues (quote cues vs gold speech events)")
    table.add_column("count")
    table.add_column("n", justify="right")
    rows = (
        ("gold SPEECH_COGNITIVE event mentions", cues["gold_speech_cognitive"]),
        ("  of which speech or writing (lemma list)", cues["gold_speech"]),
        ("  found by a quote cue", cues["found"]),
        ("quote cues (distinct spans)", cues["cues"]),
        ("  on a gold SPEECH_COGNITIVE mention", cues["cues_on_speech_cognitive"]),
        ("recall (speech found / speech)", _pct(cues["recall"])),
        ("precision (cues on gold / cues)", _pct(cues["precision"])),
    )
    for name, n in rows:
        table.add_row(name, str(n))
    return table


def _factuality_tables(factuality: dict) -> list[Table]:
    summary = Table(title="Factuality of matched events (gold MEANTIME vs wiretrace)")
    summary.add_column("attribute")
    summary.add_column("correct", justify="right")
    summary.add_column("compared", justify="right")
    summary.add_column("accuracy", justify="right")
    for name in ("certainty", "polarity", "time", "joint"):
        a = factuality[name]
        summary.add_row(name, str(a["correct"]), str(a["total"]), _pct(a["accuracy"]))
    tables = [summary]
    for name in ("certainty", "polarity", "time"):
        confusion = factuality[name]["confusion"]
        if not confusion:
            continue
        predicted = sorted({p for row in confusion.values() for p in row})
        table = Table(title=f"{name}: gold (rows) x predicted (columns)")
        table.add_column("gold")
        for p in predicted:
            table.add_column(p or "(none)", justify="right")
        for gold, row in confusion.items():
            table.add_row(gold, *(str(row.get(p, 0)) for p in predicted))
        tables.append(table)
    return tables


def render(result: dict) -> list[Table]:
    """Readable tables for the CLI: P/R/F1 per metric, then cues, then factuality."""
    tables = [_prf_table(result)]
    if "cues" in result:
        tables.append(_cue_table(result["cues"]))
    if "factuality" in result:
        tables.extend(_factuality_tables(result["factuality"]))
    if result.get("failures"):
        failed = Table(title="Articles that failed (not scored)")
        for col in ("article", "stage", "reason"):
            failed.add_column(col)
        shown = result["failures"][:_MAX_FAILURES]
        for f in shown:
            failed.add_row(f["article_id"], f["stage"], f["reason"])
        if len(result["failures"]) > len(shown):
            failed.add_row("...", "", f"and {len(result['failures']) - len(shown)} more "
                                      "(the JSON result lists them all)")
        tables.append(failed)
    return tables


def error_lines(result: dict) -> list[str]:
    """The listed time errors (``evaluate(errors=True)`` of ``eval meantime`` and ``eval
    timeml``, :func:`.meantime.time_errors`), two lines each."""
    lines = []
    for e in result.get("errors", []):
        shown = " | ".join(f"{side} {x['text']!r} {x['type']} {x['value']}"
                           for side, x in (("gold", e["gold"]), ("ours", e["predicted"]))
                           if x is not None)
        lines.append(f"{e['kind']:<8} {e['document']} ({e['published']}) {shown}\n"
                     f"         {e['context']}")
    return lines
