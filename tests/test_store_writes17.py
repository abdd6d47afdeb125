"""Round 17 (issue 25): an article's new clusters and new actors are each inserted in one
statement, with the ids one INSERT a row would give them (docs/performance.md, "Round 17:
cheaper store writes")."""

from sqlalchemy import event, select

from wiretrace.store import Store
from wiretrace.store import schema as t


def _inserts(statements: list[str], table: str) -> int:
    """Statements that insert rows into ``table``: INSERTs, or (PostgreSQL, round 18) COPYs."""
    return sum(s.lstrip().lower().startswith((f"insert into {table} ", f"copy {table} "))
               for s in statements)


def test_new_clusters_and_actors_go_in_one_insert_each(store_url, demo_report):
    store = Store(store_url)
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cur, statement, *rest: seen.append(statement))
    assert store.save(demo_report)
    with store.engine.connect() as conn:
        clusters = [r[0] for r in conn.execute(select(t.event_clusters.c.id)
                                               .order_by(t.event_clusters.c.id))]
        actors = [r[0] for r in conn.execute(select(t.actors.c.id).order_by(t.actors.c.id))]
        linked = {r[0] for r in conn.execute(select(t.entities.c.actor_id))} - {None}
        placed = {r[0] for r in conn.execute(select(t.events.c.cluster_id))}
    assert len(clusters) > 1 and len(actors) > 1  # the demo story makes several of each
    assert _inserts(seen, "event_clusters") == 1
    assert _inserts(seen, "actors") == 1
    # the ids are those a row-by-row insert gives a new store: 1, 2, 3, ...
    assert clusters == list(range(1, len(clusters) + 1))
    assert actors == list(range(1, len(actors) + 1))
    assert placed == set(clusters) and linked == set(actors)
    store.engine.dispose()
