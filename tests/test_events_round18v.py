"""Issue 18, round 18 (ev18): verbal attacks and apologies on campaign news.  A clash
whose sides are persons, a party's attacks and an attack noun with a participle of
speech on its verb are criticism (ACCUSE), not force; a statement's participle of
apology is its author's apology (SUPPORT 055); a PETRARCH2 pattern's words after the
object are read in its noun phrase, not in a clause on it (docs/events.md).  Invented
sentences."""

from __future__ import annotations

import pytest


def _types(report):
    return [(e.trigger.text, e.type, [(a.text, a.role) for a in e.actors])
            for e in report.events]


def _shown(analyze_text, sentence):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2016-03-01")
    return r, [e for e in r.events if happened(e)]


VERBAL = [
    # (sentence, trigger, type shown)
    ("The Kennedy family has clashed with Senator Peter Johnson over the nomination.",
     "clashed", "ACCUSE"),
    ("Senator Maria Lopez clashed with Governor Ramon Ortiz over the budget at the "
     "debate in Lima.", "clashed", "ACCUSE"),
    ("Senator Maria Lopez held a news conference in which she continued her assault on "
     "Governor Ortiz, mocking his record.", "assault", "ACCUSE"),
    ("The senator deflected Republican attacks on his loyalty during the hearing.",
     "attacks", "ACCUSE"),
    # guards: clashes of groups and attacks by armed groups stay force
    ("Police clashed with protesters outside the ministry in Lima.", "clashed", "ASSAULT"),
    ("Ramon Ortiz clashed with police officers at the border crossing.", "clashed",
     "ASSAULT"),
    ("The army continued its assault on the rebels, shelling their positions.", "assault",
     "ASSAULT"),
]


@pytest.mark.parametrize("sentence,trigger,type_", VERBAL)
def test_force_between_persons_and_parties_in_words(analyze_text, sentence, trigger, type_):
    r, shown = _shown(analyze_text, sentence)
    assert [e.type for e in shown if e.trigger.text == trigger] == [type_], _types(r)


def test_a_statement_apologizing_is_its_authors_apology(analyze_text):
    r, shown = _shown(analyze_text, "At the chair's direction, the Peruvian Interior Ministry "
                      "issued a statement apologizing to Chilean officials for the delays.")
    found = [e for e in shown if e.trigger.text == "apologizing"]
    assert [e.type for e in found] == ["SUPPORT"], _types(r)
    roles = {(a.role, a.text) for a in found[0].actors}
    assert ("source", "Peruvian Interior Ministry") in roles or \
        ("source", "the Peruvian Interior Ministry") in roles, roles
    assert any(role == "target" and "Chilean officials" in text for role, text in roles), roles
    assert not [e for e in r.events if e.trigger.text == "issued" and e.type], _types(r)


STATEMENTS = [
    # (sentence, the triggers coded REQUEST): "* STATEMENT (FOR)" 101 is a statement for
    # something, not a 'for' inside a participle clause on the statement
    ("The Peruvian Interior Ministry issued a statement thanking Chilean officials "
     "for the help.", []),
    ("The Peruvian Interior Ministry issued a statement calling for the release of the "
     "prisoners.", ["calling"]),
]


@pytest.mark.parametrize("sentence,requests", STATEMENTS)
def test_a_pattern_word_inside_a_clause_on_the_object(analyze_text, sentence, requests):
    r = analyze_text("Lima\n\n" + sentence, published="2016-03-01")
    assert [e.trigger.text for e in r.events if e.type == "REQUEST"] == requests, _types(r)


NO_EVENT = [
    # (sentence, trigger, shown): readings that are no event of the trigger's type
    ("Senator Maria Lopez was already tightening her grip on the Democratic race in Lima.",
     "tightening", False),
    ("The government tightened its grip on the capital after the coup.", "tightened", True),
    ("Mr. Ortiz settled in a chair behind her, turning back to smile at the crowd.",
     "settled", False),
    ("Senator Lopez continued: 'The worst attack ever in this country?'", "attack", False),
    ("The rebels continued their attacks on the army in the north.", "attacks", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", NO_EVENT)
def test_readings_that_are_no_event(analyze_text, sentence, trigger, shown):
    r, found = _shown(analyze_text, sentence)
    assert bool([e for e in found if e.trigger.text == trigger]) is shown, _types(r)


OBSTRUCTION = [
    # (sentence, type shown at 'surrounded'): civilians surrounding a place to protest
    # obstruct passage (CAMEO 144, PROTEST); troops doing so use force
    ("Several thousand teachers surrounded the Peruvian Congress on Tuesday to call for "
     "better pay from the government.", "PROTEST"),
    ("Troops surrounded the parliament to demand the president's resignation.", "ASSAULT"),
]


@pytest.mark.parametrize("sentence,type_", OBSTRUCTION)
def test_civilians_surrounding_a_place_in_protest(analyze_text, sentence, type_):
    r, shown = _shown(analyze_text, sentence)
    assert [e.type for e in shown if e.trigger.text == "surrounded"] == [type_], _types(r)


VISITS = [
    # (sentence, shown): a visit to a natural feature named as such has no host
    ("She brandished a few local touches, describing her christening at the Methodist "
     "church, recalling summer visits to Lake Harmony and detailing her grandfather's "
     "time at the mill.", False),
    ("Senator Lopez visited Peru in May.", True),
]


@pytest.mark.parametrize("sentence,shown", VISITS)
def test_a_visit_to_a_natural_feature(analyze_text, sentence, shown):
    r, found = _shown(analyze_text, sentence)
    assert bool([e for e in found if e.lemma == "visit"]) is shown, _types(r)


PRAISE = [
    # (sentence, shown): a kin noun as the possessor of what is praised names a person
    # (a senator since round 29: praise by a person no dictionary codes, by the verb's
    # lemma alone, is gated, route_gates.yaml)
    ("Senator Ortiz also praised his younger brother's deep and genuine faith at the rally "
     "in Lima.", True),
    ("Senator Ortiz also praised his own deep faith at the rally in Lima.", False),
]


@pytest.mark.parametrize("sentence,shown", PRAISE)
def test_praise_of_a_relatives_quality(analyze_text, sentence, shown):
    r, found = _shown(analyze_text, sentence)
    assert bool([e for e in found if e.trigger.text == "praised" and e.type == "SUPPORT"]) \
        is shown, _types(r)


SELF = [
    # (sentence, shown): a consultation with oneself consults no one
    ("Former President Ortiz inserted himself into the 2020 primary in recent days by "
     "warning candidates against moving too far to the left.", False),
    ("Former President Ortiz met Peruvian officials in Lima on Tuesday.", True),
]


@pytest.mark.parametrize("sentence,shown", SELF)
def test_a_consultation_with_oneself(analyze_text, sentence, shown):
    r, found = _shown(analyze_text, sentence)
    assert bool([e for e in found if e.type == "CONSULT"]) is shown, _types(r)
