"""Round 17 (h-act17b) of the actor codes on real news (issue 20): a thing a military's word
modifies is no military actor, the public is people, an international militarized group is
armed and of no state.  Invented sentences."""

from __future__ import annotations

from wiretrace.nlp.actors.codes import agent_sectors

from .conftest import assert_offsets


def _codes(report):
    return {(a.text, a.country, a.sector) for e in report.events for a in e.actors
            if a.role in ("source", "target")}


def test_military_aid_is_no_military():
    # PETRARCH2 has no AID agent: "military aid" names a thing, not the military; a phrase
    # that ends at the noun still codes it ("military junta" GOV, MIL)
    assert agent_sectors("military aid", headed=True) == []
    assert agent_sectors("military junta", headed=True)[:1] == ["GOV"]
    assert "MIL" in agent_sectors("military aid")  # the name reading keeps its modifiers


def test_a_states_military_aid_is_the_states(analyze_text):
    r = analyze_text("Aid\n\nThe White House froze U.S. military aid to Ruritania in "
                     "March, officials said on Monday.", published="2019-11-20")
    aid = [c for c in _codes(r) if "military aid" in c[0]]
    assert aid and all(sector != "MIL" for _, _, sector in aid)
    assert_offsets(r)


def test_the_public_of_a_country_is_its_civilians(analyze_text):
    # CAMEO's CVL: "civilians, the general public"
    r = analyze_text("Hearings\n\nLawmakers urged the American public to follow the "
                     "hearings on Tuesday.", published="2019-11-20")
    assert ("the American public", "USA", "CVL") in _codes(r)
    assert_offsets(r)


def test_a_counterpart_holds_the_owners_role_in_another_state(analyze_text):
    # "counterpart": one who holds the position of another; his = the verb's subject
    r = analyze_text("Talks\n\nPresident Donald Trump met his Chinese counterpart in New "
                     "York on Wednesday.", published="2019-09-25")
    assert ("his Chinese counterpart", "CHN", "GOV") in _codes(r)
    assert_offsets(r)
