"""factuality.v1: polarity, certainty and tense of an event trigger."""

from __future__ import annotations

import pytest

from wiretrace.nlp.events import factuality


@pytest.fixture
def assess(nlp):
    """assess("They did not meet.", "meet") -> Factuality of the first token "meet"."""
    from wiretrace import clean
    from wiretrace.nlp import times
    from wiretrace.nlp.actors import entities
    from wiretrace.nlp.attribution import chains as attribution
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text

    def run(text: str, trigger: str, nth: int = 0):
        article = clean.clean(from_text(text + "\n"))
        ctx = Context(article=article, doc=nlp(masked_text(article)))
        for layer in (entities, times, attribution):
            layer.annotate(ctx)
        tokens = [t for t in ctx.doc if t.text == trigger]
        assert len(tokens) > nth, f"{trigger!r} not in {text!r}"
        return factuality.assess(ctx, tokens[nth])

    return run


def test_name_is_versioned():
    assert factuality.NAME == "factuality.v1"


@pytest.mark.parametrize("text, trigger, polarity", [
    ("The officials did not meet the envoy.", "meet", "negative"),
    ("The officials never met the envoy.", "met", "negative"),
    ("The officials met the envoy.", "met", "positive"),
    ("We are taking no position on candidates.", "taking", "negative"),
    ("There was no agreement on the border.", "agreement", "negative"),
    ("The embassy refused to comment on the report.", "comment", "negative"),
    ("The embassy refused to comment on the report.", "refused", "positive"),
    ("The general denied meeting the envoy.", "meeting", "negative"),
    ("The parties failed to reach an agreement.", "reach", "negative"),
    ("The ministry was unwilling to take a position.", "take", "negative"),
    ("The army left without firing a shot.", "firing", "negative"),
    ("The talks were called off after the attack.", "talks", "negative"),
    ("The envoy protested the now-cancelled visit.", "visit", "negative"),
    ("The company is not efficient enough.", "efficient", "negative"),
    ("The army did not refuse to withdraw.", "withdraw", "positive"),
    ("The court was suspended after violating the law.", "violating", "positive"),
    ("If the report is true, the talks collapsed.", "is", "underspecified"),
    ("Did the officials meet the envoy?", "meet", "underspecified"),
])
def test_polarity(assess, text, trigger, polarity):
    assert assess(text, trigger).polarity == polarity


@pytest.mark.parametrize("text, trigger, certainty", [
    ("The officials met the envoy.", "met", "certain"),
    ("The officials could meet the envoy.", "meet", "possible"),
    ("The officials may meet the envoy.", "meet", "possible"),
    ("The officials might meet the envoy.", "meet", "possible"),
    ("The minister reportedly met the envoy.", "met", "probable"),
    ("The minister allegedly met the envoy.", "met", "probable"),
    ("The talks are expected to resume next week.", "resume", "probable"),
    ("The minister is likely to resign.", "resign", "probable"),
    ("The order is believed to be worth $15 billion.", "be", "probable"),
    ("The alleged meeting took place in Rome.", "meeting", "probable"),
    ("The army tried to cross the river.", "cross", "possible"),
    ("It could be seen as a step, if the report stands to be true.", "seen", "possible"),
    ("It could be seen as a step, if the report stands to be true.", "stands", "underspecified"),
    ("He did not say whether he decided to leave.", "decided", "underspecified"),
    ("Smith claims that the troops left the city.", "left", "probable"),
    ("A source familiar with the talks said the troops left the city.", "left", "probable"),
    ("John Smith said the troops left the city.", "left", "certain"),
    ("The talks collapsed, according to Reuters.", "collapsed", "certain"),
    ("A rebel commander is unlikely to attend.", "attend", "probable"),
])
def test_certainty(assess, text, trigger, certainty):
    assert assess(text, trigger).certainty == certainty


def test_unlikely_is_probably_not(assess):
    f = assess("A rebel commander is unlikely to attend.", "attend")
    assert (f.polarity, f.certainty) == ("negative", "probable")


@pytest.mark.parametrize("text, trigger, tense", [
    ("The officials met the envoy.", "met", "past"),
    ("The officials have met the envoy.", "met", "past"),
    ("The officials had met the envoy.", "met", "past"),
    ("The officials meet the envoy every week.", "meet", "present"),
    ("The officials are meeting the envoy.", "meeting", "present"),
    ("The officials were meeting the envoy.", "meeting", "past"),
    ("The seat is decided by vote.", "decided", "present"),
    ("The seat was decided by vote.", "decided", "past"),
    ("Haftar has been seeking Western backing.", "seeking", "present"),
    ("The officials will meet the envoy.", "meet", "future"),
    ("The seat will be decided in December.", "decided", "future"),
    ("The officials are going to meet the envoy.", "meet", "future"),
    ("The minister is to visit Rome in May.", "visit", "future"),
    ("The minister plans to visit Rome.", "visit", "future"),
    ("The company signed a contract to supply tankers.", "supply", "future"),
    ("Apple to give free cases to owners", "give", "future"),
    ("The embassy refused to comment.", "comment", "future"),
    ("The company began selling films.", "selling", "past"),
    ("The officials could have met the envoy.", "met", "past"),
    ("The candidates prepare for the upcoming election.", "election", "future"),
    ("The meeting was held in Rome.", "meeting", "past"),
    ("The meeting is held in Rome.", "meeting", "present"),
    ("Aeroflot negotiated the purchase of new jets.", "purchase", "future"),
    ("A warrant issued by the court remains open.", "issued", "past"),
])
def test_tense(assess, text, trigger, tense):
    assert assess(text, trigger).tense == tense


# -- the founding article -------------------------------------------------------------------
def founding_event(report, trigger: str, after: int = 0):
    found = [e for e in report.events if e.trigger.text == trigger and e.trigger.start >= after]
    if not found:
        pytest.skip(f"the event layer has no {trigger!r} event")
    return found[0]


@pytest.mark.parametrize("trigger, polarity, certainty, tense", [
    ("discussed", "positive", "probable", "past"),  # an anonymous source says so
    ("traveled", "positive", "probable", "past"),  # "The report claims that ..."
    ("supporting", "positive", "probable", "present"),
    ("seen", "positive", "possible", None),  # "could be seen ..., if the report stands"
    ("stands", "underspecified", "underspecified", "present"),
    ("comment", "negative", "certain", None),  # "refused to comment"
    ("take", "negative", "certain", None),  # "unwilling to take a position"
    ("taking", "negative", "certain", "present"),  # "taking no position"
    ("uninvolved", "negative", "certain", None),  # "as being uninvolved in the election"
    ("refused", "positive", "certain", "past"),
])
def test_founding_factuality(founding_report, trigger, polarity, certainty, tense):
    f = founding_event(founding_report, trigger).factuality
    assert (f.polarity, f.certainty) == (polarity, certainty)
    if tense is not None:
        assert f.tense == tense


def test_founding_meeting_is_past_and_not_certain(founding_report):
    # known only from a report the article doubts ("if the report stands to be true"),
    # resting on an anonymous source relayed by another outlet
    met = founding_event(founding_report, "met", after=700)
    assert (met.factuality.polarity, met.factuality.certainty, met.factuality.tense) == (
        "positive", "probable", "past")


def test_hedge_file_keeps_the_whole_word_list():
    from wiretrace.lexicon import load_yaml

    data = load_yaml("hedges.yaml")
    # every entry of the MIT word list is kept, sorted into exactly one group
    groups = data["wooorm"]
    kept = [w for k in ("possible", "probable", "probable_negative") for w in groups[k]]
    kept += [w for u in groups["unused"] for w in u["words"]]
    assert len(kept) == len(set(kept)) == 162


def test_no_before_a_passive_subject_negates_the_verb(analyze_text):
    r = analyze_text("Talks\n\nNo agreement has been signed, and no meeting was confirmed.",
                     published="2021-11-22")
    for trigger in ("signed", "confirmed"):
        [ev] = [e for e in r.events if e.trigger.text == trigger]
        assert ev.factuality.polarity == "negative", trigger


@pytest.mark.parametrize("text", ["Okafor said he\u2019ll meet Brandt.",
                                  "Okafor said he'll meet Brandt."])
def test_a_curly_clitic_is_the_straight_one_for_every_reader(nlp, text):
    # factuality._clitic decides once for tense, assertion, pressure and pledges
    [meet] = [t for t in nlp(text) if t.text == "meet"]
    assert factuality.future_auxes(meet) == ["'ll"]
