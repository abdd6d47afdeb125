"""Issue 18, round 28 (h-hard28): arguments of events in hard forms
(nlp/events/hardforms.py): light-verb complements, pseudo-partitive actors, agentless
passives of force with the doer in the clause before, reduced relatives with a by-agent,
the traveller of a travel noun.
Invented sentences (none in tests/data/challenge_events.tsv)."""

from __future__ import annotations

import pytest

from wiretrace.render import happened

CASES = [
    # (sentence, trigger, type, source words, target words)
    # light verbs: the party of the verb's (or the event noun's) phrase is the target
    ("Washington placed fresh sanctions on Nicaragua on Monday.", "sanctions", "SANCTION",
     "Washington", "Nicaragua"),
    ("The Ethiopian government reached a deal with Tigrayan rebels in Pretoria.", "reached",
     "AGREE", "Ethiopian government", "Tigrayan rebels"),
    # pseudo-partitive: the group counted is the actor's words
    ("Hundreds of farmers blocked highways in Poland and demanded subsidies from the "
     "Polish government.", "demanded", "REQUEST", "Hundreds of farmers", "Polish government"),
    # agentless passive of force: the doer of the raid before it
    ("Kenyan police stormed the compound on Friday, and nine Somali men were arrested.",
     "arrested", "COERCE", "Kenyan police", "Somali men"),
    # the of-phrase of a travel noun is the traveller, its 'to' phrase the place visited
    ("The visit of the Chinese defence minister to Cambodia lasted three days.", "visit",
     "CONSULT", "Chinese defence minister", "Cambodia"),
    # reduced relative with a by-agent: an act reported
    ("A patrol ambushed by jihadists near the Niger border lost four soldiers.",
     "ambushed", "ASSAULT", "jihadists", "patrol"),
]


@pytest.mark.parametrize("sentence,trigger,type_,source,target", CASES)
def test_hard_forms_get_their_actors(analyze_text, sentence, trigger, type_, source,
                                     target):
    r = analyze_text("Nairobi\n\n" + sentence, published="2026-11-30")
    events = [e for e in r.events if e.trigger.text == trigger and happened(e)]
    assert [e.type for e in events] == [type_], [(e.trigger.text, e.type) for e in r.events]
    roles = {(a.role, a.text) for a in events[0].actors}
    assert any(role == "source" and source in text for role, text in roles), roles
    assert any(role == "target" and target in text for role, text in roles), roles


NOT_ACTS = [
    # a light verb's participle is not an act of its own beside the noun it carries
    ("Tariffs imposed by Mexico on Chinese steel took effect in May.", "imposed"),
    # an agentless passive of force after a clause of another kind keeps no doer
    ("Ghana's president praised the army, and two soldiers were wounded.", "wounded"),
]


@pytest.mark.parametrize("sentence,trigger", NOT_ACTS)
def test_no_act_or_doer_where_grammar_gives_none(analyze_text, sentence, trigger):
    r = analyze_text("Nairobi\n\n" + sentence, published="2026-11-30")
    for e in r.events:
        if e.trigger.text == trigger and happened(e):
            assert trigger == "wounded" and not any(a.role == "source" for a in e.actors), \
                (e.type, [(a.role, a.text) for a in e.actors])
