"""'dismiss' by its object (issue 18, round 45, h-wrongtype45): PETRARCH2's DISMISS
(CAMEO.2.0.txt, DESPATCH block) has its own default [110] "disapprove" and codes a
rejection only for the statements and proposals its patterns name ("- * ACCUSATION",
"- * CHARGES", "- * CLAIM" 016, "- * &PROPOSAL" 120).  A party dismissed as something is
disparaged (ACCUSE 'disapprove'); a charge dismissed is rejected (REJECT).  Sentences
written for the test."""
from .conftest import shown


def test_party_dismissed_is_disparaged():
    text = "Kenya's foreign minister on Monday dismissed Ghana as a minor player in the talks."
    assert ("dismissed", "ACCUSE", "Kenya's foreign minister", "Ghana") in shown(
        text, "source", "target")


def test_charges_dismissed_are_rejected():
    text = "Kenya's foreign minister on Monday dismissed accusations from Ghana as baseless."
    found = shown(text, "source")
    assert ("dismissed", "REJECT", "Kenya's foreign minister") in found
