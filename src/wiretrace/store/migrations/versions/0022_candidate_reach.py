"""cluster candidates kept under the reach of their days (cluster_candidates.reach: a day,
a week, a month): a new article's mention read every stored candidate of its actor and
kind that began within a month before its first day, though most stored mentions are one
day long and can only overlap it if they begin within its days (86% of candidates at
250 news-corpus articles)

Revision ID: 0022_candidate_reach
Revises: 0021_failures_article
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_candidate_reach"
down_revision = "0021_failures_article"
branch_labels = None
depends_on = None

COLUMNS = ("actor_id", "kind", "sort_day", "article_id", "event_id")


def _create(with_reach: bool, name: str = "cluster_candidates") -> None:
    op.create_table(
        name,
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        *([sa.Column("reach", sa.Integer(), nullable=False)] if with_reach else []),
        sa.Column("sort_day", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint(*COLUMNS[:2], *(["reach"] if with_reach else []),
                                *COLUMNS[2:]),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    from wiretrace.store import clusters

    op.drop_table("cluster_candidates")
    _create(with_reach=True)
    clusters.fill_candidates(op.get_bind())


def downgrade() -> None:
    columns = ", ".join(COLUMNS)
    _create(with_reach=False, name="cluster_candidates_0021")
    op.execute(f"INSERT INTO cluster_candidates_0021 ({columns}) "
               f"SELECT DISTINCT {columns} FROM cluster_candidates")
    op.drop_table("cluster_candidates")
    op.rename_table("cluster_candidates_0021", "cluster_candidates")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX cluster_candidates_0021_pkey RENAME TO cluster_candidates_pkey")
