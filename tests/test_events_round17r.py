"""Round 17 (h-evr17), requests and consultations missed on web news: PETRARCH2's appeal
patterns (CAMEO 02x) on verbs of asking read as REQUEST, the party after 'from' as the one
asked, and a conversation between parties as their consultation.  Invented sentences."""

from __future__ import annotations

from wiretrace.render import happened


def _events(analyze_text, text, trigger):
    r = analyze_text(text, published="2021-05-04")
    return [e for e in r.events if e.trigger.text == trigger]


def _roles(event, role):
    return [a.text for a in event.actors if a.role == role]


def test_seeking_an_extradition_is_a_request_of_the_party_asked(analyze_text):
    found = _events(analyze_text, "Portugal is seeking the banker's extradition from "
                    "Brazil over the collapse of the fund.", "seeking")
    assert found and found[0].type == "REQUEST" and happened(found[0])
    assert found[0].cameo == "1013"  # SEEK * EXTRADITION 0213, judicial cooperation
    assert _roles(found[0], "source") == ["Portugal"]
    assert _roles(found[0], "target") == ["Brazil"]
    # the bare appeal (020) is mostly a place sought; the blocks' other verbs ask no one
    for text, trigger in (("Villagers in Mozambique sought shelter from the storm.", "sought"),
                          ("Kenyan farmers needed help after the drought.", "needed")):
        assert not any(happened(e) for e in _events(analyze_text, text, trigger)), text


def test_the_party_after_from_is_the_one_asked(analyze_text):
    found = _events(analyze_text, "Chile demanded an apology from Peru on Monday.",
                    "demanded")
    assert found and found[0].type == "REQUEST"
    assert _roles(found[0], "target") == ["Peru"]
    assert "an apology" in _roles(found[0], "other")


def test_asking_for_aid_from_a_party(analyze_text):
    found = _events(analyze_text, "Malawi asked for emergency aid from the World Bank "
                    "after the floods.", "asked")
    assert found and found[0].type == "REQUEST" and happened(found[0])
    assert _roles(found[0], "target") == ["World Bank"]


def test_a_conversation_between_parties_is_a_consultation(analyze_text):
    found = _events(analyze_text, "A diplomat witnessed a conversation in Lisbon between "
                    "Antonio Costa and Pedro Sanchez.", "conversation")
    assert found and found[0].type == "CONSULT" and happened(found[0])
    assert set(_roles(found[0], "source")) == {"Antonio Costa", "Pedro Sanchez"}
    assert set(_roles(found[0], "target")) == {"Antonio Costa", "Pedro Sanchez"}
    found = _events(analyze_text, "In a conversation with journalists, Antonio Costa said "
                    "the budget was sound.", "conversation")
    assert not any(e.type for e in found)  # an interview: no parties 'between'


def test_asking_for_an_act_is_a_request_of_it(analyze_text):
    found = _events(analyze_text, "Belarus is seeking trade and military assistance from "
                    "Kazakhstan, officials said.", "seeking")
    assert found and found[0].type == "REQUEST" and happened(found[0])
    assert found[0].mode == "assist"  # the act asked for is aid (PLOVER REQUEST modes)
    assert _roles(found[0], "target") == ["Kazakhstan"]
    # asking for what is no act PLOVER codes is no request
    found = _events(analyze_text, "The Liberal Party sought re-election in Quebec.", "sought")
    assert not any(happened(e) for e in found)
