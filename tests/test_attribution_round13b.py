"""Round 13b (issue 21): a contrasting clause with a speech verb and a speaker of its own
("..., while 22 percent said ...", "..., whereas the union said ...") is a second report,
left out of the first one's content (CGEL's contrastive "while" / "whereas").  Every
sentence is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets


def _said(report) -> list:
    return [q for q in report.quotes if q.cue is not None and q.cue.text.lower() == "said"]


def test_while_report_is_its_own_record(analyze_text):
    text = ("Among likely voters in the harbour town, 70 percent said they would back the "
            "mayor, while 25 percent said they might change their minds.")
    report = analyze_text(text)
    assert_offsets(report)
    said = _said(report)
    first = [q for q in said if "they would back the mayor" in q.text]
    assert first, [q.text for q in said]
    assert all("change their minds" not in q.text for q in first), [q.text for q in first]
    assert any(q.text.startswith("they might change their minds") for q in said)


def test_whereas_report_is_its_own_record(analyze_text):
    report = analyze_text(
        "Most members said the ferry plan was fair, whereas the union said it would strike.")
    assert_offsets(report)
    texts = [q.text for q in _said(report)]
    assert any(t.startswith("the ferry plan was fair") and "strike" not in t for t in texts), texts
    assert any(t.startswith("it would strike") for t in texts), texts


def test_while_that_concedes_stays_in_the_content(analyze_text):
    # a fronted "while" concedes; it is part of what is said
    report = analyze_text(
        "The mayor said that while the council says the quay is safe, it needs repairs.")
    assert_offsets(report)
    texts = [q.text for q in _said(report)]
    assert any("while the council says the quay is safe" in t for t in texts), texts


def test_while_without_a_speech_verb_stays_in_the_content(analyze_text):
    report = analyze_text(
        "The harbour master said the nets were ready, while the boats stayed in port.")
    assert_offsets(report)
    texts = [q.text for q in _said(report)]
    assert any("while the boats stayed in port" in t for t in texts), texts
