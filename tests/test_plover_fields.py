"""PLOVER's context, quad category and conflict-cooperation score on coded events
(issue 26), from the CAMEO2PLOVER table and the PLOVER manual's Table 2.2."""

from __future__ import annotations

import pytest

from wiretrace import plover
from wiretrace.lexicon import load_tsv, load_yaml


@pytest.mark.parametrize("event_type, mode, cameo, quad, score", [
    ("CONSULT", None, "040", "verbal_cooperation", 2.5),
    ("CONSULT", "visit", "042", "verbal_cooperation", 4.0),
    ("ASSAULT", "aerial", "195", "material_conflict", -9.5),
    ("ASSAULT", "massacre", "202", "material_conflict", -9.0),  # no score of its own
    ("COERCE", "arrest", "173", "material_conflict", -7.0),
    ("AID", None, "070", "material_cooperation", 10.0),
    ("ACCUSE", None, "112", "verbal_conflict", -3.0),
    ("PROTEST", "riot", "145", "material_conflict", -7.0),
])
def test_quad_and_score(event_type, mode, cameo, quad, score):
    found = plover.fields(event_type, mode, cameo)
    assert (found["quad"], found["score"]) == (quad, score)


def test_uncoded_events_carry_none():
    assert plover.fields(None, None, None) == {"context": [], "quad": None, "score": None}


def test_contexts_come_from_the_cameo_table_and_split():
    rows = {r["cameo"]: r["context"] for r in load_tsv("cameo2plover.tsv")}
    double = next(c for c, ctx in rows.items() if ";" in ctx)
    assert len(plover.fields("ASSAULT", None, double)["context"]) == 2
    plain = next(c for c, ctx in rows.items() if ctx and ";" not in ctx)
    assert plover.fields("ASSAULT", None, plain)["context"] == [rows[plain]]


def test_every_category_has_a_quad_and_a_score_and_the_scale_is_ordered():
    categories = [c for cs in load_yaml("plover_quad.yaml").values() for c in cs]
    assert len(categories) == 16
    for category in categories:
        found = plover.fields(category, None, None)
        assert found["quad"] and found["score"] is not None, category
        cooperative = found["quad"].endswith("cooperation")
        # the manual's scale: cooperation above zero, conflict at or below (REQUEST is 0)
        assert (found["score"] > 0) == cooperative, category
    for row in load_tsv("plover_scores.tsv"):
        assert row["category"] in categories and -10 <= float(row["score"]) <= 10


def test_a_coded_event_in_a_report_carries_them(analyze_text):
    report = analyze_text("Talks held\n\nThe foreign ministers of Egypt and Jordan met in "
                          "Cairo on Monday.", published="2024-03-14")
    met = next(e for e in report.events if e.type == "CONSULT")
    assert (met.quad, met.score) == ("verbal_cooperation", 2.5)
    assert all(e.quad is None and e.score is None and e.context == []
               for e in report.events if not e.type)
