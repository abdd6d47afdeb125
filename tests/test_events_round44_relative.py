"""An integrated relative clause in the past or perfect whose relative pronoun is its
subject tells a verbal act of its noun's referent (issue 18, round 44, h-relcl44): "an
officer who described the order as illegal" takes the act as having occurred (CGEL ch.
12, 4.1).  A relative on a predicative noun, a generic head, a habit, a present and an
endorsement by voters stay uncoded.  Sentences written for the test."""
import pytest

from wiretrace.nlp.events import relatives

from .conftest import shown


@pytest.mark.parametrize(("text", "expected"), [
    ("A senior Army officer who accused the governor of corruption resigned on Monday.",
     ("accused", "ACCUSE")),
    ("Party leaders who had urged Governor Smith to run met in Denver on Friday.",
     ("urged", "REQUEST")),
])
def test_an_act_in_an_integrated_relative_is_coded(text, expected):
    assert expected in shown(text)


@pytest.mark.parametrize(("text", "trigger"), [
    # a predicative noun characterizes its subject
    ("Senator Brown is a hardliner who has threatened Iran with sanctions.", "threatened"),
    # a habit
    ("A senior Army officer who has repeatedly accused the governor of corruption "
     "resigned on Monday.", "accused"),
    # a generic head
    ("Anyone who accused the governor of corruption was fired.", "accused"),
    # a present tells a stance
    ("A senior Army officer who accuses the governor of corruption resigned on Monday.",
     "accuses"),
    # an endorsement (not a verbal act of relative_act_types) stays out
    ("Voters who endorsed Donald Trump in March were polled again.", "endorsed"),
])
def test_a_description_stays_uncoded(text, trigger):
    assert not [s for s in shown(text) if s[0] == trigger]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The missiles that Syria has fired hit a school.", "fired", "relcl_restr_past"),
    ("Senator Brown, who criticized the plan, left.", "criticized", "relcl_supp_past"),
    ("Officials who will visit Cairo met the press.", "visit", "relcl_modal"),
    ("The man arrested on Monday was freed.", "arrested", "participle_past"),
])
def test_constructions_are_named(nlp, text, word, kind):
    verb = next(t for t in nlp(text) if t.text == word)
    assert relatives.construction(verb) == kind
