"""Writing many rows at once, the way each database does it cheaply (docs/performance.md,
"Round 18").  An article brings ~120 event mentions and ~400 more rows (clusters, actor
links, counts); on PostgreSQL an executemany sends them one Bind/Execute a row through
psycopg's pipeline, whose per-row work (parameters dumped and checked, the prepared
statement looked up, a result read back) was most of a write's client CPU.  So on
PostgreSQL:

- :func:`copy_rows` inserts rows with one ``COPY ... FROM STDIN`` (psycopg formats the
  rows in C; the server parses no statement a row);
- :func:`insert_ids` takes the ids of new rows from the table's sequence in one query
  (``nextval`` once a row, the values an INSERT a row would take) and COPYs the rows with
  them: no ``INSERT ... SELECT ... FROM (VALUES ...)`` of ~1,000 parameters for psycopg to
  parse;
- :func:`upsert_add` inserts counts or adds them to the rows there in one statement, the
  rows sent as one JSON array (``INSERT ... SELECT ... FROM json_populate_recordset(...)
  ON CONFLICT ... DO UPDATE``): a statement text that never changes, so psycopg prepares
  it once, and one parameter that Python's C encoder writes (psycopg dumps the elements of
  a list parameter in Python); SQLAlchemy could not cache the compiled
  ``on_conflict_do_update`` (it compiled it again for every article).

SQLite keeps SQLAlchemy's executemany, which its driver runs in C already.  The rows
stored are the same on both (``benchmarks/store_profile.py checksum``)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, Integer, Table, case, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite

_UPSERTS: dict[tuple[str, str], object] = {}
_JSON_UPSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, dict]] = {}
# the sequence looked up once a connection: pg_get_serial_sequence a row cost 0.55 ms of
# server time for 118 ids, nextval of the sequence itself 0.08 ms
_NEXT_IDS = text("SELECT nextval(CAST(:s AS regclass)) FROM generate_series(1, :n)")
CHUNK = 10000  # rows a statement at most (a rebuild of the counts of a whole store)


def _columns(table: Table, rows: list[dict]) -> list[str]:
    names = [c.name for c in table.columns if c.name in rows[0]]
    if len(names) != len(rows[0]):
        extra = sorted(set(rows[0]) - set(names))
        raise ValueError(f"no such columns in {table.name}: {', '.join(extra)}")
    return names


def _fire(conn: Connection, cursor, statement: str, rows: list, done: bool) -> None:
    """Tell the engine's cursor listeners (statement counts: benchmarks/store_profile.py,
    tests) of a statement run on the driver's own connection, as SQLAlchemy does."""
    if conn._has_events or conn.engine._has_events:
        hook = (conn.dispatch.after_cursor_execute if done
                else conn.dispatch.before_cursor_execute)
        hook(conn, cursor, statement, rows, None, True)


def copy_rows(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, columns of ``table``) in the
    connection's transaction: one COPY on PostgreSQL, an executemany elsewhere.  The
    columns a row leaves out take their server defaults, as in an INSERT."""
    if not rows:
        return
    names = _columns(table, rows)  # (an executemany would drop a misnamed key unseen)
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    quote = conn.dialect.identifier_preparer.quote
    statement = (f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                 "FROM STDIN")
    raw = conn.connection.dbapi_connection
    with raw.cursor() as cursor:
        _fire(conn, cursor, statement, rows, False)
        with cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write([row[n] for n in names])
        _fire(conn, cursor, statement, rows, True)


def insert_ids(conn: Connection, table: Table, rows: list[dict]) -> list[int]:
    """Insert ``rows`` into ``table`` (an integer ``id`` key the database gives) and
    return their ids, in the order of ``rows``: the ids one INSERT a row would give.
    PostgreSQL: ``nextval`` of the id's sequence once a row, in one query, the values in
    ascending order given to the rows in order (as an INSERT a row, or SQLAlchemy's
    sentinel-ordered INSERT ... RETURNING, gives them), then one COPY.  SQLite: no
    sequence; a new row's id is the largest one + 1 (wiretrace's tables are rowid tables
    without AUTOINCREMENT), and a writer holds the write lock (BEGIN IMMEDIATE) until it
    commits, so no one else inserts in between; one executemany.  (SQLite's RETURNING has
    no order: SQLAlchemy would insert one row a statement.)"""
    if not rows:
        return []
    key = table.c.id
    if conn.dialect.name == "postgresql":
        known = conn.info.setdefault("wiretrace_sequences", {})  # per driver connection
        if table.name not in known:
            known[table.name] = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                             {"t": table.name}).scalar_one()
        ids = sorted(r[0] for r in conn.execute(_NEXT_IDS, {"s": known[table.name],
                                                            "n": len(rows)}))
        copy_rows(conn, table, [{**row, "id": i} for row, i in zip(rows, ids)])
        return ids
    top = conn.execute(select(func.max(key))).scalar() or 0
    ids = list(range(top + 1, top + 1 + len(rows)))
    conn.execute(insert(table), [{**row, "id": i} for row, i in zip(rows, ids)])
    return ids


def _adds(table: Table, ins) -> dict:
    """What an upsert sets: each count column (an integer out of the key) plus the new
    row's; an outlet's name is the one it publishes under, over the key a citation gave."""
    keys = [col.name for col in table.primary_key]
    sets = {col.name: col + ins.excluded[col.name] for col in table.columns
            if isinstance(col.type, Integer) and col.name not in keys}
    if table.name == "outlets":
        sets["name"] = case(((table.c.articles == 0) & (ins.excluded.articles > 0),
                             ins.excluded.name), else_=table.c.name)
    return sets


def _json_upsert(conn: Connection, table: Table, names: list[str]) -> tuple[str, dict]:
    """The PostgreSQL upsert of ``names`` from one JSON array of rows (read as the table's
    own row type: the columns' types, no casts), compiled once."""
    found = _JSON_UPSERTS.get((table.name, tuple(names)))
    if found is None:
        quote = conn.dialect.identifier_preparer.quote
        cols = ", ".join(quote(n) for n in names)
        source = select(text(cols)).select_from(text(
            f"json_populate_recordset(NULL::{quote(table.name)}, CAST(:rows AS json)) AS v"))
        ins = postgresql.insert(table).from_select(names, source)
        stmt = ins.on_conflict_do_update(
            index_elements=[col.name for col in table.primary_key], set_=_adds(table, ins))
        compiled = stmt.compile(dialect=conn.dialect)
        found = _JSON_UPSERTS[table.name, tuple(names)] = (
            str(compiled), {k: v for k, v in compiled.params.items() if k != "rows"})
    return found


def upsert_add(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows, or add their counts to the rows already there (:func:`_adds`); the
    rows' keys must be distinct (the kept counts give one row a key: PostgreSQL refuses
    to change a row twice in one statement).  PostgreSQL: one statement over the rows as
    JSON (at most :data:`CHUNK` rows a statement); SQLite: one ``on_conflict_do_update``
    statement a table, run over all rows (executemany)."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        statement, constants = _json_upsert(conn, table, _columns(table, rows))
        for start in range(0, len(rows), CHUNK):
            conn.exec_driver_sql(statement, {
                **constants, "rows": json.dumps(rows[start:start + CHUNK])})
        return
    stmt = _UPSERTS.get((table.name, dialect))
    if stmt is None:
        ins = sqlite.insert(table)
        stmt = _UPSERTS[table.name, dialect] = ins.on_conflict_do_update(
            index_elements=[col.name for col in table.primary_key], set_=_adds(table, ins))
    conn.execute(stmt, rows)
