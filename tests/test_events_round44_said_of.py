"""Issue 18, round 44 (h-evsay44): the party a verb of saying speaks 'of' is the one a
third-person pronoun in its evaluating words names ("''She is a wonderful leader,'' the
mayor said of Governor Brandt": SUPPORT mayor > Brandt; nlp/events/speech_content.py
spoken_of, data/speech_content.yaml `spoken_of`).  Invented sentences."""

from __future__ import annotations

from .conftest import role_texts, shown_at


def test_praise_said_of_a_party_targets_that_party(analyze_text):
    [ev] = shown_at(analyze_text, "Mayor Ana Ruiz spoke at the fair on Sunday. ''She is a "
                    "wonderful leader,'' Ms. Ruiz said of Governor Hana Brandt.", "said")
    assert ev.type == "SUPPORT" and ev.mode == "praise"
    assert role_texts(ev, "target") == ["Hana Brandt"]


def test_disapproval_said_of_a_party_targets_that_party(analyze_text):
    [ev] = shown_at(analyze_text, "Mayor Ana Ruiz spoke at the fair on Sunday. ''He is a "
                    "failure,'' Ms. Ruiz said of Governor Hal Brandt.", "said")
    assert ev.type == "ACCUSE" and role_texts(ev, "target") == ["Hal Brandt"]


def test_said_of_a_thing_leaves_the_pronoun_alone(analyze_text):
    # guard: the 'of' phrase names no party, so the pronoun is the coder's as before
    events = shown_at(analyze_text, "Mayor Ana Ruiz spoke at the fair on Sunday. ''She is a "
                      "wonderful leader,'' Ms. Ruiz said of the new budget plan.", "said")
    assert not [e for e in events if e.type and role_texts(e, "target") == ["the new budget plan"]]
