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
- :func:`upsert_add` inserts counts or adds them to the rows there in one statement over
  arrays (``INSERT ... SELECT * FROM unnest(...) ON CONFLICT ... DO UPDATE``), a statement
  text that never changes, so psycopg prepares it once; SQLAlchemy could not cache the
  compiled ``on_conflict_do_update`` (it compiled it again for every article).

SQLite keeps SQLAlchemy's executemany, which its driver runs in C already.  The rows
stored are the same on both (``benchmarks/store_profile.py checksum``)."""

from __future__ import annotations

from sqlalchemy import Connection, Integer, Table, case, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite

_UPSERTS: dict[tuple[str, str], object] = {}
_ARRAY_UPSERTS: dict[tuple[str, tuple[str, ...]], tuple[str, dict]] = {}
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
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    names = _columns(table, rows)
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
        ids = sorted(r[0] for r in conn.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) "
                 "FROM generate_series(1, :n)"), {"t": table.name, "n": len(rows)}))
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


def _array_upsert(conn: Connection, table: Table, names: list[str]) -> tuple[str, dict]:
    """The PostgreSQL upsert of ``names`` over one array a column, compiled once."""
    found = _ARRAY_UPSERTS.get((table.name, tuple(names)))
    if found is None:
        dialect = conn.dialect
        arrays = ", ".join(f"CAST(:c{i} AS {table.c[n].type.compile(dialect=dialect)}[])"
                           for i, n in enumerate(names))
        source = select(text("*")).select_from(text(f"unnest({arrays}) AS v"))
        ins = postgresql.insert(table).from_select(names, source)
        stmt = ins.on_conflict_do_update(
            index_elements=[col.name for col in table.primary_key], set_=_adds(table, ins))
        compiled = stmt.compile(dialect=dialect)
        found = _ARRAY_UPSERTS[table.name, tuple(names)] = (
            str(compiled), {k: v for k, v in compiled.params.items()
                            if not (k[:1] == "c" and k[1:].isdigit())})
    return found


def upsert_add(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert rows, or add their counts to the rows already there (:func:`_adds`).
    PostgreSQL: one statement over arrays (at most :data:`CHUNK` rows a statement) when
    the rows' keys are distinct, as the kept counts' are (one row per key); otherwise, and
    on SQLite, one ``on_conflict_do_update`` statement a table run over all rows
    (executemany)."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql":
        names = _columns(table, rows)
        keys = [col.name for col in table.primary_key]
        if all(k in rows[0] for k in keys) and len(
                {tuple(r[k] for k in keys) for r in rows}) == len(rows):
            statement, constants = _array_upsert(conn, table, names)
            for start in range(0, len(rows), CHUNK):
                part = rows[start:start + CHUNK]
                conn.exec_driver_sql(statement, {
                    **constants, **{f"c{i}": [r[n] for r in part]
                                    for i, n in enumerate(names)}})
            return
    stmt = _UPSERTS.get((table.name, dialect))
    if stmt is None:
        ins = (postgresql if dialect == "postgresql" else sqlite).insert(table)
        stmt = _UPSERTS[table.name, dialect] = ins.on_conflict_do_update(
            index_elements=[col.name for col in table.primary_key], set_=_adds(table, ins))
    conn.execute(stmt, rows)
