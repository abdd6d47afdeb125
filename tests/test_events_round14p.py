"""Issue 18, round 14 (event precision): campaign rallies are no PROTEST, election
results no force or arrest, campaigning no REQUEST, verbal attacks ACCUSE, a trip at home
no CONSULT, a released record no RETREAT (campaign_events.yaml, plover_verbs.yaml;
docs/quality.md "Round 14: event precision").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str, type_: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    return [e for e in r.events if e.trigger.text == trigger and e.type == type_
            and happened(e)]


CASES = [
    # (sentence, trigger, type, shown)
    # a candidate's own rally is a campaign event (PLOVER 3.12: protests against someone)
    ("Senator Tom Kellerman held a rally in Dayton on Tuesday.", "held", "PROTEST", False),
    ("Senator Tom Kellerman held a rally in Dayton on Tuesday.", "rally", "PROTEST", False),
    ("Kellerman spoke at a campaign rally in Dayton.", "rally", "PROTEST", False),
    ("Protesters disrupted Kellerman's rallies in Ohio.", "rallies", "PROTEST", False),
    ("Kellerman has rallied thousands of voters with his promises.", "rallied", "PROTEST",
     False),
    ("Thousands of students rallied against the new tuition law in Nairobi.", "rallied",
     "PROTEST", True),
    ("Students held a rally to protest the verdict in Nairobi.", "rally", "PROTEST", True),
    # election results
    ("Governor Ann Mallory defeated Senator Tom Kellerman in the state's primary on "
     "Tuesday.", "defeated", "ASSAULT", False),
    ("Senator Tom Kellerman has captured Texas and Oklahoma.", "captured", "COERCE", False),
    ("Senator Tom Kellerman captured 1,200 delegates before the convention.", "captured",
     "COERCE", False),
    ("Seleka rebels captured the Kenyan town of Garissa on Monday.", "captured", "COERCE",
     True),
    # campaigning for office is no demand
    ("Senator Tom Kellerman campaigned with Governor Ann Mallory in Ohio.", "campaigned",
     "REQUEST", False),
    # a released record is no release of persons
    ("Kellerman's campaign released her medical records on Monday.", "released", "RETREAT",
     False),
    ("Iran released the ten American sailors on Wednesday.", "released", "RETREAT", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", CASES)
def test_campaign_readings(analyze_text, sentence, trigger, type_, shown):
    found = _shown(analyze_text, sentence, trigger, type_)
    assert bool(found) is shown, sentence


VERBAL = [
    ("Mallory has often been the target of Kellerman's Twitter attacks.", "attacks"),
    ("Senator Tom Kellerman blasted the FBI for its decision.", "blasted"),
    ("Senator Tom Kellerman hit Governor Ann Mallory over her husband's trade policies.",
     "hit"),
    ("Senator Tom Kellerman attacked Governor Ann Mallory, calling her a failure.",
     "attacked"),
]


@pytest.mark.parametrize("sentence,trigger", VERBAL)
def test_verbal_attacks_are_accusations(analyze_text, sentence, trigger):
    assert _shown(analyze_text, sentence, trigger, "ACCUSE"), sentence
    assert not _shown(analyze_text, sentence, trigger, "ASSAULT"), sentence


def test_force_stays_force(analyze_text):
    sentence = "The police shot three protesters in Kampala for hours."
    assert _shown(analyze_text, sentence, "shot", "ASSAULT")


HOME = [
    ("Senator Bernie Sanders visited Missouri on Saturday.", "visited", False),
    ("President Barack Obama arrived in Orlando on Thursday.", "arrived", False),
    ("Russian President Vladimir Putin visited China last week.", "visited", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", HOME)
def test_a_trip_at_home_is_no_visit(analyze_text, sentence, trigger, shown):
    assert bool(_shown(analyze_text, sentence, trigger, "CONSULT")) is shown, sentence


DEFENCE = [
    ("Vice President Joe Biden defended Senator Bernie Sanders as a mainstream candidate.",
     "SUPPORT"),
    ("Kenya's envoy defended the Nairobi treaty with Uganda, saying relations are peaceful.",
     "SUPPORT"),
]


@pytest.mark.parametrize("sentence,type_", DEFENCE)
def test_defending_in_words_is_support(analyze_text, sentence, type_):
    assert _shown(analyze_text, sentence, "defended", type_), sentence
    assert not _shown(analyze_text, sentence, "defended", "AID"), sentence
