"""The Report's JSON form is a public contract: the committed schema file is exactly what
the model generates, and real reports validate against it."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from wiretrace.model import SCHEMA_VERSION, Report, report_json_schema

from .conftest import REPO

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
    from wiretrace.lexicon import load_tsv
    from wiretrace.nlp.actors import mentions

    defs = committed_schema()["$defs"]
    (event_type,) = [b for b in defs["Event"]["properties"]["type"]["anyOf"] if "enum" in b]
    assert len(event_type["enum"]) == 16
    assert {r["plover"] for r in load_tsv("cameo2plover.tsv")} <= set(event_type["enum"])
    assert set(defs["Entity"]["properties"]["type"]["enum"]) == set(mentions.KEEP)
    quad = defs["Event"]["properties"]["quad"]["anyOf"][0]["enum"]
    assert len(quad) == 4  # Literal fields were enums already


def test_a_value_outside_a_closed_set_is_refused(demo_report):
    import pytest

    data = json.loads(demo_report.model_dump_json())
    coded = next(ev for ev in data["events"] if ev["type"])
    coded["type"] = "INVADE"
    with pytest.raises(jsonschema.ValidationError, match="INVADE"):
        jsonschema.validate(data, committed_schema())


# -- reading reports of other versions (wiretrace.versions, Report.read) ------------------
OLD_REPORT = REPO / "tests" / "data" / "report-1.0.0.json"  # tools/old_report.py 608ec68


def test_the_python_reader_takes_a_report_of_the_next_minor_version(demo_report):
    """Report.read loads a later 1.x report with the fields it does not know ignored;
    what it holds is this version's report, naming the version it was read from."""
    newer = _next_minor(json.loads(demo_report.model_dump_json()))
    for given in (newer, json.dumps(newer), json.dumps(newer).encode()):
        read = Report.read(given)
        assert read.schema_version == SCHEMA_VERSION
        assert read.producers["converted_from"] == newer["schema_version"]
        producers = {k: v for k, v in read.producers.items() if k != "converted_from"}
        assert read.model_copy(update={"producers": producers}) == demo_report
    assert newer["schema_version"] != SCHEMA_VERSION  # the input is left as it was
    assert Report.read(demo_report.model_dump_json()) == demo_report  # this version: as is


def test_a_stored_1_0_report_loads_and_converts():
    """A report written by schema 1.0.0 (checked by tools/old_report.py against the 1.0.0
    model from git, strictly) reads as this version: the fields later versions added
    that its own fields determine are derived, the others keep their defaults."""
    data = json.loads(OLD_REPORT.read_text(encoding="utf-8"))
    assert data["schema_version"] == "1.0.0"
    assert "quad" not in data["events"][0] and "first" not in data["times"][0]
    report = Report.read(data)
    assert report.schema_version == SCHEMA_VERSION
    assert report.producers["converted_from"] == "1.0.0"
    # 1.3.0: the days of "Monday" (2024-03-11, published 2024-03-13)
    (monday,) = report.times
    assert (monday.value, monday.first, monday.last) == ("2024-03-11",) * 3
    (arrest,) = [ev for ev in report.events if ev.type]
    assert (arrest.time.first, arrest.time.last) == ("2024-03-11", "2024-03-11")
    # 1.6.0: COERCE/arrest, CAMEO 173: data/plover_quad.yaml, plover_scores.tsv and
    # cameo2plover.tsv's context column
    assert (arrest.type, arrest.mode, arrest.cameo) == ("COERCE", "arrest", "173")
    assert (arrest.quad, arrest.score, arrest.context) == ("material_conflict", -7.0,
                                                           ["legal"])
    assert all(ev.quad is None and ev.score is None for ev in report.events if not ev.type)
    # 1.2.0: sectors from the sector; what needs the text again stays empty
    ministry = next(e for e in report.entities if e.name == "Interior Ministry")
    assert (ministry.sector, ministry.sectors) == ("GOV", ["GOV"])
    assert all(e.place is None for e in report.entities)
    assert report.article.credits == [] and all(ev.magnitude is None for ev in report.events)
    # 1.7.0: every event asserted; a named argument carries its entity's code
    assert {ev.factuality.assertion for ev in report.events} == {"asserted"}
    coded = {e.id: (e.country, e.sector) for e in report.entities if e.country or e.sector}
    arguments = [a for ev in report.events for a in ev.actors if a.entity_id in coded]
    assert arguments, "the old report names no coded entity in an event"
    assert all((a.country, a.sector, a.code_basis) == (*coded[a.entity_id], "entity")
               for a in arguments)
    assert all(a.code_basis is None for ev in report.events for a in ev.actors
               if a.entity_id not in coded)
    # what wiretrace writes from it is a report of this version, strictly
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    jsonschema.validate(json.loads(report.model_dump_json()), committed_schema())
    # the strict model alone takes the 1.0.0 report (every change since was an addition)
    # but derives nothing: that is the up-converter's work
    plain = Report.model_validate(data)
    assert plain.schema_version == "1.0.0"
    assert next(ev for ev in plain.events if ev.type).quad is None


def test_a_stored_1_0_report_reads_back_from_the_store(tmp_path):
    from sqlalchemy import update

    from wiretrace.store import Store
    from wiretrace.store import schema as tables

    text = OLD_REPORT.read_text(encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'old.db'}")
    store.save(Report.read(text))
    with store.engine.begin() as conn:  # as a store written by wiretrace 1.0.0 holds it
        conn.execute(update(tables.reports).values(report_json=text))
    read = store.report("nairobi-1")
    assert read.producers["converted_from"] == "1.0.0"
    assert next(ev for ev in read.events if ev.type).quad == "material_conflict"


def test_another_major_version_or_no_version_string_is_refused(demo_report):
    import pytest

    from wiretrace.errors import InputError

    data = json.loads(demo_report.model_dump_json())
    for version, says in (("2.0.0", "reads 1.x"), ("0.9.0", "reads 1.x"),
                          ("1.6", "not a semantic version"), (7, "not a semantic version")):
        with pytest.raises(InputError, match=says):
            Report.read({**data, "schema_version": version})
    with pytest.raises(InputError, match="not a valid report"):
        Report.read({**data, "events": [{"id": "v1"}]})
    with pytest.raises(InputError, match="not a JSON report"):
        Report.read("{")


def test_every_minor_version_has_its_conversion_step():
    """A new minor version (SCHEMA_VERSION bumped) needs its line in versions.CHANGES:
    what it added and how an older report gets it."""
    from wiretrace import versions

    major, minor, _ = (int(n) for n in SCHEMA_VERSION.split("."))
    assert sorted(versions.CHANGES) == list(range(minor + 1))
    assert (versions.MAJOR, versions.MINOR) == (major, minor)


def test_format_doc_names_the_current_schema_version():
    """docs/format.md's outline and its compatibility table name the version the model
    writes (round 39 review: the outline still said 1.8.0 after 1.9.0)."""
    text = (REPO / "docs" / "format.md").read_text(encoding="utf-8")
    outline = next(line for line in text.splitlines() if line.startswith("schema_version "))
    assert f'"{SCHEMA_VERSION}"' in outline
    assert f"| {SCHEMA_VERSION} |" in text
