"""A state of affairs lamented or faced (issue 18, round 39, h-event39; data/aspect.yaml
`condition_verbs`, nlp/events/aspect.condition_lamented): PETRARCH2's LAMENT block and
'bemoan' code disapproval (110), but the block's own pattern "LAMENT * FAILURE" is 012, a
pessimistic comment; a lament accuses only a party or an act.  MEET_PEOPLE's 'confront'
(040) meets only a party ("FACE * PROBLEM" 012); ENDANGER's 'risk' (130) threatens only
a party (PETRARCH2's own RISK block is no event).  A subjectless -ing complement is the
lamenter's own doing (Quirk et al. 1985, 16.41).  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Senator Okafor bemoaned the bitter mood in the capital.", "bemoaned"),
    ("Governor Brandt lamented the current economic climate on Monday.", "lamented"),
    ("President Mbeki laments hosting thousands of refugees from the north.", "laments"),
    ("\u201cEverything has changed,\u201d President Mbeki lamented on Monday.", "lamented"),
    ("Now the Labour Party confronts an urgent decision.", "confronts"),
    ("With Governor Brandt's exit, the Labour Party confronts a hard choice.",
     "confronts"),
    ("Senator Okafor risked prolonging the feud inside the party.", "risked"),
    ("Senator Okafor is also risking Brandt fatigue among the voters.", "risking"),
])
def test_condition_lamented_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Okafor bemoaned the government's failure to act on wages.",
     ("bemoaned", "ACCUSE", "Okafor")),
    ("Governor Brandt lamented illegal immigration at the rally.",
     ("lamented", "ACCUSE", "Brandt")),
    ("President Mbeki wept over the crackdown against the opposition.",
     ("wept", "ACCUSE", "Mbeki")),
    ("Senator Okafor lamented that the danger came from Governor Brandt's policies.",
     ("lamented", "ACCUSE", "Okafor")),
    ("Senator Okafor lamented the Brandt policies on wages.",
     ("lamented", "ACCUSE", "Okafor")),
    ("The rebels endangered the lives of civilians in Goma.",
     ("endangered", "THREATEN", "The rebels")),
])
def test_lament_of_a_party_or_an_act_shown(text, expected):
    found = [s for s in shown(text, "source") if s[0] == expected[0]]
    assert found and found[0][1] == expected[1] and expected[2] in (found[0][2] or "")
