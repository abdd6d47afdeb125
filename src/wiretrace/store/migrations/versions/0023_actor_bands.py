"""actors.articles no longer indexed: the list of actors reads ix_actors_band (the bit
length of the count, tallies.band_sql) and sorts within a band; every article adds one to
the count of each of its ~26 actors, and on PostgreSQL an update of an indexed column is a
new row version with new entries in every index of actors, which the look-up by name read
through until a VACUUM (684 -> 1,301 index entries an article from 2,500 to 5,000 stored,
autovacuum off).  Actors' pages keep a tenth free (fillfactor 90) so those updates can
stay on their page (HOT)

Revision ID: 0023_actor_bands
Revises: 0022_candidate_reach
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0023_actor_bands"
down_revision = "0022_candidate_reach"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from wiretrace.store import tallies

    op.drop_index("ix_actors_articles", "actors")
    op.add_column("actors", sa.Column("band", sa.Integer(), nullable=False,
                                      server_default="0"))
    actors = sa.table("actors", sa.column("articles", sa.Integer), sa.column("band"))
    op.execute(actors.update().values(band=tallies.band_sql(actors.c.articles)))
    op.create_index("ix_actors_band", "actors", ["band"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE actors SET (fillfactor = 90)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE actors RESET (fillfactor)")
    op.drop_index("ix_actors_band", "actors")
    op.drop_column("actors", "band")
    op.create_index("ix_actors_articles", "actors", ["articles"])
