"""The fresh PolNeAR sets judged for unseen checks (pdev2, pdev3, pdev4): each set is ten
stories of the dev split's first half at positions ``start + 4k``, with an events, an
actor-codes, an event-dates and a people file. Each set's test module pins its own counts;
what every set must satisfy is here, written once."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from wiretrace.eval import actor_codes as ac
from wiretrace.eval import event_dates as ed
from wiretrace.eval import judged_events as je
from wiretrace.eval import people as people_eval

REPO = Path(__file__).resolve().parents[1]
JUDGMENTS = REPO / "docs" / "judgments"
POLNEAR_DEV = Path("/tmp/polnear/data/dev")
OUTLETS = ("breitbart_", "huff-post_", "nyt_", "politico_")

_spec = importlib.util.spec_from_file_location("polnear_stories",
                                               REPO / "tools" / "polnear_stories.py")
polnear_stories = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear_stories)


def stories(name: str) -> set[str]:
    """The set's ten story ids, as its events file lists them."""
    return je.read_judgments(JUDGMENTS / f"events-polnear-{name}.tsv")[1]


def event_rows(name: str) -> tuple[list[dict], Counter]:
    """The events file's rows, all of the dev half, and how many rows have each verdict."""
    rows, _ = je.read_judgments(JUDGMENTS / f"events-polnear-{name}.tsv")
    assert {r["half"] for r in rows} == {"dev"}
    return rows, Counter(r["verdict"] for r in rows)


def actor_rows(name: str) -> tuple[list[dict], int, int]:
    """The actor-codes rows, all dev, with the counts of right countries and sectors."""
    rows = ac.read_judgments(JUDGMENTS / f"actor-codes-polnear-{name}.tsv")
    assert {r["half"] for r in rows} == {"dev"}
    return (rows, sum(r["country_verdict"] == "right" for r in rows),
            sum(r["sector_verdict"] == "right" for r in rows))


def date_rows(dates_file: str) -> tuple[list[dict], int]:
    """The event-dates rows, each a dev row with a value, and the count judged right."""
    rows = ed.read_judgments(JUDGMENTS / dates_file)
    assert all(r["note"].startswith("dev;") for r in rows)
    assert all(":" in r["value_after"] for r in rows)
    return rows, sum(r["after_verdict"] == "right" for r in rows)


def people_errors(name: str) -> tuple[list[dict], list[dict]]:
    """The people file's rows (one dev set over the set's ten stories) and its errors."""
    rows = people_eval.read_judgments(JUDGMENTS / f"people-polnear-{name}.tsv")
    assert {r["story"] for r in rows} == stories(name)
    assert {r["half"] for r in rows} == {"dev"}
    return rows, people_eval.judged_errors(rows)


def assert_shares_no_story(name: str, dates_file: str, earlier: set[str]) -> None:
    """No story of the set is in any other PolNeAR events, actor-codes, people or
    event-dates file; the earlier fresh sets' events files are among those read."""
    own = stories(name)
    others = [p for p in JUDGMENTS.glob("events-polnear-*.tsv")
              if p.name != f"events-polnear-{name}.tsv"]
    assert {f"events-polnear-{e}.tsv" for e in earlier} <= {p.name for p in others}
    assert len(others) >= 15
    for other in others:
        assert not own & je.read_judgments(other)[1], other.name
    for other in JUDGMENTS.glob("actor-codes-polnear-*.tsv"):
        if other.name != f"actor-codes-polnear-{name}.tsv":
            assert not own & {r["story_id"] for r in ac.read_judgments(other)}, other.name
    for other in JUDGMENTS.glob("people-polnear-*.tsv"):
        if other.name != f"people-polnear-{name}.tsv":
            assert not own & {r["story"] for r in people_eval.read_judgments(other)}, \
                other.name
    for other in JUDGMENTS.glob("event-dates-polnear*.tsv"):
        if other.name != dates_file:
            assert not own & {r["article_id"] for r in ed.read_judgments(other)}, other.name


def assert_picked(name: str, start: int, outlets: list[int]) -> None:
    """``tools/polnear_stories.py --start START --step 4 --count 10`` on the dev split picks
    the set (so many stories per outlet), and no other start of the four picks any of it."""
    own = stories(name)
    picked = polnear_stories.pick(str(POLNEAR_DEV), start=start, step=4, count=10)
    assert {p.stem for p in picked} == own
    assert [sum(s.startswith(o) for s in own) for o in OUTLETS] == outlets
    for other_start in {0, 1, 2, 3} - {start}:
        other = polnear_stories.pick(str(POLNEAR_DEV), start=other_start, step=4, count=10)
        assert not {p.stem for p in other} & own
