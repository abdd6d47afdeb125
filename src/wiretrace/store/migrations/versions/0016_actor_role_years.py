"""an actor's event mentions per year as source and as target kept with its other counts
(actor_counts kinds "year source" and "year target"): the actor page drew its chart from
its newest 500 mentions, so a busy actor's earlier years were missing from it

Revision ID: 0016_actor_role_years
Revises: 0015_event_views
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_actor_role_years"
down_revision = "0015_event_views"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from collections import Counter

    from wiretrace.store import tallies

    conn = op.get_bind()
    ae = sa.table("actor_events", sa.column("actor_id"), sa.column("article_id"),
                  sa.column("event_id"), sa.column("roles"))
    e = sa.table("events", sa.column("article_id"), sa.column("event_id"),
                 sa.column("time_value"))
    counts: Counter = Counter()
    rows = conn.execute(
        sa.select(ae.c.actor_id, ae.c.roles, e.c.time_value, sa.func.count())
        .join(e, sa.and_(e.c.article_id == ae.c.article_id, e.c.event_id == ae.c.event_id))
        .where(e.c.time_value.is_not(None))
        .group_by(ae.c.actor_id, ae.c.roles, e.c.time_value))
    for actor_id, roles, value, n in rows:
        if m := tallies.month_key(value):
            for kind, year in tallies.role_years(roles, m):
                counts[actor_id, kind, year] += n
    conn.execute(sa.text("DELETE FROM actor_counts WHERE kind IN ('year source', "
                         "'year target')"))
    if counts:
        kept = sa.table("actor_counts", sa.column("actor_id"), sa.column("kind"),
                        sa.column("key"), sa.column("n"))
        conn.execute(kept.insert(), [{"actor_id": a, "kind": k, "key": y, "n": n}
                                     for (a, k, y), n in sorted(counts.items())])


def downgrade() -> None:
    op.execute("DELETE FROM actor_counts WHERE kind IN ('year source', 'year target')")
