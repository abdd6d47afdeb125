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


def test_demo_report_validates(demo_report):
    jsonschema.validate(json.loads(demo_report.model_dump_json()), committed_schema())


def _next_minor(data: dict) -> dict:
    """``data`` as a report of the next minor version might write it: new fields at the
    top, in the article, in every event and in a nested record."""
    major, minor, _ = SCHEMA_VERSION.split(".")
    data = json.loads(json.dumps(data))
    data["schema_version"] = f"{major}.{int(minor) + 1}.0"
    data["provenance"] = {"data_files": {"actors_states.yaml": "sha256:..."}}
    data["article"]["language"] = "en"
    for event in data["events"]:
        event["confidence"] = 0.9
        event["factuality"]["evidence"] = "said"
        event["trigger"]["kind"] = "verb"
    for entity in data["entities"]:
        entity["wikidata"] = None
    return data


def test_a_report_of_the_next_minor_version_validates(demo_report):
    """A consumer validating against this schema accepts a later 1.x report that adds
    fields (docs/format.md, Compatibility); the Python model itself stays strict."""
    import pydantic
    import pytest

    newer = _next_minor(json.loads(demo_report.model_dump_json()))
    assert newer["events"] and newer["entities"]
    jsonschema.validate(newer, committed_schema())
    with pytest.raises(pydantic.ValidationError, match="Extra inputs are not permitted"):
        Report.model_validate(newer)


def test_schema_version_is_a_semantic_version_of_this_major():
    import pytest

    major = SCHEMA_VERSION.split(".")[0]
    pattern = committed_schema()["properties"]["schema_version"]["pattern"]
    validator = jsonschema.Draft202012Validator({"type": "string", "pattern": pattern})
    for ok in (SCHEMA_VERSION, f"{major}.0.0", f"{major}.17.3"):
        validator.validate(ok)
    for bad in (f"{int(major) + 1}.0.0", f"{major}.6", "1.06.0", "latest", f"{major}.6.0-rc1"):
        with pytest.raises(jsonschema.ValidationError):
            validator.validate(bad)


def test_closed_value_sets_are_enums_that_match_the_code():
    """Event.type: the PLOVER categories (data/plover_quad.yaml), which every category the
    coding tables give belongs to; Entity.type: the entity layer's labels."""
    from wiretrace.nlp import entities
    from wiretrace.nlp.lexicon import load_tsv

    defs = committed_schema()["$defs"]
    (event_type,) = [b for b in defs["Event"]["properties"]["type"]["anyOf"] if "enum" in b]
    assert len(event_type["enum"]) == 16
    assert {r["plover"] for r in load_tsv("cameo2plover.tsv")} <= set(event_type["enum"])
    assert set(defs["Entity"]["properties"]["type"]["enum"]) == set(entities.KEEP)
    quad = defs["Event"]["properties"]["quad"]["anyOf"][0]["enum"]
    assert len(quad) == 4  # Literal fields were enums already


def test_a_value_outside_a_closed_set_is_refused(demo_report):
    import pytest

    data = json.loads(demo_report.model_dump_json())
    coded = next(ev for ev in data["events"] if ev["type"])
    coded["type"] = "INVADE"
    with pytest.raises(jsonschema.ValidationError, match="INVADE"):
        jsonschema.validate(data, committed_schema())
