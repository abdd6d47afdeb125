"""PETRARCH2 verb patterns that open with a preposition (issue 18, round 38, h-cover38):
"- * (ON TRIAL)" [173] in PUT, "- * (UNDER SURVEILLANCE)" [173] in PLACE (CAMEO.2.0.txt)
are read on the verb's prepositional phrase, whatever object stands between, for a verb
with no code of its own; a verb coded by its own block default keeps it, and a pattern of
a preposition alone is not read.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The court put the two officers on trial on Monday.", "put", "COERCE"),
    ("The police placed the editor under surveillance on Monday.", "placed", "COERCE"),
    ("The police took the protesters into detention on Monday.", "took", "COERCE"),
    # a verb whose own code is a statement (VIEW 010, no PLOVER category)
    ("The government viewed the rebel leader as a terrorist on Monday.", "viewed", "ACCUSE"),
])
def test_prepositional_pattern_codes_an_uncoded_verb(text, trigger, kind):
    assert (trigger, kind) in shown(text)


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # a coded verb keeps its block default (DEPORT * (FROM OFFICE) 160 is not read)
    ("The rebels removed the president from office on Monday.", "removed", "COERCE"),
    # a preposition alone is read by plover_verbs.yaml, not by the pattern
    ("Senator Holm lobbied for the bill on Monday.", "lobbied", "REQUEST"),
])
def test_coded_verbs_keep_their_code(text, trigger, kind):
    assert (trigger, kind) in shown(text)


def test_no_pattern_no_event():
    assert not [s for s in shown("Senator Holm put the bill on the agenda on Monday.")
                if s[0] == "put"]
