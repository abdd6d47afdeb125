"""The embedded SQLite store: a Report goes in whole and comes back equal."""

from __future__ import annotations

from sqlalchemy import text

from wiretrace.store import Store


def test_save_and_read_back(tmp_path, founding_report):
    store = Store(str(tmp_path / "w.db"))
    store.save(founding_report)
    store.save(founding_report)  # saving again replaces, never duplicates
    assert store.count("articles") == 1
    assert store.count("events") == len(founding_report.events)
    assert store.count("entities") == len(founding_report.entities)
    assert store.report(founding_report.article.id) == founding_report
    with store.engine.connect() as conn:
        mode = conn.execute(text("PRAGMA journal_mode")).scalar_one()
        row = conn.execute(text("SELECT title, published FROM articles")).one()
    assert mode == "wal"
    assert row.published == "2021-11-20"
    assert row.title == founding_report.article.title


def test_failures_are_recorded(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    store.record_failure("batch.jsonl:3", "read", "invalid JSON")
    assert store.count("failures") == 1
    assert store.report("nope") is None


def test_unopenable_store_is_a_clear_error(tmp_path):
    import pytest

    from wiretrace.errors import StoreError

    with pytest.raises(StoreError, match="cannot open store"):
        Store(str(tmp_path / "no" / "such" / "folder" / "w.db"))
