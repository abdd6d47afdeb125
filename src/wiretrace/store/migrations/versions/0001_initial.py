"""initial store: articles, reports, actors, entities, sources, events, clusters, failures,
full-text search

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _article_key():
    return sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     primary_key=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("text_hash", sa.String, nullable=False, unique=True),
        sa.Column("title", sa.Text), sa.Column("published", sa.String),
        sa.Column("outlet", sa.String), sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("copy_of", sa.String),
        sa.Column("schema_version", sa.String, nullable=False),
        sa.Column("producers", sa.Text, nullable=False),
        sa.Column("analyzed_at", sa.String, nullable=False),
    )
    op.create_index("ix_articles_copy_of", "articles", ["copy_of"])
    op.create_table("reports", _article_key(),
                    sa.Column("report_json", sa.Text, nullable=False))
    op.create_table("minhashes", _article_key(),
                    sa.Column("signature", sa.LargeBinary, nullable=False))
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String),
        sa.Column("country", sa.String), sa.Column("sector", sa.String),
        sa.Column("name_key", sa.Text, nullable=False),
    )
    op.create_index("ix_actors_name_key", "actors", ["name_key"])
    op.create_table(
        "actor_aliases",
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column("articles", sa.Integer, nullable=False),
    )
    op.create_table(
        "entities", _article_key(),
        sa.Column("entity_id", sa.String, primary_key=True),
        sa.Column("name", sa.Text, nullable=False), sa.Column("type", sa.String),
        sa.Column("country", sa.String), sa.Column("sector", sa.String),
        sa.Column("mention_count", sa.Integer, nullable=False),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id")),
        sa.Column("link_evidence", sa.Text),
    )
    op.create_index("ix_entities_actor_id", "entities", ["actor_id"])
    op.create_table(
        "sources", _article_key(),
        sa.Column("source_id", sa.String, primary_key=True),
        sa.Column("kind", sa.String, nullable=False), sa.Column("name", sa.Text, nullable=False),
        sa.Column("entity_id", sa.String), sa.Column("via", sa.String),
        sa.Column("doubted", sa.Integer, nullable=False), sa.Column("stances", sa.Text),
    )
    op.create_table(
        "event_clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String), sa.Column("cameo", sa.String),
        sa.Column("date", sa.String), sa.Column("country", sa.String),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("outlets", sa.Integer, nullable=False),
        sa.Column("origins", sa.Integer, nullable=False),
    )
    op.create_table(
        "events", _article_key(),
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("trigger", sa.Text, nullable=False), sa.Column("lemma", sa.String),
        sa.Column("start", sa.Integer), sa.Column("end", sa.Integer),
        sa.Column("sentence", sa.Text),
        sa.Column("type", sa.String), sa.Column("mode", sa.String), sa.Column("cameo", sa.String),
        sa.Column("source_names", sa.Text), sa.Column("target_names", sa.Text),
        sa.Column("time_value", sa.String), sa.Column("time_basis", sa.String),
        sa.Column("location", sa.Text), sa.Column("country", sa.String),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("polarity", sa.String), sa.Column("certainty", sa.String),
        sa.Column("tense", sa.String), sa.Column("attribution", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("event_clusters.id")),
    )
    for column in ("type", "time_value", "country", "cluster_id"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "event_actors",
        sa.Column("article_id", sa.String, primary_key=True),
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("role", sa.String, primary_key=True),
        sa.Column("entity_id", sa.String, primary_key=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("actors.id")),
    )
    op.create_index("ix_event_actors_actor_id", "event_actors", ["actor_id"])
    op.create_index("ix_event_actors_event", "event_actors", ["article_id", "event_id"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("input", sa.Text, nullable=False), sa.Column("article_id", sa.String),
        sa.Column("stage", sa.String, nullable=False), sa.Column("reason", sa.Text, nullable=False),
        sa.Column("article_json", sa.Text),
        sa.Column("created_at", sa.String, nullable=False), sa.Column("resolved_at", sa.String),
    )
    # full-text search over title and text
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE articles_fts USING fts5("
                   "title, text, content='articles', content_rowid='rowid')")
    else:
        op.execute("CREATE INDEX ix_articles_search ON articles USING GIN "
                   "(to_tsvector('english', coalesce(title, '') || ' ' || text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE articles_fts")
    for table in ("failures", "event_actors", "events", "event_clusters", "sources",
                  "entities", "actor_aliases", "actors", "minhashes", "reports", "articles"):
        op.drop_table(table)
