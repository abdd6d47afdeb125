"""The scorer of coded events judged by hand (eval/judged_events.py): matching events to
rows, events left unjudged, missing events covered or not, the two halves.  The stories
(tests/data/judged-events/stories.jsonl) are invented for these tests; the judgment rows
are written here from what the system codes on them, so the tests check the scorer, not
the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.errors import InputError
from wiretrace.eval import judged_events as je
from wiretrace.read.jsonl import read_file

STORIES = Path(__file__).parent / "data" / "judged-events" / "stories.jsonl"
HEADER = "\t".join(je.COLUMNS)
HALF = {"a1": "dev", "a2": "dev", "b1": "check", "b2": "check"}


@pytest.fixture(scope="module")
def coded():
    """The happened events of the four stories, by story, and the stories' texts."""
    events, texts = je.predict([r.article for r in read_file(str(STORIES))])
    by_story: dict[str, list[dict]] = {sid: [] for sid in HALF}
    for e in events:
        by_story[e["story"]].append(e)
    assert by_story["a1"] and by_story["a2"] and len(by_story["b1"]) >= 2, \
        "the fixture stories must code events for these tests"
    return by_story, texts


def row(e: dict, verdict: str, **change) -> str:
    r = {**e, "half": HALF[e["story"]], "verdict": verdict, "note": "", **change}
    return "\t".join(str(r[c]) for c in je.COLUMNS)


def missing(story: str, start: int, end: int, trigger: str, type_: str,
            source: str = "", note: str = "") -> str:
    return "\t".join([story, HALF[story], str(start), str(end), trigger, type_, source, "",
                      "missing", note])


def write(path: Path, lines: list[str], comments: tuple[str, ...] = ("# test",)) -> Path:
    path.write_text("\n".join([*comments, HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_halves_are_taken_in_id_order():
    assert je.halves_of(["b2", "a1", "b1", "a2"]) == HALF
    assert je.halves_of(["x", "y", "z"]) == {"x": "dev", "y": "check", "z": "check"}


def test_actors_match_whatever_their_order_case_and_quotes():
    assert je.actors_key("Turkey + the U.S.") == je.actors_key("the u.s. +  Turkey")
    assert je.actors_key("Ankara\u2019s forces") == je.actors_key("Ankara's forces")
    assert je.actors_key("") == ()
    assert je.actors_key("Turkey") != je.actors_key("Turkey + Russia")


def test_score_matches_verdicts_counts_halves(tmp_path, coded):
    by_story, texts = coded
    a1, a2, b1, b2 = (by_story[s] for s in ("a1", "a2", "b1", "b2"))
    first = a1[0]
    marched = texts["b2"].index("marched")
    lines = [
        *(row(e, "right") for e in a1),
        *(row(e, "wrong_type") for e in a2),
        row(b1[0], "right"),  # the other b1 events are left unjudged
        # the same event under a type it does not have: no event matches it any more
        row(first, "not_event", type="AID" if first["type"] != "AID" else "ASSAULT"),
        # lost (round 34): judged right once, and no event there is now coded with that type
        row(first, "right", type="SEIZE" if first["type"] != "SEIZE" else "COERCE"),
        # the same lost event judged right once more with other actors: still one lost
        row(first, "right", type="SEIZE" if first["type"] != "SEIZE" else "COERCE",
            source="Someone Else"),
        # stale but not lost: the event at that place and type is judged right now
        row(first, "right", source="Nobody Here"),
        # covered: a happened event at the same place with the same type, judged right
        missing("a1", first["start"], first["end"], first["trigger"], first["type"]),
        # not covered: same place, another type
        missing("a1", first["start"], first["end"], first["trigger"],
                "PROTEST" if first["type"] != "PROTEST" else "ASSAULT"),
        # not covered: same place and type, but the event there is judged wrong
        missing("a2", a2[0]["start"], a2[0]["end"], a2[0]["trigger"], a2[0]["type"]),
        missing("b2", marched, marched + len("marched"), "marched", "PROTEST",
                "Protesters", "demonstration"),
    ]
    # the actors of a row may be written in another order and case
    flipped = {**first, "source": " + ".join(reversed(first["source"].split(" + "))).upper()}
    lines[0] = row(flipped, "right")
    result = je.evaluate([write(tmp_path / "j.tsv", lines)], STORIES)

    dev, check, both = result["dev"], result["check"], result["all"]
    assert dev["stories"] == 2 and check["stories"] == 2 and both["stories"] == 4
    assert dev["coded"] == dev["judged"] == len(a1) + len(a2)
    assert (dev["right"], dev["wrong_type"], dev["unjudged"]) == (len(a1), len(a2), 0)
    assert dev["precision"] == round(len(a1) / (len(a1) + len(a2)), 3)
    assert (dev["missing"], dev["missing_covered"]) == (2, 1)
    assert dev["lost"] == 1 and check["lost"] == 0
    assert dev["hand_recall"] == round(len(a1) / (len(a1) + 2 + 1), 3)

    assert check["coded"] == len(b1) + len(b2)
    assert (check["judged"], check["right"], check["precision"]) == (1, 1, 1.0)
    assert check["unjudged"] == len(b1) - 1 + len(b2)
    assert (check["missing"], check["hand_recall"]) == (1, 0.5)

    assert both["coded"] == dev["coded"] + check["coded"]
    assert both["right"] == len(a1) + 1 and both["missing"] == 3
    assert result["per_story"]["b2"] == {"half": "check", "coded": len(b2), "judged": 0,
                                         "right": 0, "wrong_type": 0, "wrong_actors": 0,
                                         "not_event": 0, "unjudged": len(b2),
                                         "precision": None, "missing": 1,
                                         "missing_covered": 0, "lost": 0,
                                         "hand_recall": 0.0}

    by_type = result["per_type"]
    assert sum(r["coded"] for r in by_type.values()) == both["coded"]
    assert sum(r["missing"] for r in by_type.values()) == both["missing"]
    assert by_type["PROTEST"]["missing"] >= 1  # "marched", and maybe the a1 row
    # a lost row's type has its line even where no event or missing row has that type
    assert sum(r["lost"] for r in by_type.values()) == both["lost"] == 1
    # per route (round 29): every happened event has the route that coded it; missing
    # rows have none and are not counted there
    by_route = result["per_route"]
    assert sum(r["coded"] for r in by_route.values()) == both["coded"]
    assert all(r["missing"] == 0 for r in by_route.values())
    assert all(e["route"] for e in result["events"]) and "-" not in by_route

    unjudged = [(e["story"], e["event"]) for e in result["unjudged_events"]]
    assert unjudged == [(e["story"], e["event"]) for e in b1[1:] + b2]
    assert [m["trigger"] for m in result["missing_rows"]] == [
        first["trigger"], a2[0]["trigger"], "marched"]
    assert [s["verdict"] for s in result["stale_rows"]] == ["not_event", "right", "right",
                                                            "right"]
    assert [r["source"] for r in result["lost_rows"]] == [first["source"]]
    assert all(r["lost"] == 0 for r in by_route.values())

    text = je.render(result)
    assert text.startswith("dev (2 stories): coded ")
    assert "unjudged events (" in text and "marched" in text and "stale rows" in text
    assert ", lost 1, hand recall" in text and text.count(" right lost") == 1
    assert "per route (" in text
    # an unjudged event is listed as a row to complete
    assert je.as_row({**b1[1], "half": "check"}) in text


def test_two_files_and_a_story_named_without_rows(tmp_path, coded):
    by_story, _ = coded
    one = write(tmp_path / "one.tsv", [row(e, "right") for e in by_story["a1"]])
    two = write(tmp_path / "two.tsv", [row(e, "not_event") for e in by_story["b1"]],
                comments=("# judged elsewhere", "# stories: b2"))
    result = je.evaluate([one, two], STORIES)
    assert result["dev"]["stories"] == 1 and result["check"]["stories"] == 2
    assert result["dev"]["precision"] == 1.0 and result["check"]["precision"] == 0.0
    assert result["check"]["not_event"] == len(by_story["b1"])
    assert result["check"]["unjudged"] == len(by_story["b2"])
    assert result["dev"]["hand_recall"] == 1.0
    assert set(result["per_story"]) == {"a1", "b1", "b2"}


def test_rows_that_cannot_be_right_are_refused(tmp_path, coded):
    e = coded[0]["a1"][0]
    cases = {
        "verdict": row(e, "fine"),
        "half": row(e, "right", half="check"),
        "trigger": row(e, "right", start=e["start"] + 1),
        "conflict": [row(e, "right"), row(e, "wrong_type", note="again")],
        "story": row(e, "right", story="zz"),
    }
    for name, lines in cases.items():
        path = write(tmp_path / f"{name}.tsv", lines if isinstance(lines, list) else [lines])
        with pytest.raises(InputError):
            je.evaluate([path], STORIES)
    bad_header = tmp_path / "header.tsv"
    bad_header.write_text("story\tstart\n", encoding="utf-8")
    with pytest.raises(InputError, match="header row"):
        je.read_judgments(bad_header)


def test_the_command_prints_json(tmp_path, coded):
    path = write(tmp_path / "j.tsv", [row(e, "right") for e in coded[0]["a2"]])
    result = CliRunner().invoke(app, ["eval", "events-judged", str(path), "--stories",
                                      str(STORIES), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["dev"]["right"] == len(coded[0]["a2"]) and data["check"]["stories"] == 0
    assert data["all"]["precision"] == 1.0
    # text: rows of unjudged events keep their tabs (to paste into the judgment file)
    blank = write(tmp_path / "blank.tsv", [], comments=("# stories: a1",))
    result = CliRunner().invoke(app, ["eval", "events-judged", str(blank), "--stories",
                                      str(STORIES)])
    assert result.exit_code == 0, result.output
    assert je.as_row({**coded[0]["a1"][0], "half": "dev"}) in result.output


REAL_NEWS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "real-news" / "voa-dev.jsonl"
JUDGMENTS = sorted((Path(__file__).resolve().parents[1] / "docs" / "judgments")
                   .glob("events-voa-*.tsv"))


@pytest.mark.parametrize("path", JUDGMENTS, ids=lambda p: p.name)
def test_every_judgment_file_reads_and_names_stories_of_one_half(path):
    rows, stories = je.read_judgments(path)
    assert rows, f"{path.name} has no rows"
    assert {r["verdict"] for r in rows} <= set(je.VERDICTS)
    assert len({r["half"] for r in rows}) == 1, "a judgment file judges one half"
    if REAL_NEWS.is_file():   # the story ids and halves against the stories themselves
        ids = sorted(json.loads(line)["id"] for line in REAL_NEWS.open() if line.strip())
        halves = je.halves_of([str(i) for i in ids])
        assert all(halves[r["story"]] == r["half"] for r in rows)
        assert set(stories) <= set(halves)
