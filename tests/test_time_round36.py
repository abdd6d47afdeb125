"""Round 36 of the time layer (branch h-date36, issue 20): a supplementive -ing clause, a
relative clause on a dated event noun, an occasion after "at" and a passive's agent as the
setting of a dated act, a plain present the tagger reads as a base form, an -ing conjunct
stranded under a perfect.  Every sentence is invented for wiretrace."""

from __future__ import annotations

import pytest

from .test_time_round28 import _when  # the event time of a word, anchored on a Saturday


@pytest.mark.parametrize(("text", "word", "value"), [
    # a supplementive -ing clause has no time of its own: the dated act's (Quirk et al.
    # 1985 15.58-15.60)
    ("The ministry said in a November report, calling for lower tariffs.", "calling",
     "2015-11"),
    ("The army closed the border on Monday, citing security threats.", "citing",
     "2016-01-25"),
    # a relative clause whose subject is the relative pronoun predicates of a dated event
    # noun, as a main clause with that subject would
    ("A court heard a case over the 2009 bombing that killed six guests at a hotel.",
     "killed", "2009"),
    ("Lawyers recalled the 2011 raid that wounded two guards at the camp.", "wounded",
     "2011"),
    # an occasion after "at" is the setting of the dated act; the agent of a dated passive
    # is its active subject
    ("In March, the ministers agreed at a summit to cut the tariffs.", "summit", "2015-03"),
    ("Thousands of villagers were displaced this week by fighting between the militias.",
     "fighting", "2016-W04"),
])
def test_dated_by_the_clause_it_hangs_on(nlp, text, word, value):
    assert _when(nlp, text, word, "past") == ("explicit", value)


@pytest.mark.parametrize(("text", "word", "tense"), [
    # guards: an -ing clause with its own subject, a subordinator or a sequencing adverb
    # is not supplementive; a relative clause with its own subject tells another event;
    # an undated passive gives its agent nothing; a non-occasion noun after "at" is a place
    ("The army closed the border, citing security threats.", "citing", "past"),
    ("The army closed the border on Monday before reopening it.", "reopening", "past"),
    ("A court heard a case over the 2009 bombing that police investigated.", "investigated",
     "past"),
    ("Thousands of villagers were displaced by fighting between the militias.", "fighting",
     "past"),
])
def test_not_dated_without_the_construction(nlp, text, word, tense):
    assert _when(nlp, text, word, tense)[0] == "unknown"


@pytest.mark.parametrize(("text", "word", "tense"), [
    # a plain form with its own subject heading the sentence is a present (Huddleston and
    # Pullum 2002 ch. 3): the tagger's VB after an inserted reporting clause
    ("Voters, the author notes, applaud the calm management of the mayor.", "applaud",
     "none"),
    # an -ing conjunct cannot share a perfect's "have": it shares the progressive above
    ("Party leaders are now openly questioning how the rivals have approached the race and "
     "demanding that they attack him.", "demanding", "past"),
])
def test_present_the_parse_hides_is_publication(nlp, text, word, tense):
    assert _when(nlp, text, word, tense) == ("publication", "2016-01-30")


@pytest.mark.parametrize(("text", "word"), [
    # guards: a base form under "to" or a modal is no present
    ("The council wants the voters to applaud the plan.", "applaud"),
    ("Voters should applaud the calm management of the mayor.", "applaud"),
])
def test_base_form_under_to_or_a_modal_is_not_present(nlp, text, word):
    assert _when(nlp, text, word, "none")[0] != "publication"


def test_an_ing_conjunct_under_a_past_progressive_is_not_present(nlp):
    # guard (round 36 review: the comment above promised one): the stranded -ing conjunct
    # shares a present "be" only; under "were" it takes no publication day
    text = ("Party leaders were openly questioning how the rivals have approached the race "
            "and demanding that they attack him.")
    assert _when(nlp, text, "demanding", "past")[0] != "publication"
