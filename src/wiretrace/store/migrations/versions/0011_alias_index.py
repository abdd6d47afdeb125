"""actor_aliases indexed by lower(alias): finding an actor by a name its key does not
find ("United States") read every alias

Revision ID: 0011_alias_index
Revises: 0010_search_vector
Create Date: 2026-12-03
"""

from alembic import op

revision = "0011_alias_index"
down_revision = "0010_search_vector"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_actor_aliases_lower ON actor_aliases (lower(alias))")


def downgrade() -> None:
    op.execute("DROP INDEX ix_actor_aliases_lower")
