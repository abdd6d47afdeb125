"""A verbal act told in a relative clause that is a supplement of a named actor (issue 18,
round 35): a relative clause inside a noun in apposition to a name ("Governor Ada Lind of
Vermont, a Democrat who has refused to endorse Mr. Harlow") is part of a supplement (CGEL
ch. 15, 5) and tells the named actor's act, as a supplementary relative does (round 34).
A restrictive relative on a bare noun and a present stay uncoded; an object relative
whose subject is a pronoun is not read (round 35's try coded a wrong VOA check event and
gained no dev row: docs/quality.md).  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("Governor Ada Lind of Vermont, a Democrat who has refused to endorse Paul Harlow, "
     # the source is the governor, not her party's word (round 43: antecedents.named_anchor)
     "spoke in Boston on Monday.", ("refused", "REJECT", "Ada Lind")),
    ("The Carpenters Guild, a union that has endorsed Senator Paul Harlow, met in Ohio "
     "on Friday.", ("endorsed", "SUPPORT", "a union")),
])
def test_an_act_told_in_a_supplement_is_coded(text, expected):
    assert expected in shown(text, "source")


@pytest.mark.parametrize(("text", "trigger"), [
    # a restrictive relative on a bare plural identifies the noun (round 34's test)
    ("Voters who endorsed Paul Harlow in March were polled again.", "endorsed"),
    # a present in the appositive's relative: a habit or a stance
    ("Governor Ada Lind of Vermont, a Democrat who opposes Paul Harlow, spoke in Boston.",
     "opposes"),
])
def test_a_description_stays_uncoded(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]
