"""Senses and actors of issue 18, round 33 (wrong sense of a verb, wrong actors).
Sentences written for the test.

- A PETRARCH2 pattern that is the verb's particle alone fits before the object's:
  "SEARCH * DOWN" [173] makes "tracked down the suspect" an arrest (COERCE), where the
  object alone read "SEARCH * SUSPECT" [130], a threat; "CLAMP * DOWN" [173] ("clamped
  down on the opposition"), which no object fit before."""
import pytest

from .conftest import shown


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Belgian police tracked down the suspect in Brussels.", "tracked", "COERCE"),
    ("Kenyan police finally tracked down the suspect of the bank robbery.", "tracked",
     "COERCE"),
    ("The Kenyan government clamped down on the opposition.", "clamped", "COERCE"),
    ("The Kenyan army backed down from the border.", "backed", "CONCEDE"),
    # review (h-rev33): a longer pattern on the particle fits first ("HURL * OUT APPEAL"
    # [121], "HURL * OUT CHARGES" [081], not "HURL * OUT" [160] SANCTION)
    ("The Kenyan court threw out the appeal of the ministry.", "threw", "REJECT"),
    ("The Kenyan court threw out the charges against the opposition leader.", "threw",
     "CONCEDE"),
])
def test_particle_pattern(text, trigger, expected):
    assert [s[1] for s in shown(text, "source", "target") if s[0] == trigger] == [expected]
