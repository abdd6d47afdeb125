"""Issue 18, round 35 (h-modal35): "X must / should do Y" is a REQUEST only when X is a
party other than the speaker that the text identifies (U5 of
docs/judgments/CONVENTIONS.md; assertion._asks_another).  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import events_at, role_texts


def _no_request(analyze_text, text: str, trigger: str) -> None:
    assert all(e.type != "REQUEST" for e in events_at(analyze_text, text, trigger))


@pytest.mark.parametrize("text, trigger", [
    # a policy wish: the subject is a process, nobody is asked
    ("Ambassador Lena Ortiz said migration to Spain should stop for two years.", "stop"),
    ("The Peruvian foreign minister said talks with Chile must continue.", "continue"),
    # advice to the speaker's own side: first person in a conjunct
    ("Senator Mara Quill said the United States and our allies must deploy more warships "
     "to the strait.", "deploy"),
    # nobody in particular
    ("The Chilean interior minister said no one should be detained without a warrant.",
     "detained"),
    ("Everyone must condemn the attack, the Bolivian president said.", "condemn"),
    # generic 'you': the verb of saying names no addressee
    ("You must release the hostages, the Qatari prime minister said.", "release"),
    # the state the speaker serves
    ("Germany's defense minister said Germany must deploy more troops to Lithuania.",
     "deploy"),
])
def test_a_modal_that_asks_no_other_party_is_no_request(analyze_text, text, trigger):
    _no_request(analyze_text, text, trigger)


def test_a_modal_laid_on_another_state_is_a_request(analyze_text):
    [ev] = events_at(analyze_text, "The Peruvian foreign minister said Chile must withdraw "
                     "its troops from the border.", "withdraw")
    assert ev.type == "REQUEST"
    assert "Chile" in role_texts(ev, "target")


def test_a_passive_modal_on_a_coded_act_stays_a_request(analyze_text):
    [ev] = events_at(analyze_text, "The sanctions must be lifted, the Iranian foreign "
                     "minister said.", "lifted")
    assert ev.type == "REQUEST"


def test_a_scholars_recommendation_is_no_request(analyze_text):
    _no_request(analyze_text, "Professor Amos Reed said Sweden must impose sanctions on "
                "Iran.", "impose")
