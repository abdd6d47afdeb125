"""Acts the text does not assert as done (issue 18, round 40, h-unreal40;
data/event_readings.yaml `withheld_cooperation`; nlp/events/readings.py,
generics.py): failing at an act that is no cooperation or yielding withholds nothing
(Karttunen 1971: 'fail to' entails the act did not happen; CAMEO 12 refuses
cooperation); an event noun argued for or against is advocated, not asserted
(FactBank's source-introducing predicates); a 'when' clause in the simple present on a present passive or adjectival
participle states a habit (Quirk et al. 1985, 15.25).  Sentences written for the test.
(The branch's particularizer rule, "mainly targets" as a habit, was taken out at the merge:
see docs/events.md.)"""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Attorney General Okafor failed to prosecute the widespread fraud at the banks.",
     "failed"),
    ("I am deeply offended when Senator Okafor fails to honor the sacrifices of our "
     "soldiers, Brandt said.", "fails"),
    ("Senator Okafor failed to endorse Governor Brandt.", "failed"),
    ("Governor Brandt is angered when the ministry criticizes his army.", "criticizes"),
    ("Former minister Okafor publicly argued for the extrajudicial assassination of "
     "rebel leaders.", "assassination"),
    ("Governor Brandt made the argument against British withdrawal from the European "
     "Union.", "withdrawal"),
])
def test_unreal_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya failed to comply with the resolution.", ("failed", "REJECT")),
    ("Kenya failed to withdraw its troops from Somalia.", ("failed", "REJECT")),
    ("Senator Okafor refused to endorse Governor Brandt.", ("refused", "REJECT")),
])
def test_acts_stay(text, expected):
    assert expected in shown(text)
