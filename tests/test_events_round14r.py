"""Issue 18, round 14 (event recall): nouns that name an event only with the word that
says what was done (event_noun_phrases.yaml, nlp/events/noun_phrases.py). Invented
sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

PHRASES = [
    # (sentence, trigger, type shown, source): a modifier or an 'of' object names the act
    ("Officials pointed to Beijing's punitive measures against Canberra.", "measures",
     "SANCTION", "Beijing"),
    ("Oslo condemned Moscow's retaliatory measures against Helsinki.", "measures",
     "SANCTION", "Moscow"),
    ("Russia has stepped up deliveries of weapons to Syria.", "deliveries", "AID",
     "Russia"),
    # the general noun alone, or with another modifier or object, names no event
    ("The ministry announced new security measures at airports.", "measures", None, None),
    ("The transfer of power in Accra was peaceful.", "transfer", None, None),
    ("The bank completed the transfer of funds to the firm.", "transfer", None, None),
]


@pytest.mark.parametrize("sentence,trigger,shown_type,source", PHRASES)
def test_a_noun_named_by_its_modifier_or_object(analyze_text, sentence, trigger, shown_type,
                                                source):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    shown = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert [e.type for e in shown] == ([shown_type] if shown_type else []), \
        [(e.type, e.trigger.text) for e in shown]
    if source:
        assert [a.text for a in shown[0].actors if a.role == "source"] == [source]


MEETINGS = [
    # (sentence, trigger, sources shown or None): a meeting in an adjunct of a verb of
    # communication or agreement is its subject's (plover_verbs.yaml adjunct_agents)
    ("In May, the Nordic leaders agreed at a summit to share radar data.", "summit",
     ["Nordic leaders"]),
    ("Macron said during talks with Scholz that trade would grow.", "talks",
     ["Macron", "Scholz"]),
    # other verbs take no part in the meeting
    ("Protesters gathered at the summit in Brussels.", "summit", None),
    ("Police arrested twenty people at the meeting.", "meeting", None),
]


@pytest.mark.parametrize("sentence,trigger,sources", MEETINGS)
def test_a_meeting_in_an_adjunct_is_the_speakers(analyze_text, sentence, trigger, sources):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    shown = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    if sources is None:
        assert shown == [], [(e.type, e.trigger.text) for e in shown]
        return
    assert [e.type for e in shown] == ["CONSULT"]
    found = [a.text for a in shown[0].actors if a.role == "source"]
    assert all(any(s in f for f in found) for s in sources), found


PRAISED = [
    # (sentence, shown type): praise of what a named party did or showed praises the party
    ("Senator Ortiz praised Governor Lindqvist's courage during the floods.", "SUPPORT"),
    ("The mayor praised her own record.", None),
]


@pytest.mark.parametrize("sentence,shown_type", PRAISED)
def test_praise_of_a_named_partys_deed(analyze_text, sentence, shown_type):
    r = analyze_text("Nairobi\n\n" + sentence, published="2022-03-01")
    shown = [e.type for e in r.events if e.trigger.text == "praised" and happened(e)]
    assert shown == ([shown_type] if shown_type else []), shown


def test_a_relative_pronoun_object_stands_for_its_antecedent(analyze_text):
    # "denied" + an accusation or report is REJECT (plover_verbs.yaml objects); in a
    # relative clause its object is the relative pronoun, standing for the antecedent
    r = analyze_text("Nairobi\n\nThe panel published a report which Moscow denied.",
                     published="2022-03-01")
    shown = [e.type for e in r.events if e.trigger.text == "denied" and happened(e)]
    assert shown == ["REJECT"], shown
