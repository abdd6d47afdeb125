"""Issue 18, round 34: a verb coded by its CAMEO lemma alone (route ``cameo_verb``) where
the PETRARCH2 dictionary's own patterns say its default does not apply (docs/events.md,
"Routes"; docs/quality.md round 34). Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _check(analyze_text, sentence: str, trigger: str, type_: str, shown: bool) -> None:
    """The sentence, in a Kenyan story, codes (``shown``) or not a happened event of that
    type on that trigger."""
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == type_
             and happened(e)]
    assert bool(found) is shown, [(e.trigger.text, e.type, e.route) for e in r.events]


PAIRS = [
    # (sentence, trigger, type, shown): an object that fits a pattern PETRARCH2 codes as a
    # pair of another category (PAY * VISIT 042:043, COORDINATE * EFFORTS 060:060) leaves
    # the block's default uncoded; a pair of the verb's own category keeps it
    ("The Kenyan minister paid a visit to the prison in Nairobi.", "paid", "COOPERATE", False),
    ("The Kenyan general coordinated efforts against the militants.", "coordinated", "SUPPORT",
     False),
    ("Kenya coordinated efforts with Uganda on Monday.", "coordinated", "SUPPORT", False),
    ("Kenya coordinated with Uganda on the border.", "coordinated", "SUPPORT", True),
    ("The Kenyan minister attended a meeting with Ugandan officials.", "attended", "CONSULT",
     True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", PAIRS)
def test_a_pair_pattern_of_another_act_leaves_the_default(analyze_text, sentence, trigger,
                                                         type_, shown):
    _check(analyze_text, sentence, trigger, type_, shown)


EMOTIONS = [
    # (sentence, trigger, type, shown): a verb of causing an emotion of PETRARCH2's
    # ENCOURAGE block (event_verbs.yaml uncoded) moves its object, it praises no one
    ("The jobs report cheered Kenyan officials on Monday.", "cheered", "SUPPORT", False),
    ("Kenya's victory has inspired the whole region.", "inspired", "SUPPORT", False),
    ("The Kenyan president roused the crowd in Nairobi.", "roused", "SUPPORT", False),
    ("Kenya praised Uganda for its help on Monday.", "praised", "SUPPORT", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", EMOTIONS)
def test_a_verb_of_causing_an_emotion_praises_no_one(analyze_text, sentence, trigger, type_,
                                                      shown):
    _check(analyze_text, sentence, trigger, type_, shown)


OBJECTS = [
    # (sentence, trigger, type, shown): a CAMEO sense that is transitive only
    # (plover_verbs.yaml needs_object) is another sense without an object
    ("Clinics in Kenya charge less than hospitals in Uganda.", "charge", "ACCUSE", False),
    ("Kenyan hospitals yet charge less, the ministry said on Monday.", "charge", "ACCUSE",
     False),
    ("Kenyan police charged the opposition leader with treason.", "charged", "ACCUSE", True),
    ("Kenyan prosecutors charged that the minister stole the money.", "charged", "ACCUSE",
     True),
    ("Militants killed and wounded dozens of Kenyan soldiers.", "wounded", "ASSAULT", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", OBJECTS)
def test_a_transitive_sense_needs_its_object(analyze_text, sentence, trigger, type_, shown):
    _check(analyze_text, sentence, trigger, type_, shown)


ESTEEM = [
    # (sentence, trigger, type, shown): a verb of esteem in the simple present holds an
    # attitude (plover_verbs.yaml stance_verbs); in the past, or a verb of praise, voices one
    ("Many Kenyans say they admire the Ugandan president.", "admire", "SUPPORT", False),
    ("The Kenyan minister appreciates the help of Uganda.", "appreciates", "SUPPORT", False),
    ("The Kenyan minister praised Uganda on Monday.", "praised", "SUPPORT", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", ESTEEM)
def test_a_verb_of_esteem_in_the_present_holds_an_attitude(analyze_text, sentence, trigger,
                                                           type_, shown):
    _check(analyze_text, sentence, trigger, type_, shown)
