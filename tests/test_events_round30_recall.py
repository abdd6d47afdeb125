"""Issue 18, round 30 (h-ev30b): a sentence of direct speech that its verb of saying does
not govern is that verb's content all the same (Quirk et al. 1985, 14.29-14.30): "X must
do Y" a request, "we will ..." a threat.  Invented sentences."""

from __future__ import annotations

from wiretrace.render import happened


def _target_ids(report, event):
    names = {e.id: e.name for e in report.entities}
    return sorted(
        names.get(a.entity_id) for a in event.actors if a.role == "target" and a.entity_id
    )


def _one(analyze_text, text, trigger):
    report = analyze_text("Lima\n\n" + text, published="2019-03-01")
    [ev] = [e for e in report.events if e.trigger.text == trigger]
    return report, ev


# A sentence of direct speech that its verb of saying does not govern is its content too.


def test_a_second_quoted_sentence_with_must_is_a_request(analyze_text):
    report, ev = _one(
        analyze_text,
        'Foreign Minister Taro Ishida said: "We are patient. Russia must withdraw its troops."',
        "withdraw",
    )
    assert ev.type == "REQUEST" and ev.factuality.tense != "future"
    assert _target_ids(report, ev) == ["Russia"]
    names = {e.id: e.name for e in report.entities}
    assert [names.get(a.entity_id) for a in ev.actors if a.role == "source"] == ["Taro Ishida"]


def test_a_quoted_sentence_before_its_verb_of_saying_is_a_threat(analyze_text):
    _, ev = _one(
        analyze_text,
        'President Ana Ruiz spoke on Monday. "We are angry. We will '
        'expel the Russian diplomats," she said.',
        "expel",
    )
    assert ev.type == "THREATEN" and happened(ev)


def test_a_quoted_sentence_after_a_colon_is_a_threat(analyze_text):
    _, ev = _one(
        analyze_text,
        'President Ana Ruiz said: "We are angry. We will expel the Russian diplomats."',
        "expel",
    )
    assert ev.type == "THREATEN" and happened(ev)


def test_a_quote_with_no_verb_of_saying_stays_as_it_was(analyze_text):
    # guard: a headline-like quote with nobody saying it asks for nothing
    _, ev = _one(analyze_text, '"Russia must withdraw its troops."', "withdraw")
    assert ev.type != "REQUEST"
