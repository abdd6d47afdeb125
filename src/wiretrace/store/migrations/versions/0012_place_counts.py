"""event mentions per place kept as articles are stored (tallies, kind "place"): the UI's
map of all events read every mention with coordinates (page /events 961 ms at 2,394
news-corpus articles on SQLite)

Revision ID: 0012_place_counts
Revises: 0011_alias_index
Create Date: 2026-12-03
"""

revision = "0012_place_counts"
down_revision = "0011_alias_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from alembic import op

    from wiretrace.store import tallies

    # counted again whole (a store migrated from before 0004 has them from its rebuild)
    op.execute("DELETE FROM tallies WHERE kind = 'place'")
    tallies._bump_tallies(op.get_bind(), tallies.count_places(op.get_bind()))


def downgrade() -> None:
    from alembic import op

    op.execute("DELETE FROM tallies WHERE kind = 'place'")
