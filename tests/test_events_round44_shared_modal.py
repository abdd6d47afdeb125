"""A verb conjoined to a verb with a modal of possibility, with no auxiliary or subject of
its own, shares the modal (issue 18, round 44, h-notevent44; CGEL ch. 15, coordination of
verb phrases under one auxiliary): "could reverse the rules or decline to appeal" makes
both acts possible, neither asserted.  Conjoined past verbs stay events.  Sentences written
for the test."""
from .conftest import shown


def test_second_conjunct_shares_could():
    found = shown("If the opposition wins, the government could reverse the rules or "
                  "decline to appeal to the Supreme Court.")
    assert not [s for s in found if s[0] == "decline"]


def test_conjoined_past_acts_stay():
    found = shown("Russia expelled the envoys and cut gas supplies on Monday.")
    assert {"expelled", "cut"} <= {s[0] for s in found}
