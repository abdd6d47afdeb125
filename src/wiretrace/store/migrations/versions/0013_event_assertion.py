"""events: whether the text asserts each event (Factuality.assertion: asserted, claimed,
doubted, condition, purpose, intended, question); null for rows stored before it

Revision ID: 0013_event_assertion
Revises: 0012_place_counts
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_event_assertion"
down_revision = "0012_place_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table); old rows keep null, read as asserted
    op.add_column("events", sa.Column("assertion", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("events", "assertion")  # as 0008: no batch copy of the table
