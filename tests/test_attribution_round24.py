"""Round 24 (issue 21, branch h-cue24): known cue words that the matching code missed in
a construction.  "is known for" in a finite passive (a reputation, no source); "call X Y"
whose object and predicate the parser put under one object predicate; "records ... show"
with a phrase after the noun; a reporting clause set off by commas before the clause it
reports, which the parser made its complement.  Every sentence is invented for this
file."""

from __future__ import annotations

import pytest

from .conftest import assert_cued, cued

CUED = [
    # Merriam-Webster "known for": famous for; the subject and the "for" phrase
    ("The senator is best known for her work on harbour safety.", "known",
     "her work on harbour safety"),
    ("Mendes, who is known for her long speeches, met the crews.", "known",
     "her long speeches"),
    # the object and its predicate under one object predicate (CGEL ch. 4)
    ("Ana Lopes called the port's chief executive, Tom Reyes, ''incredibly driven'' and "
     "left the hall.", "called", "the port's chief executive"),
    # Quirk et al. 17.10: a noun postmodified by a phrase before "show"
    ("Port authority records from the 2010 season show he sailed twice.", "show",
     "he sailed twice"),
    ("The quay was sold in May, city records compiled by the Harbour Institute show.",
     "show", "The quay was sold in May"),
    # Quirk et al. 15.53: a reporting clause in initial or medial position
    ("If she wins the vote, Okafor suggested in a tweet, fishermen won't be punished for "
     "landing their catch.", "suggested", "fishermen won't be punished"),
    ("Soon after the vote, the available evidence indicates, the mayor assigned the "
     "contract to a friend of the family.", "indicates", "the mayor assigned the contract"),
    ("But with each passing season, these growers acknowledge, it becomes harder to make "
     "the case that the quay can survive.", "acknowledge", "it becomes harder"),
]


@pytest.mark.parametrize("text,word,content", CUED)
def test_round24_cues(analyze_text, text, word, content):
    assert_cued(analyze_text(text), word, content, exact=True)


def test_reputation_has_no_source(analyze_text):
    report = analyze_text("The senator is best known for her work on harbour safety.")
    found = cued(report, "known")
    assert found and all(q.speaker is None for q in found)


NOT_CUED = [
    # a participle after a noun only describes it, as "known as" only names
    ("A golfer known for his long drives joined the harbour club.", "known"),
    # a naming participle the parser gave a subject: one name, no predicate of its own
    ("The crews joined the organization called the Harbour Fund.", "called"),
    # a clause with a subordinator is a time, not a reporting clause
    ("When Okafor announced her candidacy in June, she referred to the pilots as "
     "\"heroes\" while calling for a new quay.", "announced"),
    # what follows is no finite clause with a subject
    ("Mrs. Mendes and her allies are responding, painting Okafor as a friend of the fleet "
     "owners.", "responding"),
]


@pytest.mark.parametrize("text,word", NOT_CUED)
def test_round24_not_cues(analyze_text, text, word):
    report = analyze_text(text)
    found = cued(report, word)
    if word == "announced":
        # "her candidacy" stays the announcement's content; the main clause is not
        assert not any("referred" in q.text for q in found), [q.text for q in found]
    else:
        assert not found, [(q.cue.text, q.text) for q in report.quotes if q.cue]


def test_relative_pronoun_is_the_content_not_its_antecedent(analyze_text):
    # PolNeAR's guidelines keep the pronoun and leave its antecedent out
    report = analyze_text("Mendes, who is known for her long speeches, met the crews.")
    texts = [q.text for q in cued(report, "known")]
    assert "who" in texts and not any("Mendes" in t for t in texts), texts
