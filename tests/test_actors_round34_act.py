"""Round 34 (h-act34) of the actor codes (issue 20), from the PolNeAR dev8 actor-code set:
al-Qaida named alone is a transnational armed group; a chamber's majority or minority
leader is LEG; "Islamic State-linked" names the Islamic State.  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.nlp.actors.agents import agent_sectors
from wiretrace.nlp.actors.codes import _dictionary_sectors

from .conftest import assert_offsets


def _entities(report):
    return {e.name: (e.country, e.sector) for e in report.entities}


def test_al_qaida_is_a_transnational_armed_group():
    # PETRARCH2 AL_QA'IDA IMGMUSALQ, unmapped (IMG): listed as the Islamic State is
    for name in ("al-Qaida", "al-Qaeda", "Al Qaeda", "al Qaida"):
        assert _dictionary_sectors(name, "2016-01-05") == (None, ["REB"])


def test_a_chambers_party_leader_is_legislative():
    # PETRARCH2 LEADER_OF_PARLIAMENT, MAJORITY_PARTY, SENATE LEG; no majority leader entry
    assert agent_sectors("Majority Leader") == ["LEG"]
    assert agent_sectors("Senate Minority Leader") == ["LEG"]
    assert agent_sectors("union leader") == ["LAB"]  # guard: the other leader phrases


def test_the_title_picks_the_sector_of_a_body_with_several(analyze_text):
    # the Senate is USAGOVLEG in PETRARCH2: its majority leader is LEG, not the state
    # leader's GOV; a ministry's spokesman keeps the ministry's code
    text = ("Guns\n\nSenate Majority Leader Dale Kettering criticized the president on "
            "Tuesday. Senate Minority Leader Rosa Delgado praised the plan on Wednesday.")
    r = analyze_text(text, published="2016-01-05")
    assert_offsets(r)
    found = _entities(r)
    assert found["Dale Kettering"] == ("USA", "LEG")
    assert found["Rosa Delgado"] == ("USA", "LEG")


@pytest.mark.parametrize("text", [
    "Guns\n\nThe governor said Islamic State-linked attacks in Paris had killed 130 "
    "people. The mayor condemned the attacks on Sunday.",
    # NER types only "Islamic" here (without the rule: an entity "Islamic", NORP)
    "Guns\n\nPolice arrested two Islamic State-linked militants in Brussels on Monday.",
])
def test_islamic_state_before_a_hyphen_is_the_islamic_state(analyze_text, text):
    # NER types "Islamic" NORP and the parser hangs it on the noun after "State-linked"
    r = analyze_text(text, published="2016-01-05")
    assert_offsets(r)
    found = _entities(r)
    assert found.get("Islamic State") == (None, "REB")
    assert "Islamic" not in found


def test_a_persons_dated_roles_fill_the_dictionarys_gaps():
    # Hillary Clinton's Senate term, which PETRARCH2's rows skip, and Donald Trump's
    # business career before his candidacy: coded on an event's date (at_event_time)
    assert _dictionary_sectors("Hillary Clinton", "2005-06-01", person=True) == ("USA", ["LEG"])
    assert _dictionary_sectors("Hillary Clinton", "2016-02-26", person=True) == ("USA", ["ELI"])
    assert _dictionary_sectors("Hillary Clinton", "2011-05-01", person=True) == ("USA", ["GOV"])
    assert _dictionary_sectors("Donald Trump", "2005-01-22", person=True) == ("USA", ["BUS"])
    assert _dictionary_sectors("Donald Trump", "2016-02-26", person=True) == ("USA", ["PTY"])
