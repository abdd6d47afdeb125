"""wiretrace as a library: the public names (``wiretrace.__all__``), what they give, that
``import wiretrace`` stays light, that loading from a library leaves the host's BLAS
threads alone, and that every example in docs/python.md runs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import wiretrace
from wiretrace import pipeline
from wiretrace.read.text import from_text

from .conftest import DEMO, DEMO_PUBLISHED, REPO

TEXT = """Police detain two protesters in Nairobi

Kenyan police arrested two protesters in Nairobi on Monday, the Interior Ministry said.
The ministry accused the organisers of planning violence, a charge they denied.
"""


def _python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (this one has spaCy loaded); its stdout."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_wiretrace_loads_neither_spacy_nor_the_store():
    out = _python("import sys, json, wiretrace\n"
                  "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
                  "('spacy', 'thinc', 'sqlalchemy', 'pydantic', 'trafilatura', 'numpy'))))")
    assert json.loads(out) == []


def test_the_store_and_the_web_app_load_no_spacy():
    """The store normalizes names with spaCy-free modules (wiretrace.outlets,
    nlp.names), so reading a store costs no language model."""
    out = _python("import sys, json, wiretrace.store, wiretrace.store.queries\n"
                  "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
                  "('spacy', 'thinc'))))")
    assert json.loads(out) == []


def test_no_analysis_module_imports_the_store():
    for path in (REPO / "src" / "wiretrace" / "nlp").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from ..store" not in text and "wiretrace.store" not in text, path.name


def test_every_public_name_resolves_and_is_documented():
    assert wiretrace.__all__[0] == "__version__"
    doc = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    for name in wiretrace.__all__[1:]:
        value = getattr(wiretrace, name)
        assert value is not None, name
        assert f"`{name}" in doc or f"{name}`" in doc or f"wiretrace.{name}" in doc, name
        if callable(value) and not isinstance(value, type):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"
    assert set(wiretrace.__all__) <= set(dir(wiretrace))
    with pytest.raises(AttributeError):
        wiretrace.no_such_name  # noqa: B018


def test_analyze_a_text_equals_the_pipelines_report(nlp):
    report = wiretrace.analyze(TEXT, published="2024-03-13", outlet="Nile Wire", id="n1")
    assert isinstance(report, wiretrace.Report)
    assert (report.article.id, report.article.outlet, report.article.published) == \
        ("n1", "Nile Wire", "2024-03-13")
    assert report.article.title == "Police detain two protesters in Nairobi"
    same = pipeline.analyze(from_text(TEXT, published="2024-03-13", outlet="Nile Wire",
                                      id="n1"), nlp)
    assert report == same
    arrest = next(ev for ev in report.events if ev.lemma == "arrest")
    assert arrest.time.value == "2024-03-11"  # "on Monday", from the publication day


def test_analyze_takes_a_path_an_article_or_metadata_for_an_article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_path = wiretrace.analyze(path, published="2024-03-13")
    assert from_path.article.published == "2024-03-13"
    article = wiretrace.read(TEXT)
    assert article.published is None
    dated = wiretrace.analyze(article, published="2024-03-13")
    assert dated.article.published == "2024-03-13"
    assert dated.events == from_path.events
    with pytest.raises(wiretrace.InputError, match="not ISO 8601"):
        wiretrace.analyze(TEXT, published="13/03/2024")
    with pytest.raises(wiretrace.InputError, match="cannot analyze a int"):
        wiretrace.analyze(42)


def test_read_tells_a_path_from_a_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert wiretrace.read(str(path)).text == wiretrace.read(path).text == TEXT
    assert wiretrace.read(TEXT, id="t").id == "t"
    assert wiretrace.read("no-such-file.txt").text == "no-such-file.txt"  # a str: a text
    with pytest.raises(wiretrace.InputError, match="no such file"):
        wiretrace.read(tmp_path / "missing.txt")  # a Path: a file
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    with pytest.raises(wiretrace.InputError, match="read_many"):
        wiretrace.read(jsonl)
    from wiretrace.read.text import from_text as still_importable  # the package, too

    assert still_importable is from_text


def test_analyze_many_keeps_order_and_gives_failures_in_place(tmp_path):
    too_long = "x" * 300_000
    items = [TEXT, wiretrace.ReadFailure("gone.txt", "no such file"),
             wiretrace.read(TEXT, id="art"), too_long, tmp_path / "missing.txt",
             wiretrace.ReadFailure("last.txt", "not UTF-8")]
    out = list(wiretrace.analyze_many(items, published="2024-03-13", batch_size=2))
    assert [type(o).__name__ for o in out] == [
        "Report", "AnalysisFailure", "Report", "AnalysisFailure", "AnalysisFailure",
        "AnalysisFailure"]
    assert out[0].article.published == out[2].article.published == "2024-03-13"
    assert out[2].article.id == "art"
    assert (out[1].article_id, out[1].stage) == ("gone.txt", "read")
    assert out[3].stage == "read" and "300,000 characters" in out[3].reason
    assert out[4].article_id.endswith("missing.txt") and out[4].reason == "no such file"
    assert out[5].article_id == "last.txt"


def test_read_many_walks_a_folder_and_event_rows_flatten_reports(demo_report):
    folder = DEMO.parent
    articles = list(wiretrace.read_many(folder))
    assert len(articles) == 3 and all(isinstance(a, wiretrace.Article) for a in articles)
    assert not any(isinstance(a, wiretrace.ReadFailure) for a in articles)
    rows = wiretrace.event_rows(demo_report, show="all")
    assert len(rows) == len(demo_report.events)
    happened = wiretrace.event_rows([demo_report, wiretrace.AnalysisFailure("x", "s", "r")])
    from wiretrace.render import happened as shown

    assert len(happened) == sum(shown(ev) for ev in demo_report.events) > 0
    first = happened[0]
    assert first["article_id"] == "demo-wire" and first["published"] == DEMO_PUBLISHED
    assert first["happened"] is True and first["type"]
    assert all(list(row) == list(wiretrace.EVENT_COLUMNS) for row in rows)
    assert any(isinstance(r["score"], float) for r in rows)
    consult = next(r for r in happened if r["type"] == "CONSULT")
    assert consult["source"] and consult["sentence"]


_BLAS = ("import json, numpy\n"
         "from threadpoolctl import threadpool_info, threadpool_limits\n"
         "def blas():\n"
         "    return [p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas']\n"
         "threadpool_limits(limits=3, user_api='blas')  # the host's own choice\n"
         "seen = {'before': blas()}\n")


def test_loading_from_a_library_leaves_the_hosts_blas_threads():
    """wiretrace.load() changes no process-wide BLAS limit and leaves thinc's current ops
    as they were (the model's layers get their own); while wiretrace parses, numpy's BLAS
    runs on one thread (as in the command line), and the host's 3 are back after."""
    out = _python(_BLAS + (
        "import wiretrace\n"
        "from wiretrace.nlp import language\n"
        "from thinc.api import get_current_ops\n"
        "def ops():\n"
        "    current = get_current_ops()\n"
        "    return [type(current).__name__, getattr(current, 'use_blis', None)]\n"
        "seen['ops before'] = ops()\n"
        "nlp = wiretrace.load()\n"
        "seen['after load'] = blas()\n"
        "seen['ops after load'] = ops()\n"
        "original = nlp.pipe\n"
        "def pipe(*args, **kwargs):\n"
        "    seen['while parsing'] = blas()\n"
        "    return original(*args, **kwargs)\n"
        "nlp.pipe = pipe\n"
        "list(wiretrace.analyze_many(['Troops shelled the town on Friday.'], nlp=nlp))\n"
        "seen['after analyze'] = blas()\n"
        "wiretrace.load(process_wide=True)\n"
        "seen['process-wide'] = blas()\n"
        "print(json.dumps(seen))\n"))
    seen = json.loads(out)
    if not seen["before"]:
        pytest.skip("numpy has no BLAS threadpoolctl can see")
    assert seen["before"] == seen["after load"] == seen["after analyze"] == [3]
    assert seen["ops after load"] == seen["ops before"]  # thinc's own ops: not swapped
    assert seen["while parsing"] == [1]
    assert seen["process-wide"] == [1]


def test_the_command_lines_load_still_limits_the_whole_process():
    out = _python(_BLAS + (
        "from wiretrace import pipeline\n"
        "pipeline.load()\n"
        "seen['after'] = blas()\n"
        "print(json.dumps(seen))\n"))
    seen = json.loads(out)
    if not seen["before"]:
        pytest.skip("numpy has no BLAS threadpoolctl can see")
    assert seen["after"] == [1]


def _doc_blocks() -> list[str]:
    doc = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", doc, flags=re.S)


def test_the_examples_in_docs_python_md_run(nlp, capsys):
    blocks = _doc_blocks()
    assert len(blocks) >= 4
    scope: dict = {}
    for block in blocks:  # pandas is a test dependency (dev extra): every block runs
        try:
            exec(compile(block, "docs/python.md", "exec"), scope)
        except wiretrace.DependencyError as exc:
            pytest.fail(f"{exc}: pandas is a test dependency (the dev extra: make install)")
    printed = capsys.readouterr().out
    assert "Police detain two protesters in Nairobi" in printed
    assert "events that happened" in printed
    assert "article_id,event_id,published,outlet," in printed  # the CSV export's header
    events = scope["events"]  # the notebook example: a folder -> a DataFrame of events
    assert len(events) > 0 and events.happened.all()
    assert str(events.dtypes["published"]) == "datetime64[s]"
    assert "stored mentions in" in printed
    assert len(scope["stored"]) > 0 and scope["stored"].cluster_id.notna().all()
    assert scope["job"].stats["stored"] >= 1  # wiretrace.ingest of the examples folder
    assert Path(scope["db"]).is_file()
