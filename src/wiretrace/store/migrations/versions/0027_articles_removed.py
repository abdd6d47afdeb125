"""``articles.removed``: each article's removed stretches (``article.removed``, what
copies.stored_body blanks) as JSON, so that a copy candidate's body is read from its text
and this short column, not from its stored Report (about 24 times the text's size on the
news corpus), filled from the stored Reports

Revision ID: 0027_articles_removed
Revises: 0026_partial_event_indexes
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0027_articles_removed"
down_revision = "0026_partial_event_indexes"
branch_labels = None
depends_on = None

BATCH = 500


def upgrade() -> None:
    # plain ADD COLUMN (no batch copy of the table), then the Reports that have removed
    # stretches (most have none: read, not parsed)
    op.add_column("articles", sa.Column("removed", sa.Text(), nullable=True))
    from wiretrace.store import copies

    conn = op.get_bind()
    a = sa.table("articles", sa.column("id"), sa.column("removed"))
    r = sa.table("reports", sa.column("article_id"), sa.column("report_json"))
    ids = [row[0] for row in conn.execute(sa.select(r.c.article_id).order_by(r.c.article_id))]
    for i in range(0, len(ids), BATCH):
        rows = conn.execute(sa.select(r.c.article_id, r.c.report_json)
                            .where(r.c.article_id.in_(ids[i:i + BATCH]))).all()
        params = [{"aid": aid, "removed": copies.removed_json(spans)}
                  for aid, report_json in rows
                  if (spans := copies.removed_spans(report_json))]
        if params:
            conn.execute(sa.update(a).where(a.c.id == sa.bindparam("aid"))
                         .values(removed=sa.bindparam("removed")), params)


def downgrade() -> None:
    op.drop_column("articles", "removed")  # as 0014: no batch copy of the table
