"""Senses and actors of issue 18, round 33 (wrong sense of a verb, wrong actors).
Sentences written for the test.

- A PETRARCH2 pattern that is the verb's particle alone fits before the object's:
  "SEARCH * DOWN" [173] makes "tracked down the suspect" an arrest (COERCE), where the
  object alone read "SEARCH * SUSPECT" [130], a threat; "CLAMP * DOWN" [173] ("clamped
  down on the opposition"), which no object fit before."""
import pytest

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.render import happened


def _shown(text: str) -> list[tuple[str, str, str, str]]:
    report = analyze(from_text(text, id="t", published="2021-03-02"))
    out = []
    for e in report.events:
        if happened(e):
            source = " + ".join(a.text for a in e.actors if a.role == "source")
            target = " + ".join(a.text for a in e.actors if a.role == "target")
            out.append((e.trigger.text, e.type, source, target))
    return out


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
    assert [s[1] for s in _shown(text) if s[0] == trigger] == [expected]
