"""The CAMEO dictionary coverage audit (tools/cameo_coverage.py, round 35, h-cov35) and the
general fix it led to: a hyphenated word of a PETRARCH2 pattern ("- * SIT-IN" [141] in
STAGE, "- * CEASE-FIRE") read on the parts the tokenizer splits it into.  Sentences are
invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.conftest import shared_path
from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.render import happened

_spec = importlib.util.spec_from_file_location(
    "cameo_coverage", Path(__file__).resolve().parents[1] / "tools" / "cameo_coverage.py")
cameo_coverage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cameo_coverage)


def _shown(nlp, text: str) -> set[tuple[str, str]]:
    report = analyze(from_text(text, id="t", title="t", published="2026-12-01"), nlp)
    return {(e.type, e.trigger.text) for e in report.events if happened(e)}


@pytest.mark.parametrize("text, want", [
    ("Farmers from Ruritania staged a sit-in outside the Freedonian embassy on Monday.",
     ("PROTEST", "staged")),
    ("Opposition lawmakers in Ruritania staged a sit-in in parliament on Tuesday.",
     ("PROTEST", "staged")),
])
def test_hyphenated_pattern_word(nlp, text, want):
    assert want in _shown(nlp, text)


def test_hyphened_joins_the_parts(nlp):
    from wiretrace.nlp.events.verb_patterns import hyphened, object_forms

    doc = nlp("The rebels broke the cease-fire and held a sit-in.")
    by_text = {t.text: t for t in doc}
    assert hyphened(by_text["fire"]) == "cease-fire"
    assert hyphened(by_text["in"]) == "sit-in"
    assert hyphened(by_text["rebels"]) == "rebels"
    assert "sit-in" in object_forms(by_text["in"])


def test_forms_from_the_dictionary():
    forms = cameo_coverage.forms
    assert forms("BRING", "{BRINGS BRINGING BROUGHT }") == ("brought", "brought")
    assert forms("GET", "{GETS GETTING GOT GOTTEN }") == ("got", "gotten")
    assert forms("+SHUT_DOWN", "{+SHUTS_DOWN +SHUTTING_DOWN }") == ("shut down", "shut down")
    assert forms("STAGE", None) == ("staged", "staged")
    assert forms("ALLY", None) == ("allied", "allied")


def test_items_of_an_invented_block():
    text = ("---  MARCH   [141]  ---\nPARADE\nRALLY {RALLIES RALLYING RALLIED}\n"
            "- * SIT-IN                                 [141]         # PARADE\n"
            "- * ENVOY                                  [042:043]     # PARADE\n")
    items = list(cameo_coverage.items(text))
    sentences = {i["sentence"] for i in items}
    assert "Ruritania's government paraded Freedonia's army on Monday." in sentences
    assert "Freedonia's army was rallied by Ruritania's government on Monday." in sentences
    assert "Ruritania's government paraded the sit-in in Freedonia on Monday." in sentences
    assert not any("envoy" in s for s in sentences)  # a pair is left out


def test_coverage_floor_on_a_fixed_sample(nlp):
    """Every 50th item of the audit (95 items): the share coded with the dictionary's
    PLOVER type, shown, source right (0.758 at round 35 after the fix; 0.72 on all 4,726)."""
    path = shared_path("data", "petrarch2-dictionaries", "CAMEO.2.0.txt")
    rows = cameo_coverage.audit(step=50, nlp=nlp, path=path)
    right = sum(r["cause"] == "right" for r in rows)
    assert len(rows) >= 90
    assert right / len(rows) >= 0.70
