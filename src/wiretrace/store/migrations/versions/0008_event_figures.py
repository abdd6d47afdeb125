"""events: the figures a coded event reports (dead, injured, arrested, size: the number, or
the lower bound; the whole magnitude as JSON), dead indexed for --min-dead

Revision ID: 0008_event_figures
Revises: 0007_origins
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_event_figures"
down_revision = "0007_origins"
branch_labels = None
depends_on = None

FIELDS = ("dead", "injured", "arrested", "size")


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table)
    for field in FIELDS:
        op.add_column("events", sa.Column(field, sa.Integer(), nullable=True))
    op.add_column("events", sa.Column("magnitude", sa.Text(), nullable=True))
    op.create_index("ix_events_dead", "events", ["dead"])
    from wiretrace.store import tallies

    tallies.fill_event_figures(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_events_dead", "events")
    for field in (*FIELDS, "magnitude"):
        op.drop_column("events", field)
