"""Review of round 29 (h-rev29): the route gate on uncoded sources still gates a person
or a firm; events[].route survives the store (SQLite and PostgreSQL), the JSON export and
the reading of an older report; tools/missed_causes.py names the route gates.  Invented
sentences."""

from __future__ import annotations

import io
import json

from wiretrace.model import Report
from wiretrace.store import Store
from wiretrace.store import export as exports

from .test_events_routes29 import _coded

# gate 2 (as merged) reads any named entity with no code


def test_a_person_or_a_firm_with_no_code_is_still_gated(analyze_text):
    assert _coded(analyze_text, "Carla Mendez criticized the new tax on Monday.",
                  "criticized") == []
    assert _coded(analyze_text, "Carla Mendez praised Juan Perez on Monday.", "praised") == []


# events[].route where reports are written and read

TEXT = ("President Ruiz praised Senator Lopez on Monday. Peruvian troops fired tear gas at "
        "the protesters in Lima.")


def _routes(report) -> list[tuple[str | None, str | None]]:
    return [(e.type, e.route) for e in report.events]


def test_route_survives_the_store_and_the_jsonl_export(store_url, analyze_text):
    report = analyze_text(TEXT, published="2021-11-20")
    assert ("SUPPORT", "cameo_verb") in _routes(report)
    assert ("ASSAULT", "pattern") in _routes(report)
    store = Store(store_url)
    store.save(report)
    assert _routes(store.report(report.article.id)) == _routes(report)
    out = io.StringIO()
    exports.jsonl(store, out)
    [line] = out.getvalue().splitlines()
    assert [e.get("route") for e in json.loads(line)["events"]] == \
        [e.route for e in report.events]


def test_an_older_report_reads_with_no_route(analyze_text):
    data = json.loads(analyze_text(TEXT, published="2021-11-20").model_dump_json())
    data["schema_version"] = "1.7.0"
    for ev in data["events"]:
        del ev["route"]
    old = Report.read(data)
    assert old.producers["converted_from"] == "1.7.0"
    assert [e.route for e in old.events] == [None] * len(old.events)


# tools/missed_causes.py names a route gate, not "no_code", for an event a gate uncoded


def test_missed_causes_names_the_route_gate(analyze_text, monkeypatch):
    import importlib.util
    from pathlib import Path

    from wiretrace.nlp.events import coder, gates

    spec = importlib.util.spec_from_file_location(
        "missed_causes", Path(__file__).resolve().parents[1] / "tools" / "missed_causes.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    monkeypatch.setattr(coder, "_codable", coder._codable)  # restored after the test
    monkeypatch.setattr(gates, "gated", gates.gated)
    tool._watch()
    text = "The criticism of Senator Lopez grew louder in Congress."
    report = analyze_text(text)
    start = text.index("criticism")
    [ev] = [e for e in report.events if e.trigger.start == start]
    assert ev.type is None
    assert tool.SEEN[(report.article.id, start)]["why"] == "route_gate: sourceless noun"
