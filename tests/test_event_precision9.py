"""Issue 18, ninth round (precision): a transcript's speaker label is not the subject,
engaging in an activity is force only when the activity is, and verbal acts between
private parties are no political event (docs/events.md). Invented sentences, one table
per rule."""

from __future__ import annotations

import pytest


def _types(report):
    return [(e.trigger.text, e.type, e.mode) for e in report.events]


LABELS = [
    # (sentence, trigger, source text)
    ("VOA: Chile's President Gabriel Boric recently visited Peru after he began his term.",
     "visited", "President"),
    ("Reuters: Peru's foreign minister visited Bolivia last week.", "visited",
     "minister"),
]


@pytest.mark.parametrize("sentence,trigger,source", LABELS)
def test_a_speaker_label_is_not_the_subject(analyze_text, sentence, trigger, source):
    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger]
    assert found, _types(r)
    sources = [a.text for e in found for a in e.actors if a.role == "source"]
    assert any(source in s for s in sources), sources
    assert not any(s in ("VOA", "Reuters") for s in sources), sources


ENGAGED = [
    # (sentence, trigger, shown as an ASSAULT)
    ("The Peruvian army continues to engage in such activity, the minister said.", "engage",
     False),
    ("Peruvian troops engaged in fighting with rebels near the border.", "engaged", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", ENGAGED)
def test_engaging_in_an_activity_is_force_only_when_it_is(analyze_text, sentence, trigger,
                                                          shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == "ASSAULT"
             and happened(e)]
    assert bool(found) is shown, _types(r)


PRIVATE = [
    # (sentence, trigger, type, shown): verbal acts need a state or a political body
    ("Peruvian businessmen criticized the new hotel chain.", "criticized", "ACCUSE", False),
    ("Peruvian civilians criticized the new hotel chain.", "criticized", "ACCUSE", False),
    ("Peruvian civilians accused Chilean businessmen of fraud.", "accused", "ACCUSE", False),
    ("Peruvian civilians accused the Chilean government of fraud.", "accused", "ACCUSE",
     True),
    ("Peruvian businessmen met Chilean officials in Lima.", "met", "CONSULT", True),
    ("Peruvian civilians protested outside the ministry.", "protested", "PROTEST", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", PRIVATE)
def test_words_between_private_parties_are_no_political_event(analyze_text, sentence,
                                                              trigger, type_, shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == type_
             and happened(e)]
    assert bool(found) is shown, _types(r)


VISITS = [
    # (sentence, shown as a CONSULT)
    ("More than two million Chilean tourists visited Peru last year.", False),
    ("Chilean officials visited Peru last year.", True),
]


@pytest.mark.parametrize("sentence,shown", VISITS)
def test_a_visit_by_private_parties_is_travel(analyze_text, sentence, shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == "visited" and e.type == "CONSULT"
             and happened(e)]
    assert bool(found) is shown, _types(r)


QUALITIES = [
    # (sentence, trigger, shown)
    ("Chin said the Peruvians are friendly and accepting.", "accepting", False),
    ("Chin said Peru is friendly and accepting the refugees.", "accepting", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", QUALITIES)
def test_a_participle_beside_a_predicate_adjective_is_a_quality(analyze_text, sentence,
                                                                trigger, shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert bool(found) is shown, _types(r)


GENERIC = [
    # (sentence, trigger, shown)
    ("The Peruvian army denied involvement, saying it condemns any violence against "
     "civilians.", "condemns", False),
    ("The Peruvian government condemns any violence against civilians.", "condemns",
     False),
    ("Lima opposes all forms of foreign interference, the minister said.", "opposes",
     False),
    ("Peru's government condemned the attack on the Chilean embassy.", "condemned", True),
    ("The Peruvian government condemns the attack on its embassy.", "condemns", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", GENERIC)
def test_any_act_of_a_kind_in_the_present_is_a_stance(analyze_text, sentence, trigger,
                                                      shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert bool(found) is shown, _types(r)
