"""Round 15 (issue 21): verb cues by construction.  A stance verb in a finite passive
clause ("has been criticized by the crews for ...", `passive_stances`).  Every sentence
is invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued, speaker_name


def test_passive_stance_with_agent_and_for(analyze_text):
    report = analyze_text("Okafor has been criticized by the fishing crews for closing the quay.")
    assert_offsets(report)
    quotes = cued(report, "has been criticized")
    assert quotes, [(q.cue and q.cue.text, q.text) for q in report.quotes]
    texts = " ".join(q.text for q in quotes)
    assert "Okafor" in texts and "for closing the quay" in texts
    assert speaker_name(report, quotes[0]) and "crews" in speaker_name(report, quotes[0])


def test_passive_stance_without_agent(analyze_text):
    report = analyze_text("The harbour levy was widely condemned as a tax on fishermen.")
    assert_offsets(report)
    quotes = cued(report, "was condemned") or [
        q for q in report.quotes if q.cue is not None and "condemned" in q.cue.text]
    assert quotes, [(q.cue and q.cue.text, q.text) for q in report.quotes]
    assert speaker_name(report, quotes[0]) is None


def test_modifying_participle_is_no_passive_stance(analyze_text):
    report = analyze_text("Russian-backed forces crossed the river at dawn.")
    assert_offsets(report)
    assert not [q for q in report.quotes if q.cue is not None and "backed" in q.cue.text]


def test_voted_out_is_no_stance(analyze_text):
    report = analyze_text("The harbour master was voted out by the board in May.")
    assert_offsets(report)
    assert not [q for q in report.quotes if q.cue is not None and "voted" in q.cue.text]


def test_seemed_in_a_relative_clause(analyze_text):
    report = analyze_text("The crews sent a letter that seemed to blame the harbour board.")
    assert_offsets(report)
    quotes = cued(report, "seemed")
    # two pieces: the relative pronoun and what it seemed to do
    assert quotes and "to blame the harbour board" in " ".join(q.text for q in quotes), [
        (q.cue and q.cue.text, q.text) for q in report.quotes]


def test_what_appears_to_be_is_no_cue(analyze_text):
    report = analyze_text("The crews found what appears to be a crack in the quay wall.")
    assert_offsets(report)
    assert not cued(report, "appears")


def test_appeared_after_and_takes_the_first_subject(analyze_text):
    report = analyze_text("The mayor met the crews on Monday and appeared to back the levy.")
    assert_offsets(report)
    quotes = cued(report, "appeared")
    assert quotes and "to back the levy" in " ".join(q.text for q in quotes), [
        (q.cue and q.cue.text, q.text) for q in report.quotes]


def test_defended_a_person_is_a_stance(analyze_text):
    report = analyze_text("The senator defended her aide after the hearing.")
    assert_offsets(report)
    quotes = cued(report, "defended")
    assert quotes and "her aide" in quotes[0].text, [(q.cue and q.cue.text, q.text)
                                                     for q in report.quotes]


def test_defended_himself(analyze_text):
    report = analyze_text("Okafor defended himself on Saturday at the quay.")
    assert_offsets(report)
    assert cued(report, "defended"), [(q.cue and q.cue.text, q.text) for q in report.quotes]


def test_soldiers_defending_a_bridge_is_no_stance(analyze_text):
    report = analyze_text("The soldiers defended the bridge for three days.")
    assert_offsets(report)
    assert not cued(report, "defended")


def test_defended_their_town_is_no_stance(analyze_text):
    report = analyze_text("The villagers defended their town against the raiders.")
    assert_offsets(report)
    assert not cued(report, "defended")


def test_expect_with_a_noun_object(analyze_text):
    report = analyze_text("Harbour officials are expecting a record turnout on Sunday.")
    assert_offsets(report)
    quotes = cued(report, "expecting")
    assert quotes and "a record turnout" in quotes[0].text, [(q.cue and q.cue.text, q.text)
                                                             for q in report.quotes]


def test_believe_with_a_noun_object_stays_no_cue(analyze_text):
    report = analyze_text("The crews believe the harbour master.")
    assert_offsets(report)
    assert not cued(report, "believe")


def test_answered_a_question(analyze_text):
    report = analyze_text("The mayor answered a question on the levy at the meeting.")
    assert_offsets(report)
    quotes = cued(report, "answered")
    assert quotes and "a question on the levy" in quotes[0].text, [
        (q.cue and q.cue.text, q.text) for q in report.quotes]


def test_answered_the_door_is_no_cue(analyze_text):
    report = analyze_text("The mayor answered the door at noon.")
    assert_offsets(report)
    assert not cued(report, "answered")
