"""Issue 18, round 17 (evs17): verbal acts with no coded mention on real news.  The
subject of a prepositional -ing adjunct and of a participle conjoined to a free
participle is the clause's subject; criticism of the public by a named person of unknown
sector is not words between private parties (docs/events.md).  Invented sentences."""

from __future__ import annotations

import pytest


def _types(report):
    return [(e.trigger.text, e.type, [(a.text, a.role) for a in e.actors])
            for e in report.events]


CONTROLLED = [
    # (sentence, trigger, type, source text)
    ("After blasting the Daily Courier for its coverage, Ramon Ortiz doubled down on his "
     "campaign message.", "blasting", "ACCUSE", "Ramon Ortiz"),
    ("Senator Maria Lopez spoke for an hour, criticizing and even threatening to sue her "
     "rivals.", "threatening", "THREATEN", "Maria Lopez"),
]


@pytest.mark.parametrize("sentence,trigger,type_,source", CONTROLLED)
def test_the_clause_subject_does_a_subject_controlled_adjunct(analyze_text, sentence,
                                                              trigger, type_, source):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2016-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and e.type == type_
             and happened(e)]
    assert found, _types(r)
    sources = [a.text for e in found for a in e.actors if a.role == "source"]
    assert any(source in s for s in sources), sources


PUBLIC = [
    # (sentence, shown as an ACCUSE)
    ("Ramon Ortiz has also criticized Catholic voters for not backing the senator.", True),
    ("Peruvian civilians criticized the new hotel chain.", False),
]


@pytest.mark.parametrize("sentence,shown", PUBLIC)
def test_criticism_of_the_public_by_a_named_person(analyze_text, sentence, shown):
    from wiretrace.render import happened

    r = analyze_text("Lima\n\n" + sentence, published="2016-03-01")
    found = [e for e in r.events if e.trigger.text == "criticized" and e.type == "ACCUSE"
             and happened(e)]
    assert bool(found) is shown, _types(r)


CALLED_OUT = [
    # (sentence, trigger, type): "call out X for Y" criticizes (criticism_verbs.yaml,
    # Merriam-Webster call out 3), it is not the request of "call for"
    ("Senator Ortiz called out Governor Lopez for his reliance on rehearsed talking points.",
     "called", "ACCUSE"),
    ("Senator Ortiz tripped up Governor Lopez by calling him out for his reliance on "
     "rehearsed talking points.", "calling", "ACCUSE"),
    ("Senator Ortiz called for the release of the prisoners.", "called", "REQUEST"),
]


@pytest.mark.parametrize("sentence,trigger,type_", CALLED_OUT)
def test_calling_out_for_a_reason_is_criticism(analyze_text, sentence, trigger, type_):
    r = analyze_text("Lima\n\n" + sentence, published="2016-03-01")
    assert [e.type for e in r.events if e.trigger.text == trigger and e.type] == [type_], \
        _types(r)


def test_a_request_in_an_adjunct_takes_no_subject_from_the_clause(analyze_text):
    # a request was read too at first; on a check set its one event was praise framed as
    # urging, so only criticism and threats take the clause's subject (coordinator)
    from wiretrace.render import happened

    r = analyze_text("Lima\n\nRamon Ortiz began by crediting Maria Lopez for her instincts "
                     "and urging her to keep following them.", published="2016-03-01")
    sources = [a.text for e in r.events if e.trigger.text == "urging" and happened(e)
               for a in e.actors if a.role == "source"]
    assert not any("Ortiz" in s for s in sources), _types(r)
