"""PostgreSQL: an index in the order articles are listed, newest publication first and
undated last (``published DESC NULLS LAST, id``).  PostgreSQL sorts NULL above every value,
so read backwards ``ix_articles_published`` gives the undated first and the newest-first
list sorted every article (79 ms at 100,000 articles, the home page and
``/api/articles``); SQLite sorts NULL below every value, where the old index serves the
list as it is, and is left alone (an index there costs every write)

Revision ID: 0024_articles_newest
Revises: 0023_actor_bands
Create Date: 2026-12-05
"""

from alembic import op

revision = "0024_articles_newest"
down_revision = "0023_actor_bands"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX IF NOT EXISTS ix_articles_newest "
                   "ON articles (published DESC NULLS LAST, id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_newest")
