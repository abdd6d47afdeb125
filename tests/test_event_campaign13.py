"""Issue 18, round 13: an actor's act on its own campaign is no interaction (PLOVER's
SANCTION and RETREAT are reductions of relations with another actor; docs/events.md).
Invented sentences."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

OWN_CAMPAIGN = [
    # (sentence, trigger, shown as SANCTION or RETREAT)
    ("Kenyan Senator Tom Baker suspended his presidential campaign on Tuesday.",
     "suspended", False),
    ("The Kenyan governor suspended her campaign after the primary in Nakuru.",
     "suspended", False),
    ("Ugandan opposition leader Kizza Besigye suspended his own bid on Friday.",
     "suspended", False),
    ("Kenya suspended its military campaign against al-Shabab on Monday.", "suspended",
     True),
    ("Kenya suspended its trade talks with Uganda on Monday.", "suspended", True),
    ("Kenya suspended the Ugandan ambassador on Monday.", "suspended", True),
]


@pytest.mark.parametrize("sentence,trigger,shown", OWN_CAMPAIGN)
def test_ending_ones_own_campaign_reduces_no_relations(analyze_text, sentence, trigger,
                                                        shown):
    r = analyze_text("News\n\n" + sentence, published="2022-03-01")
    found = [e for e in r.events if e.trigger.text == trigger and happened(e)
             and e.type in ("SANCTION", "RETREAT")]
    assert bool(found) is shown, [(e.trigger.text, e.type) for e in r.events]
