"""tools/polnear_stories.py on an invented PolNeAR-like folder, and the events-judged scorer
reading a story's own ``half`` field (the PolNeAR stories are all of the dev half)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from wiretrace.eval import judged_events as je

_spec = importlib.util.spec_from_file_location(
    "polnear_stories", Path(__file__).resolve().parents[1] / "tools" / "polnear_stories.py")
polnear_stories = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear_stories)


def folder(tmp_path: Path, n: int = 8) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for i in range(n):
        name = f"outlet{i % 2}_2016-01-0{i + 1}_story-{i}"
        (tmp_path / "text" / f"{name}.txt").write_text(
            f"Headline {i}.\n\nFreedonia's president met the Sylvanian minister on Monday.\n",
            encoding="utf-8")
        (tmp_path / "attributions" / f"{name}_ann1.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_the_rule_takes_every_kth_article_of_the_first_half(tmp_path):
    root = folder(tmp_path)          # 8 articles: the first half is the first 4 by name
    chosen = polnear_stories.pick(str(root), start=1, step=2, count=2)
    names = sorted(p.name for p in (root / "text").glob("*.txt"))
    assert [p.name for p in chosen] == [names[1], names[3]]
    with pytest.raises(SystemExit):
        polnear_stories.pick(str(root), start=1, step=2, count=3)


def test_the_check_half_takes_its_articles_from_the_second_half(tmp_path):
    root = folder(tmp_path)          # 8 articles: the second half is the last 4 by name
    chosen = polnear_stories.pick(str(root), start=0, step=2, count=2, half="check")
    names = sorted(p.name for p in (root / "text").glob("*.txt"))
    assert [p.name for p in chosen] == [names[4], names[6]]


def test_a_story_keeps_the_body_and_its_offset(tmp_path):
    root = folder(tmp_path)
    path = sorted((root / "text").glob("*.txt"))[0]
    record = polnear_stories.story(path)
    raw = path.read_text(encoding="utf-8")
    assert record["title"] == "Headline 0."
    assert raw[record["body_offset"]:] == record["text"]
    assert record["text"].startswith("Freedonia's president")
    assert record["outlet"] == "outlet0" and record["published"] == "2016-01-01"
    assert record["half"] == "dev"


def test_the_tool_refuses_to_write_into_the_repository(tmp_path):
    root = folder(tmp_path)
    repo = Path(__file__).resolve().parents[1]
    with pytest.raises(SystemExit):
        polnear_stories.main([str(root), "-o", str(repo / "polnear.jsonl"), "--count", "1"])
    assert not (repo / "polnear.jsonl").exists()


def test_a_story_half_field_overrides_the_split_by_id(tmp_path):
    root = folder(tmp_path)
    out = tmp_path / "stories.jsonl"
    assert polnear_stories.main([str(root), "-o", str(out), "--start", "0", "--step", "1",
                                 "--count", "4"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    judgments = tmp_path / "j.tsv"
    judgments.write_text("# stories: " + " ".join(r["id"] for r in records) + "\n"
                         + "\t".join(je.COLUMNS) + "\n", encoding="utf-8")
    result = je.evaluate([judgments], out)
    # by id two would be check; their own field keeps all four in dev
    assert result["dev"]["stories"] == 4 and result["check"]["stories"] == 0
    assert result["dev"]["coded"] >= 4


def test_the_polnear_judgment_file_reads_and_names_its_twelve_stories():
    path = Path(__file__).resolve().parents[1] / "docs" / "judgments" / \
        "events-polnear-train.tsv"
    rows, stories = je.read_judgments(path)
    assert len(stories) == 12 and {r["story"] for r in rows} <= stories
    assert {r["half"] for r in rows} == {"dev"}
    # the rule of tools/polnear_stories.py: positions 17 + 35k of the first half
    assert sorted(stories)[0].startswith("breitbart_2015-12-16")


POLNEAR_TRAIN = Path("/tmp/polnear/data/train")


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR is not in the repository")
def test_the_default_rule_picks_the_judged_stories():
    path = Path(__file__).resolve().parents[1] / "docs" / "judgments" / \
        "events-polnear-train.tsv"
    _, stories = je.read_judgments(path)
    assert {p.stem for p in polnear_stories.pick(str(POLNEAR_TRAIN))} == stories


JUDGMENTS = Path(__file__).resolve().parents[1] / "docs" / "judgments"


POLNEAR_DEV_SETS = ["events-polnear-train.tsv", "events-polnear-dev2.tsv",
                    "events-polnear-dev3.tsv", "events-polnear-dev4.tsv",
                    "events-polnear-dev5.tsv", "events-polnear-dev6.tsv",
                    "events-polnear-dev7.tsv", "events-polnear-dev8.tsv",
                    "events-polnear-dev9.tsv", "events-polnear-dev10.tsv",
                    "events-polnear-dev11.tsv", "events-polnear-dev12.tsv",
                    "events-polnear-dev13.tsv", "events-polnear-pdev.tsv",
                    "events-polnear-pdev2.tsv", "events-polnear-pdev3.tsv",
                    "events-polnear-pdev4.tsv", "events-polnear-check.tsv"]


# the second dev set (round 16), the third (round 27: positions 5 + 35k of the first
# half, fresh development material), the fourth (round 28: positions 26 + 35k) and the
# fifth and sixth (round 28: positions 12 + 35k and 19 + 35k), the seventh (round 33:
# 30 + 35k), the eighth (round 34: 23 + 35k), the ninth (round 35: 2 + 35k), the tenth
# (round 36: 9 + 35k), the eleventh (round 37: 16 + 35k), the twelfth (round 38: 33 + 35k)
# and the thirteenth (round 39: 351 + 7k); then the fresh sets of the dev split, pdev (round 39:
# 2 + 4k), pdev2 (round 40: 0 + 4k), pdev3 (round 41: 1 + 4k) and pdev4 (round 42: 3 + 4k)
@pytest.mark.parametrize("name", ["events-polnear-dev2.tsv", "events-polnear-dev3.tsv",
                                  "events-polnear-dev4.tsv", "events-polnear-dev5.tsv",
                                  "events-polnear-dev6.tsv", "events-polnear-dev7.tsv",
                                  "events-polnear-dev8.tsv", "events-polnear-dev9.tsv",
                                  "events-polnear-dev10.tsv", "events-polnear-dev11.tsv",
                                  "events-polnear-dev12.tsv", "events-polnear-dev13.tsv",
                                  "events-polnear-pdev.tsv", "events-polnear-pdev2.tsv",
                                  "events-polnear-pdev3.tsv", "events-polnear-pdev4.tsv"])
def test_a_later_polnear_dev_file_reads_and_shares_no_story_with_the_others(name):
    rows, stories = je.read_judgments(JUDGMENTS / name)
    assert len(stories) == 10 and {r["story"] for r in rows} <= stories
    assert {r["half"] for r in rows} == {"dev"}
    assert {r["verdict"] for r in rows} <= set(je.VERDICTS)
    for other in POLNEAR_DEV_SETS:
        if other != name:
            assert not stories & je.read_judgments(JUDGMENTS / other)[1], other


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR is not in the repository")
@pytest.mark.parametrize(("start", "name"), [(34, "events-polnear-dev2.tsv"),
                                             (5, "events-polnear-dev3.tsv"),
                                             (26, "events-polnear-dev4.tsv"),
                                             (12, "events-polnear-dev5.tsv"),
                                             (19, "events-polnear-dev6.tsv"),
                                             (30, "events-polnear-dev7.tsv"),
                                             (23, "events-polnear-dev8.tsv"),
                                             (2, "events-polnear-dev9.tsv"),
                                             (9, "events-polnear-dev10.tsv"),
                                             (16, "events-polnear-dev11.tsv"),
                                             (33, "events-polnear-dev12.tsv")])
def test_start_and_step_35_pick_the_later_dev_sets(start, name):
    _, stories = je.read_judgments(JUDGMENTS / name)
    picked = polnear_stories.pick(str(POLNEAR_TRAIN), start=start, step=35, count=10)
    assert {p.stem for p in picked} == stories


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR is not in the repository")
def test_start_351_and_step_7_pick_the_thirteenth_dev_set():
    """Round 39 (h-evnew39): dev13 takes positions 351 + 7k (k < 10) of the first half, past
    every position S + 35k (k < 10, S <= 34) of dev2-dev12 and not 17 + 35k of train-12:
    2 New York Times and 8 Politico stories."""
    _, stories = je.read_judgments(JUDGMENTS / "events-polnear-dev13.tsv")
    picked = polnear_stories.pick(str(POLNEAR_TRAIN), start=351, step=7, count=10)
    assert {p.stem for p in picked} == stories
    assert sum(s.startswith("politico_") for s in stories) == 8
    positions = {351 + 7 * k for k in range(10)}
    assert not positions & {17 + 35 * k for k in range(12)}
    assert not positions & {s + 35 * k for s in (34, 5, 26, 12, 19, 30, 23, 2, 9, 16, 33)
                            for k in range(10)}


POLNEAR_DEV = Path("/tmp/polnear/data/dev")


def test_the_pdev_file_is_all_dev_with_its_row_counts():
    """Round 39 (h-evnew39b): the fresh set for the next round's unseen check, from PolNeAR's
    DEV split (first half, positions 2 + 4k), judged at 825af06: 60 coded rows (28 right)
    and 32 missing rows, all of the half dev."""
    rows, stories = je.read_judgments(JUDGMENTS / "events-polnear-pdev.tsv")
    assert len(stories) == 10 and {r["half"] for r in rows} == {"dev"}
    verdicts = [r["verdict"] for r in rows]
    assert len(rows) == 92 and verdicts.count("missing") == 32
    assert verdicts.count("right") == 28 and verdicts.count("not_event") == 24


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR is not in the repository")
def test_start_2_and_step_4_of_the_dev_split_pick_the_pdev_set():
    _, stories = je.read_judgments(JUDGMENTS / "events-polnear-pdev.tsv")
    picked = polnear_stories.pick(str(POLNEAR_DEV), start=2, step=4, count=10)
    assert {p.stem for p in picked} == stories
    assert [sum(s.startswith(o) for s in stories)
            for o in ("breitbart_", "huff-post_", "nyt_", "politico_")] == [3, 3, 3, 1]


def test_a_story_names_its_outlet_as_the_outlet_table_does(tmp_path):
    """PolNeAR's publisher codes become the outlets' names (round 35), so a HuffPost or
    Western Journal story reaches the actor layer with its outlet's country."""
    from wiretrace.outlets import normalize, outlets
    (tmp_path / "huff-post_2016-03-23_a-story.txt").write_text(
        "Headline.\n\nText.\n", encoding="utf-8")
    (tmp_path / "west-journal_2016-03-23_b-story.txt").write_text(
        "Headline.\n\nText.\n", encoding="utf-8")
    (tmp_path / "zzz_2016-03-23_c-story.txt").write_text("Headline.\n\nText.\n",
                                                         encoding="utf-8")
    names = [polnear_stories.story(p)["outlet"] for p in sorted(tmp_path.glob("*.txt"))]
    assert names == ["HuffPost", "The Western Journal", "zzz"]
    table = outlets()
    for name in names[:2]:
        assert table.countries[table.canonical[normalize(name)]] == "USA"
