"""reads over one actor or one type bounded: events.sort_day with indexes (and per type), one row
per actor and event mention in date order both ways (actor_events), counts per actor
(actor_counts) and counterparts (actor_pairs) kept as articles are stored

Revision ID: 0009_actor_reads
Revises: 0008_event_figures
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_actor_reads"
down_revision = "0008_event_figures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from wiretrace.store import order, tallies
    from wiretrace.store import schema as t

    op.add_column("events", sa.Column("sort_day", sa.Integer(), nullable=True))
    op.get_bind().execute(sa.update(t.events).values(sort_day=order.sort_day_sql(t.events)))
    op.create_index("ix_events_type_day", "events",
                    ["type", "sort_day", "date_last", "article_id", "start"])
    op.create_index("ix_events_day", "events", ["sort_day", "date_last", "article_id", "start"])
    op.create_table(
        "actor_events",
        sa.Column("actor_id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(), primary_key=True),
        sa.Column("event_id", sa.String(), primary_key=True),
        sa.Column("start", sa.Integer()),
        sa.Column("roles", sa.String(), nullable=False),
        sa.Column("sort_day", sa.Integer(), nullable=False),
        sa.Column("date_last", sa.String()),
        sa.Column("back_day", sa.Integer(), nullable=False),
        sa.Column("back_first", sa.Integer(), nullable=False),
    )
    op.create_table(
        "actor_counts",
        sa.Column("actor_id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.create_table(
        "actor_pairs",
        sa.Column("actor_id", sa.Integer(), primary_key=True),
        sa.Column("other_id", sa.Integer(), primary_key=True),
        sa.Column("type", sa.String(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    # fill before indexing: one pass over every actor link of the store
    tallies.rebuild_actors(op.get_bind())
    op.create_index("ix_actor_events_day", "actor_events",
                    ["actor_id", "sort_day", "date_last", "article_id", "start"])
    op.create_index("ix_actor_events_newest", "actor_events",
                    ["actor_id", sa.text("back_day DESC"), sa.text("back_first DESC"),
                     "article_id", "start"])


def downgrade() -> None:
    op.drop_index("ix_actor_events_newest", "actor_events")
    op.drop_index("ix_actor_events_day", "actor_events")
    op.drop_table("actor_pairs")
    op.drop_table("actor_counts")
    op.drop_table("actor_events")
    op.drop_index("ix_events_day", "events")
    op.drop_index("ix_events_type_day", "events")
    op.drop_column("events", "sort_day")
