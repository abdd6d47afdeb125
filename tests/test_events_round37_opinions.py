"""Opinions read as acts (issue 18, round 37, h-opin37): what a poll documents is its
finding, not an act, when the poll is the subject of the clause that tells the event or
of the relative clause on it ("polling that documented the senator's appeal") or names
the poll the standing is read in ("clustered near 12 percent in the Iowa surveys"); and
support or rejection whose every doer is the electorate or a bloc of voters is a vote or
a standing among voters, an election or poll result (event_readings.yaml `poll_nouns`,
`poll_prepositions`, `electorate_nouns`; docs/events.md, "Polls").  And a coded verb in
the simple present whose every subject is a common noun naming no one states a property
of a thing, not an act (generics.thing_state; Quirk et al. 1985, 4.20).  Sentences
written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("Even in the face of polling that documented Senator Okafor's appeal, party leaders "
     "doubted him.", "appeal"),
    ("A new survey that documented Governor Brandt's appeal alarmed her rivals.", "appeal"),
    ("Governor Brandt, Senator Okafor and Mayor Lind have all been clustered near 12 "
     "percent in the Iowa surveys.", "clustered"),
    ("Governor Brandt was soundly rejected by an electorate that no longer trusted him.",
     "rejected"),
    ("Senator Okafor is receiving more support from the youth than from older voters.",
     "support"),
    ("Voters in Ohio rejected Governor Brandt in the March primary.", "rejected"),
])
def test_poll_finding_or_vote_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Brandt won the support of the teachers union on Monday.",
     ("support", "SUPPORT", "the teachers union")),
    ("The teachers union endorsed Senator Okafor on Monday.",
     ("endorsed", "SUPPORT", "The teachers union")),
    ("Protesters rejected the government's offer on Monday.",
     ("rejected", "REJECT", "Protesters")),
    ("Senator Okafor criticized Governor Brandt's handling of the polls on Monday.",
     ("criticized", "ACCUSE", "Okafor")),
    ("Kenya rejected Somalia's proposal among the delegates in Nairobi.",
     ("rejected", "REJECT", "Kenya")),
    ("Senator Okafor met Governor Brandt among the delegates in Des Moines on Monday.",
     ("met", "CONSULT", "Okafor")),
    ("Governor Brandt and Senator Okafor met in Des Moines on Monday, days after a poll "
     "showed them tied.", ("met", "CONSULT", "Brandt + Okafor")),
    # a group named by its head noun, a voters' word only its modifier (round 37 review)
    ("Youth activists rejected Governor Brandt's proposal on Monday.",
     ("rejected", "REJECT", "Youth activists")),
    ("Voter rights groups backed Senator Okafor's bill on Monday.",
     ("backed", "SUPPORT", "Voter rights groups")),
    # a poll's clause that an adverbial clause only dates (round 37 review)
    ("The survey came out a day after the rebels attacked the army base in Goma.",
     ("attacked", "ASSAULT", "the rebels")),
    ("The survey began a week after Kenya expelled the Somali ambassador.",
     ("expelled", "SANCTION", "Kenya")),
])
def test_acts_near_polls_and_voters_stay(text, expected):
    assert expected in shown(text, "source")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The demonstrations degrade the Kremlin's claim to speak for all Russians.", "degrade"),
    ("The Senate's new rules undermine the rights of the Kenyan opposition.", "undermine"),
    ("The deal commits Turkey to stop the flow of migrants.", "commits"),
])
def test_state_of_a_thing_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    ("A United Nations report accuses the army of torturing prisoners.",
     ("accuses", "ACCUSE", "A United Nations report")),
    ("Senator Okafor's campaign accuses Governor Brandt of lying.",
     ("accuses", "ACCUSE", "Senator Okafor's campaign")),
    ("The Senate's new rules undermined the rights of the Kenyan opposition.",
     ("undermined", "SANCTION", "The Senate's new rules")),
])
def test_documents_actors_and_past_acts_stay(text, expected):
    assert expected in shown(text, "source")
