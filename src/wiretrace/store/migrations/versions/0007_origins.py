"""origins from claimants, credits and measured reuse (issue 22): articles.copy_share (the
share of a copy's body found in its source) and articles.wire (the wire it credits),
event_clusters.roots (the independent origins); stored mentions' origins and every
cluster's origins are counted again under the new rules

Revision ID: 0007_origins
Revises: 0006_event_days
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_origins"
down_revision = "0006_event_days"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ... ADD/DROP COLUMN: a batch copy of a table other tables refer to
    # (articles, event_clusters) would drop it under SQLite's foreign keys
    op.add_column("articles", sa.Column("copy_share", sa.Float(), nullable=True))
    op.add_column("articles", sa.Column("wire", sa.String(), nullable=True))
    op.add_column("event_clusters", sa.Column("roots", sa.Text(), nullable=True))
    from wiretrace.store import fill_origins

    fill_origins(op.get_bind())


def downgrade() -> None:
    op.drop_column("event_clusters", "roots")
    op.drop_column("articles", "wire")
    op.drop_column("articles", "copy_share")
