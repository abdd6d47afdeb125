"""The Report's JSON form is a public contract: the committed schema file is exactly what
the model generates, and real reports validate against it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from wiretrace.model import SCHEMA_VERSION, Report, report_json_schema

SCHEMA_FILE = resources.files("wiretrace").joinpath("schema", "report.schema.json")


def committed_schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_committed_schema_is_generated_from_the_model():
    assert committed_schema() == report_json_schema(), (
        "src/wiretrace/schema/report.schema.json is stale: run `make schema`"
    )


def test_schema_names_the_contract_fields():
    props = committed_schema()["$defs"]
    assert {"id", "text", "title", "published", "outlet", "url", "byline", "contributors",
            "meta", "removed"} <= set(props["Article"]["properties"])
    assert {"id", "trigger", "sentence", "type", "mode", "cameo", "actors", "time",
            "location", "factuality", "attribution"} <= set(props["Event"]["properties"])
    assert {"id", "kind", "name", "entity_id", "via"} <= set(props["Source"]["properties"])
    assert {"id", "start", "end", "text", "kind", "speaker", "cue"} <= set(
        props["Quote"]["properties"])


def test_founding_report_validates_and_round_trips(founding_report):
    data = json.loads(founding_report.model_dump_json())
    jsonschema.validate(data, committed_schema())
    assert data["schema_version"] == SCHEMA_VERSION
    assert Report.model_validate(data) == founding_report
