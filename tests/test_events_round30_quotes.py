"""Issue 18, round 30 (h-quote30): the readings that type a neutral verb of saying by what
it reports (speech_content.py: a condemning predicate, praise or disapproval of a party, a
threat as a possibility) read the other sentences of a direct quote too (Quirk et al. 1985,
14.29-14.30), with the same guards.  Invented sentences."""

from __future__ import annotations


def _said(analyze_text, text):
    report = analyze_text("Lima\n\n" + text, published="2019-03-01")
    [ev] = [e for e in report.events if e.trigger.text == "said"]
    names = {e.id: e.name for e in report.entities}
    roles = {
        role: sorted(names.get(a.entity_id) for a in ev.actors if a.role == role and a.entity_id)
        for role in ("source", "target")
    }
    return ev, roles


def test_a_second_quoted_sentence_that_condemns_is_an_accusation(analyze_text):
    ev, roles = _said(
        analyze_text, 'Foreign Minister Taro Ishida said: "We are angry. This is illegal."'
    )
    assert ev.type == "ACCUSE" and roles["source"] == ["Taro Ishida"]


def test_a_second_quoted_sentence_that_judges_a_party_is_disapproval(analyze_text):
    ev, roles = _said(
        analyze_text,
        'Senator Ana Ruiz said: "I know him well. Governor Tom Baker is a failure."',
    )
    assert ev.type == "ACCUSE" and roles == {"source": ["Ana Ruiz"], "target": ["Tom Baker"]}


def test_a_second_quoted_sentence_that_praises_a_party_is_support(analyze_text):
    ev, roles = _said(
        analyze_text,
        'Senator Ana Ruiz said: "I know him well. Governor Tom Baker would be an '
        'excellent president."',
    )
    assert ev.type == "SUPPORT" and roles["target"] == ["Tom Baker"]


def test_a_second_quoted_sentence_with_a_possible_harm_is_a_threat(analyze_text):
    ev, roles = _said(
        analyze_text,
        'Foreign Minister Taro Ishida said: "We are angry. We could impose sanctions on Russia."',
    )
    assert ev.type == "THREATEN" and roles["target"] == ["Russia"]


def test_a_negated_quoted_sentence_is_no_accusation(analyze_text):
    ev, _ = _said(
        analyze_text, 'Foreign Minister Taro Ishida said: "We are angry. This is not illegal."'
    )
    assert ev.type is None


def test_a_quoted_question_is_no_accusation(analyze_text):
    ev, _ = _said(
        analyze_text, 'Foreign Minister Taro Ishida said: "We are angry. Is this illegal?"'
    )
    assert ev.type is None


def test_a_hedged_quoted_judgment_is_no_disapproval(analyze_text):
    ev, _ = _said(
        analyze_text,
        'Senator Ana Ruiz said: "I know him well. Governor Tom Baker could be a failure."',
    )
    assert ev.type is None


def test_a_quoted_negated_threat_is_none(analyze_text):
    ev, _ = _said(
        analyze_text,
        'Foreign Minister Taro Ishida said: "We are angry. We could not impose sanctions '
        'on Russia."',
    )
    assert ev.type is None


def test_another_speakers_quote_is_not_read(analyze_text):
    # the second paragraph's quote is nobody's content of 'said'
    ev, _ = _said(
        analyze_text,
        'Foreign Minister Taro Ishida said: "We are angry."\n\n"This is illegal."',
    )
    assert ev.type is None
