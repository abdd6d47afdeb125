"""Issue 18, round 15 (event precision): more marks of verbal attacks (ACCUSE, not
ASSAULT), counterfactuals ("would have invaded") and poll opinions are no events
(campaign_events.yaml, event_readings.yaml; docs/quality.md "Round 15: event
precision").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str, type_: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    return [e for e in r.events if e.trigger.text == trigger and e.type == type_
            and happened(e)]


VERBAL = [
    ("Senator Tom Kellerman attacked the water tax as a betrayal of rural voters.",
     "attacked"),
    ("Kellerman's caustic attacks on Islam alarmed the generals.", "attacks"),
    ("Of all the candidates, Mr. Kellerman has been the harshest in his attacks on "
     "Governor Ann Mallory.", "attacks"),
    ("Senator Tom Kellerman ripped into Governor Ann Mallory on Tuesday.", "ripped"),
    ("Governor Ann Mallory was viciously attacked by Tom Kellerman at the Democratic "
     "Convention.", "attacked"),
    ("The Republicans launched attacks on Governor Mallory's record.", "attacks"),
]


@pytest.mark.parametrize("sentence,trigger", VERBAL)
def test_verbal_attacks_are_accusations(analyze_text, sentence, trigger):
    assert not _shown(analyze_text, sentence, trigger, "ASSAULT"), sentence
    assert _shown(analyze_text, sentence, trigger, "ACCUSE"), sentence


FORCE = [
    ("Seleka rebels attacked the army base near Goma with rockets on Monday.", "attacked"),
    ("John Hinckley attacked Ronald Reagan with a gun in 1981.", "attacked"),
    ("Police clashed with protesters outside the stadium in Nairobi.", "clashed"),
]


@pytest.mark.parametrize("sentence,trigger", FORCE)
def test_force_stays_force(analyze_text, sentence, trigger):
    assert _shown(analyze_text, sentence, trigger, "ASSAULT"), sentence


NO_EVENT = [
    # counterfactuals: modal of remoteness + perfect
    ("Russia would have attacked Georgia without the treaty.", "attacked"),
    ("Without the treaty, Russia would have invaded Ukraine in 2014.", "invaded"),
    ("One phone call to the ministry would have produced a reply.", "call"),
    # poll opinions
    ("Americans overwhelmingly reject the deal, a Reuters/Ipsos poll shows.",
     "reject"),
]


@pytest.mark.parametrize("sentence,trigger", NO_EVENT)
def test_no_event_shown(analyze_text, sentence, trigger):
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    assert not [e for e in r.events if e.trigger.text == trigger and happened(e)], sentence


def test_facts_beside_a_counterfactual_stay(analyze_text):
    # the strike of the 'without' phrase happened; the counterfactual verb did not
    r = analyze_text("News\n\nRussia invaded Ukraine in 2014. Without the sanctions, Russia "
                     "would have seized Kyiv.", published="2016-03-02")
    shown = {e.trigger.text for e in r.events if happened(e)}
    assert "invaded" in shown and "seized" not in shown


def test_counterfactual_module(nlp):
    from wiretrace.nlp.events.hypothetical import counterfactual

    doc = nlp("Russia would have invaded Ukraine, and it will have left by May.")
    verbs = {t.text: counterfactual(t) for t in doc if t.pos_ == "VERB"}
    assert verbs["invaded"] is True and verbs["left"] is False


def test_retort_with_a_colon(analyze_text):
    r = analyze_text('News\n\nGovernor Ann Mallory fired back: "Your friends in the capital '
                     'will not save you."', published="2016-03-02")
    assert not [e for e in r.events if e.trigger.text == "fired" and e.type == "ASSAULT"
                and happened(e)]


READINGS = [
    # (sentence, trigger, type, shown)
    # a question asked is no request; asking someone to act is
    ('Kellerman asked, "Do you believe the mayor will sack her deputy?"',
     "asked", "REQUEST", False),
    ("The senator asked whether the talks would resume.", "asked", "REQUEST", False),
    ("Senator Tom Kellerman asked Governor Ann Mallory to condemn the violence.", "asked",
     "REQUEST", True),
    # celebrating with no party or act praised is no support
    ("Kellerman celebrated in Denver with his volunteers.", "celebrated", "SUPPORT", False),
    ("Americans celebrate Labor Day in September.", "celebrate", "SUPPORT", False),
    ("In the capital, students celebrated what they called a fresh win for democracy.",
     "celebrated",
     "SUPPORT", True),
    # words offered are a statement, aid offered to a party an offer
    ("Kellerman offered the audience a bleak evaluation of the economy.", "offered", "AGREE",
     False),
    ("Iran offered Iraq military aid on Monday.", "offered", "AGREE", True),
    ("The United States is providing aerial photographs and other military intelligence "
     "to Macedonia, the Washington Post said.", "providing", "AID", True),
    # pages of records released are no release of persons
    ("The department released its third batch of the letters on Friday.", "released",
     "RETREAT", False),
    ("Seleka rebels released a group of prisoners on Monday.", "released", "RETREAT", True),
]


@pytest.mark.parametrize("sentence,trigger,type_,shown", READINGS)
def test_readings(analyze_text, sentence, trigger, type_, shown):
    assert bool(_shown(analyze_text, sentence, trigger, type_)) is shown, sentence


CAPTURES = [
    # (sentence, shown): what no force takes is won, not seized
    ("Over the summer, Senator Tom Kellerman captured the hearts of young farmers in "
     "Ohio.", False),
    ("The vote in Denver sealed Mr. Kellerman's capture of the party's nomination.", False),
    ("Seleka rebels captured the town of Bria on Monday.", True),
]


@pytest.mark.parametrize("sentence,shown", CAPTURES)
def test_captures(analyze_text, sentence, shown):
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    found = [e for e in r.events if e.trigger.text.lower().startswith("captur")
             and e.type == "COERCE" and happened(e)]
    assert bool(found) is shown, sentence
