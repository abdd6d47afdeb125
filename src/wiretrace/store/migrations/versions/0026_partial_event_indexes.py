"""four indexes of events that every stored mention wrote and no listed read needs, two
made partial: ix_events_time_value (no read looks a time value up: the dated filter is a
pattern with no prefix), ix_events_recipient_country (no filter on it),
ix_events_date_first and ix_events_date_last (a --since/--until filter finds its events
through ix_events_span, order.span_window); ix_events_dead and ix_events_country keep only
the mentions that have a figure or a place (about 0.1% and 5% of them)

Revision ID: 0026_partial_event_indexes
Revises: 0025_search_lead
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0026_partial_event_indexes"
down_revision = "0025_search_lead"
branch_labels = None
depends_on = None

DROPPED = {"ix_events_time_value": "time_value", "ix_events_recipient_country":
           "recipient_country", "ix_events_date_first": "date_first",
           "ix_events_date_last": "date_last"}
PARTIAL = {"ix_events_dead": "dead", "ix_events_country": "country"}


def upgrade() -> None:
    for name in DROPPED:
        op.drop_index(name, "events")
    for name, column in PARTIAL.items():
        op.drop_index(name, "events")
        where = sa.text(f"{column} IS NOT NULL")
        op.create_index(name, "events", [column], sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    for name, column in PARTIAL.items():
        op.drop_index(name, "events")
        op.create_index(name, "events", [column])
    for name, column in DROPPED.items():
        op.create_index(name, "events", [column])
