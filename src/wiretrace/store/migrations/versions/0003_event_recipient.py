"""events: the country each event is directed at, and how it was found

Revision ID: 0003_event_recipient
Revises: 0002_cluster_origins_index
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_event_recipient"
down_revision = "0002_cluster_origins_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("recipient_country", sa.String(), nullable=True))
        batch.add_column(sa.Column("recipient_basis", sa.String(), nullable=True))
    op.create_index("ix_events_recipient_country", "events", ["recipient_country"])


def downgrade() -> None:
    op.drop_index("ix_events_recipient_country", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("recipient_basis")
        batch.drop_column("recipient_country")
