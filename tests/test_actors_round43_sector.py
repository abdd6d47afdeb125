"""Round 43 (h-sector43) of the actor codes (issue 20: sector right on the PolNeAR sets):
a party's or a people's word in apposition to a named person, with a relative clause on it
("Gov. Jane Oakley of Ohio, a Republican who has refused to endorse Mr. Trump"), tells of
the person: the clause's subject is the person, not the party (an appositive and its
anchor are one referent: CGEL ch. 15; Quirk et al. 1985, 17.65).  Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.nlp.actors.antecedents import named_anchor, relative_head

from .conftest import assert_offsets


def _actors(report, trigger):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return {(a.role, a.text, a.country, a.sector) for a in event.actors
            if a.role in ("source", "target")}


@pytest.mark.parametrize("text, trigger, source", [
    ("Gov. Jane Oakley of Ohio, a Republican who has refused to endorse Mr. Trump, "
     "criticized the Chinese government on Monday.",
     "refused", ("source", "Jane Oakley", "USA", "GOV")),
    ("Senator Tom Oakley, the Iowa Republican who criticized Mr. Trump on Monday, spoke in "
     "Des Moines.", "criticized", ("source", "Tom Oakley", "USA", "LEG")),
])
def test_the_party_word_in_apposition_is_the_person(analyze_text, text, trigger, source):
    r = analyze_text(text, published="2016-08-01", outlet="The New York Times")
    actors = _actors(r, trigger)
    assert source in actors
    assert not any(a[1] == "Republican" for a in actors)  # not the party
    assert_offsets(r)


def test_relative_head_reaches_the_name(nlp):
    doc = nlp("Gov. Jane Oakley of Ohio, a Republican who has refused to endorse Mr. Trump, "
              "spoke on Monday.")
    who = next(t for t in doc if t.lower_ == "who")
    assert relative_head(who).text == "Oakley"


@pytest.mark.parametrize("text, word, head", [
    # guards: a common noun in apposition keeps its own reading; a party word that is no
    # appositive of a name is the party's member as before
    ("Tom Oakley, a lawyer who has refused to endorse Mr. Trump, spoke on Monday.",
     "who", "lawyer"),
    ("A Republican who has refused to endorse Mr. Trump spoke on Monday.", "who",
     "Republican"),
])
def test_other_antecedents_are_unchanged(nlp, text, word, head):
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    assert relative_head(token).text == head
    assert named_anchor(token).text == word
