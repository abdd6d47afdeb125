"""The TimeML scorer: reading .tml files in place, halves, and scoring TIMEX3 spans and
values as the MEANTIME scorer does.

The logic is tested on two tiny files written for these tests (tests/data/timeml-mini,
invented sentences).  TimeBank and AQUAINT state no license and are not in this
repository: the scorer reads a local folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.eval.scoring import alternate_halves
from wiretrace.eval.timeml import Tally, evaluate, read_document, render, split_files

MINI = Path(__file__).parent / "data" / "timeml-mini"


def test_reading_keeps_offsets_and_the_dct():
    doc = read_document(MINI / "mini_a.tml")
    assert doc.published == "2016-01-05"
    assert doc.text.startswith("\nThe town council approved the budget on Monday")
    words = [doc.text[t.start:t.end] for t in doc.timexes]
    # the TIMEX3 with no words is left out, the DCT and the title are not in the text
    assert words == ["on Monday", "three weeks", "March", "every week", "Dec. 20"]
    assert [t.value for t in doc.timexes] == ["2016-01-04", "P3W", "2016-03", "P1W",
                                             "2015-12-20"]
    assert "Invented" not in doc.text and "20160105" not in doc.text


def test_halves_take_turns_in_name_order(tmp_path):
    assert alternate_halves([0, 1, 2, 3, 4]) == ([0, 2, 4], [1, 3])
    for name in ("c.tml", "a.tml", "b.tml"):
        (tmp_path / name).write_text("<TimeML/>")
    assert [p.name for p in split_files(tmp_path, half="first")] == ["a.tml", "c.tml"]
    assert [p.name for p in split_files(tmp_path, half="second")] == ["b.tml"]
    with pytest.raises(ValueError):
        split_files(tmp_path, half="dev")


def test_values_are_scored_on_lenient_pairs_and_errors_listed():
    doc = read_document(MINI / "mini_a.tml")
    at = doc.text.index
    tally = Tally(rows=True)
    tally.add(doc, [
        (at("Monday"), at("Monday") + 6, "2016-01-04", "DATE"),  # lenient, right value
        (at("three weeks"), at("three weeks") + 11, "P21D", "DURATION"),  # wrong value
        (at("March"), at("March") + 5, "2016-03", "DATE"),  # strict, right value
        (at("talks"), at("talks") + 5, "PRESENT_REF", "DATE"),  # spurious
    ])  # "every week" and "Dec. 20" missed
    times = tally.as_dict()["times"]
    assert (times["strict"]["tp"], times["lenient"]["tp"]) == (2, 3)
    assert (times["value"]["tp"], times["value"]["fp"], times["value"]["fn"]) == (2, 2, 3)
    assert times["by_type"]["SET"]["fn"] == 1
    kinds = [(e["kind"], (e["gold"] or e["predicted"])["text"]) for e in tally.errors]
    assert kinds == [("value", "three weeks"), ("spurious", "talks"),
                     ("missed", "every week"), ("missed", "Dec. 20")]


def test_the_pipeline_is_scored_and_rendered():
    result = evaluate(MINI)
    assert (result["files"], result["documents"], result["gold_timexes"]) == (2, 2, 7)
    assert result["times"]["lenient"]["tp"] >= 5
    assert "TimeML timeml-mini" in render(result)


def test_cli_lists_errors_of_the_first_half_only():
    runner = CliRunner()
    refused = runner.invoke(app, ["eval", "timeml", str(MINI), "--errors"])
    assert refused.exit_code != 0
    done = runner.invoke(app, ["eval", "timeml", str(MINI), "--half", "second", "-f", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["files"] == 1


RANGE_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>range</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-11-20" functionInDocument="CREATION_TIME">20211120</TIMEX3></DCT>
<TEXT>
The old bridge was closed between <TIMEX3 tid="t1" type="DATE" value="2014">2014</TIMEX3> and <TIMEX3 tid="t2" type="DATE" value="2016">2016</TIMEX3>, the council said.<TIMEX3 tid="t3" type="DURATION" value="P2Y" beginPoint="t1" endPoint="t2"></TIMEX3>
</TEXT>
</TimeML>
"""


def test_a_range_duration_is_not_scored_as_timeml_writes_it_without_words(tmp_path):
    # TimeML 1.2.1 writes the DURATION of "between 2014 and 2016" as a TIMEX3 with no
    # words (beginPoint, endPoint), which the reader leaves out; wiretrace's own DURATION
    # over the phrase (rule "range", kept for MEANTIME) is not scored against TimeML
    (tmp_path / "range.tml").write_text(RANGE_TML)
    result = evaluate(tmp_path, half="first", errors=True)
    assert result["gold_timexes"] == 2
    value = result["times"]["value"]
    assert (value["tp"], value["fp"], value["fn"]) == (2, 0, 0)
    assert result["errors"] == []
