"""Round 14 (issue 21): verb cues by construction.  Verbs of publishing with a document
for object ("released a statement", `publication_verbs`), verbs of persuading with an
addressee and an infinitive or that-clause ("encouraged the growers to ...",
`persuasion_verbs`), and verbs of verbal attack with a person for object ("attacked
Smith over the levy", `speech_act_stances: person_objects`).  Every sentence is invented
for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued


def test_released_findings_are_the_content(analyze_text):
    report = analyze_text("The harbour board released its findings after the vote.")
    assert_offsets(report)
    quotes = cued(report, "released")
    assert quotes and quotes[0].text.startswith("its findings"), [q.text for q in report.quotes]


def test_issued_report(analyze_text):
    report = analyze_text("The port authority issued a report this month on the silting.")
    assert_offsets(report)
    assert cued(report, "issued"), [q.text for q in report.quotes]


def test_released_person_is_no_cue(analyze_text):
    report = analyze_text("The coast guard released the fisherman last week.")
    assert_offsets(report)
    assert not cued(report, "released")


def test_statement_with_its_own_cue_keeps_that_cue(analyze_text):
    report = analyze_text("The union issued a statement saying the strike would go on.")
    assert_offsets(report)
    assert not cued(report, "issued")
    assert cued(report, "saying")


def test_encouraged_to(analyze_text):
    report = analyze_text("Ana Mendes encouraged the growers to sell at the quay.")
    assert_offsets(report)
    quotes = cued(report, "encouraged")
    assert quotes and quotes[0].text == "the growers to sell at the quay", [q.text for q in report.quotes]


def test_convinced_that(analyze_text):
    report = analyze_text("The mayor convinced him that the quay was safe.")
    assert_offsets(report)
    quotes = cued(report, "convinced")
    assert quotes and quotes[0].text.endswith("that the quay was safe"), [
        q.text for q in report.quotes]


def test_forced_to_is_no_cue(analyze_text):
    report = analyze_text("The storm forced the growers to leave the quay early.")
    assert_offsets(report)
    assert not cued(report, "forced")


def test_attacked_person_is_a_stance(analyze_text):
    report = analyze_text("Maria Lopez attacked John Smith over the port levy.")
    assert_offsets(report)
    quotes = cued(report, "attacked")
    assert quotes and "John Smith over the port levy" in quotes[0].text, [
        q.text for q in report.quotes]


def test_attacked_town_is_no_cue(analyze_text):
    report = analyze_text("Rebels attacked the town on Tuesday.")
    assert_offsets(report)
    assert not cued(report, "attacked")


def test_pushed_for(analyze_text):
    report = analyze_text("The dockers' union pushed for a second crane at the quay.")
    assert_offsets(report)
    quotes = [q for q in report.quotes if q.cue is not None and q.cue.text.startswith("pushed")]
    assert quotes and "a second crane" in quotes[0].text, [q.text for q in report.quotes]


def test_balked_at(analyze_text):
    report = analyze_text("Several growers balked at the new levy on fish.")
    assert_offsets(report)
    quotes = [q for q in report.quotes if q.cue is not None and q.cue.text.startswith("balked")]
    assert quotes and "the new levy" in quotes[0].text, [q.text for q in report.quotes]


def test_posited_that(analyze_text):
    report = analyze_text("Ana Mendes posited that the ferry would never pay for itself.")
    assert_offsets(report)
    quotes = cued(report, "posited")
    assert quotes and quotes[0].text.startswith("that the ferry"), [q.text for q in report.quotes]


def test_sensed_without_clause_is_no_cue(analyze_text):
    report = analyze_text("The dogs sensed the storm before the crews did.")
    assert_offsets(report)
    assert not cued(report, "sensed")


def test_bragged_about(analyze_text):
    report = analyze_text("The mayor bragged about the new harbour at the dinner.")
    assert_offsets(report)
    quotes = cued(report, "bragged")
    assert quotes and "the new harbour" in quotes[0].text, [q.text for q in report.quotes]


def test_is_convinced_that_is_a_belief(analyze_text):
    report = analyze_text("But the growers are convinced that the levy will ruin them.")
    assert_offsets(report)
    quotes = cued(report, "convinced")
    assert quotes and quotes[0].text.startswith("that the levy"), [q.text for q in report.quotes]
    assert quotes[0].speaker is not None


def test_released_statement_is_no_content(analyze_text):
    # a statement's words are reported apart from it
    report = analyze_text("The harbour board released a statement after the vote.")
    assert_offsets(report)
    assert not cued(report, "released")
