"""The invented challenge set (tests/data/challenge_events.tsv, issue 18): events in hard
forms coded with the right type and actors, non-events never shown as having happened.
Floors only rise: they are the numbers of the last measurement (docs/quality.md, round 28,
h-hard28; the check half 13 -> 14 in round 30, h-a3). The second set
(tests/data/challenge_events_2.tsv, round 30, h-hard30: 48 invented hard-form rows, all dev,
written before the coder was run on them) has its own floor.  The third set
(tests/data/challenge_events_3.tsv, round 35, h-chal35: 56 invented events, 8 hard forms x
7 PLOVER types, and 16 non-events; halves fixed by rule before any run) has floors per
half."""
from pathlib import Path

import pytest

from wiretrace.eval import challenge

# (events right, non-events right) per half
FLOORS = {"dev": (23, 16), "check": (14, 8)}  # dev 22 -> 23 at h-hard43 218113a
SECOND = Path(__file__).parent / "data" / "challenge_events_2.tsv"
SECOND_FLOOR = 39  # events right of 48, at h-hard43 218113a (37 at h-coord30 b948c06)
THIRD = Path(__file__).parent / "data" / "challenge_events_3.tsv"
# (events right, non-events right) per half, at h-chal35 (base bd582a7: dev 20, check 19)
THIRD_FLOORS = {"dev": (23, 7), "check": (19, 6)}


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


def test_second_set_floor(nlp):
    result = challenge.evaluate(SECOND, nlp=nlp)
    assert len(challenge.read_rows(SECOND)) == 48
    assert result["totals"]["events"]["right"] >= SECOND_FLOOR


def test_third_set_follows_its_design():
    rows = challenge.read_rows(THIRD)
    events = [r for r in rows if r["type"] != "none"]
    assert len(events) == 56 and len(rows) - len(events) == 16
    forms = list(dict.fromkeys(r["form"] for r in events))
    types = list(dict.fromkeys(r["type"].split("|")[0] for r in events))
    assert len(forms) == 8 and len(types) == 7
    for r in events:  # dev when form index + type index is even
        f, i = forms.index(r["form"]), types.index(r["type"].split("|")[0])
        assert r["half"] == ("dev" if (f + i) % 2 == 0 else "check")
    for kind in {r["form"] for r in rows if r["type"] == "none"}:
        assert [r["half"] for r in rows if r["form"] == kind] == ["dev", "check"]
    for r in rows:
        assert r["trigger"].lower() in r["sentence"].lower()


@pytest.mark.parametrize("half", ["dev", "check"])
def test_third_set_floors(nlp, half):
    result = challenge.evaluate(THIRD, which=half, nlp=nlp)
    events, non_events = THIRD_FLOORS[half]
    assert result["totals"]["events"]["right"] >= events
    assert result["totals"]["non_events"]["right"] >= non_events
