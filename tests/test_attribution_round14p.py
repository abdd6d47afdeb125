"""False cues of round 14 (issue 21): "see" with an "if" / "whether" or wh-clause is
finding out, not believing (VerbNet see-30.1, Merriam-Webster).  Every sentence is
invented for this file."""

from __future__ import annotations

from .conftest import assert_offsets, cued


def test_see_if_is_finding_out(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. The dockers waited to see if "
        "Okafor would drop the levy.")
    assert_offsets(report)
    assert not cued(report, "see")


def test_see_how_is_finding_out(analyze_text):
    report = analyze_text(
        "The levy is unpopular. It is hard to see how the mayor wins the harbour vote.")
    assert_offsets(report)
    assert not cued(report, "see")


def test_see_that_stays_a_belief(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. The dockers see that Okafor "
        "could win the vote.")
    assert_offsets(report)
    assert cued(report, "see")


def test_wants_to_stays_an_intention(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. Okafor wants to drop the levy.")
    assert_offsets(report)
    assert cued(report, "wants")


def test_see_as_with_a_condition_stays_a_view(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. The dockers see Okafor as the "
        "best mayor if she drops the levy.")
    assert_offsets(report)
    assert cued(report, "see")


def test_a_person_offers_an_aim(analyze_text):
    report = analyze_text(
        "Ruth Okafor spoke in the harbour town on Monday. The mayor offered a compromise "
        "on the levy.")
    assert_offsets(report)
    assert cued(report, "offered")
