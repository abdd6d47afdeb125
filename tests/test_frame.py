"""Events as a table (wiretrace.frame): the DataFrame from Reports in memory and from the
store, its dtypes, rows that trace back to their words, the same rows both ways, as many
as ``wiretrace events`` lists, the columns docs/python.md documents, and a clear error
without pandas.

pandas is a test dependency (the ``dev`` extra holds the ``pandas`` one): without it these
tests fail saying so, rather than pass by skipping."""

from __future__ import annotations

import json
import re
import sys
from importlib.resources import files
from typing import get_args

import pytest
from typer.testing import CliRunner

import wiretrace
from wiretrace.cli import app
from wiretrace.frame import CLUSTER_COLUMNS, frame_of
from wiretrace.model import Assertion, plover_categories
from wiretrace.render import happened

from .conftest import REPO, shared_path

EXAMPLES = files("wiretrace") / "examples"


@pytest.fixture(scope="module")
def pd():
    try:
        import pandas
    except ImportError:
        pytest.fail("pandas is not installed: it is a test dependency (the dev extra: make "
                    "install, or pip install -e '.[dev]')")
    return pandas


def _reports(inputs) -> list[wiretrace.Report]:
    results = list(wiretrace.analyze_many(wiretrace.read_many(inputs)))
    assert not [r for r in results if not isinstance(r, wiretrace.Report)]
    return results


@pytest.fixture(scope="module")
def example_reports(nlp) -> list[wiretrace.Report]:
    return _reports(str(EXAMPLES))


@pytest.fixture(scope="module")
def voa_file(tmp_path_factory):
    """Four real VOA stories (../shared/eval/real-news, dev half), as a JSONL file."""
    lines = shared_path("eval", "real-news", "voa-dev.jsonl").read_text(
        encoding="utf-8").splitlines()[:4]
    path = tmp_path_factory.mktemp("voa") / "voa.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored(tmp_path, inputs) -> tuple[wiretrace.Store, str]:
    db = str(tmp_path / "events.db")
    store = wiretrace.Store(f"sqlite:///{db}")
    job = wiretrace.ingest(inputs, store)
    assert job.stats["failed"] == 0 and job.stats["stored"] >= 1
    return store, db


def _cli_events(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["events", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _check_dtypes(frame, pd) -> None:
    assert list(frame.columns) == list(wiretrace.EVENT_COLUMNS)
    for column, dtype in wiretrace.EVENT_COLUMNS.items():
        if dtype == "category":
            assert isinstance(frame[column].dtype, pd.CategoricalDtype), column
        else:
            assert frame[column].dtype == pd.api.types.pandas_dtype(dtype), \
                (column, frame[column].dtype)
    assert list(frame.type.cat.categories) == plover_categories()
    assert list(frame.assertion.cat.categories) == list(get_args(Assertion))


def _check_offsets(frame, reports) -> None:
    """Every row's trigger and sentence offsets point at its words in the article's text."""
    text = {r.article.id: r.article.text for r in reports}
    assert len(frame) > 0
    for row in frame.itertuples():
        words = text[row.article_id]
        assert words[row.trigger_start:row.trigger_end] == row.trigger, row.event_id
        assert words[row.sentence_start:row.sentence_end] == row.sentence, row.event_id
        assert row.sentence_start <= row.trigger_start < row.trigger_end <= row.sentence_end


def _same_events(frame, reports, show: str) -> None:
    keep = {"happened": happened, "coded": lambda ev: bool(ev.type),
            "all": lambda ev: True}[show]
    expected = [(r.article.id, ev.id) for r in reports for ev in r.events if keep(ev)]
    assert list(zip(frame.article_id, frame.event_id)) == expected


def test_a_frame_of_reports_has_typed_columns_and_rows_that_trace_back(example_reports, pd):
    everything = wiretrace.event_frame(example_reports, show="all")
    _check_dtypes(everything, pd)
    _same_events(everything, example_reports, "all")
    _check_offsets(everything, example_reports)
    assert everything[list(CLUSTER_COLUMNS)].isna().all().all()  # clusters: the store's

    shown = wiretrace.event_frame(example_reports)  # the default: what happened
    _same_events(shown, example_reports, "happened")
    assert len(shown) > 0 and shown.happened.all()
    assert set(shown.assertion) <= {"asserted", "claimed"}
    _same_events(wiretrace.event_frame(example_reports, show="coded"), example_reports,
                 "coded")
    assert shown.type.notna().all() and shown.trigger_start.notna().all()

    demo = shown[shown.article_id == "demo-wire"]
    assert (demo.published == pd.Timestamp("2024-03-14")).all()
    assert (demo.outlet == "Harbourline Wire").all()
    dated = demo[demo.date_first.notna()]
    assert len(dated) and (dated.date_first <= dated.date_last).all()
    consult = shown[shown.type == "CONSULT"]
    assert len(consult) and consult.source.notna().any()
    assert shown.according_to.notna().any() and shown.according_to_kind.notna().any()

    # one Report, or a stream with failures in it, give the same rows
    one = wiretrace.event_frame(example_reports[0])
    _same_events(one, example_reports[:1], "happened")
    failing = [wiretrace.AnalysisFailure("x", "read", "r"), *example_reports]
    pd.testing.assert_frame_equal(wiretrace.event_frame(failing), shown)
    # frames made apart concatenate with their dtypes
    both = pd.concat([one, shown], ignore_index=True)
    pd.testing.assert_series_equal(both.dtypes, shown.dtypes)


def test_rows_are_the_frames_values_as_plain_python(example_reports, pd):
    rows = wiretrace.event_rows(example_reports, show="all")
    frame = wiretrace.event_frame(example_reports, show="all")
    assert len(rows) == len(frame)
    python = {"string": str, "category": str, "datetime64[s]": str, "Float64": (float, int),
              "Int64": int, "boolean": bool}
    for row in rows:
        assert list(row) == list(wiretrace.EVENT_COLUMNS)
        for column, dtype in wiretrace.EVENT_COLUMNS.items():
            value = row[column]
            assert value is None or (isinstance(value, python[dtype]) and not (
                dtype != "boolean" and isinstance(value, bool))), (column, value)
            if dtype == "datetime64[s]" and value is not None:
                assert re.fullmatch(r"\d{4}-\d\d-\d\d", value), (column, value)
    again = pd.DataFrame(rows).astype(wiretrace.EVENT_COLUMNS)  # the manual way
    assert list(again.dtypes.astype(str)) == list(frame.dtypes.astype(str))


def test_the_stores_frame_is_the_reports_frame_with_clusters(example_reports, tmp_path, pd):
    store, db = _stored(tmp_path, str(EXAMPLES))
    # the examples hold demo-wire twice (a .txt and a JSONL record): stored once
    ids = sorted({row["article_id"] for row in _cli_events(db)})
    stored = [store.report(article_id) for article_id in ids]
    for show in ("all", "coded", "happened"):
        frame = store.event_frame(show=show)
        _check_dtypes(frame, pd)
        _check_offsets(frame, stored)
        assert frame[list(CLUSTER_COLUMNS)].notna().all().all()
        assert (frame.origins >= 1).all() and (frame.mentions >= 1).all()
        mine = wiretrace.event_frame(stored, show=show)
        key = ["article_id", "event_id"]
        pd.testing.assert_frame_equal(
            frame.drop(columns=list(CLUSTER_COLUMNS)).sort_values(key, ignore_index=True),
            mine.drop(columns=list(CLUSTER_COLUMNS)).sort_values(key, ignore_index=True))
    # as many rows as `wiretrace events` lists, in its order, with its cluster counts
    listed = _cli_events(db)
    every = store.event_frame(show="all")
    assert len(every) == len(listed) == sum(len(r.events) for r in stored)
    assert list(zip(every.article_id, every.event_id)) == \
        [(r["article_id"], r["event_id"]) for r in listed]
    assert list(every.origins) == [r["origins"] for r in listed]
    consult = _cli_events(db, "--type", "CONSULT")
    assert len(store.event_frame(show="all", type="CONSULT")) == len(consult) > 0
    assert len(store.event_frame(show="all", limit=3)) == 3
    assert store.event_rows(show="all") == \
        [{**row} for row in store.event_rows(show="all")]  # plain dicts, same each time


def test_real_news_frames_from_reports_and_from_the_store(nlp, voa_file, tmp_path, pd):
    reports = _reports(str(voa_file))
    assert len(reports) == 4
    frame = wiretrace.event_frame(reports, show="all")
    _check_dtypes(frame, pd)
    _check_offsets(frame, reports)
    _same_events(frame, reports, "all")
    # "2019-11-25 23:43:03Z": the publication day
    assert frame.published.notna().all() and (frame.published.dt.hour == 0).all()
    store, db = _stored(tmp_path, str(voa_file))
    assert len(store.event_frame(show="all")) == len(_cli_events(db)) == len(frame)
    assert len(store.event_frame()) == len(wiretrace.event_frame(reports)) > 0


def test_without_pandas_a_frame_is_a_clear_error_and_rows_still_work(
        example_reports, tmp_path, monkeypatch):
    store, _ = _stored(tmp_path, str(EXAMPLES / "demo.jsonl"))
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    for make in (lambda: wiretrace.event_frame(example_reports), store.event_frame):
        with pytest.raises(wiretrace.DependencyError, match=r"wiretrace\[pandas\]") as err:
            make()
        assert isinstance(err.value, ImportError) and err.value.code == "W500"
    assert len(wiretrace.event_rows(example_reports)) > 0
    assert len(store.event_rows()) > 0


def test_show_and_filters_are_checked(example_reports, tmp_path):
    with pytest.raises(wiretrace.WiretraceError, match="show must be one of"):
        wiretrace.event_rows(example_reports, show="everything")
    store, _ = _stored(tmp_path, str(EXAMPLES / "demo.jsonl"))
    with pytest.raises(wiretrace.WiretraceError, match="no event filter named colour"):
        store.event_rows(colour="red")
    with pytest.raises(wiretrace.WiretraceError, match="show must be one of"):
        store.event_rows(show="some")


def test_docs_python_md_documents_every_column_with_its_dtype():
    doc = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(\w+)` \| `([\w\[\]]+)` \| \S", doc, flags=re.M)
    assert documented == list(wiretrace.EVENT_COLUMNS.items())


def test_a_value_outside_a_closed_set_is_kept(example_reports, pd):
    rows = wiretrace.event_rows(example_reports[:1], show="all")
    rows[0] = {**rows[0], "type": "NEWTYPE", "assertion": "rumoured"}
    frame = frame_of(rows)
    assert (frame.type.iloc[0], frame.assertion.iloc[0]) == ("NEWTYPE", "rumoured")
    assert list(frame.type.cat.categories) == [*plover_categories(), "NEWTYPE"]
