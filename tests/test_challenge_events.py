"""The invented challenge set (tests/data/challenge_events.tsv, issue 18): events in hard
forms coded with the right type and actors, non-events never shown as having happened.
Floors only rise: they are the numbers of the last measurement (docs/quality.md, round 28,
h-hard28)."""
import pytest

from wiretrace.eval import challenge

# (events right, non-events right) per half
FLOORS = {"dev": (22, 16), "check": (13, 8)}


def test_rows_follow_the_design():
    rows = challenge.read_rows()
    events = [r for r in rows if r["type"] != "none"]
    assert len(events) == 48 and len(rows) - len(events) == 24
    for form in {r["form"] for r in rows}:
        halves = [r["half"] for r in rows if r["form"] == form]
        assert halves == ["dev", "check"] * (len(halves) // 2) + ["dev"] * (len(halves) % 2)
    for r in rows:
        assert r["trigger"].lower() in r["sentence"].lower()


@pytest.mark.parametrize("half", ["dev", "check"])
def test_challenge_floors(nlp, half):
    result = challenge.evaluate(which=half, nlp=nlp)
    events, non_events = FLOORS[half]
    assert result["totals"]["events"]["right"] >= events
    assert result["totals"]["non_events"]["right"] >= non_events
