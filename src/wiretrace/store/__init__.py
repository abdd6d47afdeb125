"""The embedded store: SQLAlchemy Core over SQLite (WAL) by default.

This first version keeps one row per article, its Report as JSON, flat tables of its
entities and events for plain SQL, and a failures table.  The full store (migrations,
PostgreSQL, cross-article linking) builds on it."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from .. import settings
from ..errors import StoreError
from ..model import Report

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("text_hash", String, nullable=False, index=True),
    Column("title", Text), Column("published", String), Column("outlet", String),
    Column("url", Text), Column("text", Text, nullable=False),
    Column("schema_version", String, nullable=False),
    Column("analyzed_at", String, nullable=False),
)
reports = Table(
    "reports", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("report_json", Text, nullable=False),
)
entities = Table(
    "entities", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("entity_id", String, primary_key=True),
    Column("name", Text, nullable=False), Column("type", String),
    Column("country", String), Column("sector", String),
    Column("mention_count", Integer, nullable=False),
)
events = Table(
    "events", metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    Column("event_id", String, primary_key=True),
    Column("trigger", Text, nullable=False), Column("lemma", String),
    Column("start", Integer), Column("end", Integer),
    Column("type", String), Column("mode", String), Column("cameo", String),
    Column("source_entities", Text), Column("target_entities", Text),
    Column("time_value", String), Column("time_basis", String),
    Column("location", Text), Column("lat", Float), Column("lon", Float),
    Column("polarity", String), Column("certainty", String), Column("tense", String),
    Column("attribution", Text),
)
failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False), Column("stage", String, nullable=False),
    Column("reason", Text, nullable=False), Column("created_at", String, nullable=False),
)


def engine_for(url: str | None = None) -> Engine:
    url = url or settings.get("db")
    if "://" not in url:  # a bare path is a SQLite file
        url = f"sqlite:///{Path(url)}"
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:
        raise StoreError(f"cannot open store {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    return engine


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Reports in, rows out.  One transaction per article."""

    def __init__(self, url: str | None = None) -> None:
        self.engine = engine_for(url)
        try:
            metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open store {url or settings.get('db')!r}: {exc}") from exc

    def save(self, report: Report) -> None:
        a = report.article
        names = {e.id: e.name for e in report.entities}
        with self.engine.begin() as conn:
            conn.execute(delete(articles).where(articles.c.id == a.id))
            conn.execute(insert(articles).values(
                id=a.id, text_hash=a.text_hash, title=a.title, published=a.published,
                outlet=a.outlet, url=a.url, text=a.text,
                schema_version=report.schema_version, analyzed_at=_now()))
            conn.execute(insert(reports).values(article_id=a.id,
                                                report_json=report.model_dump_json()))
            if report.entities:
                conn.execute(insert(entities), [
                    dict(article_id=a.id, entity_id=e.id, name=e.name, type=e.type,
                         country=e.country, sector=e.sector, mention_count=len(e.mentions))
                    for e in report.entities])
            if report.events:
                conn.execute(insert(events), [_event_row(a.id, ev, names)
                                              for ev in report.events])

    def record_failure(self, where: str, stage: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(failures).values(input=where, stage=stage, reason=reason,
                                                 created_at=_now()))

    def count(self, table: str = "articles") -> int:
        t = metadata.tables[table]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t)).scalar_one()

    def report(self, article_id: str) -> Report | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(reports.c.report_json)
                               .where(reports.c.article_id == article_id)).first()
        return Report.model_validate_json(row[0]) if row else None


def _event_row(article_id: str, ev, names: dict[str, str]) -> dict:
    def who(role: str) -> str | None:
        ids = [a.entity_id for a in ev.actors if a.role == role and a.entity_id]
        return json.dumps([names.get(i, i) for i in dict.fromkeys(ids)]) if ids else None

    loc = ev.location
    return dict(
        article_id=article_id, event_id=ev.id, trigger=ev.trigger.text, lemma=ev.lemma,
        start=ev.trigger.start, end=ev.trigger.end, type=ev.type, mode=ev.mode,
        cameo=ev.cameo, source_entities=who("source"), target_entities=who("target"),
        time_value=ev.time.value, time_basis=ev.time.basis,
        location=loc.name if loc else None, lat=loc.lat if loc else None,
        lon=loc.lon if loc else None, polarity=ev.factuality.polarity,
        certainty=ev.factuality.certainty, tense=ev.factuality.tense,
        attribution=json.dumps(ev.attribution) if ev.attribution else None,
    )
