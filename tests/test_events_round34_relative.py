"""A supplementary relative clause on a named actor tells an act of its own (issue 18,
round 34): "McConnell, who has endorsed Trump" makes an assertion apart from the noun
phrase's identification (CGEL ch. 12, 4), so an endorsement, accusation, demand, threat or
rejection told there in the past or the perfect is coded; a present (a habit or a
stance), a description ("officials who headed the agency"), a
restrictive clause and praise of no party stay uncoded.  Sentences written for the test."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Mitch McConnell, who has endorsed Donald Trump, spoke on Tuesday.",
     ("endorsed", "SUPPORT")),
    ("The teachers union, which endorsed Hillary Clinton in November, met in Ohio.",
     ("endorsed", "SUPPORT")),
    ("Lindsey Graham—who had endorsed Jeb Bush—will headline a fundraiser.",
     ("endorsed", "SUPPORT")),
    ("Julian Assange, who has denied the accusation, stayed in the embassy.",
     ("denied", "REJECT")),
])
def test_an_act_told_in_a_supplementary_relative_is_coded(text, expected):
    assert expected in shown(text)


@pytest.mark.parametrize(("text", "trigger"), [
    # praise of no party: political backing received
    ("Representative Mo Brooks, who has welcomed support from the Tea Party, won again.",
     "welcomed"),
    # a present tells a habit or a stance
    ("Julian Assange, who denies the accusation, stayed in the embassy.", "denies"),
    # a restrictive relative identifies the noun
    ("Voters who endorsed Donald Trump in March were polled again.", "endorsed"),
])
def test_a_description_stays_uncoded(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]
