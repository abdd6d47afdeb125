"""The PolNeAR scorer: reading brat standoff, matching cues, scoring contents and sources.

The logic is tested on a tiny article written for these tests (tests/data/polnear-mini, in
PolNeAR's format, invented sentences).  PolNeAR itself states no license and is not in
this repository: the test on its dev split reads a local checkout named by
``WIRETRACE_POLNEAR`` (default ``../shared/eval/polnear``) and is skipped without one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import REPO
from wiretrace.eval.polnear import (
    Attribution,
    PolnearDoc,
    Record,
    Tally,
    _miss_class,
    evaluate,
    from_report,
    read_ann,
    read_document,
    render,
    split_files,
    univocal,
)
from wiretrace.model import Article, Entity, Quote, Report, Source, Span

MINI = Path(__file__).parent / "data" / "polnear-mini"
NAME = "mini_2016-01-05_mayor-budget-is-safe"
POLNEAR = Path(os.environ.get("WIRETRACE_POLNEAR", REPO.parent / "shared" / "eval" / "polnear"))


def mini() -> PolnearDoc:
    (text, ann), = split_files(MINI)
    return read_document(text, ann)


def at(doc: PolnearDoc, words: str) -> tuple[int, int]:
    start = doc.text.index(words)
    return start, start + len(words)


# ---------------------------------------------------------------------------- reading

def test_split_reads_the_first_annotator_of_an_article():
    files = split_files(MINI)
    assert [(t.name, a.name) for t, a in files] == [(f"{NAME}.txt", f"{NAME}_a111.ann")]
    doc = mini()
    assert doc.annotator == "a111"
    assert doc.published == "2016-01-05"
    assert len(doc.attributions) == 5  # the second annotator's single record is not read


def test_attributions_are_joined_from_their_parts():
    doc = mini()
    text = doc.text
    first, said, added, according, believes = doc.attributions

    def words(pieces):
        return " ".join(text[s:e] for s, e in pieces)

    assert (words(first.cue), words(first.source), words(first.content)) == (
        ":", "Mayor", "Budget Is Safe")
    assert (words(said.source), words(said.cue)) == ("The mayor", "said")
    assert words(added.content) == '"We will not cut schools,"'
    assert words(added.source) == "she"
    # two stretches in one entry ("a b;c d") and a second entry (Content2), in text order
    assert words(according.content) == "taxes will rise"
    assert len(according.content) == 3
    assert words(according.cue) == "According to"
    assert words(believes.source) == "Smith"  # parts listed in another order


def test_no_source_and_other_lines():
    ann = ("T1\tCue 10 14\tsaid\nT2\tAttribution-no-source 10 14\tsaid\n"
           "T3\tContent 0 9\tit rained\nT4\tDiscuss 20 30\tsomething\n"
           "E1\tAttribution-no-source:T2 Cue:T1 Content:T3 \n#1\tAnnotatorNotes T1\tnote\n")
    assert read_ann(ann) == [Attribution("E1", cue=((10, 14),), content=((0, 9),), source=())]


def test_halves_split_the_articles_in_name_order(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("c", "a", "e", "b", "d"):
        (tmp_path / "text" / f"{name}.txt").write_text("x", encoding="utf-8")
        (tmp_path / "attributions" / f"{name}_a1.ann").write_text("", encoding="utf-8")

    def names(**kw):
        return [t.stem for t, _ in split_files(tmp_path, **kw)]

    assert names(half="first") == ["a", "b"]
    assert names(half="second") == ["c", "d", "e"]
    assert names(half="second", limit=2) == ["c", "d"]
    assert names() == ["a", "b", "c", "d", "e"]
    with pytest.raises(ValueError, match="unknown half"):
        split_files(tmp_path, half="third")


def test_not_a_split_folder(tmp_path):
    from wiretrace.errors import InputError

    with pytest.raises(InputError, match="not a PolNeAR split folder"):
        split_files(tmp_path)


# ---------------------------------------------------------------------------- scoring

def scored() -> dict:
    """Four predicted records against the five gold attributions, worked out by hand:

    - "said" (exact cue), content "the budget was safe" (4 of the gold's 5 words: F1 8/9),
      source with mentions "The mayor" and "she" (right);
    - "she added" (overlaps the gold cue "added", not strict), content "We will not cut
      schools" (all 5 words), same source: right, and the gold source is the pronoun;
    - "taxes": no gold cue, inside the content of "According to" (a false cue);
    - "believes" (exact) with no content and no source.
    Missed: ":" (the headline's) and "According to".
    """
    doc = mini()
    source = (at(doc, "The mayor"), at(doc, "she"))
    records = [
        Record(at(doc, "said"), (at(doc, "the budget was safe"),), source, "the mayor"),
        Record(at(doc, "she added"), (at(doc, "We will not cut schools"),), source, "the mayor"),
        Record(at(doc, "taxes")),
        Record(at(doc, "believes")),
    ]
    tally = Tally()
    tally.add(doc, records)
    return tally.as_dict()


def test_cues_overlap_and_strict():
    r = scored()
    assert r["documents"] == 1 and r["gold_attributions"] == 5 and r["records"] == 4
    assert {k: r["cue"]["overlap"][k] for k in ("tp", "fp", "fn")} == {"tp": 3, "fp": 1, "fn": 2}
    assert {k: r["cue"]["strict"][k] for k in ("tp", "fp", "fn")} == {"tp": 2, "fp": 2, "fn": 3}
    assert r["cue"]["overlap"]["f1"] == round(2 * 3 / (4 + 5), 4)


def test_content_on_matched_records_and_over_the_text():
    r = scored()
    content = r["content"]
    assert content["pairs"] == 3
    assert content["f1"] == round((8 / 9 + 1 + 0) / 3, 4)
    assert {k: content["micro"][k] for k in ("tp", "fp", "fn")} == {"tp": 9, "fp": 0, "fn": 4}
    # every gold content word (3 + 5 + 5 + 3 + 3) against the predicted ones (4 + 5)
    assert {k: r["content_tokens"][k] for k in ("tp", "fp", "fn")} == {
        "tp": 9, "fp": 0, "fn": 10}
    assert r["errors"]["content"] == {"too short": 1, "no predicted content": 1}


def test_source_counts_pronoun_mentions():
    r = scored()
    assert r["source"] == {"right": 2, "total": 3, "accuracy": round(2 / 3, 4),
                           "strict": 2, "strict_accuracy": round(2 / 3, 4),
                           "pronoun_right": 1, "pronoun_total": 1}
    assert r["errors"]["source"] == {"no predicted source": 1}


def test_errors_name_their_class():
    r = scored()
    assert r["errors"]["false_cue"] == {"inside a gold content": 1, "word: taxes": 1}
    assert r["errors"]["missed_cue_where"] == {"in the headline": 1}
    assert _miss_class("According to", []) == "according to"
    assert _miss_class(":", []) == "punctuation (colon, dash, quotation marks)"
    text = render({**r, "split": "mini", "system": "test", "failures": []})
    assert "cue (overlap)" in text and "source right: 2 of 3" in text


def test_records_from_a_report_group_quotes_by_cue():
    text = 'The mayor said the budget was safe and "schools stay open." She declined to comment.'

    def span(words):
        s = text.index(words)
        return Span(start=s, end=s + len(words), text=words)

    article = Article(id="a", text=text, text_hash=Article.hash_text(text))
    said, declined = span("said"), span("declined to comment")
    quotes = [
        Quote(id="q1", **span("the budget was safe").model_dump(), kind="indirect",
              speaker="s1", cue=said),
        Quote(id="q2", **span("schools stay open.").model_dump(), kind="partial",
              speaker="s1", cue=said),
        Quote(id="q3", **declined.model_dump(), kind="indirect", speaker="s1", cue=declined),
        Quote(id="q4", **span("budget").model_dump(), kind="scare"),
    ]
    report = Report(
        article=article,
        entities=[Entity(id="e1", name="mayor", type="PERSON", mentions=[span("She")])],
        sources=[Source(id="s1", kind="official", name="the mayor", entity_id="e1",
                        mentions=[span("The mayor")])],
        quotes=quotes)
    records = from_report(report)
    assert [r.cue for r in records] == [(said.start, said.end), (declined.start, declined.end)]
    first, refusal = records
    assert [text[s:e] for s, e in first.content] == ["the budget was safe", "schools stay open."]
    assert [text[s:e] for s, e in first.source] == ["The mayor", "She"]  # source, entity
    assert refusal.content == ()  # a refusal's span is its cue: no content


# ------------------------------------------------------------------ end to end (model)

@pytest.mark.parametrize("baseline", [None, "verbs"])
def test_evaluate_runs_on_the_mini_split(baseline):
    r = evaluate(MINI, baseline=baseline)
    assert r["documents"] == 1 and r["failures"] == []
    assert r["gold_attributions"] == 5
    assert r["system"] == ("baseline-verbs" if baseline else "wiretrace")
    assert r["cue"]["overlap"]["tp"] >= 2  # "said" and "added" at least
    json.dumps(r)


def test_cli_json(capsys):
    from typer.testing import CliRunner

    from wiretrace.cli import app

    out = CliRunner().invoke(app, ["eval", "polnear", str(MINI), "--baseline", "verbs",
                                   "--format", "json", "--limit", "1"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["corpus"] == "polnear"
    bad = CliRunner().invoke(app, ["eval", "polnear", str(MINI), "--baseline", "nope"])
    assert bad.exit_code == 2
    # the mini split's one article is its second half
    half = CliRunner().invoke(app, ["eval", "polnear", str(MINI), "--baseline", "verbs",
                                    "--format", "json", "--half", "second"])
    assert half.exit_code == 0, half.output
    assert json.loads(half.output)["documents"] == 1
    assert json.loads(half.output)["split"] == "polnear-mini (second half)"
    assert CliRunner().invoke(app, ["eval", "polnear", str(MINI), "--half", "third"]
                              ).exit_code == 2


# ---------------------------------------------------------------- the real dev split

def polnear_dev() -> Path:
    dev = POLNEAR / "data" / "dev"
    if not (dev / "attributions").is_dir():
        pytest.skip(f"PolNeAR is not here: {dev} (it states no license and is not in the "
                    "repository; clone github.com/networkdynamics/PolNeAR without data/test "
                    "and set WIRETRACE_POLNEAR to the checkout)")
    return dev


def test_reader_on_the_dev_split():
    dev = polnear_dev()
    files = split_files(dev)
    assert len(files) == 84
    docs = [read_document(t, a) for t, a in files]
    for doc in docs:
        for a in doc.attributions:
            for s, e in a.cue + a.content + a.source:
                assert 0 <= s < e <= len(doc.text)
    assert sum(len(d.attributions) for d in docs) > 2000


def test_wiretrace_beats_the_naive_rules_on_dev():
    dev = polnear_dev()
    ours = evaluate(dev, limit=20)
    naive = evaluate(dev, limit=20, baseline="verbs")
    assert ours["documents"] == naive["documents"] == 20
    assert ours["cue"]["overlap"]["f1"] > naive["cue"]["overlap"]["f1"]
    assert ours["cue"]["overlap"]["f1"] >= 0.55


def test_source_overlap_is_right_but_not_strict():
    doc = mini()
    tally = Tally()
    tally.add(doc, [Record(at(doc, "said"), (), (at(doc, "mayor"),), "mayor")])
    source = tally.as_dict()["source"]
    assert (source["right"], source["strict"], source["total"]) == (1, 0, 1)


def test_univocal_leaves_out_a_cue_inside_another_records_content():
    # "Ana said the mayor plans to go": PolNeAR marks one attribution per token, so the
    # nested "plans" is part of the outer content, not a record of its own
    outer = Record((4, 8), ((9, 29),), (), "Ana")
    inner = Record((19, 24), ((25, 29),), (), "mayor")
    apart = Record((40, 44), ((45, 50),), (), "Bo")
    assert univocal([outer, inner, apart]) == [outer, apart]
