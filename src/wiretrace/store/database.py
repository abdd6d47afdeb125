"""The database under the store: the SQLAlchemy URL and engine for SQLite (a file, WAL mode)
or PostgreSQL (psycopg 3), and the Alembic migrations that build and upgrade the schema."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from .. import __version__, settings
from ..errors import StoreError
from .urls import hide_password, scrub

MIGRATIONS = Path(__file__).with_name("migrations")


def normalize_url(url: str | None = None) -> str:
    """A SQLAlchemy URL: a bare path is a SQLite file; ``postgresql://`` uses psycopg 3."""
    url = url or settings.get("db")
    if "://" not in url:
        return f"sqlite:///{Path(url)}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database, or SQLite in memory)."""
    if not url.startswith("sqlite"):
        return None
    database = url.split("://", 1)[1][1:].split("?", 1)[0]
    return Path(database) if database and database != ":memory:" else None


def engine_for(url: str | None = None, writer: bool = True) -> Engine:
    """An engine on the store.  On SQLite a writer's transactions take the write lock at
    BEGIN (IMMEDIATE) and wait up to 30 s for it; a reader's are plain deferred BEGINs, which
    WAL lets run beside a writer."""
    given, url = url or settings.get("db"), normalize_url(url)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:
        raise StoreError(scrub(f"cannot open store {hide_password(given)}: {exc}", url,
                               given)) from None
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            if writer:  # a reader leaves the file as it is (wiretrace's files are WAL)
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
            # pysqlite's own BEGIN is deferred: take the write lock at the start instead, so
            # two writers (Dask workers on one machine) wait for each other, never deadlock
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")
    return engine


LOCK_TRIES = 4  # waits of SQLite's 30 s busy timeout when opening a store


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The schema revision this wiretrace's code reads and writes."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the store is at; None for an empty database.  Reads only."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` with the named migrations.  On PostgreSQL one
    migration runs at a time (an advisory lock): two ingests starting on a new database
    do not both create the tables; the second finds them made."""
    cfg = _config()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(7474000)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def upgrade(url: str | None = None) -> tuple[str | None, str]:
    """``wiretrace migrate``: bring the store at ``url`` to the head revision (a new one is
    created).  Returns the revision before (None: it was new) and after."""
    raw = normalize_url(url)
    engine = engine_for(url)
    try:
        before = current_revision(engine)
        if before is not None and before not in known_revisions():
            raise StoreError(_newer(hide_password(url or settings.get("db")), before))
        migrate(engine)
        return before, current_revision(engine)
    except (SQLAlchemyError, OSError, CommandError) as exc:
        raise StoreError(scrub(f"cannot migrate store {hide_password(raw)}: {exc}", raw,
                               url)) from None
    finally:
        engine.dispose()


def _newer(shown: str, revision: str) -> str:
    return (f"store {shown} is at schema revision {revision}, which this wiretrace "
            f"({__version__}) does not know: it was written by a newer wiretrace")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
