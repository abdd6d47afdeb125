"""The readable report (render.py): summary first, the coded events that happened with
who -> whom, when, where, how sure, according to whom and the sentence, then the other
tables; uncoded mentions only on request; wrapped to the console's width."""

from __future__ import annotations

import io

from rich.console import Console

from wiretrace.model import Report
from wiretrace.render import country_name, happened, print_report, why_not_shown


def text_of(report: Report, width: int = 80, **options) -> str:
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, width=width, color_system=None), **options)
    return buffer.getvalue()


def test_summary_comes_first_then_events_then_the_other_tables(demo_report):
    out = text_of(demo_report)
    first = " ".join(out[:out.index("\nid demo-wire")].split())  # one line, wrapped
    assert first.startswith("Italian officials held secret port talks")
    assert "Harbourline Wire" in first and "published 14 Mar 2024" in first
    shown = sum(happened(e) for e in demo_report.events)
    assert shown and f"{shown} coded events that happened" in first
    order = [out.index(h) for h in ("Events that happened", "Entities", "Time expressions",
                                    "Sources", "Quotes and reported speech")]
    assert order == sorted(order)


def test_a_coded_event_reads_as_who_did_what_to_whom_when_where(demo_report):
    out = " ".join(text_of(demo_report, width=200).split())
    met = next(e for e in demo_report.events if e.type == "CONSULT" and e.time.value
               and e.trigger.text == "met")
    # the meeting in Rome last Tuesday, as the Coastal Herald's report tells it
    card = out[out.index(f"“met” CAMEO 040 {met.id}"):]
    card = card[:card.index("sentence")]
    assert "Tarek Mansour" in card and "Italian Ministry of Infrastructure (Italy)" in card
    assert "when 12 Mar 2024 (stated: “last Tuesday”)" in card
    assert "where Rome, Italy" in card
    assert "how sure positive · certain · past" in card
    assert "according to Harbourline Wire ← Coastal Herald ← report" in card
    assert "secretly met with Tarek Mansour" in out


def test_uncoded_mentions_only_with_all_events(demo_report):
    uncoded = [e for e in demo_report.events if not e.type]
    assert uncoded
    brief, full = text_of(demo_report), text_of(demo_report, all_events=True)
    assert "--all-events lists them" in brief and "Other event mentions" not in brief
    assert f"Other event mentions ({sum(not happened(e) for e in demo_report.events)})" \
        in full
    rows = [line for line in full.splitlines() if line.startswith(f"│ {uncoded[0].id} ")]
    assert rows and "uncoded" in rows[0]
    # a coded event is never in the "other" table, an uncoded one never gets a card
    assert f"uncoded  “{uncoded[0].trigger.text}”" not in full


def test_wraps_to_the_width_and_prints_no_empty_table(demo_report):
    for width in (60, 100):
        lines = text_of(demo_report, width=width).splitlines()
        assert max(len(line) for line in lines) <= width
    nothing_removed = demo_report.model_copy(
        update={"article": demo_report.article.model_copy(update={"removed": []})})
    assert "Not article body" in text_of(demo_report)
    assert "Not article body" not in text_of(nothing_removed)


def test_unknown_time_says_unknown_once(analyze_text):
    report = analyze_text("Troops attack town\n\nSoldiers attacked the town of Sirte.",
                          outlet="Test Wire")
    out = text_of(report, width=200)
    assert "unknown (unknown)" not in out and "(not found)" not in out


def test_helpers():
    assert country_name("LBY") == "Libya" and country_name("lby") == "Libya"
    assert country_name("XYZ") == "XYZ" and country_name(None) == ""
    from wiretrace.model import Event, Factuality

    base = dict(id="ev1", trigger={"start": 0, "end": 3, "text": "met"}, lemma="meet",
                pos="verb", sentence={"start": 0, "end": 3})
    assert why_not_shown(Event(**base)) == "uncoded"
    negated = Event(**base, type="CONSULT", factuality=Factuality(polarity="negative"))
    future = Event(**base, type="CONSULT", factuality=Factuality(tense="future"))
    assert not happened(negated) and why_not_shown(negated) == "negated"
    assert not happened(future) and why_not_shown(future) == "future"
    assert happened(Event(**base, type="CONSULT", factuality=Factuality(tense="past")))


def test_markdown_report_for_pasting(demo_report):
    from wiretrace.render import report_markdown

    md = report_markdown(demo_report)
    assert md.startswith("## Italian officials held secret port talks")
    shown = [e for e in demo_report.events if happened(e)]
    assert f"### Events that happened ({len(shown)})" in md
    assert md.count("\n   - who → whom: ") == len(shown)
    assert "12 Mar 2024 (stated: “last Tuesday”)" in md
    # every table row has its header's number of cells (pipes in the text are escaped)
    blocks = [b.splitlines() for b in md.split("\n\n") if b.startswith("|")]
    assert len(blocks) == 4  # entities, times, sources, quotes
    for block in blocks:
        assert len({line.count("|") - line.count("\\|") for line in block}) == 1, block[0]
    assert "### Other event mentions" not in md
    assert "### Other event mentions" in report_markdown(demo_report, all_events=True)


def test_markdown_escapes_what_markdown_would_read():
    from wiretrace.render import _md

    assert _md("a | b *c* [d](e)\n<f>") == "a \\| b \\*c\\* \\[d\\](e) \\<f\\>"
