"""Issue 18, round 32 (h-evr32): hand recall. A naming verb whose label judges a person by
the company kept or the contest lost, or names a crime ("called him a political
opportunist"), criticizes its object as the existing words of condemnation do (CAMEO 111).
Invented sentences."""

from __future__ import annotations

from wiretrace.render import happened

from .test_events_round27 import _events, _texts


def _shown(analyze_text, text, trigger):
    return [e for e in _events(analyze_text, text, trigger) if happened(e)]


def test_calling_a_politician_an_opportunist_is_criticism(analyze_text):
    [ev] = _shown(analyze_text, "Senator Ana Ruiz called Governor Hal Brandt a political "
                  "opportunist on Monday.", "called")
    assert ev.type == "ACCUSE"
    assert _texts(ev, "source") == ["Ana Ruiz"] and _texts(ev, "target") == ["Hal Brandt"]


def test_calling_a_rival_a_loser_is_criticism(analyze_text):
    [ev] = _shown(analyze_text, "Governor Hal Brandt called Senator Ana Ruiz a loser.",
                  "called")
    assert ev.type == "ACCUSE"


def test_calling_someone_an_opportunity_is_no_criticism(analyze_text):
    # guard: a neutral label after a naming verb stays uncoded
    assert not _shown(analyze_text, "Senator Ana Ruiz called the visit an opportunity for "
                      "Governor Hal Brandt.", "called")
