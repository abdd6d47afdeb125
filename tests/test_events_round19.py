"""Issue 18, round 19 (ev19): force and coercion whose parties have no name.  Violence
and arrests are events whoever does them (the judged sets' rubric, PLOVER): a passive
whose undergoer is a third-person pronoun, a noun for people or a number of them, and an
act whose doer is named by the force used ("attackers"), are coded; a pronoun doer, a
people noun alone as the doer and harm done by an accident are not (docs/events.md).
Invented sentences."""

from __future__ import annotations

import pytest


def _shown(analyze_text, sentence):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2019-03-01")
    return [(e.trigger.text, e.type) for e in r.events if happened(e)]


CODED = [
    ("Unknown attackers detonated two bombs near the market in Lima.", "detonated", "ASSAULT"),
    ("Forty of those who fled the prison have been caught since Monday.", "caught", "COERCE"),
    ("In the north they are barred from entering the main square.", "barred", "COERCE"),
    ("Kidnappers abducted a trader on the road to Cusco.", "abducted", "ASSAULT"),
    # 'rearrested' lemmatized as PETRARCH2's RE_ARREST (lemmas.yaml)
    ("He was rearrested at the border on Friday.", "rearrested", "COERCE"),
]

NOT_CODED = [
    # a pronoun doer left unresolved: figures of speech
    ("They are ripping you off with those prices.", "ripping"),
    ("At the airport we all struggled with the forms.", "struggled"),
    # a people noun alone does not say who used force
    ("Two men struck the window with a hammer to open the car.", "struck"),
    # an accident does the harm
    ("Five people had been killed in the crash near Lima.", "killed"),
    # a political office alone under 'attack' is words
    ("The senator came under attack from his rivals.", "came"),
]


@pytest.mark.parametrize("sentence,trigger,type_", CODED)
def test_force_with_unnamed_parties(analyze_text, sentence, trigger, type_):
    assert (trigger, type_) in _shown(analyze_text, sentence)


@pytest.mark.parametrize("sentence,trigger", NOT_CODED)
def test_no_force_without_a_party(analyze_text, sentence, trigger):
    assert trigger not in [t for t, _ in _shown(analyze_text, sentence)]


def test_named_parties_unchanged(analyze_text):
    shown = _shown(analyze_text, "Police arrested 20 protesters in the capital on Friday.")
    assert ("arrested", "COERCE") in shown


SETTINGS = [
    # a meeting named as where a remark was made, or as the background of a clause
    ("\u201cWe will not pay for the wall,\u201d Ortiz said at one summit in Lima.", "summit"),
    ("It came as lawmakers gather for organizational meetings ahead of the session.",
     "meetings"),
]

MEETINGS = [
    # a meeting with a party of its own, and one where the act is done, stay
    ("At a meeting with Peruvian President Ortiz on Monday, the Chilean president said "
     "trade was strong.", "meeting"),
    ("In March, the leaders of Peru and Chile agreed at a virtual summit to fight "
     "smuggling together.", "agreed"),
    ("During his visit to Chile, Ortiz met President Gabriel Boric.", "visit"),
]


@pytest.mark.parametrize("sentence,trigger", SETTINGS)
def test_meeting_as_setting(analyze_text, sentence, trigger):
    assert trigger not in [t for t, _ in _shown(analyze_text, sentence)]


@pytest.mark.parametrize("sentence,trigger", MEETINGS)
def test_meetings_reported(analyze_text, sentence, trigger):
    assert trigger in [t for t, _ in _shown(analyze_text, sentence)]
