"""cluster candidates by actor, kind of event and first day (cluster_candidates): a new
article's mentions read the stored mentions they may be clustered with by (actor, first
day) from actor_events, every mention of a busy actor in a few weeks whatever its kind;
the candidate pairs per article grew with the store (41 at 1,500 news-corpus articles, 141
at 10,000), and the write cost with them

Revision ID: 0017_cluster_candidates
Revises: 0016_actor_role_years
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_cluster_candidates"
down_revision = "0016_actor_role_years"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_candidates",
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("sort_day", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("actor_id", "kind", "sort_day", "article_id", "event_id"),
        sqlite_with_rowid=False,
    )
    # filled by 0022_candidate_reach, which adds a column (clusters.fill_candidates writes
    # the rows of the newest schema)


def downgrade() -> None:
    op.drop_table("cluster_candidates")
