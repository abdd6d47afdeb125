"""Events of types whose PLOVER definition names a party acted upon (REJECT, REQUEST,
THREATEN) stay coded with no target (issue 18, round 37, h-reject37; docs/quality.md
"Round 37: no target, no object").  Sentences written for the test.

The rule "no target and no object naming what is rejected or asked: not an occurred
event" was measured over the 611 judged dev events and not adopted: of the targetless
REJECT rows it would have uncoded only rows judged right (a bare 'refused' whose
proposal stands in the preceding conjunct, a nominal 'veto'), and the targetless
REQUEST and THREATEN rows all have an object (a 'for' phrase, a that-clause).  These
tests pin those readings against a later, broader rule; they pass on main."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger", "kind", "source"), [
    # the proposal refused is in the first conjunct (null complement anaphora)
    ("The Treasury proposed a levy on imports, but the Senate refused.",
     "refused", "REJECT", "Senate"),
    ("Brussels proposed a price floor on steel, but Beijing refused.",
     "refused", "REJECT", "Beijing"),
    # a request with what is asked and nobody asked named
    ("Senator Jane Dole called for tighter controls on exports on Tuesday.",
     "called", "REQUEST", "Jane Dole"),
    ("The union demanded that the plant be closed.", "demanded", "REQUEST", "The union"),
    # a warning whose content is the threat
    ("Ankara warned on Monday that it could turn to another supplier.",
     "warned", "THREATEN", "Ankara"),
])
def test_targetless_acts_stay_coded(text, trigger, kind, source):
    assert (trigger, kind, source, "") in shown(text, "source", "target")


def test_nominal_veto_stays_coded():
    assert [e[:2] for e in shown("Russia used its veto in the Security Council on Friday.")] \
        == [("veto", "REJECT")]


def test_refused_to_comment_is_no_event():
    assert shown("Governor Bob Brown refused to comment on Tuesday.") == []
