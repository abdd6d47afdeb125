"""events: whether the text asserts each event (Factuality.assertion: asserted, claimed,
doubted, condition, purpose, intended, question); null for rows stored before it

Revision ID: 0011_event_assertion
Revises: 0010_search_vector
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_event_assertion"
down_revision = "0010_search_vector"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table); old rows keep null, read as asserted
    op.add_column("events", sa.Column("assertion", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("assertion")
