"""The figures of coded events in the store (issue 26): the dead/injured/arrested/size
columns, --min-dead in the CLI and the API, the CSV export, and the 0008 migration that
fills them for events stored before."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from wiretrace.cli import app as cli
from wiretrace.store import Store, queries
from wiretrace.web import create_app

TEXT = ("Raid in Borno\n\nNigerian troops killed at least nine civilians in a raid on a "
        "village in Borno state on Monday, police said.\n\nThe Kenyan police arrested 12 "
        "protesters in Nairobi on Tuesday.\n")
CALM = "Talks in Cairo\n\nThe foreign ministers of Egypt and Jordan met in Cairo on Monday.\n"
TOKEN = "event-figures-token-0123456789"


def _store(store_url, analyze_text) -> Store:
    store = Store(store_url)
    store.save(analyze_text(TEXT, id="raid", published="2024-03-14"))
    store.save(analyze_text(CALM, id="talks", published="2024-03-14"))
    return store


def test_figures_are_stored_and_filtered(store_url, analyze_text, nlp):
    store = _store(store_url, analyze_text)
    rows = {r["trigger"]: r for r in queries.events(store) if r["type"]}
    assert (rows["killed"]["dead"], rows["arrested"]["arrested"]) == (9, 12)
    assert rows["met"]["dead"] is None
    dead = queries.events(store, queries.EventFilter(min_dead=5))
    assert [r["trigger"] for r in dead] == ["killed"]
    assert queries.events(store, queries.EventFilter(min_dead=10)) == []

    result = CliRunner().invoke(cli, ["events", "--min-dead", "9", "--db", store_url,
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert (row["trigger"], row["dead"]) == ("killed", "9")
    with TestClient(create_app(store_url, token=TOKEN, nlp=nlp,
                               allowed_hosts=["testserver"])) as client:
        items = client.get("/api/events", params={"min_dead": 9}).json()["items"]
        assert [(i["trigger"], i["dead"]) for i in items] == [("killed", 9)]
        assert client.get("/api/events", params={"min_dead": -1}).status_code == 422


def test_the_csv_export_carries_the_figures(store_url, analyze_text, tmp_path):
    _store(store_url, analyze_text)
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", str(out), "--db", store_url])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {"dead", "injured", "arrested", "size"} <= set(rows[0])
    assert {(r["trigger"], r["arrested"]) for r in rows if r["arrested"]} == {("arrested", "12")}


def test_the_migration_fills_the_figures_of_stored_events(store_url, analyze_text):
    from wiretrace.store import head_revision, upgrade

    from .conftest import downgrade_store

    store = _store(store_url, analyze_text)
    downgrade_store(store, "0007_origins")
    assert upgrade(store_url) == ("0007_origins", head_revision())
    rows = {r["trigger"]: r for r in queries.events(Store(store_url, migrate=False))
            if r["type"]}
    assert (rows["killed"]["dead"], rows["arrested"]["arrested"]) == (9, 12)
    with Store(store_url, migrate=False).engine.connect() as conn:
        from sqlalchemy import text

        stored = conn.execute(text("SELECT magnitude FROM events WHERE dead = 9")).scalar_one()
    assert json.loads(stored)["dead"]["qualifier"] == "at_least"


# The PLOVER manual's names (../shared/data/plover/PLOVER_MANUAL.pdf, draft 2.0), written here
# from its tables rather than imported, multi-word names joined by underscores: Table 6.1 (the
# record), 6.2 (entities), 6.3 (text), 6.4 (size) and Table 7.3's "size", 6.5 (citations),
# 6.6 (location); and the wiretrace extras docs/schema.md lists.
MANUAL_RECORD = {"id", "has_event", "date", "time", "enddate", "endtime", "actor", "recipient",
                 "event", "event_loc", "event_text", "quad", "event_scale", "mode", "context",
                 "link", "text", "text_info", "cite_info", "coder", "coded_date",
                 "coded_time", "comment", "dead", "injured", "arrested", "size"}
MANUAL_ENTITY = {"code", "sector", "entity_text", "identifier_id", "identifier_text",
                 "religion", "ethnicity", "office", "gender", "age"}
MANUAL_TEXT_INFO = {"sequence", "start", "end", "text_story"}
MANUAL_CITE_INFO = {"corpus", "citation", "url", "title", "language", "publication", "license",
                    "copyright", "coder", "codebook", "version"}
MANUAL_LOCATION = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city",
                   "district", "province", "country", "country_code", "feature_class",
                   "feature_code", "resolution"}
WIRETRACE_EXTRAS = {"wiretrace_time", "wiretrace_cameo", "wiretrace_recipient_country",
                    "wiretrace_factuality", "wiretrace_attribution", "wiretrace_cluster",
                    "wiretrace_origins", "wiretrace_magnitude"}


def test_the_plover_export_uses_the_manuals_field_names(store_url, analyze_text, tmp_path):
    store = _store(store_url, analyze_text)
    out = tmp_path / "events.json"
    result = CliRunner().invoke(cli, ["export", "--format", "plover", str(out), "--db",
                                      store_url])
    assert result.exit_code == 0, result.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[0]["event"] == ["DOCUMENT"] and records[0]["has_event"] is False
    for record in records:
        assert set(record) <= MANUAL_RECORD | WIRETRACE_EXTRAS, record.keys()
        for entity in record.get("actor", []) + record.get("recipient", []):
            assert set(entity) <= MANUAL_ENTITY, entity
        assert set(record.get("text_info", {})) <= MANUAL_TEXT_INFO
        assert set(record.get("cite_info", {})) <= MANUAL_CITE_INFO
        assert set(record.get("event_loc", {})) <= MANUAL_LOCATION
    coded = records[1:]
    assert len(coded) == sum(1 for r in queries.events(store) if r["type"])
    for record in coded:
        assert isinstance(record["event"], list) and isinstance(record["event_text"], list)
        assert record["quad"] in (1, 2, 3, 4) and isinstance(record["event_scale"], float)
        assert isinstance(record["context"], list) and isinstance(record["mode"], list)
        assert record["cite_info"]["language"] == "en" and record["coder"].startswith("wire")
    by_event = {r["event"][0]: r for r in coded}
    killed, arrested, met = by_event["ASSAULT"], by_event["COERCE"], by_event["CONSULT"]
    # the manual's Table 7.2: 1 verbal cooperation ... 4 material conflict
    assert (killed["quad"], met["quad"]) == (4, 1)
    assert killed["event_scale"] < 0 < met["event_scale"]
    assert killed["dead"] == 9 and killed["wiretrace_magnitude"]["dead"]["qualifier"] == (
        "at_least")
    assert arrested["arrested"] == 12 and "dead" not in met
    text = store.report("raid").article.text
    start, end = killed["text_info"]["start"], killed["text_info"]["end"]
    assert text[start:end] == killed["text"]
    assert killed["actor"][0]["entity_text"] and killed["event_text"] == ["killed"]
