"""Issue 21, round 10. Asides that hold an attribution of their own: a relative clause or a
participle set off by a comma inside another cue's content is a record of its own, and
the outer content leaves it out (PolNeAR gives a token one attribution).  A passive cue
with no agent introduces a quote with no source; "records show" is a cue however tagged.
Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets


def _records(report, cue: str):
    return [q for q in report.quotes if q.cue is not None and q.cue.text == cue]


# Round 43: a dash or a parenthesis sets an aside off as a plain comma does (Huddleston
# and Pullum 2002, ch. 15 §5, supplements).
@pytest.mark.parametrize(("before", "after"), [(", ", ", "), (" — ", " — "), (" (", ") ")])
def test_a_relative_clause_with_its_own_cue_is_left_out_of_the_outer_content(
        analyze_text, before, after):
    report = analyze_text(f"Ana Mendes said that the levy{before}which the council called a "
                          f"tax on the poor{after}would pass next week.")
    assert_offsets(report)
    said = _records(report, "said")
    assert said and all("called" not in q.text for q in said), [q.text for q in said]
    assert any("pass" in q.text for q in said)
    assert _records(report, "called")


# a comma inside a closing quotation mark sets an aside off as a plain comma does (round 43)
@pytest.mark.parametrize("grown", ["grown,", '"grown a great deal,"'])
def test_a_participle_set_off_by_a_comma_is_left_out_of_the_outer_content(analyze_text, grown):
    report = analyze_text(f"The mayor insisted that the town has {grown} claiming "
                          "that the repairs were nearly done.")
    assert_offsets(report)
    insisted = _records(report, "insisted")
    assert insisted and all("repairs" not in q.text for q in insisted), [
        q.text for q in insisted]
    assert any("repairs" in q.text for q in _records(report, "claiming"))


def test_a_restrictive_relative_clause_stays_in_the_content(analyze_text):
    report = analyze_text("Ana Mendes said that voters who believe the levy is fair will "
                          "back the mayor.")
    said = _records(report, "said")
    assert any("believe" in q.text and "mayor" in q.text for q in said), [
        q.text for q in said]


def test_a_passive_question_with_no_asker_is_the_quote_s_cue(analyze_text):
    # PolNeAR's guidelines: an attribution in the passive voice may have no source
    report = analyze_text('On Monday, Ana Mendes was asked, "Will the quay reopen in May?"\n\n'
                          'The council meets on Friday.')
    assert_offsets(report)
    asked = [q for q in report.quotes if q.cue is not None and q.cue.text == "asked"]
    assert any("reopen" in q.text and q.kind == "direct" for q in asked), [
        (q.text, q.cue and q.cue.text) for q in report.quotes]
    assert all(q.speaker is None for q in asked)


def test_records_show_set_off_by_a_comma_is_an_evidence_cue(analyze_text):
    # "show" after a plural document noun, which the tagger may read as a noun
    report = analyze_text("The quay was sold for $3 million last year, port records show, "
                          "and the buyer has not paid.")
    assert_offsets(report)
    shown = [q for q in report.quotes if q.cue is not None and q.cue.text == "show"]
    assert any("sold" in q.text for q in shown), [(q.text, q.cue and q.cue.text)
                                                  for q in report.quotes]
    assert all("buyer" not in q.text for q in shown)


def test_a_second_reporting_verb_without_a_subject_is_the_first_speaker_s(analyze_text):
    report = analyze_text("Ana Mendes said her levy has helped the growers and said that "
                          "the council should keep it.")
    assert_offsets(report)
    said = [q for q in report.quotes if q.cue is not None and q.cue.text == "said"]
    first = [q for q in said if "growers" in q.text]
    second = [q for q in said if "council" in q.text]
    assert first and second and not set(first) & set(second), [q.text for q in said]
    assert {q.speaker for q in first} == {q.speaker for q in second}
