"""Round 35 (h-agcov35): PETRARCH2's agent nouns in the forms news writes them, found by
the coverage audit tools/agent_coverage.py (invented sentences): a plural that begins its
sentence (capitalized by orthography, which the tagger may read as a proper noun), and the
-ies and -men plurals of multiword agent phrases."""

from __future__ import annotations

import pytest


def _source(report):
    found = [e for e in report.events if e.trigger.text == "attacked"]
    assert found, [e.trigger.text for e in report.events]
    return {(a.text, a.country, a.sector) for a in found[0].actors if a.role == "source"}


@pytest.mark.parametrize(("text", "expected"), [
    # PETRARCH2: LANDLORD BUS, AMBASSADOR GOV, WORSHIPER REL; the country from "of X"
    ("Landlords of Ruritania attacked the village of Dunmore on Monday.",
     ("Landlords", "KEN", "BUS")),
    ("Ambassadors of Kenya attacked the village of Dunmore on Monday.",
     ("Ambassadors", "KEN", "GOV")),
    # the place's country
    ("Landlords in Nairobi attacked the village of Dunmore on Monday.",
     ("Landlords", "KEN", "BUS")),
    # PETRARCH2: GOVERNING_PARTY GOV, read in the plural "parties"
    ("Kenyan governing parties attacked the village of Dunmore on Monday.",
     ("Kenyan governing parties", "KEN", "GOV")),
])
def test_agent_plurals_are_coded(analyze_text, text, expected):
    text = text.replace("Ruritania", "Kenya")
    r = analyze_text(f"Unrest in Kenya\n\n{text}", published="2024-05-06")
    assert expected in _source(r)


def test_a_name_that_begins_a_sentence_is_no_agent_plural(analyze_text):
    # a capitalized word that is no regular plural of an agent noun stays as it was
    r = analyze_text("Unrest in Kenya\n\nDunmore attacked the village of Kisumu on Monday.",
                     published="2024-05-06")
    assert not any(s for _, _, s in _source(r))
