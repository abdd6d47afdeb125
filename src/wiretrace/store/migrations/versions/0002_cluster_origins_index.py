"""index event clusters by independent origins (events --min-origins)

Revision ID: 0002_cluster_origins_index
Revises: 0001_initial
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002_cluster_origins_index"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_event_clusters_origins", "event_clusters", ["origins"])


def downgrade() -> None:
    op.drop_index("ix_event_clusters_origins", "event_clusters")
