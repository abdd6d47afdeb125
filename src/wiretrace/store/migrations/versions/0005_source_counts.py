"""named sources counted as articles are stored (source_counts)

Revision ID: 0005_source_counts
Revises: 0004_kept_counts
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_source_counts"
down_revision = "0004_kept_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_counts",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("name", sa.Text(), primary_key=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("doubted", sa.Integer(), nullable=False),
    )
    op.create_index("ix_source_counts_articles", "source_counts", ["articles"])
    from wiretrace.store import tallies

    tallies.count_sources(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_source_counts_articles", "source_counts")
    op.drop_table("source_counts")
