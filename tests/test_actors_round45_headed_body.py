"""Round 45 (h-sector45) of the actor codes (issue 20: country and sector of coded actors):
a state's executive named by the person who heads it ("the Obama administration", "the
Obama White House") is that body, of its head's country, with the body's sector (PETRARCH2:
ADMINISTRATION GOV, WHITE_HOUSE USAGOV), not the person's own code on the article's date
(a past president's ELI); a thing it owns carries that code ("the George W. Bush
administration's request").  Invented sentences."""

from __future__ import annotations

from .conftest import assert_offsets


def _actor(report, trigger, text):
    event = next(e for e in report.events if e.trigger.text == trigger)
    return next((a.country, a.sector) for a in event.actors if a.text == text)


def test_a_thing_of_a_past_presidents_administration(analyze_text):
    r = analyze_text("Mexico accepted the George W. Bush administration's request.",
                     published="2016-09-28", outlet="The New York Times")
    assert _actor(r, "accepted", "the George W. Bush administration's request") == (
        "USA", "GOV")
    assert_offsets(r)


def test_a_white_house_named_by_its_president(analyze_text):
    r = analyze_text("The Obama White House criticized Mexico.", published="2016-08-22",
                     outlet="The New York Times")
    assert _actor(r, "criticized", "Obama White House") == ("USA", "GOV")


def test_a_persons_own_thing_keeps_the_persons_code(analyze_text):
    # no body noun: a thing of a person's is not a state body's
    r = analyze_text("Mexico accepted George W. Bush's request.", published="2016-09-28",
                     outlet="The New York Times")
    event = next(e for e in r.events if e.trigger.text == "accepted")
    assert all(a.sector != "GOV" for a in event.actors if "Bush" in a.text)
