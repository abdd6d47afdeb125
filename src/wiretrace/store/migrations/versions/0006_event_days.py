"""events: the first and last day of each event's time value, indexed (filters, sorting and
the monthly counts compare days, not TIMEX3 strings)

Revision ID: 0006_event_days
Revises: 0005_source_counts
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_event_days"
down_revision = "0005_source_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_first", sa.String(), nullable=True))
        batch.add_column(sa.Column("date_last", sa.String(), nullable=True))
    op.create_index("ix_events_date_first", "events", ["date_first"])
    op.create_index("ix_events_date_last", "events", ["date_last"])
    from wiretrace.store import tallies

    conn = op.get_bind()
    tallies.fill_event_days(conn)
    tallies.rebuild(conn, views=False, bands=False)  # the months are counted from the days now


def downgrade() -> None:
    op.drop_index("ix_events_date_last", "events")
    op.drop_index("ix_events_date_first", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_last")
        batch.drop_column("date_first")
