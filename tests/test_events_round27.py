"""Issue 18, round 27 (ev27): force between individuals with no harm named is words or
nothing; a for-to clause's subject is the party a call asks.  Invented sentences."""

from __future__ import annotations

from .conftest import events_at, role_texts


def test_one_person_attacking_another_in_words_is_accuse(analyze_text):
    # the attacker is the subject of 'began', the controlling verb: no party is a group
    # and no harm is named, so PLOVER's physical ASSAULT does not fit
    [ev] = events_at(analyze_text, "Mr. Lawson began attacking Martha Quill, Senator Quill's "
                     "wife, at a rally in Ohio.", "attacking")
    assert ev.type == "ACCUSE"
    assert role_texts(ev, "target") == ["Martha Quill"]


def test_a_campaign_battle_with_a_person_is_no_force(analyze_text):
    found = events_at(analyze_text, "Governor Okafor won the primary narrowly after a long and "
                      "bitter battle with Senator Ruth Adler of Ohio.", "battle")
    assert all(e.type is None for e in found)


def test_force_by_a_person_with_harm_named_stays_force(analyze_text):
    [ev] = events_at(analyze_text, "Mr. Lawson attacked Martha Quill with a knife, and she "
                     "was taken to hospital.", "attacked")
    assert ev.type == "ASSAULT"


def test_force_by_a_group_on_a_person_stays_force(analyze_text):
    [ev] = events_at(analyze_text, "Rebels attacked Governor Martin Ode near the border.",
                     "attacked")
    assert ev.type == "ASSAULT"


def test_for_to_subject_is_the_party_asked(analyze_text):
    [ev] = events_at(analyze_text, "Senator Okafor is calling for Canada to expand its naval "
                     "patrols against the smuggling rings.", "calling")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "target") == ["Canada"]


def test_a_passive_for_to_clause_names_no_party_asked(analyze_text):
    [ev] = events_at(analyze_text, "Mr. Lawson has called for the Islamic State's strongholds "
                     "in Syria to be hit even harder.", "called")
    assert ev.type == "REQUEST"
    assert role_texts(ev, "target") == []


def test_a_passive_obligation_on_no_act_asks_no_one(analyze_text):
    # the one obliged is unsaid and what is to be done is no act PLOVER codes
    found = events_at(analyze_text, "Mogadishu argues its sea border with Kenya should be "
                      "extended along the same line as its land border.", "extended")
    assert all(e.type != "REQUEST" for e in found)


def test_a_passive_obligation_on_a_coded_act_is_a_request(analyze_text):
    [ev] = events_at(analyze_text, "The sanctions must be lifted, the Iranian foreign minister "
                     "said.", "lifted")
    assert ev.type == "REQUEST"


def test_a_thing_that_should_have_parts_asks_no_one(analyze_text):
    found = events_at(analyze_text, "\u201cCanada must act now, and the plan should have "
                      "four clear parts,\u201d Senator Okafor said on Thursday.",
                      "have")
    assert all(e.type != "REQUEST" for e in found)


def test_a_warning_of_ones_own_plight_is_no_threat(analyze_text):
    found = events_at(analyze_text, "The city has been warning for weeks that it is short of "
                      "fuel, the mayor of Tarnow said.", "warning")
    assert all(e.type != "THREATEN" for e in found)


def test_a_warning_of_what_one_will_do_is_a_threat(analyze_text):
    [ev] = events_at(analyze_text, "Iran warned that it would close the strait.", "warned")
    assert ev.type == "THREATEN"


def test_a_visit_to_a_broadcaster_is_no_consultation(analyze_text):
    found = events_at(analyze_text, "Senator Peter Vance visited CNN on Tuesday to discuss his "
                      "remarks about Governor Dunmore.", "visited")
    assert all(e.type != "CONSULT" for e in found)


def test_a_visit_to_a_state_is_a_consultation(analyze_text):
    [ev] = events_at(analyze_text, "President Putin visited China on Tuesday.", "visited")
    assert ev.type == "CONSULT"


def test_a_plan_another_outlet_reports_is_no_pledge(analyze_text):
    found = events_at(analyze_text, "Reuters reported Sunday that Ann Keller was planning to "
                      "ask the minister to publish the audit.", "planning")
    assert all(e.type != "AGREE" for e in found)


def test_a_plan_analysts_ascribe_is_no_pledge(analyze_text):
    found = events_at(analyze_text, "Chinese officials probably intend to use the law to make "
                      "foreign vessels leave the sea, experts say.", "intend")
    assert all(e.type != "AGREE" for e in found)


def test_a_passive_obligation_on_a_party_is_a_request(analyze_text):
    # the party to undergo it is named, though the act is one no table codes
    [ev] = events_at(analyze_text, "The Harbor Trust must be immediately shut down, "
                     "Governor Martin Ode stated.", "shut")
    assert ev.type == "REQUEST"


def test_an_editorial_demand_of_someone_is_no_journalism():
    from wiretrace.model import EventActor
    from wiretrace.nlp.events.coder import _media_contact
    from wiretrace.nlp.events.coding import Coding

    papers = EventActor(role="source", start=0, end=4, text="They", sector="MED", country="USA")
    him = EventActor(role="target", start=20, end=23, text="him")
    assert not _media_contact([papers, him], Coding("REQUEST", None, "100"))
    assert _media_contact([papers], Coding("REQUEST", None, "100"))  # "asked for an interview"
    assert _media_contact([papers, him], Coding("CONSULT", None, "040"))  # an interview


def test_a_party_pressing_the_press_is_no_journalism():
    from wiretrace.model import EventActor
    from wiretrace.nlp.events.coder import _media_contact
    from wiretrace.nlp.events.coding import Coding

    state = EventActor(role="source", start=0, end=5, text="China", country="CHN")
    cnn = EventActor(role="target", start=20, end=23, text="CNN", sector="MED", country="USA")
    assert not _media_contact([state, cnn], Coding("REQUEST", None, "100"))
    assert _media_contact([state, cnn], Coding("CONSULT", None, "040"))  # an interview
