"""Issue 18, round 16 (demands, rejections and threats): ultimatums, the content of orders,
offhand dismissals, and threats or refusals stated in the future
(pressure.yaml, nlp/events/pressure.py; docs/quality.md "Round 16: demands, rejections and
threats").  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened


def _shown(analyze_text, sentence: str) -> list[tuple[str, str]]:
    r = analyze_text("Nairobi\n\n" + sentence, published="2016-03-02")
    return [(e.trigger.text, e.type) for e in r.events if happened(e)]


CODED = [
    # denying a charge named by a noun rejects it
    ("Chile's foreign ministry denied any wrongdoing in the arms deal.",
     ("denied", "REJECT")),
    # an ultimatum
    ("Chile gave Peru until Thursday to free the detained sailors.",
     ("gave", "THREATEN")),
    ("The Chilean government gave the Peruvian envoy three days to leave the capital.",
     ("gave", "THREATEN")),
    # an offhand dismissal
    ("Chile brushed off the Peruvian criticism of its dam project.",
     ("brushed", "REJECT")),
    ("The Peruvian government shrugged off the Chilean accusations.",
     ("shrugged", "REJECT")),
    # a threat or a refusal stated in the future is made when it is said
    ("Chile said it would retaliate against any attack on its ships.",
     ("retaliate", "THREATEN")),
    ("Peru said it will not accept the Chilean proposal.", ("accept", "REJECT")),
    # a refusal made by negation: the REJECT is asserted and made now
    ("The Peruvian junta does not allow foreign reporters to visit the northern province.",
     ("allow", "REJECT")),
    ("Peru did not permit the Chilean inspectors to enter the mine.", ("permit", "REJECT")),
    # calling an accusation false rejects it
    ("The Chilean ministry said the Peruvian accusations were groundless.",
     ("said", "REJECT")),
    ("Chile called the Peruvian allegations absurd.", ("called", "REJECT")),
    # a request made in a statement is its issuer's
    ("The Chilean senate issued a declaration urging Peru to free the fishermen.",
     ("urging", "REQUEST")),
    # a conditional threat stated without a verb of threatening
    ("The Chilean envoy said sanctions could come if Peru expanded the quarry.",
     ("sanctions", "THREATEN")),
    ("Chile's trade minister said tariffs would rise unless Peru lowered its duties.",
     ("tariffs", "THREATEN")),
    # a demand that another party give information is a demand ("declined to comment" is
    # not)
    ("Chile demanded that Peru provide information on the missing fishermen.",
     ("demanded", "REQUEST")),
]


@pytest.mark.parametrize("sentence,event", CODED)
def test_demands_rejections_and_threats_by_construction(analyze_text, sentence, event):
    assert event in _shown(analyze_text, sentence), sentence


NOT_CODED = [
    # a denial in a clause or gerund is not coded (round 16 coded the denier's own act as
    # REJECT; taken out after judging: docs/quality.md), nor a state of affairs denied
    ("The Chilean government denied it had meddled in the Peruvian vote.", "denied"),
    ("Chile denied having sent soldiers across the Peruvian border.", "denied"),
    ("The Chilean ministry denied that there was a fuel shortage.", "denied"),
    ("Chile denied that the economy was slowing.", "denied"),
    # no time given: no ultimatum (a loan is aid, PETRARCH2's "GIVE * LOAN")
    ("Chile gave Peru a loan to build the dam.", ("gave", "THREATEN")),
    # 'tell' is no REQUEST, whether it orders (round 16's order rule, taken out after
    # judging) or states
    ("Chile's foreign minister told Peru to withdraw its troops from the border.", "told"),
    ("The Chilean minister told Peru that the talks had gone well.", "told"),
    # what is ordered or given a deadline for has not happened
    ("Chile gave Peru until Thursday to free the detained sailors.", "free"),
    ("Chile's foreign minister told Peru to withdraw its troops from the border.",
     "withdraw"),
    # a prediction by others is no threat
    ("Analysts said Chile would retaliate against the Peruvian tariffs.", "retaliate"),
    # no particle: no dismissal
    ("The Peruvian guards brushed the snow from the gate.", "brushed"),
    # a threat stated in direct speech with 'would' is a conditional, not a future
    ('"We would never accept such a deal," the Peruvian foreign minister said.', "accept"),
    # a refusal negated is no refusal; a refused permission in a condition did not happen;
    # a refusal in the future, said by nobody, may be a prediction or an assurance
    ("Chile will not abandon its Peruvian partners during the talks.", "abandon"),
    ("Chile did not reject the Peruvian proposal.", "reject"),
    ("If Peru does not allow the inspectors in, Chile will close the border.", "allow"),
    # a forecast by analysts, or a condition on no act of force, is no threat
    ("Analysts said sanctions could come if Peru expanded the quarry.", "sanctions"),
    ("The Chilean minister said prices could rise if the drought continued.", "rise"),
    # a subject negated by 'neither ... nor' or 'no'
    ("Neither Chile nor Peru has asked for the meeting.", "asked"),
    ("No Chilean official demanded the release of the fishermen.", "demanded"),
]


@pytest.mark.parametrize("sentence,trigger", NOT_CODED)
def test_the_same_words_without_the_construction(analyze_text, sentence, trigger):
    shown = _shown(analyze_text, sentence)
    if isinstance(trigger, tuple):  # this trigger may be another event, not this one
        assert trigger not in shown, sentence
    else:
        assert trigger not in [t for t, _ in shown], sentence


def test_calling_a_verdict_unjust_stays_a_criticism(analyze_text):
    assert ("called", "ACCUSE") in _shown(analyze_text, "Chile called the Peruvian verdict unjust.")
