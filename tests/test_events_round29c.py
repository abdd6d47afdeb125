"""Issue 18, round 29 (h-ev29c): a neutral verb of saying typed by the grammar of what it
reports (nlp/events/speech_content.py, data/speech_content.yaml): the speaker's own harmful
act as a possibility (THREATEN), a predicate that praises or disapproves of a party
(SUPPORT, ACCUSE), and an obligation with 'have to' / 'need to' (REQUEST).  Invented
sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at

# THREATEN: the speaker's own act, could / may / might


def test_a_hint_that_the_speaker_could_retaliate_is_a_threat(analyze_text):
    [ev] = shown_at(analyze_text, "Beijing has hinted that it could retaliate with tariffs on "
                    "Chilean copper.", "hinted")
    assert ev.type == "THREATEN" and role_texts(ev, "source") == ["Beijing"]


def test_said_it_could_impose_sanctions_takes_the_act_target(analyze_text):
    [ev] = shown_at(analyze_text, "China said it could impose sanctions on Lithuania.", "said")
    assert ev.type == "THREATEN"
    assert role_texts(ev, "source") == ["China"] and role_texts(ev, "target") == ["Lithuania"]


def test_others_predicting_a_possible_act_threaten_nothing(analyze_text):
    # guard: the clause's subject is not the speaker
    assert not [e for e in shown_at(analyze_text, "Analysts at the bank said China could impose "
                                    "sanctions on Lithuania.", "said") if e.type]


def test_a_possible_act_negated_is_no_threat(analyze_text):
    assert not [e for e in shown_at(analyze_text, "China said it could not impose sanctions on "
                                    "Lithuania.", "said") if e.type]


def test_a_possible_harmless_act_is_no_threat(analyze_text):
    assert not [e for e in shown_at(analyze_text, "The ministry said it might take months to "
                                    "finish the report.", "said") if e.type]


# SUPPORT / ACCUSE: a predicate that judges a party


def test_said_a_party_would_be_an_excellent_president_is_praise(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz said Governor Hal Brandt would be an "
                    "excellent president.", "said")
    assert ev.type == "SUPPORT" and ev.mode == "praise"
    assert role_texts(ev, "source") == ["Ana Ruiz"] and role_texts(ev, "target") == ["Hal Brandt"]


def test_said_a_party_was_a_failure_is_disapproval(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz said Governor Hal Brandt was a failure.",
                    "said")
    assert ev.type == "ACCUSE" and role_texts(ev, "target") == ["Hal Brandt"]


def test_claimed_a_party_is_unfit_is_disapproval(analyze_text):
    [ev] = shown_at(analyze_text, "Senator Ana Ruiz claimed that Governor Hal Brandt is unfit "
                    "for office.", "claimed")
    assert ev.type == "ACCUSE"


def test_a_thing_judged_a_disaster_is_no_accusation(analyze_text):
    # guard: the new words need a party as the clause's subject
    assert not [e for e in shown_at(analyze_text, "Senator Ana Ruiz said the harvest was a "
                                    "disaster.", "said") if e.type]


def test_a_negated_judgment_is_no_event(analyze_text):
    assert not [e for e in shown_at(analyze_text, "Senator Ana Ruiz said Governor Hal Brandt "
                                    "was not a failure.", "said") if e.type]


def test_self_praise_endorses_nobody(analyze_text):
    assert not [e for e in shown_at(analyze_text, "Governor Hal Brandt said he would be an "
                                    "excellent president.", "said") if e.type == "SUPPORT"]


# REQUEST: have to / need to


def test_told_officials_they_would_need_to_act_is_a_request(analyze_text):
    [ev] = shown_at(analyze_text, "Ambassador Lee told Ukrainian officials they would need to "
                    "open an investigation before a meeting.", "open")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "source") == ["Lee"] and role_texts(ev, "target") == ["Ukrainian officials"]


def test_said_a_party_has_to_release_prisoners_is_a_request(analyze_text):
    [ev] = shown_at(analyze_text, "Ambassador Lee said Ukraine has to release the sailors.",
                    "release")
    assert ev.type == "REQUEST" and role_texts(ev, "target") == ["Ukraine"]


def test_a_generic_subject_is_asked_nothing(analyze_text):
    assert not [e for e in shown_at(analyze_text, "Senator Ana Ruiz said that any president would "
                                    "have to keep the country safe.", "keep")
                if e.type == "REQUEST"]


def test_speakers_own_obligation_is_no_request(analyze_text):
    assert not [e for e in shown_at(analyze_text, "Ukrainian officials said they had to release "
                                    "the prisoners.", "release") if e.type == "REQUEST"]


def test_no_obligation_is_no_request(analyze_text):
    assert not [e for e in shown_at(analyze_text, "Ambassador Lee said Ukraine does not have to "
                                    "release the sailors.", "release") if e.type == "REQUEST"]
