"""Issue 18, round 17 (precision: events that are none): a refusal to say an open question
("declined to say whether ..."), a generic 'when' sentence in the simple present, a
measure as the doer of a verb of force ("tariffs hurt farmers"), a retort aimed at no one
("shot back with a laugh"), an -ing modifier the parser hangs on a verb ("told cheering
teachers"), a contracted 'not' cut off by a quotation mark, a pledge verb in the agentless
passive ("is assured of winning") and a news conference are not shown as events that
happened (docs/quality.md "Round 17: precision on real news").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str, trigger: str) -> list:
    r = analyze_text("News\n\n" + sentence, published="2016-03-02")
    return [e for e in r.events if e.trigger.text == trigger and happened(e)]


NO_EVENT = [
    # a refusal to say whether: a stance towards the press, no REJECT (CAMEO 012)
    ("Senator Kellerman declined to say whether it was a violation of Pentagon rules.",
     "declined"),
    # a 'when' clause in the simple present on a main clause in the simple present
    ("When the United States slaps tariffs on Chinese goods, it isn't Chinese exporters "
     "that pay them.", "tariffs"),
    ("When Russia attacks Georgia, the European Union imposes sanctions on Russia.",
     "attacks"),
    ("When Russia attacks Georgia, the European Union imposes sanctions on Russia.",
     "sanctions"),
    # a measure as the doer of force: an effect
    ("Retaliatory tariffs imposed by China have hurt American farmers.", "hurt"),
    # a retort aimed at no one
    ("Senator Jones shot back, “I could have chosen to stay home.”", "shot"),
    # an -ing word modifying the object, a contracted 'not' before a quotation mark
    ("Governor McAllister told cheering teachers in Ohio that they had won.", "cheering"),
    ("Governor McAllister told the teachers that they weren’t “asking for the moon.”",
     "asking"),
    # a pledge verb in the agentless passive: certain, no pledge
    ("With 90 delegates at stake, Senator Kellerman is assured of winning at least 50.",
     "assured"),
    # a news conference: a statement to the press, no meeting
    ("Senator Kellerman held a news conference in Columbus on Monday.", "held"),
]


@pytest.mark.parametrize("sentence,trigger", NO_EVENT)
def test_not_shown(analyze_text, sentence, trigger):
    assert not _shown(analyze_text, sentence, trigger), sentence


EVENTS = [
    # a refusal of an act stays REJECT
    ("Senator Kellerman refused to meet the Chinese ambassador on Monday.", "refused"),
    # 'when' in the past, or with a future main clause, is no generic sentence
    ("When Russia attacked Georgia, the European Union imposed sanctions on Russia.",
     "attacked"),
    ("When Russia attacked Georgia, the European Union imposed sanctions on Russia.",
     "sanctions"),
    # an actor as the doer of force
    ("Russian troops attacked Ukrainian villages near Kharkiv on Monday.", "attacked"),
    # a gerund complement of an aspectual verb stays the subject's act
    ("Russian troops kept attacking Ukrainian villages near Kharkiv.", "attacking"),
    # a joint news conference; a conference
    ("Putin and Xi held a joint news conference in Beijing.", "held"),
    ("The African Union held a conference on Somalia in Addis Ababa.", "held"),
    # a visit is hosted by the verb's subject
    ("Blinken assured visiting Australian Foreign Minister Marise Payne that the alliance "
     "was strong.", "visiting"),
]


@pytest.mark.parametrize("sentence,trigger", EVENTS)
def test_shown(analyze_text, sentence, trigger):
    assert _shown(analyze_text, sentence, trigger), sentence
