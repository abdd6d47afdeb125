"""Round 42 (h-evnew42): the fresh PolNeAR pdev4 set for the next rounds' unseen check, the
dev split's first half at positions 3 + 4k, judged at b6c0e7ee before any change: its
events, actor codes, event dates and people files read as one dev set of the same 10
stories, none shared with any other PolNeAR judgment file (checks in polnear_sets.py)."""

from __future__ import annotations

import pytest

from .polnear_sets import (
    POLNEAR_DEV,
    actor_rows,
    assert_picked,
    assert_shares_no_story,
    date_rows,
    event_rows,
    people_errors,
    stories,
)

# The museum dedication codes no event at b6c0e7ee, so the actor-code and date files hold
# nine stories; the PolitiFact item codes one event not shown as happened (its actor and
# date are judged) and holds no real event, so the events file has rows for eight.
NO_CODED = {"nyt_2016-09-25_obama-says-african-american-muse"}
NO_ROWS = NO_CODED | {"breitbart_2016-09-29_politifact-donald-trump-is-right"}


def test_the_pdev4_events_file_is_all_dev_with_its_row_counts():
    """17 coded rows (7 right, 10 not_event) and 15 missing rows: precision 7/17 = 0.412,
    hand recall 7/22 = 0.318, as judged at b6c0e7ee."""
    rows, verdicts = event_rows("pdev4")
    assert len(stories("pdev4")) == 10 and NO_ROWS < stories("pdev4")
    assert {r["story"] for r in rows} == stories("pdev4") - NO_ROWS
    assert len(rows) == 32 and verdicts["missing"] == 15
    assert verdicts["right"] == 7 and verdicts["not_event"] == 10
    assert verdicts["wrong_type"] == 0 and verdicts["wrong_actors"] == 0


def test_the_pdev4_set_shares_no_story_with_the_other_polnear_files():
    """Not with train-12, dev2-dev13, check-8, round 39's pdev, round 40's pdev2 nor
    round 41's pdev3."""
    assert_shares_no_story("pdev4", "event-dates-polnear-9.tsv", {"pdev", "pdev2", "pdev3"})


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR is not in the repository")
def test_start_3_and_step_4_of_the_dev_split_pick_the_pdev4_set():
    assert_picked("pdev4", 3, [3, 3, 3, 1])


def test_the_pdev4_actor_codes_are_all_dev():
    """27 coded actors of the 9 stories with coded events, as judged at b6c0e7ee:
    country 23 (0.852), sector 18 (0.667) right."""
    rows, country, sector = actor_rows("pdev4")
    assert len(rows) == 27 and {r["story_id"] for r in rows} == stories("pdev4") - NO_CODED
    assert (country, sector) == (23, 18)


def test_the_pdev4_date_file_reads():
    """event-dates-polnear-9.tsv: 21 coded events of the 9 stories with coded events,
    19 right, as judged at b6c0e7ee."""
    rows, right = date_rows("event-dates-polnear-9.tsv")
    assert len(rows) == 21 and {r["article_id"] for r in rows} == stories("pdev4") - NO_CODED
    assert right == 19


def test_the_pdev4_people_file_is_read_as_one_dev_set():
    rows, errors = people_errors("pdev4")
    assert sum(e["kind"] == "split" for e in errors) == 0
    assert [e["merge"] for e in errors if e["kind"] == "merged"] == ["pp"]
    assert sum(int(r["entities"]) for r in rows if r["kind"] == "ok") + 14 == 99
