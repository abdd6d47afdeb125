"""two indexes every stored event mention wrote and no read needs: ix_events_type (type),
the first column of ix_events_type_day, which serves every read by type; and
ix_event_actors_event (article_id, event_id), the first columns of event_actors' primary
key, which serves every read by mention

Revision ID: 0020_fewer_event_indexes
Revises: 0019_pair_totals
Create Date: 2026-12-04
"""

from alembic import op

revision = "0020_fewer_event_indexes"
down_revision = "0019_pair_totals"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_events_type", "events")
    op.drop_index("ix_event_actors_event", "event_actors")


def downgrade() -> None:
    op.create_index("ix_event_actors_event", "event_actors", ["article_id", "event_id"])
    op.create_index("ix_events_type", "events", ["type"])
