"""Round 44 (h-aide44) of the actor codes (issue 20): a staff noun's "to" names whom the
staff serve ("advisers to Dunmore"), so the name after it does not take the noun (or a
noun coordinated with it, "lawyers and advisers to Dunmore") as its own role, as the
misparse reading of "ambassador to London Zheng Zeguang" (affiliation.after_destination)
did.  One test of staff nouns (agents.aide_noun) serves the possessive ("his senior
climate adviser"), the "to" form ("an aide to Vice President X") and this guard.
Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _actor(report, trigger, text):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return next((a.country, a.sector) for a in event.actors if a.text == text)


def test_the_name_after_advisers_to_takes_no_role(analyze_text):
    r = analyze_text("Dunmore Steel Company laid off workers. Lawyers and advisers to "
                     "Dunmore met on Monday, and Dunmore said it would appeal.",
                     published="2016-10-02", outlet="The New York Times")
    assert _actor(r, "said", "Dunmore")[1] != "JUD"
    assert_offsets(r)


def test_aide_noun_reads_both_forms():
    from wiretrace.nlp import language
    from wiretrace.nlp.actors.agents import aide_noun

    doc = language.load()("Her press secretary and an aide to the mayor met his adviser.")
    nouns = {t.text for t in doc if aide_noun(t)}
    assert {"secretary", "aide", "adviser"} <= nouns and "mayor" not in nouns
