"""Issue 18, fifth round: senses and what an event needs, chosen by the object and the
construction (docs/events.md). Invented sentences, one table per rule."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(report, trigger):
    return [e for e in report.events if e.trigger.text == trigger and happened(e)]


INVESTIGATIONS = [
    # (sentence, trigger, shown as an investigation)
    ("Kenyan police are monitoring developments along the border.", "monitoring", False),
    ("The ministry is studying the proposal from the unions.", "studying", False),
    ("Kenyan police are investigating the killing of a reporter.", "investigating", True),
    ("Kenyan police are investigating the opposition leader.", "investigating", True),
    ("Kenyan police are investigating.", "investigating", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", INVESTIGATIONS)
def test_an_investigation_is_of_a_party_or_an_act(analyze_text, sentence, trigger, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.mode == "investigate"]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.mode) for e in r.events]


PREDICATE_NOMINALS = [
    # (sentence, trigger, shown): a noun that says what something is reports no event
    ("Kenya's decision to leave was a rejection of the peace plan.", "rejection", False),
    ("The vote was a clear rejection of Kenya by Uganda.", "rejection", False),
    ("The minister described the strike as an attack on workers.", "attack", False),
    ("The summit can be defined as a meeting of the region's democracies.", "meeting",
     False),
    ("It was the first visit by a Chinese leader to Kenya since 2019.", "visit", True),
    ("Kenya rejected the peace plan on Monday.", "rejected", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", PREDICATE_NOMINALS)
def test_a_predicate_nominal_is_no_event(analyze_text, sentence, trigger, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


STRIKES = [
    # (sentence, type of 'strike(s)'): armed force or a stoppage of work
    ("Israeli strikes hit Gaza on Monday.", "ASSAULT"),
    ("Russia launched missile strikes on Kyiv.", "ASSAULT"),
    ("Israel carried out strikes on Hamas targets.", "ASSAULT"),
    ("Kenyan teachers began a strike on Monday.", "PROTEST"),
    ("Kenyan nurses staged a strike over pay.", "PROTEST"),
]


@pytest.mark.parametrize("sentence,kind", STRIKES)
def test_a_strike_is_armed_force_by_its_weapon_aim_or_harm(analyze_text, sentence, kind):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text.lower().startswith("strike")]
    assert found and found[0].type == kind, [(e.trigger.text, e.type) for e in r.events]


INTENTS = [
    # (sentence, trigger, shown): an intent is AGREE or THREATEN only as it is expressed
    ("Kenya appears to be preparing to attack the rebels.", "preparing", False),
    ("Ethiopian officials intend to expel the diplomats.", "intend", False),
    ("The Kenyan ministry said it plans to visit Uganda.", "plans", True),
    ("Kenya plans to expel the Ugandan ambassador, the ministry said.", "plans", True),
    ("Kenya promised to hold talks with Uganda.", "promised", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", INTENTS)
def test_an_intent_is_coded_only_as_expressed(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


FUTURE_NOUNS = [
    # (sentence, trigger, shown): an event noun still to come has not happened
    ("The talks scheduled for next month between Kenya and Uganda were welcomed by the UN.",
     "talks", False),
    ("Next week's summit between Kenya and Uganda was welcomed by the UN.", "summit", False),
    ("Last week's summit between Kenya and Uganda was welcomed by the UN.", "summit", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", FUTURE_NOUNS)
def test_an_event_noun_still_to_come_has_not_happened(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2021-11-22")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type, e.factuality.tense)
                                                 for e in r.events]


def test_a_temporal_genitive_is_no_source(analyze_text):
    r = analyze_text("News\n\nLast week's summit between Kenya and Uganda was welcomed by "
                     "the UN.", published="2021-11-22")
    summit = next(e for e in r.events if e.trigger.text == "summit")
    assert not any(a.text.lower().startswith("last week") for a in summit.actors)


SENSES_BY_OBJECT = [
    # (sentence, trigger, shown)
    ("Kenya launched a rescue mission for the miners.", "launched", False),
    ("Kenya launched a peace mission to Somalia.", "launched", True),
    ("Kenya has hosted refugees from Somalia for decades.", "hosted", False),
    ("Kenya hosted Ugandan President Museveni on Monday.", "hosted", True),
    ("Kenya hosted a delegation from Uganda.", "hosted", True),
    ("Uganda has long supported the Kenyan opposition.", "supported", False),
    ("Uganda had always opposed the Kenyan plan.", "opposed", False),
    ("Uganda opposed the Kenyan plan at the summit on Monday.", "opposed", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", SENSES_BY_OBJECT)
def test_sense_by_object_and_aspect(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


FORCE = [
    # (sentence, trigger, shown as ASSAULT): force is used on people, places, property
    ("Kenya is battling inflation.", "battling", False),
    ("Kenya targeted growth of 6 percent.", "targeted", False),
    ("Kenya's president attacked the budget proposal.", "attacked", False),
    ("Kenya's government is struggling to contain the outbreak.", "struggling", False),
    ("Kenyan forces are struggling to stamp out the militants.", "struggling", True),
    ("Kenyan troops fought al-Shabab near the border.", "fought", True),
    # round 13: with no object, a 'with' phrase naming only a thing is no force
    ("Kenya's president is breaking with tradition by skipping the summit.", "breaking",
     False),
    ("The Kenyan parliament is wrestling with a new budget bill.", "wrestling", False),
    ("Kenya's president struggled with the criticism from Uganda.", "struggled", False),
    ("Kenyan troops clashed with Somali militants near the border.", "clashed", True),
    ("Kenyan police fought with stone-throwing youths in Nairobi.", "fought", True),
    ("Al-Shabab fighters attacked with machetes and guns in Lamu.", "attacked", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", FORCE)
def test_force_is_used_on_people_places_and_property(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "ASSAULT"]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]


CONSULTATIONS = [
    # (sentence, trigger, shown as CONSULT): round 13, talk is with a second party
    ("In a speech in Mombasa, Kenya's president barely discussed the primaries.",
     "discussed", False),
    ("In one email, Kenya's defence minister discussed how he had lost a note card.",
     "discussed", False),
    ("Kenyan Governor Tom Baker said he had learned by watching his brother.", "learned",
     False),
    ("Kenya's president discussed trade with Ugandan President Museveni on Monday.",
     "discussed", True),
    ("Kenya and Uganda discussed the border dispute on Monday.", "discussed", True),
    ("Kenyan officials consulted the Ugandan minister on Monday.", "consulted", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", CONSULTATIONS)
def test_talk_is_a_consultation_only_with_someone(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "CONSULT"]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]


MEET_AND_FIRE = [
    # (sentence, trigger, shown)
    ("Kenya met the deadline for the report.", "met", False),
    ("Kenya's president met Uganda's leader in Nairobi.", "met", True),
    ("Kenya's president fired the interior minister.", "fired", False),
    ("Kenyan police fired on protesters in Nairobi.", "fired", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", MEET_AND_FIRE)
def test_meeting_and_firing_by_their_object(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


CONCESSIONS = [
    # (sentence, trigger, shown): yielding is to a party or to what it asks
    ("The Kenyan parliament approved a new security law on Tuesday.", "approved", False),
    ("Kenyan lawmakers passed legislation on Wednesday.", "passed", False),
    ("The Kenyan government approved the release of the Ugandan prisoners.", "approved",
     True),
]


@pytest.mark.parametrize("sentence,trigger,shown", CONCESSIONS)
def test_a_concession_is_made_to_someone(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    assert bool(_shown(r, trigger)) is shown, [(e.trigger.text, e.type) for e in r.events]


PLACES_BEFORE_EVENTS = [
    # (sentence, trigger, a source that must not be there, a source that must)
    ("Kenya condemned the Mombasa attack on Monday.", "attack", "Mombasa", None),
    ("Kenya condemned the Nairobi bombing on Monday.", "bombing", "Nairobi", None),
    ("Washington sanctions hit Ankara hard.", "sanctions", None, "Washington"),
]


@pytest.mark.parametrize("sentence,trigger,absent,present", PLACES_BEFORE_EVENTS)
def test_a_town_before_an_event_noun_is_its_place(analyze_text, sentence, trigger, absent,
                                                 present):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    ev = next(e for e in r.events if e.trigger.text == trigger)
    sources = {a.text for a in ev.actors if a.role == "source"}
    if absent:
        assert absent not in sources
    if present:
        assert present in sources


DENIALS = [
    # (sentence, trigger, shown as REJECT): denying an accusation rejects it (PETRARCH2's
    # REFUSE block, code 016); denying a fact in a clause, or denying someone entry, not
    ("The Taliban denied involvement in the attack on the school.", "denied", True),
    ("Moscow denied the report on Tuesday.", "denied", True),
    ("Kenya denied all the charges of corruption.", "denied", True),
    ("Uganda refuted the allegations made by Kenya.", "refuted", True),
    ("Kenya has not denied the reports.", "denied", False),
    ("Kenya denied that its planes bombed the village.", "denied", False),
    ("Kenya denied that the drought had worsened.", "denied", False),
    ("Kenya denied access to the camp.", "denied", False),
]


@pytest.mark.parametrize("sentence,trigger,shown", DENIALS)
def test_denying_an_accusation_rejects_it(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "REJECT"]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]


SLAMS = [
    # (sentence, trigger, shown as ACCUSE): 'slam' criticizes a party, not a door or a car
    ("Kenya slammed Uganda for the attack.", "slammed", True),
    ("Kenya slammed the opposition over the violence.", "slammed", True),
    ("The Kenyan minister slammed the door.", "slammed", False),
    ("A Kenyan bus slammed into a truck.", "slammed", False),
]


@pytest.mark.parametrize("sentence,trigger,shown", SLAMS)
def test_slamming_a_party_criticizes_it(analyze_text, sentence, trigger, shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in _shown(r, trigger) if e.type == "ACCUSE"]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]


BARE_DEFAULTS = [
    # (sentence, trigger, type, shown): PETRARCH2's bare defaults need what the dictionary
    # gives them.  060 cooperation needs a partner:
    ("The Kenyan government established a new ministry on Monday.", "established",
     "COOPERATE", False),
    ("The Kenyan government manages the port of Mombasa.", "manages", "COOPERATE", False),
    ("Kenya expanded its border programme with Uganda on Monday.", "expanded", "COOPERATE", True),
    ("Kenya expanded its border programme on Monday.", "expanded", "COOPERATE", False),
    # DEFEND protects people and places; a law or an economy defended is no protection:
    ("Kenya defended the new law on Monday.", "defended", "AID", False),
    ("Kenya protected the economy.", "protected", "AID", False),
    ("Kenyan troops protected the refugees.", "protected", "AID", True),
    # VERBAL_CONFLICT (110) disapproves of something named:
    ("Kenyan officials almost competed for passengers to process.", "competed", "ACCUSE", False),
    ("Kenya disputed the claim on Monday.", "disputed", "ACCUSE", True),
    ("Kenya argued with Uganda over the border.", "argued", "ACCUSE", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", BARE_DEFAULTS)
def test_bare_defaults_need_their_object(analyze_text, sentence, trigger, type_, shown):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == type_]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]
