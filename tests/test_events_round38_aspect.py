"""States and aggregates read as acts (issue 18, round 38, h-opin38; data/aspect.yaml,
nlp/events/aspect.py; docs/events.md, "Round 38: states and aggregates"): a verb of
attitude holds a state in every tense (Quirk et al. 1985, 4.28); an adjunct of indefinite
duration on the verb ("for years", "in recent years", "ever since") and an object that is
a comparative of quantity ("more people than any other") sum many acts over a term (U6).
A definite span, a number with 'more than', 'respect' for an agreement and the same verbs
with no such mark stay events.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("The senator backed the pension cuts for years.", "backed"),
    ("Governor Brandt has criticized the unions for decades.", "criticized"),
    ("Party leaders have been fighting about Senator Okafor ever since he took office.",
     "fighting"),
    ("In recent years, state lawmakers have rejected Governor Brandt's budget proposals.",
     "rejected"),
    ("Governor Brandt has deported more migrants than any other governor.", "deported"),
    ("Senator Okafor shares more with the Labour campaign than a slogan.", "shares"),
    ("The Okafors preferred the Kenyan coast.", "preferred"),
    ("Senator Okafor respected many things Governor Brandt did in office.", "respected"),
    ("Party members have not decided which candidate they prefer.", "prefer"),
])
def test_state_or_aggregate_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Okafor backed Governor Brandt's pension bill on Monday.",
     ("backed", "SUPPORT", "Okafor")),
    ("The army shelled Goma for two days.", ("shelled", "ASSAULT", "The army")),
    ("The rebels attacked Goma for years of neglect by Kinshasa, they said.",
     ("attacked", "ASSAULT", "The rebels")),
    ("Al-Shabab has been attacking Kenyan troops since 2011.",
     ("attacking", "ASSAULT", "Al-Shabab")),
    ("Police arrested more than 100 protesters in Nairobi on Friday.",
     ("arrested", "COERCE", "Police")),
    ("The Bush family, which led the party for decades, has criticized Senator Okafor.",
     ("criticized", "ACCUSE", "The Bush family")),
    ("Ever since Governor Brandt endorsed Senator Okafor, the two have campaigned together.",
     ("endorsed", "SUPPORT", "Brandt")),
])
def test_acts_stay(text, expected):
    assert expected in shown(text, "source")


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # a window that looks ahead places one coming act, no term held (round 38 review,
    # h-rev38: these two were read as indefinite duration before)
    ("Senator Okafor will meet Governor Brandt in the coming months, aides said.", "meet",
     False),
    ("Governor Brandt will visit Kenya in the months ahead, his office said.", "visit",
     False),
    # guards: the spans the rule is for
    ("In recent years, state lawmakers have rejected the budget proposals.", "rejected",
     True),
    ("Governor Brandt has criticized the unions over the years.", "criticized", True),
])
def test_indefinite_duration_looks_back(nlp, text, verb, expected):
    from wiretrace.nlp.events import aspect

    doc = nlp(text)
    assert aspect.indefinite_duration(next(t for t in doc if t.text == verb)) is expected


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # only 'respect' + an agreement, a law or a right is compliance (round 38 review,
    # h-rev38: "preferred the agreement" was kept as an act before)
    ("Senator Okafor preferred the trade agreement.", "preferred", True),
    ("Senator Okafor respected the trade agreement.", "respected", False),  # guard
    ("Senator Okafor respected Governor Brandt.", "respected", True),  # guard
])
def test_only_respect_has_objects_of_compliance(nlp, text, verb, expected):
    from wiretrace.nlp.events import aspect

    doc = nlp(text)
    assert aspect.attitude(next(t for t in doc if t.text == verb)) is expected
