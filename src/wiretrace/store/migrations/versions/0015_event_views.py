"""the UI's default view of events without a scan: events.back_day and back_first (newest
first, as actor_events) with ix_events_newest, and event mentions per month and place kept
for the views "coded" and "happened" (tallies kinds "month:coded", "place:happened", ...):
the page /events read every event three times (5.7 s at 10,000 news-corpus articles on
SQLite); events.span (how far an event's days reach) with ix_events_span, so that a
--since/--until page starts near the asked days, not at the oldest event; cluster_actors
dropped (written with every article, read by nothing since the cluster candidates come from
actor_events)

Revision ID: 0015_event_views
Revises: 0014_minhash_grams
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_event_views"
down_revision = "0014_minhash_grams"
branch_labels = None
depends_on = None

KINDS = ("month:coded", "month:happened", "place:coded", "place:happened")


def upgrade() -> None:
    from collections import Counter

    from wiretrace.store import order, tallies

    # plain ADD COLUMN (no batch copy of the table), filled in one statement, then indexed
    op.add_column("events", sa.Column("back_day", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("back_first", sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("span", sa.Integer(), nullable=True))
    e = sa.table("events", sa.column("date_first"), sa.column("date_last"),
                 sa.column("back_day"), sa.column("back_first"), sa.column("span"),
                 sa.column("time_value"),
                 sa.column("type"), sa.column("polarity"), sa.column("certainty"),
                 sa.column("tense"), sa.column("assertion"), sa.column("location"),
                 sa.column("country"), sa.column("lat"), sa.column("lon"))
    conn = op.get_bind()
    conn.execute(sa.update(e).values(**order.back_days_sql(e),
                                     span=order.span_sql(e, conn.dialect.name)))
    op.create_index("ix_events_newest", "events",
                    [sa.text("back_day DESC"), sa.text("back_first DESC"), "article_id",
                     "start"])
    op.create_index("ix_events_span", "events",
                    ["span", "sort_day", "date_last", "article_id", "start"])
    conn.execute(sa.text("DELETE FROM tallies WHERE kind IN ('month:coded', 'month:happened',"
                         " 'place:coded', 'place:happened')"))
    counts: Counter = Counter()
    for view in tallies.VIEWS:
        for value, n in conn.execute(
                sa.select(e.c.time_value, sa.func.count())
                .where(e.c.time_value.is_not(None), tallies.view_condition(e, view))
                .group_by(e.c.time_value)):
            if m := tallies.month_key(value):
                counts["month:" + view, m] += n
        counts.update(tallies.count_places(conn, view))
    tallies._bump_tallies(conn, counts)
    op.drop_index("ix_cluster_actors_cluster_id", "cluster_actors")
    op.drop_table("cluster_actors")
    if conn.dialect.name == "postgresql":  # the planner learns the new columns now
        op.execute("ANALYZE events")


def downgrade() -> None:
    from wiretrace.store.clusters import _bytewise

    op.create_table(
        "cluster_actors",
        sa.Column("actor_id", sa.Integer(), primary_key=True),
        sa.Column("time_value", sa.String(), primary_key=True),
        sa.Column("cluster_id", sa.Integer(),
                  sa.ForeignKey("event_clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("type", sa.String(), primary_key=True),
        sa.Column("lemma", sa.String(), primary_key=True),
        sa.Column("country", sa.String(), primary_key=True),
    )
    op.create_index("ix_cluster_actors_cluster_id", "cluster_actors", ["cluster_id"])
    # one row per actor, dated time value, cluster, type, lemma and country of the stored
    # mentions ('' for none), as the code before this revision wrote them
    conn = op.get_bind()
    e = sa.table("events", sa.column("article_id"), sa.column("event_id"),
                 sa.column("time_value"), sa.column("cluster_id"), sa.column("type"),
                 sa.column("lemma"), sa.column("country"))
    ea = sa.table("event_actors", sa.column("article_id"), sa.column("event_id"),
                  sa.column("actor_id"))
    value = _bytewise(conn, e.c.time_value)
    q = (sa.select(ea.c.actor_id, e.c.time_value, e.c.cluster_id,
                   sa.func.coalesce(e.c.type, ""), sa.func.coalesce(e.c.lemma, ""),
                   sa.func.coalesce(e.c.country, "")).distinct()
         .join(e, sa.and_(ea.c.article_id == e.c.article_id, ea.c.event_id == e.c.event_id))
         .where(ea.c.actor_id.is_not(None), e.c.cluster_id.is_not(None), value >= "0",
                value < ":"))
    ca = sa.table("cluster_actors", *(sa.column(c) for c in (
        "actor_id", "time_value", "cluster_id", "type", "lemma", "country")))
    conn.execute(sa.insert(ca).from_select(
        ["actor_id", "time_value", "cluster_id", "type", "lemma", "country"], q))
    op.execute("DELETE FROM tallies WHERE kind IN ('month:coded', 'month:happened', "
                "'place:coded', 'place:happened')")
    op.drop_index("ix_events_newest", "events")
    op.drop_index("ix_events_span", "events")
    op.drop_column("events", "span")
    op.drop_column("events", "back_first")  # as 0013: no batch copy of the table
    op.drop_column("events", "back_day")
