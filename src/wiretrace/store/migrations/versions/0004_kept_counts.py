"""counts kept as articles are stored (outlets, tallies, actors.articles), the keys that let
a cluster's counts change by what one article adds (cluster_keys), what each cluster holds
per actor (cluster_actors), an index on articles.published

Revision ID: 0004_kept_counts
Revises: 0003_event_recipient
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_kept_counts"
down_revision = "0003_event_recipient"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_published", "articles", ["published"])
    op.add_column("actors", sa.Column("articles", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.create_index("ix_actors_articles", "actors", ["articles"])
    op.create_table(
        "cluster_keys",
        sa.Column("cluster_id", sa.Integer(),
                  sa.ForeignKey("event_clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("comp", sa.Text()),
    )
    op.create_index("ix_cluster_keys_comp", "cluster_keys", ["cluster_id", "comp"])
    op.create_table(
        "cluster_actors",
        sa.Column("actor_id", sa.Integer(), primary_key=True),
        sa.Column("time_value", sa.String(), primary_key=True),
        sa.Column("cluster_id", sa.Integer(),
                  sa.ForeignKey("event_clusters.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("type", sa.String(), primary_key=True),
        sa.Column("lemma", sa.String(), primary_key=True),
        sa.Column("country", sa.String(), primary_key=True),
    )
    op.create_index("ix_cluster_actors_cluster_id", "cluster_actors", ["cluster_id"])
    op.create_table(
        "outlets",
        sa.Column("key", sa.Text(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("copied_by_articles", sa.Integer(), nullable=False),
        sa.Column("cited_by_articles", sa.Integer(), nullable=False),
        sa.Column("cited_event_mentions", sa.Integer(), nullable=False),
    )
    op.create_table(
        "tallies",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("key", sa.String(), primary_key=True),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    # a store written before: count what it holds (clusters get their keys when an
    # article next joins them)
    # (cluster_actors was filled here from the stored mentions; migration 0015 drops it,
    # nothing reads it)
    from wiretrace.store import tallies

    tallies.rebuild(op.get_bind(), sources=False, views=False, bands=False)


def downgrade() -> None:
    op.drop_table("tallies")
    op.drop_table("outlets")
    op.drop_index("ix_cluster_actors_cluster_id", "cluster_actors")
    op.drop_table("cluster_actors")
    op.drop_index("ix_cluster_keys_comp", "cluster_keys")
    op.drop_table("cluster_keys")
    op.drop_index("ix_actors_articles", "actors")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of the table would drop the
    # table others refer to, which SQLite refuses while foreign keys are on
    op.drop_column("actors", "articles")
    op.drop_index("ix_articles_published", "articles")
