"""failures indexed by article_id: storing an article closes its open failures
(Store.save), which read every failure ever recorded, resolved ones too, once per
article stored

Revision ID: 0021_failures_article
Revises: 0020_fewer_event_indexes
Create Date: 2026-12-04
"""

from alembic import op

revision = "0021_failures_article"
down_revision = "0020_fewer_event_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_failures_article_id", "failures", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_failures_article_id", "failures")
