"""Quality floors on MEANTIME dev, the PLOVER gold records and the coded events judged by
hand on the VOA real-news stories, and the actor codes judged there: the scores may rise, never fall (tests/quality_floors.json).
The whole corpus is scored (about 15 s), so a floor speaks for the same numbers as
docs/quality.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import meantime_path, shared_path

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
METRICS = sorted(k for k in FLOORS
                 if not k.startswith(("_", "crossdoc/", "plover/", "judged/", "actor-codes/")))
CROSSDOC = sorted(k for k in FLOORS if k.startswith("crossdoc/"))
PLOVER = sorted(k for k in FLOORS if k.startswith("plover/"))
JUDGED = sorted(k for k in FLOORS if k.startswith("judged/"))
ACTOR_CODES = sorted(k for k in FLOORS if k.startswith("actor-codes/"))


@pytest.fixture(scope="module")
def result(nlp):
    from wiretrace.eval.meantime import evaluate

    return evaluate(meantime_path(), nlp=nlp)


def test_every_document_is_scored(result):
    assert result["documents"] == 60 and not result["failures"]


def assert_floor(result: dict, path: str, keys: list[str]) -> None:
    value = result
    for key in keys:
        value = value[key]
    assert value >= FLOORS[path], f"{path} fell to {value:.4f} (floor {FLOORS[path]})"


@pytest.mark.parametrize("path", METRICS)
def test_floor(result, path):
    assert_floor(result, path, path.split("/"))


@pytest.fixture(scope="module")
def crossdoc(nlp):
    from wiretrace.eval.crossdoc import evaluate

    return evaluate(meantime_path(), nlp=nlp)


@pytest.mark.parametrize("path", CROSSDOC)
def test_crossdoc_floor(crossdoc, path):
    assert_floor(crossdoc, path, path.split("/")[1:])


def test_crossdoc_linking_beats_leaving_everything_apart(crossdoc):
    for kind in ("entities", "events"):
        assert crossdoc[kind]["f1"] > crossdoc["baselines"][f"{kind}_all_apart"]["f1"], kind


@pytest.fixture(scope="module")
def plover(nlp):
    from wiretrace.eval.plover import evaluate

    return evaluate(shared_path("eval", "plover-gsr-dev", "records.json"), nlp=nlp)


@pytest.mark.parametrize("path", PLOVER)
def test_plover_floor(plover, path):
    assert_floor(plover, path, path.split("/")[1:])


def test_plover_scores_every_record(plover):
    assert plover["records"] == 161


@pytest.fixture(scope="module")
def judged():
    """Each VOA judgment file scored against the real-news stories (round 34)."""
    from wiretrace.eval.judged_events import evaluate

    stories = shared_path("eval", "real-news", "voa-dev.jsonl")
    files = sorted({k.split("/")[1] for k in JUDGED})
    judgments = Path(__file__).parent.parent / "docs" / "judgments"
    return {name: evaluate([judgments / f"{name}.tsv"], stories) for name in files}


@pytest.mark.parametrize("path", JUDGED)
def test_judged_events_floor(judged, path):
    _, name, measure = path.split("/")
    result = judged[name]
    assert result["all"]["unjudged"] == 0, f"{name}: events left to judge"
    assert_floor(result, path, ["all", measure])


@pytest.fixture(scope="module")
def actor_codes():
    """Each VOA actor-code judgment file scored against the real-news stories (round 34)."""
    from wiretrace.eval.actor_codes import evaluate

    stories = shared_path("eval", "real-news", "voa-dev.jsonl")
    files = sorted({k.split("/")[1] for k in ACTOR_CODES})
    judgments = Path(__file__).parent.parent / "docs" / "judgments"
    return {name: evaluate(judgments / f"{name}.tsv", stories) for name in files}


@pytest.mark.parametrize("path", ACTOR_CODES)
def test_actor_codes_floor(actor_codes, path):
    _, name, half, measure = path.split("/")
    result = actor_codes[name][half]
    assert (result["changed"], result["unjudged"]) == (0, 0), \
        f"{name} {half}: actors whose code changed or that are new, to judge"
    assert_floor(result, path, [measure])
