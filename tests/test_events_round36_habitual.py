"""Habits and dangers are no events (issue 18, round 36, h-evfp36): a coded act with a
phrase of indefinite frequency ("on a regular basis", "24/7"), an event noun with an
adjective of frequency ("under near-constant attack"), a 'when' clause hung on a verb with
an adverb of frequency, a coded act in the simple present with an adverb of frequency
whatever its category (docs/judgments/CONVENTIONS.md U6; Quirk et al. 1985, 4.20, 8.64,
15.25), and a 'threat' that says neither what is threatened nor who made it and is aimed
at no named party (WordNet threat n.1, a source of danger).  Sentences written for the
test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger"), [
    ("The rebels regularly flee into Uganda when attacked by Congolese troops.",
     "attacked"),
    ("The Taliban regularly attack Afghan police checkpoints.", "attack"),
    ("Kenya coordinates its security policy with Somalia on a regular basis.",
     "coordinates"),
    ("Governor Brandt was under near-constant attack last month.", "attack"),
    ("The senators attacked the governor's aides, donors and friends 24/7 last year.",
     "attacked"),
    ("Senator Holm spoke about the threat from the Islamic State on Monday.", "threat"),
    ("Minsk said it held a drill on Monday to strengthen its defences against Polish "
     "threats.", "threats"),
])
def test_habit_or_danger_not_shown(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "expected"), [
    # a series of acts in the present perfect, a 'when' clause with no habit
    ("Senator Holm has repeatedly accused Governor Brandt of lying.", ("accused", "ACCUSE")),
    ("The rebels attacked a village near Beni when the army withdrew.",
     ("attacked", "ASSAULT")),
    ("Kenyan troops attacked the militia near Kismayo on Monday.", ("attacked", "ASSAULT")),
    # frequent acts with their doer named: an actor's ongoing campaign (U6)
    ("The herders fled regular attacks by the Janjaweed militia in Darfur.", ("attacks",)),
    # a threat made: its content, its maker in the genitive, its target, a verb of issuing
    ("Chile's threat to close the border angered Bolivia.", ("threat", "THREATEN")),
    ("Bolivia condemned Chilean threats against Peru on Monday.",
     ("threats", "THREATEN")),
    ("Chile issued a threat on Monday.", ("threat", "THREATEN")),
])
def test_acts_stay(text, expected):
    assert [s for s in shown(text) if s[:len(expected)] == expected]
