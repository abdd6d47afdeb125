"""Issue 18, round 30 (h-a3): verbs whose object selects their PLOVER category, from the
manual's own words (plover_verbs.yaml ``objects``, nlp/events/object_senses.py).
Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _one(analyze_text, text, trigger):
    report = analyze_text("Lima\n\n" + text, published="2019-03-01")
    [ev] = [e for e in report.events if e.trigger.text == trigger]
    names = {e.id: e.name for e in report.entities}
    sources = [names.get(a.entity_id) for a in ev.actors if a.role == "source"]
    return ev, sources


@pytest.mark.parametrize(
    "text, trigger, kind, mode",
    [
        # CAMEO2PLOVER 085 "Ease economic sanctions, boycott, embargo": not PETRARCH2's
        # first LIFT pattern (0351, AGREE), not SUSPEND's SANCTION, not REMOVE's deportation
        ("The European Union lifted sanctions on Iran on Monday.", "lifted", "RETREAT", "ease"),
        ("Washington suspended sanctions on Belarus.", "suspended", "RETREAT", "ease"),
        ("The United States removed sanctions on Sudan.", "removed", "RETREAT", "ease"),
        ("Spain lifted the embargo on Cuba.", "lifted", "RETREAT", "ease"),
        # 3.14: troops massed or stationed, weapons deployed
        ("Russia massed troops on the border.", "massed", "MOBILIZE", "troops"),
        ("China deployed warships near the islands.", "deployed", "MOBILIZE", "weapons"),
        # table 3.10 withhold
        ("Israel withheld food from Gaza.", "withheld", "COERCE", "withhold"),
        # 3.7: allowing the entry of inspectors
        ("Syria allowed inspectors into the site.", "allowed", "RETREAT", "access"),
        # 3.13.2: the cancellation of a meeting is a REJECT, also when "called off"
        ("Russia called off the talks with Ukraine.", "called", "REJECT", "meet"),
        ("Russia cancelled the talks with Ukraine.", "cancelled", "REJECT", "meet"),
    ],
)
def test_an_object_the_manual_names_selects_the_category(analyze_text, text, trigger, kind, mode):
    ev, sources = _one(analyze_text, text, trigger)
    assert (ev.type, ev.mode) == (kind, mode) and happened(ev)
    assert sources and sources[0] is not None


def test_a_passive_subject_is_the_object(analyze_text):
    # "sanctions were lifted by X": the passive subject is the active object
    ev, sources = _one(analyze_text, "Sanctions on Iran were lifted by Spain on Monday.", "lifted")
    assert (ev.type, ev.mode) == ("RETREAT", "ease") and sources == ["Spain"]


def test_suspending_a_strike_is_a_concession(analyze_text):
    ev, _ = _one(analyze_text, "Kenya's teachers' union KNUT suspended its strike.", "suspended")
    assert ev.type == "CONCEDE"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # review of round 30: the tokenizer splits "sit-in" (sit - in); the list's
        # hyphened words are read as written
        ("The students suspended their sit-in on Monday.", "suspended"),
        ("The students called off their sit-ins on Monday.", "called"),
    ],
)
def test_a_hyphened_object_word_selects_the_category(analyze_text, text, trigger):
    ev, _ = _one(analyze_text, text, trigger)
    assert ev.type == "CONCEDE"


def test_other_objects_keep_the_verbs_own_codes(analyze_text):
    # guards: aid suspended is still a SANCTION; troops sent to a party stay cooperation
    ev, _ = _one(analyze_text, "The United States suspended aid to Egypt.", "suspended")
    assert ev.type == "SANCTION"
    ev, _ = _one(analyze_text, "France deployed troops to Mali.", "deployed")
    assert ev.type == "COOPERATE"
